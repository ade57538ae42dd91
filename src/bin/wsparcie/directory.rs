//! The centre directory of `wsparcie data`: the voivodes' and the ministry's lists, one centre per gmina,
//! the 2024 list where the main file has no row, and the maintainers' marks of fields to confirm.

use std::collections::BTreeMap;
use std::path::Path;

use sprawdz_wsparcie::contact::{is_email, is_postcode, phone_digits, split_run_on_phones};
use sprawdz_wsparcie::dates::PartialDate;
use sprawdz_wsparcie::directory::{DirectoryCentre, DirectoryField, PostalAddress, ToConfirm};
use sprawdz_wsparcie::places::{DataSource, PlacesFile};
use sprawdz_wsparcie::problem::Problem;

use crate::data::{day, read_csv, Report, Row, CENTRES_CSV};
use crate::hours_text;

/// The 8 Małopolska gminas the main file lacks, from the voivode's list of February 2024.
pub const CENTRES_2024_CSV: &str = "ops/ops-malopolskie-uzupelnienie-2024.csv";
/// The maintainers' marks: directory fields to confirm with the centre, and why.
pub const TO_CONFIRM_CSV: &str = "ops/do-potwierdzenia.csv";

/// The directory's source, as residents read it, from the row's `zrodlo`.
fn centre_source(zrodlo: &str) -> Option<DataSource> {
    let (title, date, unverified) = if zrodlo.starts_with("RJPS") {
        (
            "Rejestr Jednostek Pomocy Społecznej (Ministerstwo Rodziny, Pracy i Polityki Społecznej), eksport",
            day(2026, 3, 6),
            false,
        )
    } else if zrodlo.starts_with("Wykaz OPS woj. śląskiego") {
        ("Wykaz OPS woj. śląskiego, Śląski Urząd Wojewódzki", PartialDate::Month { year: 2026, month: 5 }, false)
    } else if zrodlo.starts_with("mir.org.pl") {
        ("Wykaz ośrodków w serwisie mir.org.pl", PartialDate::Month { year: 2026, month: 3 }, true)
    } else if zrodlo == CENTRES_2024_CSV {
        (
            "Baza instytucji udzielających pomocy i wsparcia osobom doznającym przemocy domowej, Małopolski Urząd \
             Wojewódzki (stan na 1 lutego 2024)",
            day(2024, 2, 1),
            true,
        )
    } else {
        return None;
    };
    Some(DataSource { title: title.into(), date, unverified })
}

fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', '|']).map(str::trim).filter(|s| !s.is_empty())
}

/// The phones of a directory cell: a list, or two numbers written together with no separator.
pub(crate) fn phones_of(cell: &str, at: (&'static str, u64), report: &mut Report) -> Vec<String> {
    if let Some(numbers) = split_run_on_phones(cell) {
        return numbers;
    }
    let mut phones = Vec::new();
    for phone in split_list(cell) {
        // "(32) 649 94 92 (do 97)": the first of a range of lines is a number to call.
        let first = phone.split_once(" (do ").map_or(phone, |(number, _)| number);
        match phone_digits(first) {
            Some(_) => phones.push(first.to_string()),
            None => report.problems.push((at.0, at.1, Problem::BadPhone(phone.into()))),
        }
    }
    phones
}

/// The e-mail addresses of a directory cell, each malformed one left out and reported.
pub(crate) fn emails_of(cell: &str, at: (&'static str, u64), report: &mut Report) -> Vec<String> {
    let mut emails = Vec::new();
    for email in split_list(cell) {
        match is_email(email) {
            true => emails.push(email.to_string()),
            false => report.problems.push((at.0, at.1, Problem::BadEmail(email.into()))),
        }
    }
    emails
}

/// The street as a Polish address writes it. A village without streets gives only a house number
/// ("25", "12a", "25/3"), written after the village's name ("Lipnica Murowana 25"); a street named for a
/// date ("1 Maja 7", "3 Maja 587") is a street like any other.
fn street_of(town: &str, street: &str) -> String {
    let house_number_only = street.starts_with(|c: char| c.is_ascii_digit()) && !street.contains(char::is_whitespace);
    match house_number_only {
        true => format!("{town} {street}"),
        false => street.to_string(),
    }
}

/// One directory row as a centre, dropping (and reporting) a phone, postcode or e-mail that is malformed.
/// `columns` names the row's fields (the two directory files name the name and hours differently).
fn centre(row: &Row, file: &'static str, source: DataSource, report: &mut Report) -> DirectoryCentre {
    let at = (file, row.line);
    let phones = phones_of(row.get("telefon"), at, report);
    let emails = emails_of(row.get("email"), at, report);
    let postcode = match row.get("kod_pocztowy") {
        "" => None,
        code if is_postcode(code) => Some(code.to_string()),
        code => {
            report.problems.push((at.0, at.1, Problem::BadPostcode(code.into())));
            None
        }
    };
    let (town, street) = (row.get("miejscowosc"), street_of(row.get("miejscowosc"), row.get("adres")));
    let address = (!town.is_empty()).then(|| PostalAddress {
        street: (!street.is_empty()).then_some(street),
        postcode,
        town: town.into(),
    });
    let hours_text = row.get("godziny_pracy");
    let website = row.get("www");
    DirectoryCentre {
        gmina: row.get("gmina_teryt6").into(),
        district: None,
        name: row.get("nazwa").into(),
        address,
        phones,
        emails,
        website: (!website.is_empty()).then(|| website.to_string()),
        hours: hours_text_parse(hours_text),
        hours_text: (!hours_text.is_empty()).then(|| hours_text.to_string()),
        source,
        to_confirm: Vec::new(),
    }
}

fn hours_text_parse(text: &str) -> Option<sprawdz_wsparcie::hours::WeeklyHours> {
    (!text.is_empty()).then(|| hours_text::parse(text)).flatten()
}

/// A maintainer's mark on one gmina's centre: the field, why, and the value to show where the source's
/// cell holds a note beside the value.
struct Mark {
    line: u64,
    field: DirectoryField,
    why: String,
    value: Option<String>,
}

/// The maintainers' marks by gmina (`ops/do-potwierdzenia.csv`), each field named as the directory's column.
fn marks(sources: &Path, report: &mut Report) -> Result<BTreeMap<String, Vec<Mark>>, String> {
    let rows = read_csv(sources, TO_CONFIRM_CSV, &["gmina_teryt6", "pole", "wartosc", "powod"])?;
    let mut marks: BTreeMap<String, Vec<Mark>> = BTreeMap::new();
    for row in rows {
        let Some(field) = DirectoryField::from_column(row.get("pole")) else {
            report.problems.push((TO_CONFIRM_CSV, row.line, Problem::UnknownValue(row.get("pole").into())));
            continue;
        };
        if row.get("powod").is_empty() {
            report.problems.push((TO_CONFIRM_CSV, row.line, Problem::MissingField("powod".into())));
            continue;
        }
        let value = Some(row.get("wartosc")).filter(|v| !v.is_empty()).map(str::to_string);
        let mark = Mark { line: row.line, field, why: row.get("powod").into(), value };
        marks.entry(row.get("gmina_teryt6").into()).or_default().push(mark);
    }
    Ok(marks)
}

/// The 2024 list's row in the main file's column names: its name and hours are the source's own words.
fn row_2024(mut row: Row) -> Row {
    for (from, to) in [("nazwa_w_zrodle", "nazwa"), ("godziny_w_zrodle", "godziny_pracy")] {
        if let Some(value) = row.fields.remove(from) {
            row.fields.insert(to.into(), value);
        }
    }
    row
}

/// A field's value replaced by the one a maintainer's mark gives (a note in the source's cell taken out).
fn apply(centre: &mut DirectoryCentre, mark: &Mark) {
    if let Some(value) = &mark.value {
        match mark.field {
            DirectoryField::Name => centre.name = value.clone(),
            DirectoryField::Hours => {
                centre.hours = hours_text_parse(value);
                centre.hours_text = Some(value.clone());
            }
            DirectoryField::Website => centre.website = Some(value.clone()),
            // The contacts are lists and an address has parts: a mark on them only says to confirm.
            DirectoryField::Entry | DirectoryField::Address | DirectoryField::Phones | DirectoryField::Emails => {}
        }
    }
    centre.to_confirm.push(ToConfirm { field: mark.field, why: mark.why.clone() });
}

/// The centres by gmina: one per gmina, a row verified in the ministry's register preferred to one that
/// is not, the 2024 list only where the main file has no row; then the maintainers' marks.
pub fn centres(
    sources: &Path,
    places: &PlacesFile,
    report: &mut Report,
) -> Result<BTreeMap<String, DirectoryCentre>, String> {
    let columns = [
        "gmina_teryt6",
        "nazwa",
        "kod_pocztowy",
        "miejscowosc",
        "adres",
        "telefon",
        "email",
        "www",
        "godziny_pracy",
        "zrodlo",
        "zweryfikowane_rjps",
    ];
    let rows = read_csv(sources, CENTRES_CSV, &columns)?;
    let columns_2024 = [
        "gmina_teryt6",
        "nazwa_w_zrodle",
        "kod_pocztowy",
        "miejscowosc",
        "adres",
        "telefon",
        "email",
        "godziny_w_zrodle",
    ];
    let rows_2024 = read_csv(sources, CENTRES_2024_CSV, &columns_2024)?;
    let known = |code: &str| places.gminas.binary_search_by(|g| g.code.as_str().cmp(code)).is_ok();
    let mut by_gmina: BTreeMap<String, (bool, DirectoryCentre)> = BTreeMap::new();
    for row in rows {
        let at = (CENTRES_CSV, row.line);
        let code = row.get("gmina_teryt6");
        if !known(code) {
            report.problems.push((at.0, at.1, Problem::UnknownGmina(code.into())));
            continue;
        }
        let Some(source) = centre_source(row.get("zrodlo")) else {
            report.problems.push((at.0, at.1, Problem::UnknownValue(row.get("zrodlo").into())));
            continue;
        };
        let centre = centre(&row, CENTRES_CSV, source, report);
        let verified = row.get("zweryfikowane_rjps") == "tak";
        match by_gmina.get(code) {
            Some((kept_verified, kept)) => {
                let replace = verified && !kept_verified;
                let (dropped, kept_name) =
                    if replace { (&kept.name, &centre.name) } else { (&centre.name, &kept.name) };
                report.problems.push((
                    at.0,
                    at.1,
                    Problem::SecondCentre { kept: kept_name.clone(), dropped: dropped.clone() },
                ));
                if replace {
                    by_gmina.insert(code.into(), (verified, centre));
                }
            }
            None => {
                by_gmina.insert(code.into(), (verified, centre));
            }
        }
    }
    let mut added = 0;
    for row in rows_2024.into_iter().map(row_2024) {
        let at = (CENTRES_2024_CSV, row.line);
        let code = row.get("gmina_teryt6").to_string();
        if !known(&code) {
            report.problems.push((at.0, at.1, Problem::UnknownGmina(code)));
            continue;
        }
        let source = centre_source(CENTRES_2024_CSV).expect("the 2024 list is a known source");
        let centre = centre(&row, CENTRES_2024_CSV, source, report);
        if let Some((_, kept)) = by_gmina.get(&code) {
            let problem = Problem::SecondCentre { kept: kept.name.clone(), dropped: centre.name.clone() };
            report.problems.push((at.0, at.1, problem));
            continue;
        }
        by_gmina.insert(code, (false, centre));
        added += 1;
    }
    let mut marked = 0;
    for (code, marks) in marks(sources, report)? {
        for mark in marks {
            match by_gmina.get_mut(&code) {
                Some((_, centre)) => {
                    apply(centre, &mark);
                    marked += 1;
                }
                None => report.problems.push((TO_CONFIRM_CSV, mark.line, Problem::NoCentreToMark(code.clone()))),
            }
        }
    }
    report.counts.push(("centres", by_gmina.len()));
    report.counts.push(("centres from the 2024 list", added));
    report.counts.push(("fields to confirm", marked));
    Ok(by_gmina.into_iter().map(|(k, (_, c))| (k, c)).collect())
}
