//! Right on any day: the statuses and words of every 2026 entry and programme on the days that change
//! them, the end of the year (31 December 2026, 1 January 2027), a day in the next year (1 June 2027) and
//! after "Posiłek w szkole i w domu" 2024–2028 ends (1 January 2029).

use sprawdz_wsparcie::catalogue::labels::{next_edition_note, status_detail};
use sprawdz_wsparcie::catalogue::{status, Catalogue, StatusKind};

#[path = "support/shipped.rs"]
mod shipped;
use shipped::{day, shipped};

fn said(c: &Catalogue, id: &str, on: &str) -> (StatusKind, String) {
    let p = &c.project(id).unwrap_or_else(|| panic!("no {id}")).project;
    let s = status(p, day(on));
    (s.kind(), status_detail(p, s, Default::default()).replace('\u{a0}', " "))
}

#[test]
fn on_the_last_day_of_2026_every_edition_still_runs_and_on_the_first_of_2027_each_says_it_ended() {
    use StatusKind::*;
    let c = shipped();
    for id in ["asystent-osobisty-2026-dobra", "asystent-osobisty-2026-katowice", "opieka-wytchnieniowa-2026-oswiecim"]
    {
        assert_eq!(said(&c, id, "2026-12-31").0, Running, "{id}");
    }
    for (id, words) in [
        ("asystent-osobisty-2026-dobra", "Edycja 2026 zakończyła się 31 grudnia 2026."),
        ("asystent-osobisty-2026-katowice", "Edycja 2026 zakończyła się 31 grudnia 2026."),
        // Its programme's dates are a year's, as the page states them ("w 2026 roku").
        ("opieka-wytchnieniowa-2026-oswiecim", "Edycja 2026 zakończyła się: trwała do końca 2026."),
    ] {
        for on in ["2027-01-01", "2027-06-01", "2029-01-01"] {
            assert_eq!(said(&c, id, on), (Ended, words.to_string()), "{id} on {on}");
        }
    }
    // Every edition of a yearly programme has ended on 1 January 2027: none is said to run or recruit.
    for e in c.entries.iter().filter(|e| e.project.from_programme.yearly) {
        assert_eq!(status(&e.project, day("2027-01-01")).kind(), Ended, "{}", e.project.id);
    }
    assert_eq!(c.entries.iter().filter(|e| e.project.from_programme.yearly).count(), 11);
    // The benefit's 2026 contract ends with the year; it is not a yearly edition.
    assert_eq!(said(&c, "posilek-w-szkole-i-w-domu-2026-wadowice", "2027-01-01").0, Ended);
    assert!(!c.project("posilek-w-szkole-i-w-domu-2026-wadowice").unwrap().project.from_programme.yearly);
}

#[test]
fn the_edition_to_ask_about_is_the_year_of_the_day() {
    let l = Default::default();
    assert_eq!(
        next_edition_note(day("2027-01-01"), l),
        "Program jest prowadzony w corocznych edycjach. Zapytaj w ośrodku, czy prowadzi edycję 2027."
    );
    assert!(next_edition_note(day("2027-06-01"), l).ends_with("edycję 2027."));
    assert!(next_edition_note(day("2029-01-01"), l).ends_with("edycję 2029."));
}

#[test]
fn a_gmina_is_told_of_the_programmes_it_may_ask_about_on_each_day() {
    let c = shipped();
    let names = |here: &[(&str, bool)], on: &str| -> Vec<String> {
        c.programmes.elsewhere(here, day(on)).into_iter().map(|d| d.id.clone()).collect()
    };
    let all = ["asystent-osobisty-2026", "opieka-wytchnieniowa-2026", "posilek-w-szkole-i-w-domu-2024-2028"];
    // A gmina without any edition: on the last day of 2026 the three running programmes (FEPŻ's
    // Podprogram 2025 ended in September), then the two yearly ones whose edition ended and the meals
    // programme, which runs until 2028; after it, the yearly ones only.
    assert_eq!(names(&[], "2026-12-31"), all);
    assert_eq!(names(&[], "2027-01-01"), all);
    assert_eq!(names(&[], "2027-06-01"), all);
    assert_eq!(names(&[], "2029-01-01"), all[..2]);
    // Dobra's own edition runs until the year's end; once it has ended, its card says so itself.
    let dobra = [("asystent-osobisty-2026", true)];
    assert_eq!(names(&dobra, "2026-12-31"), all[1..]);
    let dobra = [("asystent-osobisty-2026", false)];
    assert_eq!(names(&dobra, "2027-01-01"), all[1..]);
    // Wadowice's 2026 contract of the meals programme has ended, the programme has not: still told.
    let wadowice = [("posilek-w-szkole-i-w-domu-2024-2028", false)];
    assert_eq!(names(&wadowice, "2027-06-01"), all);
    let wadowice = [("posilek-w-szkole-i-w-domu-2024-2028", true)];
    assert_eq!(names(&wadowice, "2026-12-31"), all[..2]);
}

#[test]
fn yearly_programmes_say_where_that_is_stated() {
    let c = shipped();
    for d in &c.programmes.programmes {
        let yearly = d.yearly.as_ref();
        let expected = matches!(d.id.as_str(), "asystent-osobisty-2026" | "opieka-wytchnieniowa-2026");
        assert_eq!(yearly.is_some(), expected, "{}", d.id);
        if let Some(y) = yearly {
            assert!(y.source.url.as_deref().is_some_and(|u| u.starts_with("https://")), "{}", d.id);
            assert!(y.source.published.is_some(), "{}", d.id);
        }
    }
}
