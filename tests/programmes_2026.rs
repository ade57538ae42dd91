//! The 17 programmes and projects centres run in 2026 (`data/sources/projects-2026/`): each traced to its
//! stored page, its status on 2026-11-28 and on a day inside its recruitment window in words, and its
//! funding never EU where the page does not say so.

use std::path::Path;

use sprawdz_wsparcie::catalogue::labels::status_detail;
use sprawdz_wsparcie::catalogue::programme::funding_of;
use sprawdz_wsparcie::catalogue::*;

#[path = "support/shipped.rs"]
mod shipped;
use shipped::{day, shipped};

/// The status and its words on a day, spaces as typed.
fn said(c: &Catalogue, id: &str, on: &str) -> (StatusKind, String) {
    let p = &c.project(id).unwrap_or_else(|| panic!("no {id}")).project;
    let s = status(p, day(on));
    (s.kind(), status_detail(p, s, Default::default()).replace('\u{a0}', " "))
}

const TODAY: &str = "2026-11-28";

#[test]
fn every_page_of_2026_has_its_entry_traced_to_the_stored_page() {
    let c = shipped();
    let dir = Path::new("data/sources/projects-2026");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("data/sources/projects-2026 in the repository")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 17);
    for file in files {
        let page = format!("projects-2026/{file}");
        let entry = c.entries.iter().find(|e| e.project.source.page.as_deref() == Some(&page));
        let entry = entry.unwrap_or_else(|| panic!("{file} has no entry"));
        let text = std::fs::read_to_string(dir.join(&file)).unwrap();
        let header = |key: &str| text.lines().find_map(|l| l.strip_prefix(key)).map(str::trim).unwrap_or_default();
        let source = &entry.project.source;
        assert_eq!(source.url.as_deref(), Some(header("url:")), "{file}");
        assert!(header("read:").starts_with(&source.read_on.unwrap().to_string()), "{file}");
        // A copy that stops mid-text says so to residents.
        assert_eq!(source.cut_off, text.trim_end().ends_with("[…]"), "{file}");
        // The centre's facts come from the same page.
        let centre = c.centre_of(entry);
        assert_eq!(centre.source.page.as_deref(), Some(page.as_str()), "{file}");
        // A person confirmed the facts the day the page was read.
        assert_eq!(centre.checked_on, source.read_on.map(|d| d.first_day()), "{file}");
        assert_eq!(entry.project.checked_on, centre.checked_on, "{file}");
    }
}

#[test]
fn nothing_is_labelled_eu_that_is_not() {
    let c = shipped();
    for e in c.entries.iter().filter(|e| e.project.source.page.is_some()) {
        let page = e.project.source.page.as_deref().unwrap();
        let number: u32 = page["projects-2026/".len()..][..3].parse().unwrap();
        // SOURCE.md: only 001–004 are EU-funded (two EU projects, two FEPŻ food-aid entries).
        let expected = if number <= 4 { Funding::Eu } else { Funding::National };
        assert_eq!(funding_of(&e.project, &c.programmes), Some(expected), "{page}");
        let eu_part = e.project.budget.iter().flat_map(|b| &b.parts).any(|p| p.source == FundingSource::Eu);
        assert!(!eu_part || expected == Funding::Eu, "{page}");
    }
    let kinds =
        |k: OfferKind| c.entries.iter().filter(|e| e.project.kind == k && e.project.source.page.is_some()).count();
    assert_eq!(
        (kinds(OfferKind::EuProject), kinds(OfferKind::ProgrammeEdition), kinds(OfferKind::Benefit)),
        (2, 13, 2)
    );
}

#[test]
fn statuses_on_28_november_2026_say_what_the_pages_say() {
    use StatusKind::*;
    let c = shipped();
    let cases: [(&str, StatusKind, &str); 17] = [
        ("malopolskie-centra-uslug-spolecznych", Running, "Trwa do 31 października 2028; nabór nie jest ogłoszony."),
        ("fepz-podprogram-2025-urszulin", Ended, "Koniec projektu: wrzesień 2026. Nie można już do niego dołączyć."),
        ("fepz-podprogram-2025-legnica", Ended, "Koniec projektu: wrzesień 2026. Nie można już do niego dołączyć."),
        ("program-teleopieki-domowej-radzilow", Running, "Trwa do 31 grudnia 2027; nabór nie jest ogłoszony."),
        (
            "asystent-osobisty-2026-katowice",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Strona nie podaje, kiedy ogłoszono nabór. Program trwa do 31 grudnia 2026.",
        ),
        ("asystent-osobisty-2026-bielsko-biala", Running, "Program trwa do 31 grudnia 2026; strona ośrodka nie mówi o naborze."),
        (
            "asystent-osobisty-2026-miasteczko-slaskie",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Nabór ogłoszono 28 listopada 2025. Program trwa do 31 grudnia 2026.",
        ),
        ("opieka-wytchnieniowa-2026-oswiecim", Running, "Nabór zakończony 19 stycznia 2026; program trwa do końca 2026."),
        (
            "posilek-w-szkole-i-w-domu-2026-wadowice",
            Running,
            "Ośrodek przyznaje tę pomoc przez cały rok, gdy spełnione są warunki; nie ma naboru. Program trwa do końca 2026.",
        ),
        ("asystent-osobisty-2026-dobra", Running, "Nabór zakończony 31 sierpnia 2025; program trwa do 31 grudnia 2026."),
        ("asystent-osobisty-2026-zawoja", Running, "Nabór zakończony 23 grudnia 2025; program trwa do 31 grudnia 2026."),
        (
            "opieka-wytchnieniowa-2026-debe-wielkie",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Nabór ogłoszono 14 stycznia 2026. Program trwa do końca 2026.",
        ),
        (
            "opieka-wytchnieniowa-2026-biala-podlaska",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Strona nie podaje, kiedy ogłoszono nabór. Program trwa do końca 2026.",
        ),
        ("asystent-osobisty-2026-piotrkow-kujawski", Running, "Nabór zakończony 28 stycznia 2026; program trwa do 31 grudnia 2026."),
        (
            "opieka-wytchnieniowa-2026-puszcza-marianska",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Strona nie podaje, kiedy ogłoszono nabór. Program trwa do końca 2026.",
        ),
        (
            "opieka-wytchnieniowa-2026-jozefow-nad-wisla",
            Running,
            "Ośrodek ogłosił nabór, ale strona nie podaje, do kiedy przyjmuje zgłoszenia: zapytaj w ośrodku, czy nabór \
             jeszcze trwa. Strona nie podaje, kiedy ogłoszono nabór. Program trwa do końca 2026.",
        ),
        (
            "posilek-w-szkole-i-w-domu-2026-niedzwiedz",
            Running,
            "Ośrodek przyznaje tę pomoc przez cały rok, gdy spełnione są warunki; nie ma naboru. Program trwa do końca 2026.",
        ),
    ];
    for (id, kind, words) in cases {
        assert_eq!(said(&c, id, TODAY), (kind, words.to_string()), "{id}");
    }
    // Nothing can be shown to recruit today (SOURCE.md), and nothing says it does.
    assert!(c.entries.iter().all(|e| status(&e.project, day(TODAY)).kind() != Recruiting));
}

#[test]
fn inside_a_recruitment_window_the_status_says_until_when() {
    let c = shipped();
    for (id, on, words) in [
        ("fepz-podprogram-2025-urszulin", "2026-05-04", "Nabór do września 2026."),
        ("opieka-wytchnieniowa-2026-oswiecim", "2026-01-07", "Nabór do 19 stycznia 2026."),
        ("opieka-wytchnieniowa-2026-oswiecim", "2026-01-19", "Nabór do 19 stycznia 2026."),
        ("asystent-osobisty-2026-dobra", "2025-08-31", "Nabór do 31 sierpnia 2025."),
        ("asystent-osobisty-2026-zawoja", "2025-12-05", "Nabór do 23 grudnia 2025."),
        ("asystent-osobisty-2026-piotrkow-kujawski", "2026-01-28", "Nabór do 28 stycznia 2026."),
    ] {
        assert_eq!(said(&c, id, on), (StatusKind::Recruiting, words.to_string()), "{id} on {on}");
    }
    // The day after the window, the recruitment is over while the programme still runs or starts later.
    assert_eq!(said(&c, "opieka-wytchnieniowa-2026-oswiecim", "2026-01-20").0, StatusKind::Running);
    assert_eq!(
        said(&c, "asystent-osobisty-2026-dobra", "2025-09-01"),
        (StatusKind::Planned, "Nabór zakończony 31 sierpnia 2025; program rusza 1 stycznia 2026.".to_string())
    );
    // Announced without a closing date: never said to be open.
    assert_eq!(said(&c, "opieka-wytchnieniowa-2026-debe-wielkie", "2026-01-15").0, StatusKind::Running);
}

#[test]
fn editions_without_dates_take_the_programmes_and_say_so() {
    let c = shipped();
    let from_programme: Vec<&str> =
        c.entries.iter().filter(|e| e.project.from_programme.period).map(|e| e.project.id.as_str()).collect();
    // Their pages say only "edycja 2026" (or "w 2026 roku"): the dates are the programme's as a source states them.
    for id in ["asystent-osobisty-2026-katowice", "asystent-osobisty-2026-zawoja", "opieka-wytchnieniowa-2026-oswiecim"]
    {
        assert!(from_programme.contains(&id), "{id}");
    }
    // Dobra states its own period; so do the two benefits.
    for id in ["asystent-osobisty-2026-dobra", "posilek-w-szkole-i-w-domu-2026-wadowice"] {
        assert!(!from_programme.contains(&id), "{id}");
    }
    for def in &c.programmes.programmes {
        if def.period.is_some() {
            assert!(def.period_source.as_ref().is_some_and(|s| s.page.is_some()), "{}", def.id);
        }
    }
}
