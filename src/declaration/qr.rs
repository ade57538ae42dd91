//! The declaration's QR payload: one line of text any QR reader shows, fields separated by `|` (a `|`,
//! `\\` or line break inside a value is escaped with `\\`). The first field is the format and its
//! version; the fields after it are [`QrField::ALL`], in that order (`docs/DATA-FORMATS.md`).
//!
//! - `SW2` (written now): the category as stored, an EU at-risk category by name (`ue:homeless`).
//! - `SW1` (the first release): the same fields, an EU at-risk category by its place in a list
//!   (`ue:9`). Still read, so a printed copy from then decodes.

use super::category::Category;
use super::checks::Field;
use super::model::DECLARATION_SCHEMA;
use super::model::{AreaKind, Declaration, Education, Labour, Person, Sensitive, Sex, Social, SocialItem};
use crate::dates::PartialDate;
use crate::qr::{escape_field, split_fields};

/// The payload's first field: the format and its version, as written now.
pub const QR_TAG: &str = "SW2";
/// The first release's tag, still read.
pub const QR_TAG_V1: &str = "SW1";

/// A field of the payload, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrField {
    Project,
    Created,
    /// A field of the form, by the same name.
    Person(Field),
    Social,
    Category,
}

impl QrField {
    /// The fields after the tag, in payload order. Never reorder: printed copies would read wrong.
    pub const ALL: [QrField; 20] = [
        QrField::Project,
        QrField::Created,
        QrField::Person(Field::FirstName),
        QrField::Person(Field::Surname),
        QrField::Person(Field::Pesel),
        QrField::Person(Field::BirthDate),
        QrField::Person(Field::Sex),
        QrField::Person(Field::Street),
        QrField::Person(Field::House),
        QrField::Person(Field::Flat),
        QrField::Person(Field::Postcode),
        QrField::Person(Field::Town),
        QrField::Person(Field::Gmina),
        QrField::Person(Field::Area),
        QrField::Person(Field::Phone),
        QrField::Person(Field::Email),
        QrField::Person(Field::Education),
        QrField::Person(Field::Labour),
        QrField::Social,
        QrField::Category,
    ];

    /// The field's name in the documentation.
    pub fn name(self) -> &'static str {
        match self {
            QrField::Project => "project",
            QrField::Created => "created",
            QrField::Person(field) => field.id(),
            QrField::Social => "social",
            QrField::Category => "category",
        }
    }

    fn value(self, d: &Declaration) -> String {
        let p = &d.person;
        let date = |x: Option<PartialDate>| x.map(|v| v.to_string()).unwrap_or_default();
        match self {
            QrField::Project => d.project_id.clone(),
            QrField::Created => date(d.created),
            QrField::Person(Field::FirstName) => p.first_name.clone(),
            QrField::Person(Field::Surname) => p.surname.clone(),
            QrField::Person(Field::Pesel) => p.pesel.clone(),
            QrField::Person(Field::BirthDate) => date(p.birth_date),
            QrField::Person(Field::Sex) => code(p.sex, &SEX).to_string(),
            QrField::Person(Field::Street) => p.street.clone(),
            QrField::Person(Field::House) => p.house.clone(),
            QrField::Person(Field::Flat) => p.flat.clone(),
            QrField::Person(Field::Postcode) => p.postcode.clone(),
            QrField::Person(Field::Town) => p.town.clone(),
            QrField::Person(Field::Gmina) => p.gmina.clone(),
            QrField::Person(Field::Area) => code(p.area, &AREA).to_string(),
            QrField::Person(Field::Phone) => p.phone.clone(),
            QrField::Person(Field::Email) => p.email.clone(),
            QrField::Person(Field::Education) => code(p.education, &EDUCATION).to_string(),
            QrField::Person(Field::Labour) => code(p.labour, &LABOUR).to_string(),
            QrField::Social => SocialItem::ALL.iter().map(|&i| code(Some(d.social.get(i)), &SENSITIVE)).collect(),
            QrField::Category => d.category.clone().unwrap_or_default(),
        }
    }
}

pub(crate) fn code<T: Copy + PartialEq>(value: Option<T>, table: &[(T, &'static str)]) -> &'static str {
    value.and_then(|v| table.iter().find(|(x, _)| *x == v).map(|(_, c)| *c)).unwrap_or("")
}

pub(crate) fn decode_code<T: Copy>(text: &str, table: &[(T, &'static str)]) -> Result<Option<T>, QrError> {
    if text.is_empty() {
        return Ok(None);
    }
    table.iter().find(|(_, c)| *c == text).map(|(v, _)| Some(*v)).ok_or(QrError::BadValue)
}

const SEX: [(Sex, &str); 2] = [(Sex::Female, "K"), (Sex::Male, "M")];
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
    let mut out = QR_TAG.to_string();
    for field in QrField::ALL {
        out.push('|');
        out.push_str(&escape_field(&field.value(d)));
    }
    out
}

/// Reads a payload of either version back (the local id is not in it and comes back empty).
pub fn from_qr_payload(text: &str) -> Result<Declaration, QrError> {
    let fields = split_fields(text);
    let version = match fields.first().map(String::as_str) {
        Some(QR_TAG) => 2,
        Some(QR_TAG_V1) => 1,
        _ => return Err(QrError::NotOurs),
    };
    if fields.len() != QrField::ALL.len() + 1 {
        return Err(QrError::FieldCount);
    }
    let get = |field: QrField| -> &str {
        let at = QrField::ALL.iter().position(|f| *f == field).expect("every field is listed");
        &fields[at + 1]
    };
    let text = |field: QrField| get(field).to_string();
    let date = |field: QrField| -> Result<Option<PartialDate>, QrError> {
        match get(field) {
            "" => Ok(None),
            s => s.parse().map(Some).map_err(|_| QrError::BadValue),
        }
    };
    let social_text = get(QrField::Social);
    if social_text.chars().count() != SocialItem::ALL.len() {
        return Err(QrError::BadValue);
    }
    let mut social = Social::default();
    for (item, c) in SocialItem::ALL.into_iter().zip(social_text.chars()) {
        social.set(item, decode_code(&c.to_string(), &SENSITIVE)?.ok_or(QrError::BadValue)?);
    }
    let category = match (get(QrField::Category), version) {
        ("", _) => None,
        (code, 1) => Some(Category::from_code_v1(code).map(|c| c.code()).ok_or(QrError::BadValue)?),
        (code, _) => Some(code.to_string()),
    };
    Ok(Declaration {
        schema: DECLARATION_SCHEMA,
        id: String::new(),
        project_id: text(QrField::Project),
        created: date(QrField::Created)?,
        person: Person {
            first_name: text(QrField::Person(Field::FirstName)),
            surname: text(QrField::Person(Field::Surname)),
            pesel: text(QrField::Person(Field::Pesel)),
            birth_date: date(QrField::Person(Field::BirthDate))?,
            sex: decode_code(get(QrField::Person(Field::Sex)), &SEX)?,
            street: text(QrField::Person(Field::Street)),
            house: text(QrField::Person(Field::House)),
            flat: text(QrField::Person(Field::Flat)),
            postcode: text(QrField::Person(Field::Postcode)),
            town: text(QrField::Person(Field::Town)),
            gmina: text(QrField::Person(Field::Gmina)),
            area: decode_code(get(QrField::Person(Field::Area)), &AREA)?,
            phone: text(QrField::Person(Field::Phone)),
            email: text(QrField::Person(Field::Email)),
            education: decode_code(get(QrField::Person(Field::Education)), &EDUCATION)?,
            labour: decode_code(get(QrField::Person(Field::Labour)), &LABOUR)?,
        },
        social,
        category,
    })
}
