//! The Senior+ day homes and clubs of `wsparcie data`: the Małopolski Urząd Wojewódzki's list of 2 June
//! 2026, each place given to the gmina where it is, for that gmina's page. Who may attend and what it
//! costs is not in the list: the page says to ask the centre.

use std::path::Path;

use sprawdz_wsparcie::contact::is_postcode;
use sprawdz_wsparcie::directory::{PostalAddress, SeniorKind, SeniorPlace};
use sprawdz_wsparcie::places::{DataSource, GminaKind, PlacesFile};
use sprawdz_wsparcie::problem::Problem;

use crate::data::{day, read_csv, Report, Row};
use crate::directory::phones_of;

pub const SENIOR_CSV: &str = "senior-plus/senior-plus-malopolskie-2026-06-02.csv";
/// The list covers one voivodeship: małopolskie.
const VOIVODESHIP: &str = "12";

fn source() -> DataSource {
    DataSource {
        title: "Wykaz funkcjonujących ośrodków Senior+ w Małopolsce, Małopolski Urząd Wojewódzki".into(),
        date: day(2026, 6, 2),
        // A copy of the voivode's spreadsheet kept by a third party: to confirm with the voivode's own.
        unverified: true,
    }
}

/// The gmina a row's place is in, by who runs it: "Gmina X" is the gmina X (the rural one where a
/// town and its surroundings share the name), "X (miasto)" the town, and a powiat's place the gmina of
/// its town (the town's own gmina first).
fn gmina_of(row: &Row, places: &PlacesFile) -> Option<String> {
    let runner = row.get("jst");
    let named = |name: &str| -> Vec<(&str, GminaKind)> {
        places
            .gminas
            .iter()
            .filter(|g| g.code.starts_with(VOIVODESHIP) && g.name == name)
            .map(|g| (g.code.as_str(), g.kind))
            .collect()
    };
    let pick = |found: Vec<(&str, GminaKind)>, kinds: &[GminaKind]| -> Option<String> {
        kinds.iter().find_map(|k| {
            let of_kind: Vec<&str> = found.iter().filter(|(_, kind)| kind == k).map(|(c, _)| *c).collect();
            (of_kind.len() == 1).then(|| of_kind[0].to_string())
        })
    };
    if let Some(town) = runner.strip_suffix(" (miasto)") {
        pick(named(town), &[GminaKind::Urban])
    } else if let Some(name) = runner.strip_prefix("Gmina ") {
        let found = named(name);
        if found.len() == 1 {
            return Some(found[0].0.to_string());
        }
        pick(found, &[GminaKind::Rural, GminaKind::UrbanRural])
    } else if runner.starts_with("Powiat ") {
        pick(named(row.get("miejscowosc")), &[GminaKind::Urban, GminaKind::UrbanRural, GminaKind::Rural])
    } else {
        None
    }
}

/// Every place of the list with its gmina; a row that cannot be placed, or of an unknown kind, is
/// named by file and line and left out.
pub fn senior_places(sources: &Path, places: &PlacesFile, report: &mut Report) -> Result<Vec<SeniorPlace>, String> {
    let columns = ["rodzaj", "liczba_miejsc", "jst", "adres", "kod", "miejscowosc", "telefon"];
    let mut out = Vec::new();
    for row in read_csv(sources, SENIOR_CSV, &columns)? {
        let at = (SENIOR_CSV, row.line);
        let Some(kind) = SeniorKind::from_name(row.get("rodzaj")) else {
            report.problems.push((at.0, at.1, Problem::UnknownValue(row.get("rodzaj").into())));
            continue;
        };
        let Some(gmina) = gmina_of(&row, places) else {
            report.problems.push((at.0, at.1, Problem::UnknownGmina(row.get("jst").into())));
            continue;
        };
        let postcode = Some(row.get("kod").to_string()).filter(|c| is_postcode(c));
        if postcode.is_none() && !row.get("kod").is_empty() {
            report.problems.push((at.0, at.1, Problem::InvalidValue(row.get("kod").into())));
        }
        let street = Some(row.get("adres").to_string()).filter(|s| !s.is_empty());
        out.push(SeniorPlace {
            gmina,
            kind,
            places: row.get("liczba_miejsc").parse().ok(),
            runner: row.get("jst").to_string(),
            address: PostalAddress { street, postcode, town: row.get("miejscowosc").to_string() },
            phones: phones_of(row.get("telefon"), at, report),
            source: source(),
        });
    }
    report.counts.push(("Senior+ places", out.len()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> PlacesFile {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/1/places.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn row(jst: &str, town: &str) -> Row {
        let fields = [("jst", jst), ("miejscowosc", town)].into_iter().map(|(k, v)| (k.to_string(), v.to_string()));
        Row { line: 2, fields: fields.collect() }
    }

    #[test]
    fn a_place_goes_to_the_gmina_its_runner_names() {
        let p = places();
        let at = |jst: &str, town: &str| gmina_of(&row(jst, town), &p);
        // A town and the rural gmina around it share a name: "(miasto)" is the town, "Gmina" the other.
        assert_eq!(at("Tarnów (miasto)", "Tarnów").as_deref(), Some("126301"));
        assert_eq!(at("Gmina Tarnów", "Zbylitowska Góra").as_deref(), Some("121609"));
        assert_eq!(at("Gorlice (miasto)", "Gorlice").as_deref(), Some("120501"));
        assert_eq!(at("Gmina Gorlice", "Gorlice").as_deref(), Some("120504"));
        // One gmina of the name: that one, whatever its kind.
        assert_eq!(at("Gmina Andrychów", "Andrychów").as_deref(), Some("121801"));
        assert_eq!(at("Kraków (miasto)", "Kraków").as_deref(), Some("126101"));
        // A powiat's place: the gmina of its town.
        assert_eq!(at("Powiat Bocheński", "Bochnia").as_deref(), Some("120101"));
        // Not in Małopolska, or no such runner.
        assert_eq!(at("Gmina Kłobuck", "Kłobuck"), None);
        assert_eq!(at("Stowarzyszenie", "Kraków"), None);
    }
}
