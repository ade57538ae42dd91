//! How fresh a centre's or a project's facts are: the day a person last confirmed them, and whether
//! that was so long ago that a resident should call the centre before a visit.

use chrono::{Days, NaiveDate};

/// Facts confirmed longer ago than this may be out of date.
pub const STALE_AFTER_DAYS: u64 = 180;

/// What residents are told about when the facts were confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    /// Confirmed on the day, at most [`STALE_AFTER_DAYS`] before the day of the visit.
    Checked(NaiveDate),
    /// Confirmed on the day, longer ago than that.
    Stale(NaiveDate),
}

impl Freshness {
    /// As of `day`, for facts confirmed on `checked_on`.
    pub fn of(checked_on: NaiveDate, day: NaiveDate) -> Freshness {
        if day > fresh_until(checked_on) {
            Freshness::Stale(checked_on)
        } else {
            Freshness::Checked(checked_on)
        }
    }

    pub fn checked_on(self) -> NaiveDate {
        match self {
            Freshness::Checked(d) | Freshness::Stale(d) => d,
        }
    }

    pub fn is_stale(self) -> bool {
        matches!(self, Freshness::Stale(_))
    }
}

/// The last day on which facts confirmed on `checked_on` are not yet stale.
pub fn fresh_until(checked_on: NaiveDate) -> NaiveDate {
    checked_on.checked_add_days(Days::new(STALE_AFTER_DAYS)).unwrap_or(NaiveDate::MAX)
}

/// The last day on which what is said of facts confirmed on `checked_on` stays what it is on `day`:
/// for a page written at build time, the day it must be drawn again.
pub fn freshness_holds_until(checked_on: NaiveDate, day: NaiveDate) -> Option<NaiveDate> {
    let last = fresh_until(checked_on);
    (day <= last).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        crate::dates::parse_iso(text).unwrap()
    }

    #[test]
    fn facts_turn_stale_after_180_days() {
        let checked = d("2026-03-12");
        assert_eq!(fresh_until(checked), d("2026-09-08"));
        assert_eq!(Freshness::of(checked, d("2026-03-12")), Freshness::Checked(checked));
        assert_eq!(Freshness::of(checked, d("2026-09-08")), Freshness::Checked(checked));
        assert_eq!(Freshness::of(checked, d("2026-09-09")), Freshness::Stale(checked));
        assert!(Freshness::of(checked, d("2027-01-01")).is_stale());
    }

    #[test]
    fn a_page_holds_until_the_facts_turn_stale_and_then_for_ever() {
        let checked = d("2026-11-28");
        assert_eq!(freshness_holds_until(checked, d("2026-12-02")), Some(d("2027-05-27")));
        assert_eq!(freshness_holds_until(checked, d("2027-05-28")), None);
    }
}
