//! PESEL, the Polish personal identification number: YYMMDD, a serial number, a sex digit and a check
//! digit. The month carries the century (1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// As a PESEL tells it, and as a declaration keeps it (`"female"`, `"male"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
}

/// What a valid PESEL tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pesel {
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeselError {
    /// Not 11 digits.
    Format,
    /// The month is not one of the century encodings.
    Month,
    /// The date does not exist (30 February, 31 April…).
    Date,
    /// The check digit does not match.
    Checksum,
}

const WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/// Checks a PESEL and reads the birth date and sex from it. Spaces are ignored.
pub fn parse(text: &str) -> Result<Pesel, PeselError> {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(PeselError::Format)?;
    if digits.len() != 11 {
        return Err(PeselError::Format);
    }
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    let check = (10 - sum % 10) % 10;
    let yy = digits[0] * 10 + digits[1];
    let mm = digits[2] * 10 + digits[3];
    let dd = digits[4] * 10 + digits[5];
    let (century, month) = match mm {
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        81..=92 => (1800, mm - 80),
        _ => return Err(PeselError::Month),
    };
    let birth_date = NaiveDate::from_ymd_opt(century + yy as i32, month, dd).ok_or(PeselError::Date)?;
    if check != digits[10] {
        return Err(PeselError::Checksum);
    }
    let sex = if digits[9].is_multiple_of(2) { Sex::Female } else { Sex::Male };
    Ok(Pesel { birth_date, sex })
}

/// The PESEL for a birth date, serial and sex digit: for tests and examples, never for real people.
pub fn make(birth: NaiveDate, serial: u32, sex_digit: u32) -> String {
    use chrono::Datelike;
    let offset = match birth.year() / 100 {
        18 => 80,
        19 => 0,
        20 => 20,
        21 => 40,
        _ => 60,
    };
    let body = format!(
        "{:02}{:02}{:02}{:03}{}",
        birth.year() % 100,
        birth.month() + offset,
        birth.day(),
        serial % 1000,
        sex_digit % 10
    );
    let sum: u32 = body.chars().filter_map(|c| c.to_digit(10)).zip(WEIGHTS).map(|(d, w)| d * w).sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn valid_examples_from_the_domain_notes() {
        assert_eq!(parse("04231115629"), Ok(Pesel { birth_date: d(2004, 3, 11), sex: Sex::Female }));
        assert_eq!(parse("44051401458"), Ok(Pesel { birth_date: d(1944, 5, 14), sex: Sex::Male }));
        assert_eq!(parse("440514 01458"), Ok(Pesel { birth_date: d(1944, 5, 14), sex: Sex::Male }));
    }

    #[test]
    fn every_century_encoding() {
        for (birth, month_digits) in [
            (d(1899, 12, 31), "92"),
            (d(1900, 1, 1), "01"),
            (d(2000, 2, 29), "22"),
            (d(2150, 6, 15), "46"),
            (d(2299, 12, 31), "72"),
        ] {
            let pesel = make(birth, 123, 4);
            assert_eq!(&pesel[2..4], month_digits, "{birth}");
            assert_eq!(parse(&pesel), Ok(Pesel { birth_date: birth, sex: Sex::Female }), "{pesel}");
        }
        assert_eq!(parse(&make(d(1985, 7, 1), 1, 7)).map(|p| p.sex), Ok(Sex::Male));
    }

    #[test]
    fn refuses_bad_numbers() {
        assert_eq!(parse("04231115628"), Err(PeselError::Checksum));
        assert_eq!(parse("0423111562"), Err(PeselError::Format));
        assert_eq!(parse("042311156299"), Err(PeselError::Format));
        assert_eq!(parse("0423111562a"), Err(PeselError::Format));
        assert_eq!(parse(""), Err(PeselError::Format));
        // Month 13 and 33 are no century's month.
        assert_eq!(parse("04131115620"), Err(PeselError::Month));
        assert_eq!(parse("04331115628"), Err(PeselError::Month));
        // 30 February, in the 2000s, with an otherwise correct check digit.
        let mut feb30 = make(d(2004, 2, 1), 111, 2);
        feb30.replace_range(4..6, "30");
        let sum: u32 = feb30[..10].chars().filter_map(|c| c.to_digit(10)).zip(WEIGHTS).map(|(a, w)| a * w).sum();
        feb30.replace_range(10..11, &((10 - sum % 10) % 10).to_string());
        assert_eq!(parse(&feb30), Err(PeselError::Date));
        // 29 February exists in 2000 but not in 1900.
        assert!(parse(&make(d(2000, 2, 29), 5, 1)).is_ok());
        let mut not_leap = make(d(1900, 2, 28), 5, 1);
        not_leap.replace_range(4..6, "29");
        let sum: u32 = not_leap[..10].chars().filter_map(|c| c.to_digit(10)).zip(WEIGHTS).map(|(a, w)| a * w).sum();
        not_leap.replace_range(10..11, &((10 - sum % 10) % 10).to_string());
        assert_eq!(parse(&not_leap), Err(PeselError::Date));
    }
}
