//! The participation declaration (deklaracja uczestnictwa) a resident fills on their device: personal
//! data, the eligibility category they state, and the social-situation items each with "odmawiam
//! podania informacji". Also its QR payload: a compact, versioned line of text any QR reader shows.

pub mod category;
pub mod prefill;

use serde::{Deserialize, Serialize};

use crate::contact;
use crate::dates::PartialDate;
use crate::pesel::{self, PeselError, Sex};

pub const DECLARATION_SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub schema: u32,
    /// Local id, unique on the device.
    pub id: String,
    pub project_id: String,
    /// The day the declaration was filled.
    pub created: Option<PartialDate>,
    pub person: Person,
    /// The eligibility category the person states, chosen from those the check found met.
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub social: Social,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub first_name: String,
    pub surname: String,
    /// Empty for a person without PESEL, who gives the birth date and sex instead.
    #[serde(default)]
    pub pesel: String,
    #[serde(default)]
    pub birth_date: Option<PartialDate>,
    #[serde(default)]
    pub sex: Option<SexCode>,
    pub street: String,
    pub house: String,
    #[serde(default)]
    pub flat: String,
    pub postcode: String,
    pub town: String,
    pub gmina: String,
    #[serde(default)]
    pub area: Option<AreaKind>,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub education: Option<Education>,
    #[serde(default)]
    pub labour: Option<Labour>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SexCode {
    Female,
    Male,
}

impl From<Sex> for SexCode {
    fn from(sex: Sex) -> SexCode {
        match sex {
            Sex::Female => SexCode::Female,
            Sex::Male => SexCode::Male,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    Urban,
    Rural,
}

/// Education by ISCED level, grouped as EFS forms ask it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    /// ISCED 0: below primary.
    Isced0,
    /// ISCED 1: primary.
    Isced1,
    /// ISCED 2: lower secondary.
    Isced2,
    /// ISCED 3: upper secondary.
    Isced3,
    /// ISCED 4: post-secondary.
    Isced4,
    /// ISCED 5–8: tertiary.
    Isced5To8,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::Isced0,
        Education::Isced1,
        Education::Isced2,
        Education::Isced3,
        Education::Isced4,
        Education::Isced5To8,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Labour {
    RegisteredUnemployed,
    LongTermUnemployed,
    UnregisteredUnemployed,
    Inactive,
    Employed,
}

impl Labour {
    pub const ALL: [Labour; 5] = [
        Labour::RegisteredUnemployed,
        Labour::LongTermUnemployed,
        Labour::UnregisteredUnemployed,
        Labour::Inactive,
        Labour::Employed,
    ];
}

/// A sensitive item: refusing to answer never bars support unless the project targets that group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitive {
    Yes,
    No,
    #[default]
    Refuse,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    #[serde(default)]
    pub minority_or_migrant: Sensitive,
    #[serde(default)]
    pub homeless: Sensitive,
    #[serde(default)]
    pub disability: Sensitive,
    #[serde(default)]
    pub jobless_household: Sensitive,
    #[serde(default)]
    pub jobless_household_with_children: Sensitive,
    #[serde(default)]
    pub single_adult_with_children: Sensitive,
    #[serde(default)]
    pub other_disadvantage: Sensitive,
}

impl Social {
    fn items(&self) -> [Sensitive; 7] {
        [
            self.minority_or_migrant,
            self.homeless,
            self.disability,
            self.jobless_household,
            self.jobless_household_with_children,
            self.single_adult_with_children,
            self.other_disadvantage,
        ]
    }

    fn from_items(i: [Sensitive; 7]) -> Social {
        Social {
            minority_or_migrant: i[0],
            homeless: i[1],
            disability: i[2],
            jobless_household: i[3],
            jobless_household_with_children: i[4],
            single_adult_with_children: i[5],
            other_disadvantage: i[6],
        }
    }
}

/// What is wrong with a field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Required,
    Pesel(PeselError),
    /// Without PESEL, the birth date and sex are needed.
    BirthDateNeeded,
    SexNeeded,
    /// The birth date or sex given does not match the PESEL.
    PeselMismatch,
    Postcode,
    Phone,
    Email,
}

/// Every problem, by field name (the form's field ids).
pub fn validate(d: &Declaration) -> Vec<(&'static str, FieldProblem)> {
    let p = &d.person;
    let mut out = Vec::new();
    for (field, value) in [
        ("first_name", &p.first_name),
        ("surname", &p.surname),
        ("street", &p.street),
        ("house", &p.house),
        ("town", &p.town),
        ("gmina", &p.gmina),
    ] {
        if value.trim().is_empty() {
            out.push((field, FieldProblem::Required));
        }
    }
    if p.pesel.trim().is_empty() {
        if p.birth_date.is_none() {
            out.push(("birth_date", FieldProblem::BirthDateNeeded));
        }
        if p.sex.is_none() {
            out.push(("sex", FieldProblem::SexNeeded));
        }
    } else {
        match pesel::parse(&p.pesel) {
            Err(e) => out.push(("pesel", FieldProblem::Pesel(e))),
            Ok(read) => {
                let sex = SexCode::from(read.sex);
                let date_differs = p.birth_date.is_some_and(|b| b != PartialDate::Day(read.birth_date));
                if date_differs || p.sex.is_some_and(|s| s != sex) {
                    out.push(("pesel", FieldProblem::PeselMismatch));
                }
            }
        }
    }
    if p.postcode.trim().is_empty() {
        out.push(("postcode", FieldProblem::Required));
    } else if !contact::is_postcode(p.postcode.trim()) {
        out.push(("postcode", FieldProblem::Postcode));
    }
    if !p.phone.trim().is_empty() && contact::phone_digits(&p.phone).is_none() {
        out.push(("phone", FieldProblem::Phone));
    }
    if !p.email.trim().is_empty() && !contact::is_email(p.email.trim()) {
        out.push(("email", FieldProblem::Email));
    }
    out
}

// ---- QR payload ----

/// The payload's first field: the format and its version.
pub const QR_TAG: &str = "SW1";

/// The payload's fields in order (documented in the README): the tag, then these.
pub const QR_FIELDS: [&str; 20] = [
    "project",
    "created",
    "first_name",
    "surname",
    "pesel",
    "birth_date",
    "sex",
    "street",
    "house",
    "flat",
    "postcode",
    "town",
    "gmina",
    "area",
    "phone",
    "email",
    "education",
    "labour",
    "social",
    "category",
];

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('|', "\\|").replace('\n', "\\n")
}

fn split_escaped(text: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => fields.last_mut().unwrap().push('\n'),
                Some(other) => fields.last_mut().unwrap().push(other),
                None => {}
            },
            '|' => fields.push(String::new()),
            other => fields.last_mut().unwrap().push(other),
        }
    }
    fields
}

fn code<T: Copy + PartialEq>(value: Option<T>, table: &[(T, &'static str)]) -> &'static str {
    value.and_then(|v| table.iter().find(|(x, _)| *x == v).map(|(_, c)| *c)).unwrap_or("")
}

fn decode_code<T: Copy>(text: &str, table: &[(T, &'static str)]) -> Result<Option<T>, QrError> {
    if text.is_empty() {
        return Ok(None);
    }
    table.iter().find(|(_, c)| *c == text).map(|(v, _)| Some(*v)).ok_or(QrError::BadValue)
}

const SEX: [(SexCode, &str); 2] = [(SexCode::Female, "K"), (SexCode::Male, "M")];
const AREA: [(AreaKind, &str); 2] = [(AreaKind::Urban, "M"), (AreaKind::Rural, "W")];
const EDUCATION: [(Education, &str); 6] = [
    (Education::Isced0, "0"),
    (Education::Isced1, "1"),
    (Education::Isced2, "2"),
    (Education::Isced3, "3"),
    (Education::Isced4, "4"),
    (Education::Isced5To8, "5"),
];
const LABOUR: [(Labour, &str); 5] = [
    (Labour::RegisteredUnemployed, "B"),
    (Labour::LongTermUnemployed, "D"),
    (Labour::UnregisteredUnemployed, "N"),
    (Labour::Inactive, "P"),
    (Labour::Employed, "Z"),
];
const SENSITIVE: [(Sensitive, &str); 3] = [(Sensitive::Yes, "T"), (Sensitive::No, "N"), (Sensitive::Refuse, "O")];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// Not our format, or a version this app does not read.
    NotOurs,
    /// The right format with the wrong number of fields (cut short?).
    FieldCount,
    BadValue,
}

/// The declaration as one line of text for the QR code.
pub fn qr_payload(d: &Declaration) -> String {
    let p = &d.person;
    let social: String = d.social.items().iter().map(|s| code(Some(*s), &SENSITIVE)).collect();
    let date = |x: Option<PartialDate>| x.map(|v| v.to_string()).unwrap_or_default();
    let fields = [
        d.project_id.clone(),
        date(d.created),
        p.first_name.clone(),
        p.surname.clone(),
        p.pesel.clone(),
        date(p.birth_date),
        code(p.sex, &SEX).to_string(),
        p.street.clone(),
        p.house.clone(),
        p.flat.clone(),
        p.postcode.clone(),
        p.town.clone(),
        p.gmina.clone(),
        code(p.area, &AREA).to_string(),
        p.phone.clone(),
        p.email.clone(),
        code(p.education, &EDUCATION).to_string(),
        code(p.labour, &LABOUR).to_string(),
        social,
        d.category.clone().unwrap_or_default(),
    ];
    let mut out = QR_TAG.to_string();
    for f in fields {
        out.push('|');
        out.push_str(&escape(&f));
    }
    out
}

/// Reads a QR payload back (the local id is not in it and comes back empty).
pub fn from_qr_payload(text: &str) -> Result<Declaration, QrError> {
    let f = split_escaped(text);
    if f.first().map(String::as_str) != Some(QR_TAG) {
        return Err(QrError::NotOurs);
    }
    if f.len() != QR_FIELDS.len() + 1 {
        return Err(QrError::FieldCount);
    }
    let date = |s: &str| -> Result<Option<PartialDate>, QrError> {
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| QrError::BadValue)
        }
    };
    let social_codes: Vec<Sensitive> = f[19]
        .chars()
        .map(|c| decode_code(&c.to_string(), &SENSITIVE).and_then(|v| v.ok_or(QrError::BadValue)))
        .collect::<Result<_, _>>()?;
    let social: [Sensitive; 7] = social_codes.try_into().map_err(|_| QrError::BadValue)?;
    Ok(Declaration {
        schema: DECLARATION_SCHEMA,
        id: String::new(),
        project_id: f[1].clone(),
        created: date(&f[2])?,
        person: Person {
            first_name: f[3].clone(),
            surname: f[4].clone(),
            pesel: f[5].clone(),
            birth_date: date(&f[6])?,
            sex: decode_code(&f[7], &SEX)?,
            street: f[8].clone(),
            house: f[9].clone(),
            flat: f[10].clone(),
            postcode: f[11].clone(),
            town: f[12].clone(),
            gmina: f[13].clone(),
            area: decode_code(&f[14], &AREA)?,
            phone: f[15].clone(),
            email: f[16].clone(),
            education: decode_code(&f[17], &EDUCATION)?,
            labour: decode_code(&f[18], &LABOUR)?,
        },
        social: Social::from_items(social),
        category: (!f[20].is_empty()).then(|| f[20].clone()),
    })
}

/// A filled example declaration for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn tests_example() -> Declaration {
    tests::example()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn example() -> Declaration {
        Declaration {
            schema: DECLARATION_SCHEMA,
            id: "d-1".into(),
            project_id: "klobuckie-centrum-uslug-spolecznych".into(),
            created: Some("2020-05-04".parse().unwrap()),
            person: Person {
                first_name: "Zofia".into(),
                surname: "Kowalska-Wiśniewska".into(),
                pesel: "04231115629".into(),
                birth_date: None,
                sex: None,
                street: "ul. Długa | Boczna".into(),
                house: "12A".into(),
                flat: "3".into(),
                postcode: "42-100".into(),
                town: "Kłobuck".into(),
                gmina: "Kłobuck".into(),
                area: Some(AreaKind::Urban),
                phone: "600 123 456".into(),
                email: "zofia@example.pl".into(),
                education: Some(Education::Isced3),
                labour: Some(Labour::Inactive),
            },
            category: Some("grupa".into()),
            social: Social {
                disability: Sensitive::No,
                single_adult_with_children: Sensitive::Yes,
                ..Social::default()
            },
        }
    }

    #[test]
    fn a_complete_declaration_is_valid() {
        assert_eq!(validate(&example()), vec![]);
    }

    #[test]
    fn problems_are_named_by_field() {
        let mut d = example();
        d.person.first_name = " ".into();
        d.person.pesel = "04231115628".into();
        d.person.postcode = "42100".into();
        d.person.phone = "12 34".into();
        d.person.email = "zofia(at)example.pl".into();
        assert_eq!(
            validate(&d),
            vec![
                ("first_name", FieldProblem::Required),
                ("pesel", FieldProblem::Pesel(PeselError::Checksum)),
                ("postcode", FieldProblem::Postcode),
                ("phone", FieldProblem::Phone),
                ("email", FieldProblem::Email),
            ]
        );
    }

    #[test]
    fn without_pesel_birth_date_and_sex_are_needed_and_must_match_it() {
        let mut d = example();
        d.person.pesel.clear();
        assert_eq!(validate(&d), vec![("birth_date", FieldProblem::BirthDateNeeded), ("sex", FieldProblem::SexNeeded)]);
        d.person.birth_date = Some("2004-03-11".parse().unwrap());
        d.person.sex = Some(SexCode::Female);
        assert_eq!(validate(&d), vec![]);
        d.person.pesel = "04231115629".into();
        assert_eq!(validate(&d), vec![]);
        d.person.sex = Some(SexCode::Male);
        assert_eq!(validate(&d), vec![("pesel", FieldProblem::PeselMismatch)]);
    }

    #[test]
    fn qr_payload_round_trip_and_size() {
        let d = example();
        let payload = qr_payload(&d);
        assert!(payload.starts_with("SW1|klobuckie-centrum-uslug-spolecznych|2020-05-04|Zofia|"));
        assert!(payload.contains("ul. Długa \\| Boczna"), "{payload}");
        let mut back = from_qr_payload(&payload).unwrap();
        back.id = d.id.clone();
        assert_eq!(back, d);
        // Fits a QR code of version 15 at error correction M (412 bytes) with room to spare.
        assert!(payload.len() < 300, "{} bytes", payload.len());
        let empty = Declaration { schema: DECLARATION_SCHEMA, ..Declaration::default() };
        let back = from_qr_payload(&qr_payload(&empty)).unwrap();
        assert_eq!(back.person, empty.person);
    }

    #[test]
    fn foreign_or_cut_payloads_are_refused() {
        assert_eq!(from_qr_payload("https://example.pl/x"), Err(QrError::NotOurs));
        assert_eq!(from_qr_payload("SW2|a|b"), Err(QrError::NotOurs));
        let payload = qr_payload(&example());
        let cut = &payload[..payload.rfind('|').unwrap()];
        assert_eq!(from_qr_payload(cut), Err(QrError::FieldCount));
        assert_eq!(from_qr_payload(&payload.replace("|K|", "|X|").replace("|M|", "|X|")), Err(QrError::BadValue));
    }
}
