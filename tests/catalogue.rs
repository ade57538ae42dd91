//! Native tests of the catalogue: the shipped data, statuses at the edges and search. Validation is
//! `tests/validation.rs`.

use chrono::NaiveDate;
use sprawdz_wsparcie::catalogue::*;

#[path = "support/shipped.rs"]
mod shipped;
use shipped::{day, shipped};

fn kind(c: &Catalogue, id: &str, on: &str) -> StatusKind {
    status(&c.project(id).unwrap().project, day(on)).kind()
}

#[test]
fn every_seed_and_2026_page_has_its_entry() {
    let c = shipped();
    assert_eq!(c.centres.len(), 22);
    assert_eq!(c.entries.len(), 22);
    let seeds: Vec<&str> = c.entries.iter().filter_map(|e| e.project.source.seed.as_deref()).collect();
    for seed in [
        "000_00c7829a3113ad43.txt",
        "001_66c0aace7055f941.txt",
        "002_ccf00add7da43afc.txt",
        "003_19b2326bdf7a3eb5.txt",
        "004_5ef1b7e5f7f57672.txt",
    ] {
        assert!(seeds.contains(&seed), "{seed} has no project");
    }
}

#[test]
fn every_seed_project_is_over_today() {
    let c = shipped();
    let today = day("2026-11-22");
    for e in c.entries.iter().filter(|e| e.project.source.seed.is_some()) {
        let s = status(&e.project, today);
        assert_eq!(s.kind(), StatusKind::Ended, "{} is {:?}", e.project.id, s);
    }
}

#[test]
fn status_at_the_edges_of_the_period() {
    let c = shipped();
    // 01.01.2022 – 30.06.2023, recruiting during the period.
    let j = "jastrzebie-zdroj-miasto-rodziny";
    assert_eq!(kind(&c, j, "2021-12-31"), StatusKind::Planned);
    assert_eq!(kind(&c, j, "2022-01-01"), StatusKind::Recruiting);
    assert_eq!(kind(&c, j, "2023-06-30"), StatusKind::Recruiting);
    assert_eq!(kind(&c, j, "2023-07-01"), StatusKind::Ended);
    // 01.10.2018 – 30.03.2021, durability to 30.03.2023, no recruitment stated.
    let k = "klobuckie-centrum-uslug-spolecznych";
    assert_eq!(kind(&c, k, "2018-09-30"), StatusKind::Planned);
    assert_eq!(kind(&c, k, "2018-10-01"), StatusKind::Running);
    assert_eq!(kind(&c, k, "2021-03-30"), StatusKind::Running);
    assert_eq!(kind(&c, k, "2021-03-31"), StatusKind::Durability);
    assert_eq!(kind(&c, k, "2023-03-30"), StatusKind::Durability);
    assert_eq!(kind(&c, k, "2023-03-31"), StatusKind::Ended);
    // Month precision: 09.2017 – 08.2018 means 1 September 2017 to 31 August 2018.
    let z = "zintegrowany-system-wsparcia-rodziny";
    assert_eq!(kind(&c, z, "2017-08-31"), StatusKind::Planned);
    assert_eq!(kind(&c, z, "2017-09-01"), StatusKind::Recruiting);
    assert_eq!(kind(&c, z, "2018-08-31"), StatusKind::Recruiting);
    assert_eq!(kind(&c, z, "2018-09-01"), StatusKind::Ended);
    // Leap day end: 01.03.2017 – 29.02.2020.
    let s = "poprawa-dostepu-do-uslug-wspierajacych-rodzine";
    assert_eq!(kind(&c, s, "2020-02-29"), StatusKind::Running);
    assert_eq!(kind(&c, s, "2020-03-01"), StatusKind::Ended);
}

#[test]
fn project_without_an_end_date_ends_with_its_programme() {
    let c = shipped();
    let p = &c.project("aktywna-integracja-alternatywa-na-lepsze-jutro").unwrap().project;
    assert_eq!(status(p, day("2017-02-23")), Status::Recruiting { until: Some(day("2017-12-31")) });
    // Recruitment is known only for 2017; after that the project may still run, but nothing says it recruits.
    assert_eq!(
        status(p, day("2018-01-01")),
        Status::Running { until: Some(day("2023-12-31")), closed: Some(day("2017-12-31")) }
    );
    assert_eq!(status(p, day("2024-01-01")), Status::Ended { on: day("2023-12-31"), end_stated: false });
    let k = &c.project("klobuckie-centrum-uslug-spolecznych").unwrap().project;
    assert_eq!(status(k, day("2026-11-22")), Status::Ended { on: day("2021-03-30"), end_stated: true });
}

#[test]
fn search_ignores_case_and_diacritics() {
    let c = shipped();
    let today = day("2026-11-22");
    let ids = |q: &Query| -> Vec<String> { c.search(q, today).iter().map(|(e, _)| e.project.id.clone()).collect() };
    let text = |t: &str| Query { text: t.into(), ..Query::default() };
    assert_eq!(ids(&text("klobuck")), vec!["klobuckie-centrum-uslug-spolecznych"]);
    assert_eq!(ids(&text("KŁOBUCK")), vec!["klobuckie-centrum-uslug-spolecznych"]);
    assert_eq!(ids(&text("jastrzebie zdroj")), vec!["jastrzebie-zdroj-miasto-rodziny"]);
    // Szamotuły's "Asystent rodziny" and Kłobuck's "asystentura rodzinna … Rodziny z terenu".
    assert_eq!(ids(&text("asystent rodziny")).len(), 2);
    assert_eq!(ids(&text("")).len(), 22);
    assert!(ids(&text("nieistniejące słowo")).is_empty());
}

#[test]
fn a_counter_lists_the_projects_for_its_gminas_residents_first_in_their_order() {
    let c = shipped();
    let today = day("2026-11-22");
    let all = c.search(&Query::default(), today);
    let before: Vec<String> = all.iter().map(|(e, _)| e.project.id.clone()).collect();
    let ids = |found: &[(&sprawdz_wsparcie::catalogue::Entry, _)]| -> Vec<String> {
        found.iter().map(|(e, _)| e.project.id.clone()).collect()
    };
    // Szamotuły: its own centre's project.
    let own = Catalogue::own_gmina_first(all.clone(), "302407");
    assert_eq!(c.centre_of(own[0].0).id, "ops-szamotuly");
    let after = ids(&own);
    assert_eq!(after.len(), 22);
    // The others keep the order the search gave them.
    let rest: Vec<&String> = before.iter().filter(|id| **id != after[0]).collect();
    assert_eq!(after[1..].iter().collect::<Vec<_>>(), rest);
    // Konopnica (powiat lubelski) has no centre in the catalogue, but the Jastków project serves it.
    let own = Catalogue::own_gmina_first(all.clone(), "060908");
    assert_eq!(own[0].0.project.id, "zintegrowany-system-wsparcia-rodziny");
    // A gmina no project serves changes nothing.
    assert_eq!(ids(&Catalogue::own_gmina_first(all, "101703")), before);
}

#[test]
fn filters_by_place_group_and_status() {
    let c = shipped();
    let today = day("2026-11-22");
    let count = |q: Query, on: NaiveDate| c.search(&q, on).len();
    // A partner centre's gmina finds the lead's project.
    let belzyce = Query { place: Place::Gmina("Bełżyce".into()), ..Query::default() };
    assert_eq!(c.search(&belzyce, today)[0].0.project.id, "zintegrowany-system-wsparcia-rodziny");
    assert_eq!(count(Query { place: Place::Centre("ops-szamotuly".into()), ..Query::default() }, today), 1);
    assert_eq!(count(Query { group: Some(TargetGroup::FosterFamilies), ..Query::default() }, today), 2);
    // The five seed projects, and the food aid of Podprogram 2025 (January to September 2026) twice.
    assert_eq!(count(Query { status: Some(StatusKind::Ended), ..Query::default() }, today), 7);
    assert_eq!(count(Query { status: Some(StatusKind::Recruiting), ..Query::default() }, today), 0);
    assert_eq!(count(Query { status: Some(StatusKind::Durability), ..Query::default() }, day("2022-06-01")), 1);
    assert!(c.gminas().contains(&"Niedrzwica Duża".to_string()));
}

#[test]
fn residents_see_who_published_a_source_never_a_file_name() {
    let c = shipped();
    for e in &c.entries {
        let p = &e.project;
        assert!(!p.source.title.trim().is_empty() && !p.source.title.contains(".txt"), "{}", p.id);
        let rules = serde_json::to_string(&p.eligibility).unwrap();
        assert!(!rules.contains(".txt"), "{}: a rule's source names a file: {rules}", p.id);
    }
}

/// The catalogue app reads centre files without the maintainers' checks (`read_centre_file`, 9.4 KB of
/// wasm less): for every shipped file it must read exactly what the checked reading gives, and the
/// checked reading must find nothing, or the app would show a file `wsparcie validate` refuses.
#[test]
fn the_app_reads_every_shipped_file_as_the_checked_reading_does() {
    use sprawdz_wsparcie::catalogue::validate::{parse_centre_file, parse_index, read_centre_file};
    let dir = std::path::Path::new("public/catalogue");
    let index = parse_index("index.json", &std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.centres.len(), 22);
    for entry in &index.centres {
        let text = std::fs::read_to_string(dir.join(&entry.file)).unwrap();
        let checked = parse_centre_file(&entry.file, &text).unwrap_or_else(|issues| panic!("{issues:?}"));
        let plain = read_centre_file(&entry.file, &text).unwrap();
        assert_eq!(serde_json::to_value(&plain).unwrap(), serde_json::to_value(&checked).unwrap(), "{}", entry.file);
    }
    // A file the checks refuse is read by the app's way: the checks are what stand between them.
    let text = std::fs::read_to_string(dir.join("ops-szamotuly.json")).unwrap().replacen("\"64-500\"", "\"64500\"", 1);
    assert!(parse_centre_file("ops-szamotuly.json", &text).is_err());
    assert!(read_centre_file("ops-szamotuly.json", &text).is_ok());
    // Broken JSON is named with its line either way.
    let issues = read_centre_file("x.json", "{\n\"schema\": 1,\n").unwrap_err();
    let message = issues[0].describe(Default::default());
    assert!(message.contains("w wierszu 3"), "{message}");
}

/// Day by day from 2015 to 2031, for every shipped project: the status stays what it was up to the day
/// `status_holds_until` gives, and changes the day after (never earlier, never later).
#[test]
fn a_status_holds_exactly_until_the_day_it_gives() {
    let c = shipped();
    let (first, last) = (day("2015-01-01"), day("2031-12-31"));
    let mut spans = 0;
    for e in &c.entries {
        let p = &e.project;
        let mut d = first;
        while d <= last {
            let now = status(p, d);
            let until = status_holds_until(p, d);
            let end = until.unwrap_or(last).min(last);
            let mut x = d;
            while x <= end {
                assert_eq!(status(p, x), now, "{}: {x} differs from {d}, held until {until:?}", p.id);
                x = x.succ_opt().unwrap();
            }
            if let Some(u) = until.filter(|u| *u < last) {
                assert_ne!(status(p, u.succ_opt().unwrap()), now, "{}: {u} is not the last day of {now:?}", p.id);
            }
            spans += 1;
            d = end.succ_opt().unwrap();
        }
    }
    // Each project changes a few times (planned, recruiting, running, ended): the walk saw them.
    assert!(spans > 2 * c.entries.len(), "{spans} spans");
}

/// A programme's period: started or not, ended or not, the same every day up to the day it gives.
#[test]
fn a_period_holds_until_its_next_turn() {
    let p: Period = serde_json::from_str(r#"{"start": "2026-03", "end": "2026-11-30"}"#).unwrap();
    assert_eq!(p.holds_until(day("2026-01-10")), Some(day("2026-02-28")));
    assert_eq!(p.holds_until(day("2026-03-01")), Some(day("2026-11-30")));
    assert_eq!(p.holds_until(day("2026-12-01")), None);
    let open: Period = serde_json::from_str(r#"{"start": "2026-03-01"}"#).unwrap();
    assert_eq!(open.holds_until(day("2026-03-01")), None);
}
