//! Reading JSON so that every problem names where it is, and serde's messages (and those of our own
//! deserializers) said again in the reader's language.

use super::{Issue, Problem};
use crate::i18n::{t, Locale};

/// The kind of a JSON value, as a message names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Number,
    WholeNumber,
    YesNo,
    List,
    Object,
    Nothing,
    Other,
}

impl Kind {
    /// The kind and the value itself (cut short) of a value read.
    pub fn of(value: &serde_json::Value) -> (Kind, String) {
        use serde_json::Value;
        match value {
            Value::String(s) => (Kind::Text, s.clone()),
            Value::Number(n) => (Kind::Number, n.to_string()),
            Value::Bool(b) => (Kind::YesNo, b.to_string()),
            Value::Array(_) => (Kind::List, String::new()),
            Value::Object(_) => (Kind::Object, String::new()),
            Value::Null => (Kind::Nothing, String::new()),
        }
    }

    /// What serde names after "expected": `a string`, `u32`, `struct Household`.
    fn expected(name: &str) -> Kind {
        let integer = ["u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize"];
        if name.contains("string") {
            Kind::Text
        } else if integer.contains(&name) {
            Kind::WholeNumber
        } else if name == "f32" || name == "f64" {
            Kind::Number
        } else if name.contains("bool") {
            Kind::YesNo
        } else if name.contains("sequence") || name.contains("tuple") {
            Kind::List
        } else if name.starts_with("struct") || name.contains("map") || name.contains("enum") {
            Kind::Object
        } else {
            Kind::Other
        }
    }

    /// What serde names after "invalid type:": ``integer `3100` ``, `string "34"`, `null`, `map`.
    fn found(text: &str) -> (Kind, String) {
        let quoted = |t: &str| t.trim().trim_matches(|c| c == '`' || c == '"').to_string();
        if let Some(v) = text.strip_prefix("integer ").or_else(|| text.strip_prefix("floating point ")) {
            (Kind::Number, quoted(v))
        } else if let Some(v) = text.strip_prefix("string ") {
            (Kind::Text, quoted(v))
        } else if let Some(v) = text.strip_prefix("boolean ") {
            (Kind::YesNo, quoted(v))
        } else if text == "null" || text == "unit value" {
            (Kind::Nothing, String::new())
        } else if text == "sequence" {
            (Kind::List, String::new())
        } else if text == "map" {
            (Kind::Object, String::new())
        } else {
            (Kind::Other, String::new())
        }
    }

    pub fn label(self, l: Locale) -> String {
        match self {
            Kind::Text => t::kind_text(l),
            Kind::Number => t::kind_number(l),
            Kind::WholeNumber => t::kind_whole_number(l),
            Kind::YesNo => t::kind_yes_no(l),
            Kind::List => t::kind_list(l),
            Kind::Object => t::kind_object(l),
            Kind::Nothing => "null",
            Kind::Other => t::kind_unknown(l),
        }
        .to_string()
    }

    /// "liczba 3100", "tekst „34”", "true": a value found, as a message names it (a long one cut short).
    pub(crate) fn with_value(self, value: &str, l: Locale) -> String {
        let short: String = match value.chars().count() {
            0..=40 => value.to_string(),
            _ => value.chars().take(40).chain(['…']).collect(),
        };
        match self {
            Kind::Text => t::found_text(l, &short),
            Kind::Number => t::found_number(l, &short),
            Kind::YesNo => short,
            other => other.label(l),
        }
    }
}

/// Turns serde's message into a [`Problem`] the reader's language can say: serde's own words are read
/// back into what they name; our readers of amounts and dates say theirs as a [`Refusal`] value.
///
/// [`Refusal`]: crate::refusal::Refusal
pub fn from_serde_message(message: &str) -> Problem {
    // serde_json appends " at line L column C"; the path already says where.
    let message = message.rsplit_once(" at line ").map_or(message, |(m, _)| m);
    // An amount or a date refused by its own reader: the refusal kept beside these words.
    if let Some(refusal) = crate::refusal::taken_back(message) {
        return refusal.into();
    }
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
    if message.starts_with("missing field") {
        Problem::MissingField(quoted(message))
    } else if message.starts_with("unknown field") {
        Problem::UnknownField(quoted(message))
    } else if message.starts_with("unknown variant") {
        Problem::UnknownValue(quoted(message))
    } else if message.starts_with("duplicate field") {
        Problem::DuplicateField(quoted(message))
    } else if let Some((found, expected)) =
        message.strip_prefix("invalid type: ").and_then(|m| m.rsplit_once(", expected "))
    {
        let (found, value) = Kind::found(found);
        Problem::WrongKind { expected: Kind::expected(expected), found, value }
    } else if let Some((_, expected)) =
        message.strip_prefix("invalid length ").and_then(|m| m.rsplit_once(", expected "))
    {
        // A list where a record is needed (serde reads a record from a list of its values too).
        Problem::WrongKind { expected: Kind::expected(expected), found: Kind::List, value: String::new() }
    } else if let Some((found, _)) = message.strip_prefix("invalid value: ").and_then(|m| m.rsplit_once(", expected "))
    {
        Problem::OutOfRange(Kind::found(found).1)
    } else {
        Problem::InvalidValue(message.to_string())
    }
}

/// Parses JSON into `T`, naming the field path of a wrong value and the line of broken JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, Issue> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let problem = from_serde_error(err.into_inner());
        // Broken JSON has no meaningful field path; its line and column say where.
        let path = if path == "." || matches!(problem, Problem::Syntax { .. }) { String::new() } else { path };
        Issue::new(file, path, problem)
    })
}

/// Parses JSON into `T`; in the browser a wrong value is placed by its line and column.
#[cfg(target_arch = "wasm32")]
pub fn parse_json<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, Issue> {
    serde_json::from_str(text).map_err(|err| {
        let (line, column) = (err.line(), err.column());
        match from_serde_error(err) {
            syntax @ Problem::Syntax { .. } => Issue::new(file, "", syntax),
            other => Issue::new(file, "", Problem::At { line, column, inner: Box::new(other) }),
        }
    })
}

/// What is wrong, as the reader is told it, with JSON serde could not read.
pub fn from_serde_error(err: serde_json::Error) -> Problem {
    if err.is_syntax() || err.is_eof() {
        Problem::Syntax { line: err.line(), column: err.column(), cut_off: err.is_eof() }
    } else {
        from_serde_message(&err.to_string())
    }
}

/// Every shape of message [`from_serde_message`] reads, made by serde itself from real input (not
/// typed here), so that a serde release that words one differently fails here, not in front of a
/// clerk.
#[cfg(test)]
mod tests {
    use super::{from_serde_error, Kind, Problem};
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        count: u8,
        #[serde(default)]
        name: Option<String>,
        #[serde(default)]
        share: Option<f64>,
        #[serde(default)]
        flag: Option<bool>,
        #[serde(default)]
        list: Option<Vec<u8>>,
        #[serde(default)]
        kind: Option<Colour>,
        #[serde(default, with = "crate::money::as_string::option")]
        amount: Option<Decimal>,
        #[serde(default)]
        date: Option<crate::dates::PartialDate>,
        #[serde(default, with = "crate::dates::optional_day")]
        day: Option<NaiveDate>,
        #[serde(default)]
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Colour {
        Red,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        a: u8,
    }

    fn problem(json: &str) -> Problem {
        from_serde_error(serde_json::from_str::<Sample>(json).expect_err(json))
    }

    fn wrong(expected: Kind, found: Kind, value: &str) -> Problem {
        Problem::WrongKind { expected, found, value: value.into() }
    }

    #[test]
    fn fields_missing_unknown_and_twice() {
        assert_eq!(problem("{}"), Problem::MissingField("count".into()));
        assert_eq!(problem(r#"{"count": 1, "colour": "red"}"#), Problem::UnknownField("colour".into()));
        assert_eq!(problem(r#"{"count": 1, "count": 2}"#), Problem::DuplicateField("count".into()));
        assert_eq!(problem(r#"{"count": 1, "kind": "blue"}"#), Problem::UnknownValue("blue".into()));
    }

    #[test]
    fn a_value_of_the_wrong_kind_names_what_was_found_and_what_is_needed() {
        assert_eq!(problem(r#"{"count": "34"}"#), wrong(Kind::WholeNumber, Kind::Text, "34"));
        assert_eq!(problem(r#"{"count": null}"#), wrong(Kind::WholeNumber, Kind::Nothing, ""));
        assert_eq!(problem(r#"{"count": 1.5}"#), wrong(Kind::WholeNumber, Kind::Number, "1.5"));
        assert_eq!(problem(r#"{"count": 1, "name": 3100}"#), wrong(Kind::Text, Kind::Number, "3100"));
        assert_eq!(problem(r#"{"count": 1, "share": "x"}"#), wrong(Kind::Number, Kind::Text, "x"));
        assert_eq!(problem(r#"{"count": 1, "flag": "tak"}"#), wrong(Kind::YesNo, Kind::Text, "tak"));
        assert_eq!(problem(r#"{"count": 1, "list": {}}"#), wrong(Kind::List, Kind::Object, ""));
        assert_eq!(problem(r#"{"count": 1, "inner": []}"#), wrong(Kind::Object, Kind::List, ""));
        assert_eq!(problem(r#"{"count": 1, "name": true}"#), wrong(Kind::Text, Kind::YesNo, "true"));
    }

    #[test]
    fn a_number_out_of_range() {
        assert_eq!(problem(r#"{"count": 300}"#), Problem::OutOfRange("300".into()));
        assert_eq!(problem(r#"{"count": -1}"#), Problem::OutOfRange("-1".into()));
    }

    #[test]
    fn our_own_amounts_and_dates() {
        assert_eq!(problem(r#"{"count": 1, "amount": "1 000,50"}"#), Problem::NotAnAmount("1 000,50".into()));
        assert_eq!(problem(r#"{"count": 1, "date": "1.02.2026"}"#), Problem::NotADate("1.02.2026".into()));
        assert_eq!(problem(r#"{"count": 1, "date": "2026-02-30"}"#), Problem::NoSuchDay("2026-02-30".into()));
        assert_eq!(problem(r#"{"count": 1, "day": "2026-02"}"#), Problem::NotAWholeDay("2026-02".into()));
    }

    #[test]
    fn broken_json_says_where_and_whether_it_was_cut_off() {
        assert_eq!(problem("{\n  \"count\": 1,\n  x"), Problem::Syntax { line: 3, column: 3, cut_off: false });
        assert_eq!(problem(r#"{"count": 1"#), Problem::Syntax { line: 1, column: 11, cut_off: true });
    }
}
