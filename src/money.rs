//! Money is `rust_decimal::Decimal` in złoty, never floating point.

use rust_decimal::Decimal;

use crate::i18n::Locale;
use crate::refusal::Refusal;

/// Non-breaking space: keeps "1 042 938,86 zł" on one line.
pub const NBSP: char = '\u{a0}';

/// Groups the integer digits in threes with `sep`.
fn group_thousands(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with exactly `decimals` places, grouped as the language writes it: "1 042 938,86" in
/// Polish and Ukrainian, "1,042,938.86" in English.
pub fn format_number(value: Decimal, decimals: u32, locale: Locale) -> String {
    let rounded = value.round_dp_with_strategy(decimals, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match locale {
        Locale::Pl | Locale::Uk => (NBSP, ','),
        Locale::En => (',', '.'),
    };
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('−');
    }
    out.push_str(&group_thousands(int, group));
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// An amount in złoty with the currency as CLDR writes it in each language: "1 042 938,86 zł",
/// "1 042 938,86 PLN" (Ukrainian), "PLN 1,042,938.86" (English).
pub fn format_pln(value: Decimal, locale: Locale) -> String {
    let number = format_number(value, 2, locale);
    match locale {
        Locale::Pl => format!("{number}{NBSP}zł"),
        Locale::Uk => format!("{number}{NBSP}PLN"),
        Locale::En => format!("PLN{NBSP}{number}"),
    }
}

/// Parses an amount as the catalogue writes it: `"1042938.86"`, optionally signed, no exponent, no
/// grouping. Strict on purpose: a catalogue amount is typed by a person and checked by a machine.
pub fn parse_plain_decimal(text: &str) -> Result<Decimal, Refusal> {
    let bad = || Refusal::NotAnAmount(text.to_string());
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits_only(int) || !digits_only(frac) || (body.contains('.') && frac.is_empty()) {
        return Err(bad());
    }
    if int.len() + frac.len() > 28 {
        return Err(bad());
    }
    let mantissa: i128 = format!("{int}{frac}").parse().map_err(|_| bad())?;
    let value = Decimal::from_i128_with_scale(if negative { -mantissa } else { mantissa }, frac.len() as u32);
    Ok(value)
}

/// Serde for amounts stored as strings (`#[serde(with = "crate::money::as_string")]`).
pub mod as_string {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(value)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_plain_decimal(&text).map_err(crate::refusal::refuse)
    }

    /// The same for an optional amount.
    pub mod option {
        use rust_decimal::Decimal;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => s.collect_str(v),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
            match Option::<String>::deserialize(d)? {
                Some(text) => super::super::parse_plain_decimal(&text).map(Some).map_err(crate::refusal::refuse),
                None => Ok(None),
            }
        }
    }
}

/// A share of a whole, in percent, rounded to `decimals` places (a midpoint to the even digit, as
/// `Decimal::round_dp`). Worked out on whole numbers: Decimal's own division would add about 4 KB to
/// the first page, and amounts of money never come near the limits (beyond them: `None`).
pub fn percent_of(part: Decimal, whole: Decimal, decimals: u32) -> Option<Decimal> {
    if whole.is_zero() || decimals > 10 {
        return None;
    }
    // Both as whole numbers of the same smallest unit.
    let scale = part.scale().max(whole.scale());
    let up = |d: Decimal| d.mantissa().checked_mul(10i128.checked_pow(scale - d.scale())?);
    let (p, w) = (up(part)?, up(whole)?);
    let numerator = p.checked_mul(100)?.checked_mul(10i128.pow(decimals))?;
    let (mut q, r) = (numerator / w, numerator % w);
    // Round half to even, away from zero on the side of the sign.
    let twice = r.unsigned_abs() * 2;
    let w_abs = w.unsigned_abs();
    if twice > w_abs || (twice == w_abs && q % 2 != 0) {
        q += if (numerator < 0) == (w < 0) { 1 } else { -1 };
    }
    Decimal::try_from_i128_with_scale(q, decimals).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::dec;

    /// Tiny stand-in for a decimal literal macro, so tests read like the amounts they check.
    mod rust_decimal_macros_free {
        macro_rules! dec {
            ($s:literal) => {
                <rust_decimal::Decimal as std::str::FromStr>::from_str(stringify!($s)).unwrap()
            };
        }
        pub(crate) use dec;
    }

    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn formats_polish_money() {
        let cases = [
            (dec!(1042938.86), "1 042 938,86 zł"),
            (dec!(725625), "725 625,00 zł"),
            (dec!(152085.43), "152 085,43 zł"),
            (dec!(0), "0,00 zł"),
            (dec!(999.999), "1 000,00 zł"),
            (dec!(1000), "1 000,00 zł"),
            (dec!(100), "100,00 zł"),
            (dec!(0.5), "0,50 zł"),
            (dec!(-1234.5), "−1 234,50 zł"),
        ];
        for (value, want) in cases {
            assert_eq!(plain(format_pln(value, Locale::Pl)), want, "{value}");
        }
    }

    #[test]
    fn formats_money_per_language() {
        assert_eq!(plain(format_pln(dec!(1042938.86), Locale::Uk)), "1 042 938,86 PLN");
        assert_eq!(plain(format_pln(dec!(1042938.86), Locale::En)), "PLN 1,042,938.86");
        assert_eq!(plain(format_pln(dec!(-1234.5), Locale::En)), "PLN −1,234.50");
        assert_eq!(plain(format_pln(dec!(0.5), Locale::Uk)), "0,50 PLN");
        assert_eq!(format_number(dec!(12345.678), 1, Locale::En), "12,345.7");
    }

    #[test]
    fn keeps_amount_on_one_line() {
        assert_eq!(format_pln(dec!(1234.56), Locale::Pl), "1\u{a0}234,56\u{a0}zł");
    }

    #[test]
    fn parses_catalogue_amounts_strictly() {
        assert_eq!(parse_plain_decimal("1042938.86"), Ok(dec!(1042938.86)));
        assert_eq!(parse_plain_decimal("725625.00").map(|d| d.scale()), Ok(2));
        assert_eq!(parse_plain_decimal("-1.00"), Ok(dec!(-1.00)));
        assert_eq!(parse_plain_decimal("85"), Ok(dec!(85)));
        for bad in
            ["", "1e5", "1,50", "1 000", ".5", "5.", "+5", "--5", "1.2.3", "12a", "99999999999999999999999999999"]
        {
            assert!(parse_plain_decimal(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn percent_shares() {
        assert_eq!(percent_of(dec!(886498.03), dec!(1042938.86), 0), Some(dec!(85)));
        assert_eq!(percent_of(dec!(674831.25), dec!(725625.00), 2), Some(dec!(93.00)));
        assert_eq!(percent_of(dec!(1), dec!(0), 0), None);
    }

    /// The whole-number version agrees with Decimal's own arithmetic, midpoints included.
    #[test]
    fn percent_shares_match_decimal_arithmetic() {
        let reference = |p: Decimal, w: Decimal, d: u32| (p * Decimal::ONE_HUNDRED / w).round_dp(d);
        let amounts = [
            "0",
            "1",
            "0.01",
            "1.5",
            "3",
            "7",
            "12.5",
            "33.33",
            "100",
            "886498.03",
            "1042938.86",
            "725625.00",
            "-40",
            "2500000",
            "999999999.99",
        ];
        let mut checked = 0;
        for p in amounts {
            for w in amounts {
                let (p, w): (Decimal, Decimal) = (p.parse().unwrap(), w.parse().unwrap());
                if w.is_zero() {
                    continue;
                }
                for d in 0..=4 {
                    assert_eq!(percent_of(p, w, d), Some(reference(p, w, d)), "{p} of {w} to {d} places");
                    checked += 1;
                }
            }
        }
        assert!(checked > 900);
        // Exact midpoints: 0.5 % → 0 and 1.5 % → 2 (to the even digit), 2.5 % → 2.
        assert_eq!(percent_of(dec!(1), dec!(200), 0), Some(dec!(0)));
        assert_eq!(percent_of(dec!(3), dec!(200), 0), Some(dec!(2)));
        assert_eq!(percent_of(dec!(5), dec!(200), 0), Some(dec!(2)));
        assert_eq!(percent_of(dec!(-3), dec!(200), 0), Some(dec!(-2)));
    }
}
