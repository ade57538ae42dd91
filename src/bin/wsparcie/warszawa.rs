//! Warszawa's districts and their centres for `wsparcie data`. Warszawa is one gmina, but each of its 18
//! districts (GUS TERC, RODZ 8) has a centre of its own, and a resident applies at their district's.
//! What is known of those centres is a working list read from pages of 2017-2023, many undated, each
//! field from its own page: every field is shown with that page and its date, to confirm.

use std::collections::BTreeMap;
use std::path::Path;

use sprawdz_wsparcie::dates::{format_long, PartialDate};
use sprawdz_wsparcie::directory::{DirectoryCentre, DirectoryField, District, PostalAddress, ToConfirm};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::localities::Locality;
use sprawdz_wsparcie::places::{DataSource, GminaKind, PlacesFile};
use sprawdz_wsparcie::problem::Problem;

use crate::data::{read_csv, Report};
use crate::directory::{emails_of, phones_of};

/// The districts' rows of GUS TERC (address variant) of 1 January 2026, copied unchanged.
pub const DISTRICTS_CSV: &str = "teryt/dzielnice-warszawy-2026-01-01.csv";
/// The districts' centres as found on their pages (see `ops/SOURCE-warszawa.md`).
pub const DISTRICT_CENTRES_CSV: &str = "ops/ops-warszawa-dzielnice.csv";
/// What SIMC calls a district of Warszawa.
const SIMC_DISTRICT: &str = "dzielnica m.st. Warszawy";

/// The districts with a centre of their own, each in its city gmina (the TERC row's powiat and `01`:
/// TERC's address variant lists the districts, not the city, which `gminy-2026-01-01.csv` adds as
/// `…01`).
pub fn districts(sources: &Path, places: &PlacesFile, report: &mut Report) -> Result<Vec<District>, String> {
    let rows = read_csv(sources, DISTRICTS_CSV, &["WOJ", "POW", "GMI", "RODZ", "NAZWA"])?;
    let mut districts = Vec::new();
    for row in rows {
        let gmina = format!("{}{}01", row.get("WOJ"), row.get("POW"));
        let code = format!("{}{}{}{}", row.get("WOJ"), row.get("POW"), row.get("GMI"), row.get("RODZ"));
        let city = places.gminas.iter().any(|g| g.code == gmina && g.kind == GminaKind::Urban);
        if row.get("RODZ") != "8" || code.len() != 7 || !code.bytes().all(|b| b.is_ascii_digit()) || !city {
            report.problems.push((DISTRICTS_CSV, row.line, Problem::TerytMismatch(format!("{code}, {gmina}"))));
            continue;
        }
        districts.push(District { code, name: row.get("NAZWA").into(), gmina });
    }
    report.counts.push(("districts with a centre of their own", districts.len()));
    Ok(districts)
}

/// A SIMC locality that is one of the districts gets the district's code: picking it picks its centre.
pub fn mark_district(locality: &mut Locality, districts: &[District]) {
    if locality.kind == SIMC_DISTRICT {
        locality.district =
            districts.iter().find(|d| d.gmina == locality.gmina && d.name == locality.name).map(|d| d.code.clone());
    }
}

/// The working list as residents read it: what the fields come from, and that it is to confirm.
fn list_source() -> DataSource {
    DataSource {
        title: "Strony internetowe ośrodków pomocy społecznej dzielnic Warszawy i inne strony publiczne (z lat \
                2017–2023 lub bez daty), zestawienie robocze"
            .into(),
        date: PartialDate::Month { year: 2026, month: 12 },
        unverified: true,
    }
}

/// The dates a note writes as digits ("2020-09-22", "06.05.2020", "2019.05.30", "28-02-2019") in Polish
/// words ("22 września 2020"); the rest of the note as it is.
pub fn polish_dates(note: &str) -> String {
    let chars: Vec<char> = note.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let window: String = chars[i..chars.len().min(i + 10)].iter().collect();
        let before_ok = i == 0 || !chars[i - 1].is_ascii_digit();
        let after_ok = chars.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        let day = (window.chars().count() == 10 && before_ok && after_ok)
            .then(|| {
                ["%Y-%m-%d", "%d.%m.%Y", "%Y.%m.%d", "%d-%m-%Y"]
                    .iter()
                    .find_map(|f| chrono::NaiveDate::parse_from_str(&window, f).ok())
            })
            .flatten();
        match day {
            Some(day) => {
                out.push_str(&format_long(day, Locale::Pl));
                i += 10;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// One page a field comes from, as residents read it: its site and what the page says of its date
/// ("opsbemowo.waw.pl (bez daty)"). A note that points at our own files is left out.
fn page_words(page: &str) -> String {
    let (place, note) = match page.split_once(" (") {
        Some((place, note)) => (place.trim(), note.trim_end().strip_suffix(')').unwrap_or(note)),
        None => (page.trim(), ""),
    };
    let place = match place.split_once("://") {
        Some((_, rest)) => rest.split('/').next().unwrap_or(rest).trim_start_matches("www."),
        None => place,
    };
    let note: Vec<&str> = note.split(", ").filter(|p| !p.is_empty() && !p.contains(".md")).collect();
    match note.is_empty() {
        true => place.to_string(),
        false => format!("{place} ({})", polish_dates(&note.join(", "))),
    }
}

/// The directory fields a source note names ("nazwa+www", "adres+kod+miejscowość", "wszystkie pola").
fn fields_named(names: &str) -> Option<Vec<DirectoryField>> {
    use DirectoryField::*;
    if names == "wszystkie pola" {
        return Some(vec![Name, Address, Phones, Emails, Website, Hours]);
    }
    // "nazwa+www (BIP)": what kind of page it is shows in its address.
    let names = names.split_once(" (").map_or(names, |(names, _)| names);
    let mut fields = Vec::new();
    for name in names.split('+') {
        let field = match name.trim() {
            "nazwa" | "likwidacja OPS" => Name,
            "adres" | "kod" | "miejscowość" => Address,
            "telefon" => Phones,
            "email" => Emails,
            "www" => Website,
            "godziny" => Hours,
            _ => return None,
        };
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    Some(fields)
}

/// Each field's pages, from the `zrodla` cell ("nazwa+www: https://… (date) | adres: https://…").
fn field_pages(cell: &str, line: u64, report: &mut Report) -> BTreeMap<DirectoryField, Vec<String>> {
    let mut pages: BTreeMap<DirectoryField, Vec<String>> = BTreeMap::new();
    for part in cell.split(" | ").filter(|p| *p != "brak") {
        let Some((names, page)) = part.split_once(": ") else {
            report.problems.push((DISTRICT_CENTRES_CSV, line, Problem::InvalidValue(part.into())));
            continue;
        };
        let Some(fields) = fields_named(names) else {
            report.problems.push((DISTRICT_CENTRES_CSV, line, Problem::UnknownValue(names.into())));
            continue;
        };
        for field in fields {
            pages.entry(field).or_default().push(page_words(page));
        }
    }
    pages
}

fn some(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

/// The districts' centres, each field marked with the pages it comes from and the whole entry with the
/// list's notes (differences between pages). A district the list has no name for has no centre here.
pub fn district_centres(
    sources: &Path,
    districts: &[District],
    report: &mut Report,
) -> Result<Vec<DirectoryCentre>, String> {
    let columns = ["teryt7", "dzielnica", "nazwa", "adres", "kod_pocztowy", "miejscowosc", "telefon", "email"];
    let rows =
        read_csv(sources, DISTRICT_CENTRES_CSV, &[&columns[..], &["www", "godziny", "zrodla", "uwagi"]].concat())?;
    let mut centres = Vec::new();
    for row in rows {
        let at = (DISTRICT_CENTRES_CSV, row.line);
        let Some(district) = districts.iter().find(|d| d.code == row.get("teryt7")) else {
            report.problems.push((at.0, at.1, Problem::UnknownGmina(row.get("teryt7").into())));
            continue;
        };
        if district.name != row.get("dzielnica") {
            report.problems.push((at.0, at.1, Problem::TerytMismatch(format!("{}, {}", district.code, district.name))));
            continue;
        }
        if row.get("nazwa").is_empty() {
            continue;
        }
        let street = row.get("adres").replace(" | ", "; ");
        let postcode = some(row.get("kod_pocztowy"));
        let address = (!street.is_empty() || postcode.is_some()).then(|| PostalAddress {
            street: some(&street),
            postcode,
            town: if row.get("miejscowosc").is_empty() { "Warszawa".into() } else { row.get("miejscowosc").into() },
        });
        let mut to_confirm: Vec<ToConfirm> = Vec::new();
        if let Some(notes) = some(row.get("uwagi")) {
            to_confirm.push(ToConfirm { field: DirectoryField::Entry, why: polish_dates(&notes) });
        }
        for (field, pages) in field_pages(row.get("zrodla"), row.line, report) {
            to_confirm.push(ToConfirm { field, why: pages.join("; ") });
        }
        let mut centre = DirectoryCentre {
            gmina: district.gmina.clone(),
            district: Some(district.code.clone()),
            name: row.get("nazwa").into(),
            address,
            phones: phones_of(row.get("telefon"), at, report),
            emails: emails_of(row.get("email"), at, report),
            website: some(row.get("www")),
            // The hours are the pages' words, some of them a general note of another page: never read
            // into days and times, so the page says nothing of "open now" the pages do not.
            hours: None,
            hours_text: some(row.get("godziny")),
            source: list_source(),
            to_confirm,
        };
        // "wszystkie pola" names fields the pages did not give: only those shown say their page.
        let shown: Vec<DirectoryField> =
            centre.to_confirm.iter().map(|m| m.field).filter(|f| centre.gives(*f)).collect();
        centre.to_confirm.retain(|m| shown.contains(&m.field));
        centres.push(centre);
    }
    report.counts.push(("district centres", centres.len()));
    Ok(centres)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_as_digits_read_in_polish_words() {
        assert_eq!(polish_dates("deklarację sporządzono 2020-09-22"), "deklarację sporządzono 22 września 2020");
        assert_eq!(polish_dates("ogłoszenie z 06.05.2020"), "ogłoszenie z 6 maja 2020");
        assert_eq!(
            polish_dates("publikacja 2019.05.30, wgrany 28-02-2019"),
            "publikacja 30 maja 2019, wgrany 28 lutego 2019"
        );
        assert_eq!(
            polish_dates("nie wcześniej niż 2020, tel. 22 487 13 00"),
            "nie wcześniej niż 2020, tel. 22 487 13 00"
        );
    }

    #[test]
    fn a_page_is_named_by_its_site_with_what_it_says_of_its_date() {
        assert_eq!(
            page_words("https://www.opsbemowo.waw.pl/deklaracjadostepnosci (deklarację sporządzono 2020-09-22)"),
            "opsbemowo.waw.pl (deklarację sporządzono 22 września 2020)"
        );
        assert_eq!(page_words("https://ops-ursus.pl/ (bez daty)"), "ops-ursus.pl (bez daty)");
        assert_eq!(
            page_words("strona opswlochy.waw.pl 'Działania na rzecz osób starszych' (bez daty, pełny URL w SOURCE.md)"),
            "strona opswlochy.waw.pl 'Działania na rzecz osób starszych' (bez daty)"
        );
    }

    #[test]
    fn every_field_a_source_note_names_is_known() {
        assert_eq!(fields_named("adres+kod+miejscowość"), Some(vec![DirectoryField::Address]));
        assert_eq!(fields_named("wszystkie pola").map(|f| f.len()), Some(6));
        assert_eq!(fields_named("nazwa+www (BIP)"), Some(vec![DirectoryField::Name, DirectoryField::Website]));
        assert_eq!(fields_named("nazwa+fax"), None);
    }
}
