//! When a person last confirmed a centre's or a project's facts, as residents read it: "Informacje
//! sprawdzone 12 marca 2026", and past 180 days a word to call the centre before a visit.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::catalogue::freshness::{freshness_holds_until, Freshness};
use crate::dates::format_long;
use crate::i18n::{t, Locale};

/// The freshness of facts confirmed on `checked_on`, as of `day`; a page written at build time notes
/// that it holds only until they turn stale.
pub fn freshness_on(checked_on: NaiveDate, day: NaiveDate) -> Freshness {
    super::super::host::holds_until(freshness_holds_until(checked_on, day));
    Freshness::of(checked_on, day)
}

/// The sentence for a freshness; `None` for facts no one has dated (no checked file lacks the day).
pub fn freshness_text(checked_on: Option<NaiveDate>, day: NaiveDate, l: Locale) -> Option<(String, bool)> {
    let f = freshness_on(checked_on?, day);
    let date = format_long(f.checked_on(), l);
    Some(if f.is_stale() { (t::freshness_stale(l, date), true) } else { (t::freshness_checked(l, date), false) })
}

/// The sentence as a paragraph; stale facts are marked for the eye as well as in words.
pub fn freshness_note(checked_on: Option<NaiveDate>, day: NaiveDate, l: Locale) -> impl IntoView {
    freshness_text(checked_on, day, l).map(|(text, stale)| {
        let class = if stale { "freshness stale" } else { "freshness" };
        view! { <p class=class>{text}</p> }
    })
}
