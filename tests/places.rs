//! The shipped place data as a resident searches it: every gmina of the GUS list found by its name and by
//! its code; a name shared by several gminas or villages offers all of them, each with its powiat and
//! voivodeship.

use sprawdz_wsparcie::folder::{load_data, DataDir};
use sprawdz_wsparcie::localities::shard_key;

fn data() -> DataDir {
    load_data(std::path::Path::new("public/data/1")).unwrap_or_else(|issues| panic!("{issues:?}"))
}

#[test]
fn every_gmina_of_the_gus_list_is_found_by_name_and_by_code() {
    let data = data();
    let csv = std::fs::read_to_string("data/sources/teryt/gminy-2026-01-01.csv").unwrap();
    // The first line names the columns; every other line is one gmina.
    let (header, rows) = csv.split_once('\n').expect("a header and rows");
    assert!(header.starts_with("teryt7;teryt6;nazwa;rodzaj_kod;rodzaj;powiat_kod;powiat;"), "{header}");
    let mut count = 0;
    for line in rows.lines() {
        let fields: Vec<&str> = line.split(';').collect();
        let (code, name, powiat) = (fields[1], fields[2], fields[6]);
        let by_code = data.places.gmina(code).unwrap_or_else(|| panic!("{code} not found"));
        assert_eq!((by_code.gmina.name.as_str(), by_code.powiat.name.as_str()), (name, powiat));
        // Every gmina of a shared name is on the first page of matches (the most shared has 4).
        let (found, _) = data.places.find(name, 20);
        assert!(found.iter().any(|g| g.gmina.code == code), "{name} ({code}) not among the matches for its name");
        count += 1;
    }
    assert_eq!(count, 2479);
}

#[test]
fn a_shared_gmina_name_offers_each_with_its_powiat_and_voivodeship() {
    let data = data();
    let (found, total) = data.places.find("Konopnica", 20);
    let shown: Vec<(&str, &str, &str)> =
        found.iter().map(|g| (g.gmina.code.as_str(), g.powiat.name.as_str(), g.voivodeship.name.as_str())).collect();
    assert_eq!(shown, [("060908", "lubelski", "lubelskie"), ("101703", "wieluński", "łódzkie")]);
    assert_eq!(total, 2);
}

#[test]
fn a_shared_village_name_offers_every_village_in_its_gmina() {
    let data = data();
    let key = shard_key("Nowa Wieś").unwrap();
    let shard = data.shards.iter().find(|s| s.key == key).unwrap();
    let (found, total) = shard.find("nowa wies", 20);
    let exact = found.iter().filter(|l| l.name == "Nowa Wieś").count();
    assert_eq!(exact, 116, "GUS lists 116 places called Nowa Wieś: 112 villages, 3 osady, 1 osada leśna");
    assert!(total >= exact);
    for l in found.iter().filter(|l| l.name == "Nowa Wieś") {
        assert!(data.places.gmina(&l.gmina).is_some(), "{} points at no gmina", l.gmina);
    }
}

#[test]
fn both_directories_are_in_with_their_sources() {
    let data = data();
    let centres: Vec<_> = data.powiats.iter().flat_map(|p| p.centres.iter()).collect();
    let in_voivodeship = |code: &str| centres.iter().filter(|c| c.gmina.starts_with(code)).count();
    // Every gmina of both: Małopolska's last 8 from the voivode's list of 2024.
    assert_eq!((in_voivodeship("24"), in_voivodeship("12")), (167, 183));
    let jastrzebie = centres.iter().find(|c| c.gmina == "246701").unwrap();
    assert_eq!(jastrzebie.address.as_ref().unwrap().street.as_deref(), Some("ul. Opolska 9"));
    assert_eq!(jastrzebie.source.title, "Wykaz OPS woj. śląskiego, Śląski Urząd Wojewódzki");
    let unverified = centres.iter().filter(|c| c.source.unverified).count();
    assert!(unverified > 60, "the mir.org.pl rows are marked as needing verification ({unverified})");
    // A gmina no source lists has no centre, and its powiat file still exists.
    assert!(data.powiats.iter().any(|p| p.powiat == "0609" && p.centres.is_empty()));
}

#[test]
fn a_project_is_in_the_powiat_file_of_every_gmina_it_serves_and_found_by_its_id() {
    use sprawdz_wsparcie::directory::locator_key;
    let data = data();
    let powiat = |code: &str| data.powiats.iter().find(|p| p.powiat == code).unwrap();
    // The Jastków project serves 8 gminas; each gmina's page finds it in its powiat's file.
    let jastkow = ["060907", "060901", "060910", "060912", "060904", "060911", "060913", "060908"];
    for gmina in jastkow {
        let catalogue = powiat(&gmina[..4]).catalogue(&Default::default());
        let found: Vec<&str> = catalogue.serving(gmina).map(|e| e.project.id.as_str()).collect();
        assert_eq!(found, ["zintegrowany-system-wsparcia-rodziny"], "{gmina}");
    }
    // A gmina it does not serve (Konopnica in powiat wieluński) does not get it.
    assert_eq!(powiat("1017").catalogue(&Default::default()).serving("101703").count(), 0);
    // Every project and centre id leads through its locator file to a powiat file that has it.
    let mut located = 0;
    for file in &data.locators {
        for l in &file.projects {
            assert_eq!(locator_key(&l.id), file.key);
            assert!(powiat(&l.powiat).catalogue(&Default::default()).project(&l.id).is_some(), "{}", l.id);
            located += 1;
        }
        for l in &file.centres {
            assert!(powiat(&l.powiat).catalogue(&Default::default()).centre(&l.id).is_some(), "{}", l.id);
            located += 1;
        }
    }
    assert_eq!(located, 44, "22 projects and 22 centres");
}

#[test]
fn the_senior_places_kept_as_written_read_as_the_plain_reading_of_every_powiat_file() {
    use sprawdz_wsparcie::directory::{powiat_file, PowiatFile, SeniorPlace};
    let data = data();
    let mut places = 0;
    for powiat in &data.powiats {
        let text =
            std::fs::read_to_string(std::path::Path::new("public/data/1").join(powiat_file(&powiat.powiat))).unwrap();
        let kept: PowiatFile = serde_json::from_str(&text).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let plain: Vec<SeniorPlace> = match value.get("senior") {
            Some(list) => serde_json::from_value(list.clone()).unwrap(),
            None => Vec::new(),
        };
        assert_eq!(kept.senior_places().unwrap(), plain, "{}", powiat.powiat);
        places += plain.len();
    }
    assert_eq!(places, 107, "every place of the list, in the powiat of its gmina");
}
