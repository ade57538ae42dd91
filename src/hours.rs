//! Weekly opening hours ("poniedziałek 8:00 - 16:00 … sobota nieczynne") and whether a place is open now.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One opening span within a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// "7:30", the way Polish notices write hours.
pub fn format_time(time: NaiveTime) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}

/// Parses "7:30" or "07:30".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    let digits = |s: &str, max_len: usize| (1..=max_len).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h, 2) || !digits(m, 2) || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", format_time(self.opens), format_time(self.closes))
    }
}

impl std::str::FromStr for Span {
    type Err = String;

    /// "7:30-15:30" or "07:30–15:30".
    fn from_str(s: &str) -> Result<Self, String> {
        let (a, b) =
            s.split_once(['-', '–']).ok_or_else(|| format!("{s:?} is not a span of hours like \"7:30-15:30\""))?;
        let time = |t: &str| parse_time(t).ok_or_else(|| format!("{:?} is not a time like \"7:30\"", t.trim()));
        Ok(Span { opens: time(a)?, closes: time(b)? })
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!(
            "{:02}:{:02}-{:02}:{:02}",
            self.opens.hour(),
            self.opens.minute(),
            self.closes.hour(),
            self.closes.minute()
        ))
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

/// Days of the week as the catalogue writes them.
pub const DAY_KEYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

pub fn weekday_from_key(key: &str) -> Option<Weekday> {
    DAY_KEYS.iter().find(|(k, _)| *k == key).map(|(_, d)| *d)
}

/// Opening hours per weekday as the source states them. A day the source names with no spans is
/// closed; a day the source does not name is unknown, and the app says so instead of guessing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WeeklyHours(pub BTreeMap<String, Vec<Span>>);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenNow {
    Open {
        closes: NaiveTime,
    },
    Closed,
    /// A public holiday: offices are closed, whatever the weekday's hours say.
    Holiday,
    /// The source says nothing about this day.
    Unknown,
}

impl WeeklyHours {
    pub fn day(&self, day: Weekday) -> Option<&[Span]> {
        let key = DAY_KEYS.iter().find(|(_, d)| *d == day).map(|(k, _)| *k)?;
        self.0.get(key).map(Vec::as_slice)
    }

    /// The stated days in week order, Monday first.
    pub fn days(&self) -> impl Iterator<Item = (Weekday, &[Span])> {
        DAY_KEYS.iter().filter_map(|(_, d)| self.day(*d).map(|spans| (*d, spans)))
    }

    pub fn open_at(&self, local: NaiveDateTime) -> OpenNow {
        if crate::holidays::is_public_holiday(local.date()) {
            return OpenNow::Holiday;
        }
        match self.day(local.weekday()) {
            None => OpenNow::Unknown,
            Some(spans) => spans
                .iter()
                .find(|s| s.opens <= local.time() && local.time() < s.closes)
                .map(|s| OpenNow::Open { closes: s.closes })
                .unwrap_or(OpenNow::Closed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn szamotuly() -> WeeklyHours {
        serde_json::from_str(
            r#"{"mon":["08:00-16:00"],"tue":["07:30-15:30"],"wed":["07:30-15:30"],"thu":["07:30-15:30"],"fri":["07:30-15:30"],"sat":[]}"#,
        )
        .unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn open_now_at_the_edges() {
        let hours = szamotuly();
        let close = NaiveTime::from_hms_opt(16, 0, 0).unwrap();
        // 2026-11-23 is a Monday.
        assert_eq!(hours.open_at(at(2026, 11, 23, 7, 59)), OpenNow::Closed);
        assert_eq!(hours.open_at(at(2026, 11, 23, 8, 0)), OpenNow::Open { closes: close });
        assert_eq!(hours.open_at(at(2026, 11, 23, 15, 59)), OpenNow::Open { closes: close });
        assert_eq!(hours.open_at(at(2026, 11, 23, 16, 0)), OpenNow::Closed);
        assert_eq!(
            hours.open_at(at(2026, 11, 24, 7, 30)).clone(),
            OpenNow::Open { closes: NaiveTime::from_hms_opt(15, 30, 0).unwrap() }
        );
        // Saturday is stated as closed, Sunday is not stated at all.
        assert_eq!(hours.open_at(at(2026, 11, 28, 10, 0)), OpenNow::Closed);
        assert_eq!(hours.open_at(at(2026, 11, 29, 10, 0)), OpenNow::Unknown);
    }

    #[test]
    fn closed_on_every_public_holiday_of_2027_at_ten_in_the_morning() {
        let every_day: WeeklyHours = serde_json::from_str(
            r#"{"mon":["07:00-17:00"],"tue":["07:00-17:00"],"wed":["07:00-17:00"],"thu":["07:00-17:00"],"fri":["07:00-17:00"],"sat":["07:00-17:00"],"sun":["07:00-17:00"]}"#,
        )
        .unwrap();
        let holidays = crate::holidays::public_holidays(2027);
        assert_eq!(holidays.len(), 14);
        for day in holidays {
            assert_eq!(every_day.open_at(day.and_hms_opt(10, 0, 0).unwrap()), OpenNow::Holiday, "{day}");
            // The working day after a holiday is a working day again (26 December 2027 is a Sunday).
            let next = day.succ_opt().unwrap();
            if !crate::holidays::is_public_holiday(next) {
                assert!(
                    matches!(every_day.open_at(next.and_hms_opt(10, 0, 0).unwrap()), OpenNow::Open { .. }),
                    "{next}"
                );
            }
        }
        // New Year's Day 2027 is a Friday, when Szamotuły's office would be open at 10:00.
        assert_eq!(szamotuly().open_at(at(2027, 1, 1, 10, 0)), OpenNow::Holiday);
        assert!(matches!(szamotuly().open_at(at(2027, 1, 4, 10, 0)), OpenNow::Open { .. }));
    }

    #[test]
    fn spans_parse_and_print() {
        let s: Span = "7:30-15:30".parse().unwrap();
        assert_eq!(s.to_string(), "7:30–15:30");
        assert!("7:30".parse::<Span>().is_err());
        assert!("25:00-26:00".parse::<Span>().is_err());
        assert!("7:3-8:00".parse::<Span>().is_err());
        assert_eq!(format_time(NaiveTime::from_hms_opt(8, 5, 0).unwrap()), "8:05");
    }
}
