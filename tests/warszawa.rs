//! Warszawa's districts as the shipped data has them: the 18 of GUS TERC, each found by its name in the
//! place search with its code, each with its centre where the working list names one, every field shown
//! with the page it comes from and that page's date in words, and none of them taken for the city's
//! own centre.

use sprawdz_wsparcie::directory::DirectoryField;
use sprawdz_wsparcie::folder::{load_data, DataDir};
use sprawdz_wsparcie::localities::shard_key;

fn data() -> DataDir {
    load_data(std::path::Path::new("public/data/1")).unwrap_or_else(|issues| panic!("{issues:?}"))
}

#[test]
fn the_eighteen_districts_of_terc_are_found_by_name_with_their_code() {
    let data = data();
    let warszawa = data.powiats.iter().find(|p| p.powiat == "1465").unwrap();
    let terc = std::fs::read_to_string("data/sources/teryt/dzielnice-warszawy-2026-01-01.csv").unwrap();
    let rows: Vec<Vec<&str>> = terc.lines().skip(1).map(|l| l.split(';').collect()).collect();
    assert_eq!(rows.len(), 18);
    let districts: Vec<_> = warszawa.districts_of("146501").collect();
    assert_eq!(districts.len(), 18);
    for (row, district) in rows.iter().zip(&districts) {
        assert_eq!(district.code, format!("{}{}{}{}", row[0], row[1], row[2], row[3]));
        assert_eq!(district.name, row[4]);
        let shard = data.shards.iter().find(|s| Some(&s.key) == shard_key(&district.name).as_ref()).unwrap();
        let (found, _) = shard.find(&district.name, 20);
        let town = found.iter().find(|l| l.name == district.name && l.gmina == "146501");
        assert_eq!(town.and_then(|l| l.district.as_deref()), Some(district.code.as_str()), "{}", district.name);
    }
    // No other place is a district: the district code is only on Warszawa's districts.
    let marked = data.shards.iter().flat_map(|s| s.localities.iter()).filter(|l| l.district.is_some()).count();
    assert_eq!(marked, 18);
    // Kraków, Łódź, Poznań and Wrocław stay one gmina with one centre.
    assert!(data.powiats.iter().filter(|p| p.powiat != "1465").all(|p| p.districts.is_empty()));
}

#[test]
fn each_district_centre_shows_every_field_with_its_page_and_date_in_words() {
    let data = data();
    let warszawa = data.powiats.iter().find(|p| p.powiat == "1465").unwrap();
    assert!(warszawa.centre_of("146501").is_none(), "a district's centre is not the city's");
    let mut with_centre = 0;
    for district in warszawa.districts_of("146501") {
        let Some(c) = warszawa.centre_of_district(&district.code) else {
            assert_eq!(district.name, "Wawer", "the list names no centre only for Wawer");
            continue;
        };
        with_centre += 1;
        assert!(c.source.unverified, "{}: the working list is to confirm", c.name);
        for field in DirectoryField::ALL.into_iter().filter(|f| *f != DirectoryField::Entry) {
            // Every field shown says its page, and no page is said for a field not shown.
            assert_eq!(c.to_confirm(field).is_some(), c.gives(field), "{}: {field:?}", c.name);
            if !c.gives(field) {
                continue;
            }
            let why = c.to_confirm(field).unwrap_or_else(|| panic!("{}: {field:?} has no page", c.name));
            assert!(!why.contains(".md") && !why.contains("http"), "{why}: a page is named by its site");
            let numeric_date = why.as_bytes().windows(10).any(|w| {
                let s = std::str::from_utf8(w).unwrap_or("");
                ["%Y-%m-%d", "%d.%m.%Y", "%Y.%m.%d", "%d-%m-%Y"]
                    .iter()
                    .any(|f| chrono::NaiveDate::parse_from_str(s, f).is_ok())
            });
            assert!(!numeric_date, "{why}: dates in words");
        }
        // The hours are the pages' words only: "open now" would say more than they do.
        assert!(c.hours.is_none());
    }
    assert_eq!(with_centre, 17);
    let bemowo = warszawa.centre_of_district("1465028").unwrap();
    assert_eq!(bemowo.address.as_ref().and_then(|a| a.street.as_deref()), Some("ul. Pełczyńskiego 26"));
    assert_eq!(
        bemowo.to_confirm(DirectoryField::Name),
        Some("opsbemowo.waw.pl (deklarację sporządzono 22 września 2020)")
    );
    // The pages' differences stay beside the entry: seniorzy.pl gives another address for Bemowo.
    assert!(bemowo.to_confirm(DirectoryField::Entry).is_some_and(|w| w.contains("ul. Rozłogi 10")));
    // A phone with a branch's name after it is kept with it, and dials the number.
    let praga = warszawa.centre_of_district("1465088").unwrap();
    assert_eq!(praga.phones, ["22 518 59 00 (Filia nr I)", "22 518 91 20 (Filia nr II)"]);
}
