//! A page `make dist` wrote: whether a visit can keep it as it was written, with only its islands
//! brought to life (the small `pages` bundle), or the whole app must draw it again.
//!
//! A page is written for one day, in one language, for a resident's device, at an address without a
//! query. It says on its `<html>` its address (`data-drawn-at`: a host answers an address it has no
//! file for with another page, `404.html`), which day it was drawn for (`data-drawn-for`) and the last
//! day all it says about time still holds (`data-holds-until`: the first day a status on it, or what runs
//! now, would change; none when nothing on it changes with the day).

use chrono::NaiveDate;

use crate::device::Mode;
use crate::i18n::Locale;

/// The marks a written page carries on its `<html>`, by name: written by `make dist`
/// ([`Written::marks`]) and read in the browser ([`Written::read_marks`]) over these names only.
pub mod mark {
    /// The address the page was drawn for.
    pub const DRAWN_AT: &str = "data-drawn-at";
    /// The day it was drawn for.
    pub const DRAWN_FOR: &str = "data-drawn-for";
    /// The last day all it says about time holds; absent when nothing on it changes with the day.
    pub const HOLDS_UNTIL: &str = "data-holds-until";
    /// Present when it was written as for a device with no answers, where it would show them.
    pub const ANSWERS_SHOWN: &str = "data-answers-shown";
    /// The data files the app reads should it come to draw the page again, by name, space-separated.
    pub const FILES: &str = "data-files";
    /// The page's language (the app keeps it as the page changes language).
    pub const LANG: &str = "lang";
}

/// What a page written at build time says of itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub path: String,
    pub locale: Locale,
    pub drawn_for: NaiveDate,
    pub holds_until: Option<NaiveDate>,
    /// The page would show the device's answers (the checker's start page, which offers to clear
    /// them): written as for a device with none (`data-answers-shown`).
    pub answers_shown: bool,
}

/// Who opens the page, when, and how.
#[derive(Clone, Copy, Debug)]
pub struct Visit<'a> {
    /// Today in Poland.
    pub today: NaiveDate,
    /// The language the device shows (chosen on it, else the browser's).
    pub locale: Locale,
    pub mode: Mode,
    /// The device holds answers to the checker's questions.
    pub has_answers: bool,
    /// The address's path and query (without "?").
    pub path: &'a str,
    pub query: &'a str,
}

/// Why the app draws a written page again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redraw {
    /// The page is another address's (the host's page for an address it has no file for).
    Address,
    /// The address asks for something the page was not drawn with (a town, a filter).
    Query,
    /// A counter or a shared device: the app's bars and rules for it.
    Mode,
    Language,
    /// The page was drawn for a day whose statuses are not today's.
    Day,
    /// The page is to show the answers the device holds.
    Answers,
}

impl Written {
    /// Reads the marks `make dist` put on the page's `<html>`; `None` for a page without them.
    pub fn read(
        path: &str,
        lang: &str,
        drawn_for: &str,
        holds_until: Option<&str>,
        answers_shown: bool,
    ) -> Option<Written> {
        let locale = Locale::from_code(lang)?;
        let drawn_for = crate::dates::parse_iso(drawn_for)?;
        let holds_until = match holds_until {
            Some(day) => Some(crate::dates::parse_iso(day)?),
            None => None,
        };
        Some(Written { path: path.to_string(), locale, drawn_for, holds_until, answers_shown })
    }

    /// The marks to write on `<html>` (beside `lang`, which the page has anyway): each name with its
    /// value, `None` for a mark that is there or not.
    pub fn marks(&self) -> Vec<(&'static str, Option<String>)> {
        let mut out =
            vec![(mark::DRAWN_AT, Some(self.path.clone())), (mark::DRAWN_FOR, Some(self.drawn_for.to_string()))];
        if self.answers_shown {
            out.push((mark::ANSWERS_SHOWN, None));
        }
        if let Some(until) = self.holds_until {
            out.push((mark::HOLDS_UNTIL, Some(until.to_string())));
        }
        out
    }

    /// Reads the marks through `attribute` (an `<html>`'s attribute by name, `None` when absent);
    /// `None` for a page without them.
    pub fn read_marks(attribute: impl Fn(&str) -> Option<String>) -> Option<Written> {
        let text = |name: &str| attribute(name).unwrap_or_default();
        Written::read(
            &text(mark::DRAWN_AT),
            &text(mark::LANG),
            &text(mark::DRAWN_FOR),
            attribute(mark::HOLDS_UNTIL).as_deref(),
            attribute(mark::ANSWERS_SHOWN).is_some(),
        )
    }

    /// `None` when the page as written is what the app would draw for this visit.
    pub fn redraw_for(&self, visit: &Visit<'_>) -> Option<Redraw> {
        // `/projekty` as typed is `/projekty/` as written.
        if visit.path.trim_end_matches('/') != self.path.trim_end_matches('/') {
            Some(Redraw::Address)
        } else if !visit.query.is_empty() {
            Some(Redraw::Query)
        } else if visit.mode != Mode::Resident {
            Some(Redraw::Mode)
        } else if visit.locale != self.locale {
            Some(Redraw::Language)
        } else if visit.today < self.drawn_for || self.holds_until.is_some_and(|last| visit.today > last) {
            Some(Redraw::Day)
        } else if self.answers_shown && visit.has_answers {
            Some(Redraw::Answers)
        } else {
            None
        }
    }
}
