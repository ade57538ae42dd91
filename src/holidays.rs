//! Poland's public holidays, the days offices are closed (ustawa z dnia 18 stycznia 1951 r. o dniach wolnych
//! od pracy, art. 1): the fixed days and those that follow Easter. 24 December is one from 2025 (the
//! amendment of 2024). A day a centre gives in exchange for a holiday on a Saturday is its own notice's
//! to say, never guessed here.

use chrono::{Datelike, Duration, NaiveDate};

/// The first year 24 December is a public holiday.
const CHRISTMAS_EVE_FROM: i32 = 2025;

/// Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter falls in March or April")
}

/// Whether a day is a public holiday in Poland.
pub fn is_public_holiday(day: NaiveDate) -> bool {
    let fixed = match (day.month(), day.day()) {
        (1, 1) | (1, 6) | (5, 1) | (5, 3) | (8, 15) | (11, 1) | (11, 11) | (12, 25) | (12, 26) => true,
        (12, 24) => day.year() >= CHRISTMAS_EVE_FROM,
        _ => false,
    };
    // Easter Sunday and Monday, Pentecost (the 7th Sunday after Easter), Corpus Christi (60 days after).
    let after_easter = (day - easter_sunday(day.year())).num_days();
    fixed || matches!(after_easter, 0 | 1 | 49 | 60)
}

/// The public holidays of a year, in order.
pub fn public_holidays(year: i32) -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("a year");
    (0..366).map(|n| first + Duration::days(n)).filter(|d| d.year() == year && is_public_holiday(*d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_as_the_calendars_give_it() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year), day(easter), "{year}");
        }
    }

    #[test]
    fn the_holidays_of_2027() {
        let expected = [
            "2027-01-01", // Nowy Rok
            "2027-01-06", // Trzech Króli
            "2027-03-28", // Wielkanoc
            "2027-03-29", // Poniedziałek Wielkanocny
            "2027-05-01", // Święto Pracy
            "2027-05-03", // Święto Konstytucji 3 Maja
            "2027-05-16", // Zielone Świątki
            "2027-05-27", // Boże Ciało
            "2027-08-15", // Wniebowzięcie NMP
            "2027-11-01", // Wszystkich Świętych
            "2027-11-11", // Święto Niepodległości
            "2027-12-24", // Wigilia
            "2027-12-25", // Boże Narodzenie
            "2027-12-26", // drugi dzień Bożego Narodzenia
        ];
        assert_eq!(public_holidays(2027), expected.map(day));
    }

    #[test]
    fn christmas_eve_only_from_2025_and_working_days_around_the_holidays() {
        assert!(!is_public_holiday(day("2024-12-24")));
        assert!(is_public_holiday(day("2025-12-24")));
        for working in
            ["2026-12-23", "2026-12-28", "2027-01-04", "2027-01-05", "2027-03-30", "2027-05-26", "2027-05-28"]
        {
            assert!(!is_public_holiday(day(working)), "{working}");
        }
        assert_eq!(public_holidays(2026).len(), 14);
    }
}
