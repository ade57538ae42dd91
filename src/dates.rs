//! Dates: `chrono::NaiveDate`, Polish long format ("1 stycznia 2022"), dates known only to the month or
//! year (a seed may say "09.2017"), and the local time in Poland for "open now".

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{t, Locale};
use crate::refusal::Refusal;

/// A date as precise as its source: a day, a month or only a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
    Year(i32),
}

impl PartialDate {
    /// The first day the date can mean.
    pub fn first_day(self) -> NaiveDate {
        match self {
            PartialDate::Day(d) => d,
            PartialDate::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1).expect("checked on parse"),
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1).expect("checked on parse"),
        }
    }

    /// The last day the date can mean.
    pub fn last_day(self) -> NaiveDate {
        match self {
            PartialDate::Day(d) => d,
            PartialDate::Month { year, month } => last_day_of_month(year, month),
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).expect("checked on parse"),
        }
    }

    /// After a preposition ("od", "do"): "1 stycznia 2022", "września 2017" or "2017".
    pub fn format_genitive(self, locale: Locale) -> String {
        match self {
            PartialDate::Month { year, month } => {
                t::date_month_year(locale, t::DateMonthYear { month: &month_name_in_date(month, locale), year: &year })
            }
            other => other.format_long(locale),
        }
    }

    /// Closing a range ("do …"): "30 czerwca 2023", "sierpnia 2018" or "końca 2017".
    pub fn format_until(self, locale: Locale) -> String {
        match self {
            PartialDate::Year(y) => t::date_end_of_year(locale, y),
            other => other.format_genitive(locale),
        }
    }

    /// "1 stycznia 2022", "wrzesień 2017" or "2017".
    pub fn format_long(self, locale: Locale) -> String {
        match self {
            PartialDate::Day(d) => format_long(d, locale),
            PartialDate::Month { year, month } => {
                t::date_month_year(locale, t::DateMonthYear { month: &month_name(month, locale), year: &year })
            }
            PartialDate::Year(y) => y.to_string(),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = Refusal;

    /// Accepts `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || Refusal::NotADate(s.to_string());
        let no_such_day = || Refusal::NoSuchDay(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, Refusal> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [y] => {
                let y = num(y, 4)? as i32;
                Ok(PartialDate::Year(y))
            }
            [y, m] => {
                let (year, month) = (num(y, 4)? as i32, num(m, 2)?);
                if !(1..=12).contains(&month) {
                    return Err(no_such_day());
                }
                Ok(PartialDate::Month { year, month })
            }
            [y, m, d] => {
                let (year, month, day) = (num(y, 4)? as i32, num(m, 2)?, num(d, 2)?);
                NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::Day).ok_or_else(no_such_day)
            }
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(crate::refusal::refuse)
    }
}

pub fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid month") - Duration::days(1)
}

/// Month name in the nominative ("wrzesień"), for a month on its own.
pub fn month_name(month: u32, locale: Locale) -> &'static str {
    let names = [
        t::month_1,
        t::month_2,
        t::month_3,
        t::month_4,
        t::month_5,
        t::month_6,
        t::month_7,
        t::month_8,
        t::month_9,
        t::month_10,
        t::month_11,
        t::month_12,
    ];
    names[(month as usize - 1) % 12](locale)
}

/// Month name as used after a day number ("stycznia").
pub fn month_name_in_date(month: u32, locale: Locale) -> &'static str {
    let names = [
        t::month_of_1,
        t::month_of_2,
        t::month_of_3,
        t::month_of_4,
        t::month_of_5,
        t::month_of_6,
        t::month_of_7,
        t::month_of_8,
        t::month_of_9,
        t::month_of_10,
        t::month_of_11,
        t::month_of_12,
    ];
    names[(month as usize - 1) % 12](locale)
}

/// "1 stycznia 2022", "1 січня 2022 р.", "1 January 2022".
pub fn format_long(date: NaiveDate, locale: Locale) -> String {
    t::date_long(
        locale,
        t::DateLong { day: &date.day(), month: &month_name_in_date(date.month(), locale), year: &date.year() },
    )
}

/// "01.01.2022", for tight places such as tables.
pub fn format_short(date: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", date.day(), date.month(), date.year())
}

pub fn weekday_name(day: Weekday, locale: Locale) -> &'static str {
    match day {
        Weekday::Mon => t::weekday_mon(locale),
        Weekday::Tue => t::weekday_tue(locale),
        Weekday::Wed => t::weekday_wed(locale),
        Weekday::Thu => t::weekday_thu(locale),
        Weekday::Fri => t::weekday_fri(locale),
        Weekday::Sat => t::weekday_sat(locale),
        Weekday::Sun => t::weekday_sun(locale),
    }
}

/// Parses `YYYY-MM-DD` as sent by `<input type="date">`.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    match text.trim().parse::<PartialDate>() {
        Ok(PartialDate::Day(day)) => Some(day),
        _ => None,
    }
}

/// A whole day in a data file (`"checked_on": "2026-03-12"`), read and written as `YYYY-MM-DD` by
/// [`PartialDate`]'s own code. chrono's serde support would do the same with its format machinery:
/// 8.5 KB more of the catalogue app's wasm (gzip), measured.
pub mod optional_day {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::PartialDate;

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        day.map(PartialDate::Day).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<PartialDate>::deserialize(d)? {
            None => Ok(None),
            Some(PartialDate::Day(day)) => Ok(Some(day)),
            Some(other) => Err(crate::refusal::refuse(crate::refusal::Refusal::NotAWholeDay(other.to_string()))),
        }
    }
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let last = last_day_of_month(year, month);
    last - Duration::days(last.weekday().num_days_from_sunday() as i64)
}

/// Local civil time in Poland for a UTC instant: CET (UTC+1), or CEST (UTC+2) from 01:00 UTC on the
/// last Sunday of March to 01:00 UTC on the last Sunday of October (EU summer-time rule). Office hours
/// are Polish time whatever the device's own time zone says.
pub fn poland_local_time(utc: NaiveDateTime) -> NaiveDateTime {
    let year = utc.year();
    let summer_from = last_sunday(year, 3).and_hms_opt(1, 0, 0).expect("valid time");
    let summer_until = last_sunday(year, 10).and_hms_opt(1, 0, 0).expect("valid time");
    let offset = if utc >= summer_from && utc < summer_until { 2 } else { 1 };
    utc + Duration::hours(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// `optional_day` against the plain version, chrono's own text of a day (what its serde support
    /// writes and reads), for every day of 1999 to 2031.
    #[test]
    fn a_day_in_a_file_reads_and_writes_as_chrono_writes_it() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Dated {
            #[serde(default, with = "optional_day")]
            on: Option<NaiveDate>,
        }
        let mut day = d(1999, 1, 1);
        while day < d(2032, 1, 1) {
            let plain = format!(r#"{{"on":"{}"}}"#, day.format("%Y-%m-%d"));
            assert_eq!(serde_json::to_string(&Dated { on: Some(day) }).unwrap(), plain);
            assert_eq!(serde_json::from_str::<Dated>(&plain).unwrap().on, Some(day));
            assert_eq!(day.to_string().parse::<NaiveDate>().ok(), Some(day));
            day = day.succ_opt().unwrap();
        }
        assert_eq!(serde_json::from_str::<Dated>("{}").unwrap().on, None);
        for not_a_day in [r#"{"on":"2026-03"}"#, r#"{"on":"2026-02-30"}"#, r#"{"on":"12.03.2026"}"#, r#"{"on":3}"#] {
            assert!(serde_json::from_str::<Dated>(not_a_day).is_err(), "{not_a_day}");
        }
    }

    #[test]
    fn long_polish_dates() {
        assert_eq!(format_long(d(2022, 1, 1), Locale::Pl), "1 stycznia 2022");
        assert_eq!(format_long(d(2020, 2, 29), Locale::Pl), "29 lutego 2020");
        assert_eq!(format_long(d(2023, 3, 30), Locale::Pl), "30 marca 2023");
        assert_eq!(format_long(d(2018, 12, 31), Locale::Pl), "31 grudnia 2018");
        assert_eq!(format_short(d(2022, 1, 1)), "01.01.2022");
    }

    #[test]
    fn partial_dates_parse_and_span() {
        let sep: PartialDate = "2017-09".parse().unwrap();
        assert_eq!(sep.first_day(), d(2017, 9, 1));
        assert_eq!(sep.last_day(), d(2017, 9, 30));
        let feb: PartialDate = "2020-02".parse().unwrap();
        assert_eq!(feb.last_day(), d(2020, 2, 29));
        assert_eq!(sep.format_long(Locale::Pl), "wrzesień 2017");
        assert_eq!(sep.format_genitive(Locale::Pl), "września 2017");
        assert_eq!(sep.format_until(Locale::Pl), "września 2017");
        let year: PartialDate = "2017".parse().unwrap();
        assert_eq!((year.first_day(), year.last_day()), (d(2017, 1, 1), d(2017, 12, 31)));
        assert_eq!(year.format_genitive(Locale::Pl), "2017");
        assert_eq!(year.format_until(Locale::Pl), "końca 2017");
        assert_eq!("2022-01-01".parse::<PartialDate>().unwrap().to_string(), "2022-01-01");
        for bad in ["2021-02-29", "2017-13", "17-09", "2017/09/01", "", "2017-9"] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn poland_time_follows_summer_time() {
        let utc = |y, m, day, h, min| d(y, m, day).and_hms_opt(h, min, 0).unwrap();
        // Winter: UTC+1.
        assert_eq!(poland_local_time(utc(2026, 1, 15, 7, 0)), utc(2026, 1, 15, 8, 0));
        // Summer: UTC+2.
        assert_eq!(poland_local_time(utc(2026, 7, 1, 5, 30)), utc(2026, 7, 1, 7, 30));
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(poland_local_time(utc(2026, 3, 29, 0, 59)), utc(2026, 3, 29, 1, 59));
        assert_eq!(poland_local_time(utc(2026, 3, 29, 1, 0)), utc(2026, 3, 29, 3, 0));
        assert_eq!(poland_local_time(utc(2026, 10, 25, 0, 59)), utc(2026, 10, 25, 2, 59));
        assert_eq!(poland_local_time(utc(2026, 10, 25, 1, 0)), utc(2026, 10, 25, 2, 0));
    }
}
