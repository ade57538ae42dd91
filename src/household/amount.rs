//! Amounts as people type them in a form.

use rust_decimal::Decimal;

use crate::i18n::Locale;

/// What is wrong with an amount typed in a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
    TooManyDecimals,
}

/// The most a household member's monthly income can be before we suspect a typo.
pub const MAX_MONTHLY: i64 = 1_000_000;

/// Reads an amount the way people type it: "1 234,56", "1234.56", "1 234 zł", "1.234,56", "PLN 1,234".
/// A lone comma is the decimal point, except in English, where "1,234" is one thousand two hundred
/// and thirty-four (the way the English screens write amounts). A monthly income: at most
/// [`MAX_MONTHLY`].
pub fn parse_amount_input(text: &str, locale: Locale) -> Result<Decimal, AmountError> {
    let value = parse_sum_input(text, locale)?;
    if value > Decimal::from(MAX_MONTHLY) {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

/// An amount of any size, typed as [`parse_amount_input`] reads it: a project's budget in the staff
/// editor.
pub fn parse_sum_input(text: &str, locale: Locale) -> Result<Decimal, AmountError> {
    let mut t: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    let lower = t.to_ascii_lowercase();
    for suffix in ["zł", "zl", "pln"] {
        if lower.ends_with(suffix) {
            t.truncate(t.len() - suffix.len());
            break;
        }
    }
    if t.to_ascii_lowercase().starts_with("pln") {
        t.drain(..3);
    }
    let english_grouping = locale == Locale::En && t.split_once(',').is_some_and(|(_, after)| after.len() == 3);
    if t.is_empty() {
        return Err(AmountError::Empty);
    }
    let negative = t.starts_with('-') || t.starts_with('−');
    let t = t.trim_start_matches(['-', '−']);
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let normalised = match (commas, dots) {
        (0, 0) => t.to_string(),
        (1, 0) if english_grouping => t.replace(',', ""),
        (1, 0) => t.replace(',', "."),
        (0, 1) => t.to_string(),
        (0, _) => t.replace('.', ""),
        (1, _) if t.rfind(',') > t.rfind('.') => t.replace('.', "").replace(',', "."),
        (_, 1) if t.rfind('.') > t.rfind(',') => t.replace(',', ""),
        _ => return Err(AmountError::NotANumber),
    };
    let value = crate::money::parse_plain_decimal(&normalised).map_err(|_| AmountError::NotANumber)?;
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    if value.scale() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_typed_the_polish_way() {
        for (typed, value) in [
            ("1 234,56", "1234.56"),
            ("1234.56", "1234.56"),
            ("1 234 zł", "1234"),
            ("1\u{a0}234,5", "1234.5"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("0", "0"),
            ("823", "823"),
            ("1 000 000", "1000000"),
            ("999.999,99", "999999.99"),
            ("12,5 PLN", "12.5"),
            ("  99,99zł ", "99.99"),
        ] {
            assert_eq!(parse_amount_input(typed, Locale::Pl), Ok(d(value)), "{typed:?}");
            assert_eq!(parse_amount_input(typed, Locale::Uk), Ok(d(value)), "{typed:?}");
        }
        for (typed, error) in [
            ("", AmountError::Empty),
            ("  zł", AmountError::Empty),
            ("abc", AmountError::NotANumber),
            ("12a", AmountError::NotANumber),
            ("1,2,3", AmountError::NotANumber),
            ("-5", AmountError::Negative),
            ("1 000 000,01", AmountError::TooLarge),
            ("12,345", AmountError::TooManyDecimals),
            ("1e5", AmountError::NotANumber),
            ("1.234.567", AmountError::TooLarge),
        ] {
            assert_eq!(parse_amount_input(typed, Locale::Pl), Err(error), "{typed:?}");
        }
    }

    #[test]
    fn amounts_typed_the_english_way() {
        for (typed, value) in
            [("1,234", "1234"), ("1,234.56", "1234.56"), ("PLN 1,234.56", "1234.56"), ("12,5", "12.5"), ("823", "823")]
        {
            assert_eq!(parse_amount_input(typed, Locale::En), Ok(d(value)), "{typed:?}");
        }
        assert_eq!(parse_amount_input("1,234", Locale::Pl), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount_input("1,000,000.01", Locale::En), Err(AmountError::TooLarge));
    }
}
