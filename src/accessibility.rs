//! The accessibility statement's facts (deklaracja dostępności, ustawa z 4 kwietnia 2019 r. o
//! dostępności cyfrowej): its dates and the yearly review. The words are in the locale files; the
//! page is `ui::pages::accessibility`. Update the dates here when the app changes in a way that
//! matters for accessibility, and at every yearly review.

use chrono::{Datelike, NaiveDate};

/// When the app was first published.
pub const PUBLISHED: (i32, u32, u32) = (2026, 11, 22);
/// The last change that matters for accessibility (three languages, the keyboard-only test).
pub const LAST_UPDATE: (i32, u32, u32) = (2026, 11, 22);
/// When the statement was written, and when it was last reviewed.
pub const PREPARED: (i32, u32, u32) = (2026, 11, 22);
pub const LAST_REVIEW: (i32, u32, u32) = (2026, 11, 22);

pub fn day((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// The statement is reviewed every year by 31 March: the next review is due by 31 March of the year
/// after the last one.
pub fn next_review(last_review: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(last_review.year() + 1, 3, 31).expect("31 March")
}

/// Whether the statement is overdue for its review on `today`.
pub fn review_overdue(last_review: NaiveDate, today: NaiveDate) -> bool {
    today > next_review(last_review)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewed_yearly_by_the_end_of_march() {
        assert_eq!(next_review(day((2026, 11, 22))), day((2027, 3, 31)));
        assert_eq!(next_review(day((2027, 3, 31))), day((2028, 3, 31)));
        assert_eq!(next_review(day((2027, 1, 10))), day((2028, 3, 31)));
        assert!(!review_overdue(day(LAST_REVIEW), day((2027, 3, 31))));
        assert!(review_overdue(day(LAST_REVIEW), day((2027, 4, 1))));
    }

    #[test]
    fn dates_are_in_order() {
        assert!(day(PUBLISHED) <= day(LAST_UPDATE));
        assert!(day(PREPARED) <= day(LAST_REVIEW));
    }
}
