//! What a clerk types in the editor's fields, turned into a centre file's values and back: amounts the
//! Polish way ("1 234 567,89"), dates in three boxes (day, month, year, as GOV.UK asks for them; the
//! day, or the day and month, may be left empty when the source gives only a month or a year), lists
//! one item per line.

use rust_decimal::Decimal;

use super::json::Json;
use crate::dates::PartialDate;
use crate::household::AmountError;
use crate::i18n::{t, Locale};

/// What is wrong with what was typed in one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    Amount(AmountError),
    /// A date whose boxes are not a date: which box first.
    Date(DatePart),
    /// The calendar has no such day (31 April).
    NoSuchDay,
    /// This date must be a whole day (the day a person checked the facts).
    WholeDay,
    /// Not a whole number (a count, an age).
    Count,
    /// A line of office hours that is not a span like "7:30-15:30".
    Hours,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl Typed {
    pub fn describe(&self, l: Locale) -> String {
        match self {
            Typed::Amount(AmountError::Empty) => t::editor_amount_empty(l).to_string(),
            Typed::Amount(AmountError::Negative) => t::editor_amount_negative(l).to_string(),
            Typed::Amount(AmountError::TooManyDecimals) => t::editor_amount_decimals(l).to_string(),
            Typed::Amount(_) => t::editor_amount_not_a_number(l).to_string(),
            Typed::Date(DatePart::Day) => t::editor_date_day(l).to_string(),
            Typed::Date(DatePart::Month) => t::editor_date_month(l).to_string(),
            Typed::Date(DatePart::Year) => t::editor_date_year(l).to_string(),
            Typed::NoSuchDay => t::editor_date_no_such_day(l).to_string(),
            Typed::WholeDay => t::editor_date_whole_day(l).to_string(),
            Typed::Count => t::editor_count(l).to_string(),
            Typed::Hours => t::editor_hours(l).to_string(),
        }
    }
}

/// An amount as the file writes it ("1234567.89"); `None` for an empty field.
pub fn amount(text: &str, l: Locale) -> Result<Option<Json>, Typed> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value = crate::household::parse_sum_input(text, l).map_err(Typed::Amount)?;
    Ok(Some(Json::String(value.to_string())))
}

/// A file's amount as a clerk reads it: "1234567.89" is "1 234 567,89".
pub fn amount_text(stored: &str, l: Locale) -> String {
    match crate::money::parse_plain_decimal(stored) {
        Ok(value) => crate::money::format_number(value, value.scale().min(2), l),
        Err(_) => stored.to_string(),
    }
}

/// A percentage ("15" or "84,99") as the file writes it ("84.99").
pub fn percent(text: &str, l: Locale) -> Result<Option<Json>, Typed> {
    amount(text.trim().trim_end_matches('%'), l)
}

/// A whole number ("25"), for a count of participants or an age.
pub fn count(text: &str) -> Result<Option<Json>, Typed> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>().map(|n| Some(Json::Number(n.into()))).map_err(|_| Typed::Count)
}

/// A date's three boxes as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateBoxes {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateBoxes {
    /// A stored date in its boxes: "2026-03" has an empty day.
    pub fn of(stored: &str) -> DateBoxes {
        let mut parts = stored.split('-').map(|p| p.trim_start_matches('0').to_string());
        let year = stored.split('-').next().unwrap_or_default().to_string();
        parts.next();
        DateBoxes { year, month: parts.next().unwrap_or_default(), day: parts.next().unwrap_or_default() }
    }

    /// The boxes as one text, to keep what was typed while it is not yet a date.
    pub fn joined(&self) -> String {
        format!("{}\u{1f}{}\u{1f}{}", self.day, self.month, self.year)
    }

    pub fn split(joined: &str) -> DateBoxes {
        let mut parts = joined.split('\u{1f}').map(str::to_string);
        DateBoxes {
            day: parts.next().unwrap_or_default(),
            month: parts.next().unwrap_or_default(),
            year: parts.next().unwrap_or_default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year].iter().all(|p| p.trim().is_empty())
    }

    /// The date the boxes say (`None` when all are empty); `whole_day` when the day must be given.
    pub fn read(&self, whole_day: bool) -> Result<Option<PartialDate>, Typed> {
        if self.is_empty() {
            return Ok(None);
        }
        let number = |text: &str, part: DatePart, max: u32| -> Result<Option<u32>, Typed> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            match text.parse::<u32>() {
                Ok(n) if (1..=max).contains(&n) => Ok(Some(n)),
                _ => Err(Typed::Date(part)),
            }
        };
        let year = match number(&self.year, DatePart::Year, 9999)? {
            Some(y) if (1990..=2100).contains(&y) => y as i32,
            _ => return Err(Typed::Date(DatePart::Year)),
        };
        let month = number(&self.month, DatePart::Month, 12)?;
        let day = number(&self.day, DatePart::Day, 31)?;
        let date = match (day, month) {
            (Some(day), Some(month)) => {
                chrono::NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::Day).ok_or(Typed::NoSuchDay)?
            }
            (Some(_), None) => return Err(Typed::Date(DatePart::Month)),
            (None, Some(month)) => PartialDate::Month { year, month },
            (None, None) => PartialDate::Year(year),
        };
        if whole_day && !matches!(date, PartialDate::Day(_)) {
            return Err(Typed::WholeDay);
        }
        Ok(Some(date))
    }
}

/// A date from its boxes as the file writes it ("2026-03-12", "2026-03", "2026").
pub fn date(boxes: &DateBoxes, whole_day: bool) -> Result<Option<Json>, Typed> {
    Ok(boxes.read(whole_day)?.map(|d| Json::String(d.to_string())))
}

/// One item per line: the lines that are not blank, trimmed; `None` when there are none.
pub fn lines(text: &str) -> Option<Json> {
    let items: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    (!items.is_empty()).then(|| Json::strings(&items))
}

/// A day's office hours, one span per line ("7:30-15:30"), written as the file writes them
/// ("07:30-15:30"); `None` when there are none (the day is not stated); an empty list when the word for
/// closed is typed (in Polish or in the editor's language): the source says the centre is closed.
pub fn hours(text: &str, l: Locale) -> Result<Option<Json>, Typed> {
    let word = text.trim().to_lowercase();
    if word == CLOSED || word == t::editor_hours_closed(l) {
        return Ok(Some(Json::Array(Vec::new())));
    }
    let mut spans = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let span: crate::hours::Span = line.parse().map_err(|_| Typed::Hours)?;
        let written = serde_json::to_value(span).map_err(|_| Typed::Hours)?;
        spans.push(written.as_str().unwrap_or_default().to_string());
    }
    Ok((!spans.is_empty()).then(|| Json::strings(&spans)))
}

/// The word for a day the centre is closed, typed in any language.
const CLOSED: &str = "nieczynne";

/// A day's hours as its field shows them: the spans a line each, or the word for closed.
pub fn hours_text(spans: &[Json], l: Locale) -> String {
    if spans.is_empty() {
        return t::editor_hours_closed(l).to_string();
    }
    spans.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("\n")
}

/// A text field: trimmed at its ends, `None` when empty.
pub fn text(typed: &str) -> Option<Json> {
    let trimmed = typed.trim();
    (!trimmed.is_empty()).then(|| Json::str(trimmed))
}

/// The text fields a centre file must have, by their name in the file: emptied, they stay in it, empty,
/// so the check names the field ("pole jest puste") rather than a file it cannot read.
const REQUIRED_TEXT: &[&str] = &["id", "title", "name", "short_name", "gmina", "teryt", "voivodeship", "text"];

/// What a text field at `path` holds once typed: an optional field emptied is left out; a required one
/// stays, empty.
pub fn text_at(path: &str, typed: &str) -> Option<Json> {
    let name = path.rsplit('.').next().unwrap_or(path);
    text(typed).or_else(|| REQUIRED_TEXT.contains(&name).then(|| Json::str("")))
}

/// A sum of amounts stored in the file; amounts that do not read are left out.
pub fn sum<'a>(amounts: impl IntoIterator<Item = &'a str>) -> Decimal {
    amounts.into_iter().filter_map(|a| crate::money::parse_plain_decimal(a).ok()).sum()
}

#[cfg(test)]
mod required_tests {
    use super::*;

    #[test]
    fn an_emptied_required_field_stays_empty_and_an_optional_one_goes() {
        assert_eq!(text_at("projects[0].title", "  "), Some(Json::str("")));
        assert_eq!(text_at("projects[0].source.title", ""), Some(Json::str("")));
        assert_eq!(text_at("centre.name", ""), Some(Json::str("")));
        assert_eq!(text_at("projects[0].lead", ""), None);
        assert_eq!(text_at("projects[0].goal", " "), None);
        assert_eq!(text_at("projects[0].title", " Nowy "), Some(Json::str("Nowy")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_typed_the_polish_way_and_shown_back_so() {
        let l = Locale::Pl;
        assert_eq!(amount("1 234 567,89 zł", l), Ok(Some(Json::str("1234567.89"))));
        assert_eq!(amount("  ", l), Ok(None));
        assert_eq!(amount("12,345", l), Err(Typed::Amount(AmountError::TooManyDecimals)));
        assert_eq!(amount("-5", l), Err(Typed::Amount(AmountError::Negative)));
        assert_eq!(amount("dużo", l), Err(Typed::Amount(AmountError::NotANumber)));
        assert_eq!(amount_text("1234567.89", l), "1\u{a0}234\u{a0}567,89");
        assert_eq!(amount_text("152085.4", l), "152\u{a0}085,4");
        assert_eq!(percent("84,99 %", l), Ok(Some(Json::str("84.99"))));
        assert_eq!(count("25"), Ok(Some(Json::Number(25.into()))));
        assert_eq!(count("dwadzieścia"), Err(Typed::Count));
        assert_eq!(sum(["10.50", "x", "4.50"]), Decimal::from(15));
    }

    #[test]
    fn dates_in_three_boxes_may_leave_out_the_day_or_the_month_unless_a_whole_day_is_needed() {
        let boxes = |d: &str, m: &str, y: &str| DateBoxes { day: d.into(), month: m.into(), year: y.into() };
        assert_eq!(date(&boxes("12", "3", "2026"), true), Ok(Some(Json::str("2026-03-12"))));
        assert_eq!(date(&boxes("", "03", "2026"), false), Ok(Some(Json::str("2026-03"))));
        assert_eq!(date(&boxes("", "", "2026"), false), Ok(Some(Json::str("2026"))));
        assert_eq!(date(&boxes("", "", ""), true), Ok(None));
        assert_eq!(date(&boxes("", "3", "2026"), true), Err(Typed::WholeDay));
        assert_eq!(date(&boxes("31", "4", "2026"), false), Err(Typed::NoSuchDay));
        assert_eq!(date(&boxes("12", "", "2026"), false), Err(Typed::Date(DatePart::Month)));
        assert_eq!(date(&boxes("12", "13", "2026"), false), Err(Typed::Date(DatePart::Month)));
        assert_eq!(date(&boxes("x", "3", "2026"), false), Err(Typed::Date(DatePart::Day)));
        assert_eq!(date(&boxes("1", "3", "26"), false), Err(Typed::Date(DatePart::Year)));
        assert_eq!(DateBoxes::of("2026-03-02"), boxes("2", "3", "2026"));
        assert_eq!(DateBoxes::of("2026"), boxes("", "", "2026"));
        let typed = boxes("1", "", "20");
        assert_eq!(DateBoxes::split(&typed.joined()), typed);
    }

    #[test]
    fn office_hours_are_spans_one_per_line() {
        let l = Locale::Pl;
        assert_eq!(hours("7:30-15:30\n\n 12:00–13:00 ", l), Ok(Some(Json::strings(&["07:30-15:30", "12:00-13:00"]))));
        assert_eq!(hours("", l), Ok(None));
        assert_eq!(hours("od 8 do 16", l), Err(Typed::Hours));
        // Closed, said in Polish or in the editor's language, and shown back in it.
        assert_eq!(hours(" Nieczynne ", Locale::En), Ok(Some(Json::Array(Vec::new()))));
        assert_eq!(hours("closed", Locale::En), Ok(Some(Json::Array(Vec::new()))));
        assert_eq!(hours_text(&[], Locale::En), "closed");
        assert_eq!(hours_text(&[], l), "nieczynne");
    }

    #[test]
    fn lists_are_one_item_per_line() {
        assert_eq!(
            lines(" Dowód osobisty \n\n  Zaświadczenie o dochodach"),
            Some(Json::strings(&["Dowód osobisty", "Zaświadczenie o dochodach"]))
        );
        assert_eq!(lines(" \n "), None);
        assert_eq!(text("  GOPS  "), Some(Json::str("GOPS")));
    }
}
