//! Office hours as directories write them in words ("poniedziałek 8.00-16.00, wtorek - piątek 7.30-15.30"),
//! read into days and times where the words say exactly that, so that the app can say "open now".
//!
//! Conservative by design: any word it does not know ("dziennik podawczy", "Godziny pracy CUS"), a time
//! without a day ("7.30-15.30" could be any days), or a day given two different times makes it give up,
//! and the app shows the source's words alone.

use chrono::{NaiveTime, Weekday};
use sprawdz_wsparcie::hours::{Span, WeeklyHours, DAY_KEYS};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Day(Weekday),
    Time(NaiveTime),
    /// "-", "–" or "do" between two days or two times.
    To,
}

fn day_of(word: &str) -> Option<Weekday> {
    let day = match word {
        "poniedzialek" | "poniedzialki" | "poniedzialku" | "pon" | "pn" => Weekday::Mon,
        "wtorek" | "wtorki" | "wtorku" | "wt" => Weekday::Tue,
        "sroda" | "srody" | "srode" | "sr" => Weekday::Wed,
        "czwartek" | "czwartki" | "czwartku" | "czw" | "cz" => Weekday::Thu,
        "piatek" | "piatki" | "piatku" | "pt" => Weekday::Fri,
        "sobota" | "soboty" | "sob" => Weekday::Sat,
        "niedziela" | "niedzieli" | "niedz" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
}

/// "7", "7:30", "7.30", "07:30".
fn time_of(word: &str) -> Option<NaiveTime> {
    let (h, m) = word.split_once([':', '.']).unwrap_or((word, "00"));
    let ok =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !ok(h, 1..=2) || !ok(m, 2..=2) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let spaced = text.replace(['-', '–', '—'], " - ");
    let folded = sprawdz_wsparcie::text::fold(&spaced.replace(" - ", " do "));
    let mut out = Vec::new();
    for word in folded.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | ';' | '(' | ')')) {
        let word = word.trim_end_matches(':').trim_end_matches('.');
        if word.is_empty() || matches!(word, "od" | "i" | "oraz" | "w" | "godz" | "godzinach" | "a") {
            continue;
        }
        let token = if word == "do" {
            Token::To
        } else if let Some(day) = day_of(word) {
            Token::Day(day)
        } else {
            Token::Time(time_of(word)?)
        };
        out.push(token);
    }
    Some(out)
}

fn days_from(first: Weekday, last: Weekday) -> Vec<Weekday> {
    let mut days = vec![first];
    let mut day = first;
    while day != last && days.len() < 7 {
        day = day.succ();
        days.push(day);
    }
    days
}

/// The hours the words state, or `None` when they say anything else too.
pub fn parse(text: &str) -> Option<WeeklyHours> {
    let tokens = tokens(text)?;
    let mut hours = WeeklyHours::default();
    let mut days: Vec<Weekday> = Vec::new();
    let mut days_taken = false;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i..] {
            [Token::Day(a), Token::To, Token::Day(b), ..] => {
                if days_taken {
                    days.clear();
                    days_taken = false;
                }
                days.extend(days_from(a, b));
                i += 3;
            }
            [Token::Day(a), ..] => {
                if days_taken {
                    days.clear();
                    days_taken = false;
                }
                days.push(a);
                i += 1;
            }
            [Token::Time(opens), Token::To, Token::Time(closes), ..] if opens < closes && !days.is_empty() => {
                for day in &days {
                    let key = DAY_KEYS.iter().find(|(_, d)| d == day)?.0.to_string();
                    let spans = hours.0.entry(key).or_default();
                    // A day named again in a later group ("wtorek-piątek …, piątek …") is ambiguous.
                    if !days_taken && !spans.is_empty() {
                        return None;
                    }
                    spans.push(Span { opens, closes });
                }
                days_taken = true;
                i += 3;
            }
            _ => return None,
        }
    }
    (days_taken && !hours.0.is_empty()).then_some(hours)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Option<String> {
        parse(text).map(|h| {
            h.days()
                .map(|(d, s)| format!("{d:?} {}", s.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(" ")))
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    #[test]
    fn reads_the_common_ways_of_writing_hours() {
        assert_eq!(
            shown("poniedziałek 8.00- 16.00 , wtorek, środa,czwartek i piątek 7.30- 15.30").as_deref(),
            Some("Mon 8:00–16:00; Tue 7:30–15:30; Wed 7:30–15:30; Thu 7:30–15:30; Fri 7:30–15:30")
        );
        assert_eq!(
            shown("Poniedziałek - piątek | 07:30 - 15:30").as_deref(),
            Some("Mon 7:30–15:30; Tue 7:30–15:30; Wed 7:30–15:30; Thu 7:30–15:30; Fri 7:30–15:30")
        );
        assert_eq!(
            shown("poniedziałek, wtorek, czwartek 7-15 | środa 7-17 | piątek 7-13").as_deref(),
            Some("Mon 7:00–15:00; Tue 7:00–15:00; Wed 7:00–17:00; Thu 7:00–15:00; Fri 7:00–13:00")
        );
        assert_eq!(
            shown("poniedziałek oraz od środy do piątku w godz. od 7:30 do 15:30 | wtorek od 7:30 do 18:00").as_deref(),
            Some("Mon 7:30–15:30; Tue 7:30–18:00; Wed 7:30–15:30; Thu 7:30–15:30; Fri 7:30–15:30")
        );
        assert_eq!(
            shown(" wt-pt 7:30-15:30").as_deref(),
            Some("Tue 7:30–15:30; Wed 7:30–15:30; Thu 7:30–15:30; Fri 7:30–15:30")
        );
    }

    #[test]
    fn gives_up_rather_than_guess() {
        // No days: could be any.
        assert_eq!(shown("7.30 - 15.30"), None);
        // Friday given twice.
        assert_eq!(shown("poniedziałek : 08:00 do 17:00 | wtorek-piątek 7:30 do 15:30 | piątek 7:30 do 14:30"), None);
        // Words it does not know.
        assert_eq!(
            shown("poniedziałek: od 7:00 do 16:00 | wtorek - piątek od 7:00 do 15:00 | piątek: dzień wewnętrzny"),
            None
        );
        assert_eq!(shown("00  Środa od 7:00 - 15;00  Czwartek od 7:00 - 15"), None);
        // Closing before opening.
        assert_eq!(shown("poniedziałek 15:00-7:00"), None);
        assert_eq!(shown(""), None);
    }
}
