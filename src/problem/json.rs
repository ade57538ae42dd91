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

/// Turns serde's message into a [`Problem`] the reader's language can say: serde's own words and those
/// of our deserializers (amounts, dates) are read back into what they name.
pub fn from_serde_message(message: &str) -> Problem {
    // serde_json appends " at line L column C"; the path already says where.
    let message = message.rsplit_once(" at line ").map_or(message, |(m, _)| m);
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or("").to_string();
    let unquoted = |m: &str| m.trim_matches('"').to_string();
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
    } else if let Some((found, _)) = message.strip_prefix("invalid value: ").and_then(|m| m.rsplit_once(", expected "))
    {
        Problem::OutOfRange(Kind::found(found).1)
    } else if let Some(text) = message.strip_suffix(crate::money::NOT_AN_AMOUNT) {
        Problem::NotAnAmount(unquoted(text))
    } else if let Some(text) = message.strip_suffix(crate::dates::NOT_A_DATE) {
        Problem::NotADate(unquoted(text))
    } else if let Some(text) = message.strip_suffix(crate::dates::NO_SUCH_DAY) {
        Problem::NoSuchDay(unquoted(text))
    } else if let Some(text) = message.strip_suffix(crate::dates::NOT_A_WHOLE_DAY) {
        Problem::NotAWholeDay(unquoted(text))
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
