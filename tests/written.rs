//! A page written at build time: kept as written, or drawn again by the app (and why).

use chrono::NaiveDate;
use sprawdz_wsparcie::device::Mode;
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::written::{Redraw, Visit, Written};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn visit(today: &str) -> Visit<'static> {
    Visit {
        today: day(today),
        locale: Locale::Pl,
        mode: Mode::Resident,
        has_answers: false,
        path: "/gmina/060908/",
        query: "",
    }
}

#[test]
fn a_page_holds_from_the_day_it_was_drawn_for_to_its_last_day() {
    let page = Written::read("/gmina/060908/", "pl", "2026-12-02", Some("2026-12-31"), false).unwrap();
    assert_eq!(page.redraw_for(&visit("2026-12-02")), None);
    assert_eq!(page.redraw_for(&visit("2026-12-31")), None);
    assert_eq!(page.redraw_for(&visit("2027-01-01")), Some(Redraw::Day));
    // A device whose clock is behind the build: statuses before the day drawn for are not known.
    assert_eq!(page.redraw_for(&visit("2026-12-01")), Some(Redraw::Day));
    let timeless = Written::read("/gmina/060908/", "pl", "2026-12-02", None, false).unwrap();
    assert_eq!(timeless.redraw_for(&visit("2030-01-01")), None);
}

#[test]
fn a_query_a_mode_or_another_language_is_drawn_by_the_app() {
    let page = Written::read("/gmina/060908/", "pl", "2026-12-02", None, false).unwrap();
    let today = visit("2026-12-02");
    assert_eq!(page.redraw_for(&Visit { query: "przez=Nowa%20Wie%C5%9B", ..today }), Some(Redraw::Query));
    assert_eq!(page.redraw_for(&Visit { mode: Mode::Counter, ..today }), Some(Redraw::Mode));
    assert_eq!(page.redraw_for(&Visit { mode: Mode::Shared, ..today }), Some(Redraw::Mode));
    assert_eq!(page.redraw_for(&Visit { locale: Locale::Uk, ..today }), Some(Redraw::Language));
}

#[test]
fn the_page_of_another_address_is_drawn_by_the_app() {
    let page = Written::read("/nie-ma-takiej-strony/", "pl", "2026-12-02", None, false).unwrap();
    let today = visit("2026-12-02");
    assert_eq!(page.redraw_for(&Visit { path: "/nie-ma-takiej-strony", ..today }), None);
    assert_eq!(page.redraw_for(&Visit { path: "/projekt/nieistniejacy", ..today }), Some(Redraw::Address));
}

#[test]
fn marks_that_do_not_read_are_no_page() {
    assert_eq!(Written::read("/gmina/060908/", "de", "2026-12-02", None, false), None);
    assert_eq!(Written::read("/gmina/060908/", "pl", "2 grudnia", None, false), None);
    assert_eq!(Written::read("/gmina/060908/", "pl", "2026-12-02", Some(""), false), None);
}

#[test]
fn the_checker_start_with_answers_on_the_device_is_drawn_by_the_app() {
    let start = Written::read("/sprawdz/", "pl", "2026-12-02", None, true).unwrap();
    let today = Visit { path: "/sprawdz/", ..visit("2026-12-02") };
    assert_eq!(start.redraw_for(&today), None);
    assert_eq!(start.redraw_for(&Visit { has_answers: true, ..today }), Some(Redraw::Answers));
    // Any other page shows no answers: kept whatever the device holds.
    let page = Written::read("/sprawdz/dostepnosc/", "pl", "2026-12-02", None, false).unwrap();
    let there = Visit { path: "/sprawdz/dostepnosc/", has_answers: true, ..today };
    assert_eq!(page.redraw_for(&there), None);
}

/// What `make dist` writes on a page's `<html>` reads back as the same page, every mark by its name.
#[test]
fn the_marks_written_read_back() {
    use sprawdz_wsparcie::written::mark;
    for (holds_until, answers_shown, locale) in
        [(Some(day("2026-12-31")), false, Locale::Uk), (None, true, Locale::Pl), (None, false, Locale::En)]
    {
        let written = Written {
            path: "/uk/gmina/120703/".into(),
            locale,
            drawn_for: day("2026-12-06"),
            holds_until,
            answers_shown,
        };
        let mut attributes: Vec<(&str, String)> =
            written.marks().into_iter().map(|(name, value)| (name, value.unwrap_or_default())).collect();
        attributes.push((mark::LANG, locale.code().to_string()));
        let names: Vec<&str> = attributes.iter().map(|(name, _)| *name).collect();
        assert_eq!(names.contains(&mark::HOLDS_UNTIL), holds_until.is_some());
        assert_eq!(names.contains(&mark::ANSWERS_SHOWN), answers_shown);
        let read = Written::read_marks(|name| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()));
        assert_eq!(read, Some(written));
    }
    // A page without its marks is no written page.
    assert_eq!(Written::read_marks(|_| None), None);
}
