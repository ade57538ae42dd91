//! `wsparcie report`: what the centres should look at, per voivodeship: entries whose facts no one has
//! confirmed for over 180 days, and centres a resident could not reach from what the catalogue says;
//! then the directory's fields a maintainer marked to confirm (`data/sources/ops/do-potwierdzenia.csv`).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use sprawdz_wsparcie::catalogue::freshness::Freshness;
use sprawdz_wsparcie::catalogue::{Catalogue, Centre};
use sprawdz_wsparcie::dates::{format_long, parse_iso, poland_local_time};
use sprawdz_wsparcie::directory::{powiat_file, PowiatFile};
use sprawdz_wsparcie::folder::load_dir;
use sprawdz_wsparcie::i18n::{t, Locale};
use sprawdz_wsparcie::places::{Places, PlacesFile, PLACES_FILE};
use sprawdz_wsparcie::text::fold;

/// One voivodeship's part of the report.
#[derive(Debug, Default, PartialEq)]
pub struct Region {
    pub centres: usize,
    pub projects: usize,
    /// "GOPS Dobra: sprawdzone 12 marca 2026" for a centre, the project's title for a project.
    pub stale: Vec<String>,
    /// A centre and what of its address, phones and e-mail the catalogue lacks.
    pub missing_contacts: Vec<String>,
}

/// The report as of `day`, voivodeships in Polish alphabetical order.
pub fn regions(catalogue: &Catalogue, day: NaiveDate, l: Locale) -> Vec<(String, Region)> {
    let mut by_name: BTreeMap<String, (String, Region)> = BTreeMap::new();
    let stale = |what: &str, checked_on: Option<NaiveDate>| match checked_on.map(|c| Freshness::of(c, day)) {
        Some(Freshness::Checked(_)) => None,
        Some(Freshness::Stale(c)) => {
            Some(t::report_stale_entry(l, t::ReportStaleEntry { what: &what, date: &format_long(c, l) }))
        }
        None => Some(t::report_undated_entry(l, what)),
    };
    for (at, centre) in catalogue.centres.iter().enumerate() {
        let (_, region) =
            by_name.entry(fold(&centre.voivodeship)).or_insert_with(|| (centre.voivodeship.clone(), Region::default()));
        region.centres += 1;
        region.stale.extend(stale(&centre.short_name, centre.checked_on));
        let missing = missing_contacts(centre, l);
        if !missing.is_empty() {
            let list = missing.join(", ");
            region
                .missing_contacts
                .push(t::report_missing_entry(l, t::ReportMissingEntry { centre: &centre.short_name, missing: &list }));
        }
        for entry in catalogue.entries.iter().filter(|e| e.centre == at) {
            region.projects += 1;
            let what = format!("{} ({})", entry.project.title, centre.short_name);
            region.stale.extend(stale(&what, entry.project.checked_on));
        }
    }
    by_name.into_values().collect()
}

/// What of the ways to reach a centre the catalogue does not give.
fn missing_contacts(c: &Centre, l: Locale) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if c.address.is_none() {
        missing.push(t::report_no_address(l));
    }
    if c.phones.is_empty() {
        missing.push(t::report_no_phone(l));
    }
    if c.emails.is_empty() {
        missing.push(t::report_no_email(l));
    }
    if c.office_hours.is_none() {
        missing.push(t::report_no_hours(l));
    }
    missing
}

/// The directory's fields marked to confirm, in the order of the gmina codes: "Koziegłowy (śląskie),
/// Gminno-Miejski Ośrodek …: telefon (22) 524-99-90: why".
pub fn directory_marks(places: &Places, powiats: &[PowiatFile]) -> Vec<String> {
    let mut lines = Vec::new();
    for powiat in powiats {
        for centre in powiat.centres.iter().filter(|c| c.district.is_none()) {
            let Some(place) = places.gmina(&centre.gmina) else { continue };
            for mark in &centre.to_confirm {
                let value = match mark.field {
                    sprawdz_wsparcie::directory::DirectoryField::Phones => format!(" {}", centre.phones.join(", ")),
                    _ => String::new(),
                };
                lines.push(format!(
                    "{} ({}), {}: {}{value}: {}",
                    place.gmina.name,
                    place.voivodeship.name,
                    centre.name,
                    mark.field.column(),
                    mark.why
                ));
            }
        }
    }
    lines
}

/// The districts with a centre of their own (Warszawa's), each with its centre from the working list,
/// every field of which is to confirm: "Warszawa (mazowieckie), dzielnica Bemowo: Ośrodek …", or that
/// the list has no centre for it.
pub fn district_lines(places: &Places, powiats: &[PowiatFile]) -> Vec<String> {
    let mut lines = Vec::new();
    for powiat in powiats {
        for district in &powiat.districts {
            let Some(place) = places.gmina(&district.gmina) else { continue };
            let what = match powiat.centre_of_district(&district.code) {
                Some(c) => c.name.clone(),
                None => "brak danych ośrodka".to_string(),
            };
            lines.push(format!(
                "{} ({}), dzielnica {}: {what}",
                place.gmina.name, place.voivodeship.name, district.name
            ));
        }
    }
    lines
}

/// The gmina index and every powiat file of the shipped data, read once for the report's parts.
fn read_data(data: &Path) -> Result<(Places, Vec<PowiatFile>), String> {
    let read = |file: &str| {
        std::fs::read_to_string(data.join(file)).map_err(|e| format!("{}: {e}", data.join(file).display()))
    };
    let places: PlacesFile = serde_json::from_str(&read(PLACES_FILE)?).map_err(|e| format!("{PLACES_FILE}: {e}"))?;
    let places = Places::new(places);
    let mut powiats = Vec::new();
    for powiat in &places.file.powiats {
        let file = powiat_file(&powiat.code);
        powiats.push(serde_json::from_str(&read(&file)?).map_err(|e| format!("{file}: {e}"))?);
    }
    Ok((places, powiats))
}

/// The Senior+ places of the shipped data, each with its gmina and voivodeship, and the day of the
/// list they come from: "Andrychów (małopolskie): Klub Senior+, ul. Metalowców 10, Andrychów".
pub fn senior_places(places: &Places, powiats: &[PowiatFile]) -> Result<(Vec<String>, Option<String>), String> {
    let (mut lines, mut as_of) = (Vec::new(), None);
    for powiat in powiats {
        for p in &powiat.senior_places().map_err(|issue| issue.describe(Locale::default()))? {
            let Some(place) = places.gmina(&p.gmina) else { continue };
            as_of.get_or_insert_with(|| p.source.date.format_long(Locale::default()));
            let street = p.address.street.as_deref().map(|s| format!("{s}, ")).unwrap_or_default();
            lines.push(format!(
                "{} ({}): {}, {street}{}",
                place.gmina.name,
                place.voivodeship.name,
                p.kind.name(),
                p.address.town
            ));
        }
    }
    Ok((lines, as_of))
}

/// Today in Poland, from the system clock.
pub fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let utc = chrono::DateTime::from_timestamp(secs as i64, 0).unwrap_or_default().naive_utc();
    poland_local_time(utc).date()
}

pub fn report(dir: &Path, data: &Path, date: Option<&str>) -> ExitCode {
    let l = Locale::default();
    let day = match date.map(parse_iso) {
        None => today(),
        Some(Some(day)) => day,
        Some(None) => {
            eprintln!("{}", t::report_bad_date(l, date.unwrap_or_default()));
            return ExitCode::from(2);
        }
    };
    let loaded = match load_dir(dir) {
        Ok(loaded) => loaded,
        Err(issues) => {
            for issue in &issues {
                eprintln!("{}", issue.describe(l));
            }
            return ExitCode::FAILURE;
        }
    };
    for issue in &loaded.issues {
        eprintln!("{}", issue.describe(l));
    }
    println!("{}", t::report_heading(l, format_long(day, l)));
    let (mut stale, mut missing) = (0, 0);
    for (name, region) in regions(&loaded.catalogue, day, l) {
        println!();
        println!(
            "{}",
            t::report_region(l, t::ReportRegion { name: &name, centres: &region.centres, projects: &region.projects })
        );
        let none = t::report_none(l);
        println!("  {}", t::report_stale(l, region.stale.len() as i64));
        region.stale.iter().for_each(|s| println!("    - {s}"));
        if region.stale.is_empty() {
            println!("    {none}");
        }
        println!("  {}", t::report_missing(l, region.missing_contacts.len() as i64));
        region.missing_contacts.iter().for_each(|s| println!("    - {s}"));
        if region.missing_contacts.is_empty() {
            println!("    {none}");
        }
        stale += region.stale.len();
        missing += region.missing_contacts.len();
    }
    println!();
    let (places, powiats) = match read_data(data) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let marks = directory_marks(&places, &powiats);
    println!("{}", t::report_to_confirm(l, marks.len() as i64));
    marks.iter().for_each(|m| println!("  - {m}"));
    println!();
    let districts = district_lines(&places, &powiats);
    if !districts.is_empty() {
        println!("{}", t::report_districts(l, districts.len()));
        districts.iter().for_each(|m| println!("  - {m}"));
        println!();
    }
    match senior_places(&places, &powiats) {
        Ok((lines, as_of)) => {
            let as_of = as_of.unwrap_or_default();
            println!("{}", t::report_senior(l, t::ReportSenior { count: &lines.len(), date: &as_of }));
            lines.iter().for_each(|m| println!("  - {m}"));
        }
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    }
    println!();
    println!("{}", t::report_total(l, t::ReportTotal { stale: &stale, missing: &missing }));
    ExitCode::SUCCESS
}
