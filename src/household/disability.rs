//! Disability certificates (orzeczenia) as the 2026 programmes name them, per household member, and
//! whether the person filling in cares for a member who has one. The names follow the pages of the
//! centres (`data/sources/projects-2026/`): a degree for adults (lekki, umiarkowany, znaczny), a child's
//! certificate with or without indications 7 and 8, and certificates treated as equivalent to a
//! moderate or a severe degree (art. 5 and 62 of the act of 27 August 1997 on vocational and social
//! rehabilitation).

use serde::{Deserialize, Serialize};

/// The certificate a household member has; "nie wiem" (or not asked) by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certificate {
    #[default]
    Unknown,
    /// No certificate.
    None,
    /// Lekki stopień niepełnosprawności.
    Light,
    /// Umiarkowany stopień niepełnosprawności.
    Moderate,
    /// Znaczny stopień niepełnosprawności.
    Severe,
    /// A child's certificate (orzeczenie o niepełnosprawności) without indications 7 and 8.
    Child,
    /// A child's certificate with indications 7 and 8: the need of permanent or long-term care or help of
    /// another person, and of the carer's permanent daily involvement in treatment, rehabilitation and
    /// education.
    #[serde(rename = "child_with_7_8")]
    ChildWith78,
    /// A certificate treated as equivalent to one of a moderate degree (art. 5 and 62 of the
    /// rehabilitation act). Apart from the severe one: a programme for "znaczny or equivalent" asks for
    /// the equivalent of znaczny only (Opieka wytchnieniowa), another for either (Asystent osobisty).
    EquivalentModerate,
    /// A certificate treated as equivalent to one of a severe degree (art. 5 and 62).
    EquivalentSevere,
}

impl Certificate {
    /// Every answer a person can give, in the order the question offers them ("nie wiem" last).
    pub const ANSWERS: [Certificate; 9] = [
        Certificate::None,
        Certificate::Light,
        Certificate::Moderate,
        Certificate::Severe,
        Certificate::EquivalentModerate,
        Certificate::EquivalentSevere,
        Certificate::Child,
        Certificate::ChildWith78,
        Certificate::Unknown,
    ];

    /// The stable name, as stored, in rules and in the question's form.
    pub fn code(self) -> &'static str {
        match self {
            Certificate::Unknown => "unknown",
            Certificate::None => "none",
            Certificate::Light => "light",
            Certificate::Moderate => "moderate",
            Certificate::Severe => "severe",
            Certificate::Child => "child",
            Certificate::ChildWith78 => "child_with_7_8",
            Certificate::EquivalentModerate => "equivalent_moderate",
            Certificate::EquivalentSevere => "equivalent_severe",
        }
    }

    pub fn from_code(code: &str) -> Option<Certificate> {
        Certificate::ANSWERS.into_iter().find(|c| c.code() == code)
    }

    pub fn is_unknown(&self) -> bool {
        *self == Certificate::Unknown
    }

    /// Any certificate at all (for the "at risk" category of persons with disabilities).
    pub fn is_held(self) -> bool {
        !matches!(self, Certificate::Unknown | Certificate::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_read_back() {
        let codes: Vec<&str> = Certificate::ANSWERS.iter().map(|c| c.code()).collect();
        assert_eq!(
            codes,
            [
                "none",
                "light",
                "moderate",
                "severe",
                "equivalent_moderate",
                "equivalent_severe",
                "child",
                "child_with_7_8",
                "unknown"
            ]
        );
        for c in Certificate::ANSWERS {
            assert_eq!(Certificate::from_code(c.code()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.code()));
        }
        // Every answer but "none" and "nie wiem" is a certificate a rule may ask for.
        let held: Vec<&str> = Certificate::ANSWERS.iter().filter(|c| c.is_held()).map(|c| c.code()).collect();
        assert_eq!(held.len(), Certificate::ANSWERS.len() - 2);
        assert!(!Certificate::None.is_held() && !Certificate::Unknown.is_held());
    }
}
