//! What the source says, no more and no less: the facts a check of every shipped fact against its
//! stored page found wrong, each read here from the page and from what ships.

use std::path::Path;

use sprawdz_wsparcie::catalogue::{CentreRole, OfferKind, ParticipantsBasis, ParticipantsUnit, PartnerKind};
use sprawdz_wsparcie::directory::{powiat_file, DirectoryCentre, DirectoryField, PowiatFile};
use sprawdz_wsparcie::parameters::ParametersFile;

#[path = "support/shipped.rs"]
#[allow(dead_code)]
mod shipped;
use shipped::shipped;

fn page(name: &str) -> String {
    let dir = Path::new("data/sources/projects-2026");
    let file = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap_or_else(|| panic!("no page {name}"));
    std::fs::read_to_string(file).unwrap()
}

fn centre_of(gmina: &str) -> DirectoryCentre {
    let file = Path::new("public/data/1").join(powiat_file(&gmina[..4]));
    let powiat: PowiatFile = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    powiat.centres.into_iter().find(|c| c.gmina == gmina).unwrap_or_else(|| panic!("no centre for {gmina}"))
}

#[test]
fn a_role_is_said_only_where_the_page_states_it() {
    let c = shipped();
    for e in &c.entries {
        let p = &e.project;
        if matches!(p.kind, OfferKind::ProgrammeEdition | OfferKind::Benefit) {
            // Of the programmes' pages only Urszulin's says who does what: the centre's social workers
            // refer, a partner organisation gives the food.
            let expected = (p.id == "fepz-podprogram-2025-urszulin").then_some(CentreRole::Refers);
            assert_eq!(p.role, expected, "{}", p.id);
        }
    }
    let urszulin = &c.project("fepz-podprogram-2025-urszulin").unwrap().project;
    let text = page("002_");
    assert!(
        text.contains("Skierowania do Pomocy Żywnościowej – Podprogram 2025 wydawane są przez pracowników socjalnych")
    );
    let organisation = urszulin.partners.iter().find(|pa| pa.kind == PartnerKind::Organisation).unwrap();
    assert!(text.contains(&format!("będzie {}", organisation.name)), "{}", organisation.name);
    // Legnica's page says nothing of who distributes: no role.
    assert_eq!(c.project("fepz-podprogram-2025-legnica").unwrap().project.role, None);
}

#[test]
fn numbers_of_people_and_phones_as_the_pages_give_them() {
    let c = shipped();
    let katowice = c.project("asystent-osobisty-2026-katowice").unwrap().project.participants.clone().unwrap();
    assert_eq!(
        (katowice.count, katowice.basis, katowice.unit),
        (102, ParticipantsBasis::PlannedAtLeast, ParticipantsUnit::Persons)
    );
    assert!(page("005_").contains("co najmniej 102 osób"));

    let jozefow =
        c.project("opieka-wytchnieniowa-2026-jozefow-nad-wisla").unwrap().project.participants.clone().unwrap();
    assert_eq!(
        (jozefow.count, jozefow.basis, jozefow.unit),
        (10, ParticipantsBasis::Planned, ParticipantsUnit::Families)
    );
    assert!(page("016_").contains("Zaplanowano wsparcie dla 10 rodzin"));

    let piotrkow = &c.project("asystent-osobisty-2026-piotrkow-kujawski").unwrap().project;
    assert_eq!(piotrkow.phones, ["54 265 41 87 wew. 21"]);
    assert!(page("014_").contains("tel. 54 265 41 87 wew. 21"));
}

#[test]
fn the_directory_reads_street_names_that_begin_with_a_number_and_keeps_both_numbers_of_a_cell() {
    let street = |gmina: &str| centre_of(gmina).address.unwrap().street.unwrap();
    assert_eq!(street("121603"), "1 Maja 7", "Lisia Góra");
    assert_eq!(street("121804"), "3 Maja 587", "Lanckorona");
    // A village without streets still reads "<village> <number>".
    assert_eq!(street("121508"), "Zawoja 1580");
    assert_eq!(centre_of("121204").phones, ["32 642 84 67", "32 642 94 01"], "Klucze");
    let koziegłowy = centre_of("240902");
    assert_eq!(koziegłowy.phones, ["(22) 524-99-90"], "as the voivode's list gives it");
    assert!(koziegłowy.to_confirm(DirectoryField::Phones).unwrap().contains("kierunkowym 22"));
    assert_eq!(koziegłowy.to_confirm(DirectoryField::Address), None);
}

#[test]
fn the_eight_malopolska_gminas_missing_from_the_directory_come_from_the_2024_list_marked_to_confirm() {
    let missing = ["120102", "120103", "120106", "120501", "120702", "121305", "121508", "121611"];
    for gmina in missing {
        let c = centre_of(gmina);
        assert_eq!(c.source.date.to_string(), "2024-02-01", "{gmina}");
        assert!(c.source.unverified, "{gmina}");
        assert!(c.to_confirm(DirectoryField::Entry).is_some(), "{gmina}");
        assert!(!c.phones.is_empty() && !c.emails.is_empty() && c.address.is_some(), "{gmina}");
    }
    // The rows that name a support point the centre runs: the centre's name marked, no English note shown.
    for (gmina, name) in [("120501", "MOPS Gorlice"), ("121611", "GOPS Wierzchosławice")] {
        let c = centre_of(gmina);
        assert_eq!(c.name, name);
        assert!(c.to_confirm(DirectoryField::Name).is_some());
    }
    let osiek = centre_of("121305");
    assert!(!osiek.hours_text.as_deref().unwrap().contains("legible"));
    assert!(osiek.to_confirm(DirectoryField::Hours).unwrap().contains("piątek"));
}

#[test]
fn every_income_criterion_names_its_act() {
    let text = std::fs::read_to_string("public/catalogue/parameters.json").unwrap();
    let file: ParametersFile = serde_json::from_str(&text).unwrap();
    let criterion = &file.parameters["kryterium_dochodowe"];
    let acts: Vec<(String, Option<String>)> =
        criterion.values.iter().map(|v| (v.from.to_string(), v.act.clone())).collect();
    assert_eq!(
        acts,
        [
            ("2012-10-01".into(), Some("Dz.U. 2012 poz. 823".into())),
            ("2015-10-01".into(), Some("Dz.U. 2015 poz. 1058".into())),
            ("2018-10-01".into(), Some("Dz.U. 2018 poz. 1358".into())),
            ("2022-01-01".into(), Some("Dz.U. 2021 poz. 1296".into())),
            ("2025-01-01".into(), Some("Dz.U. 2024 poz. 1044".into())),
        ]
    );
}
