//! The declaration's QR payload: one line of text any QR reader shows, fields separated by `|` (a `|`,
//! `\\` or line break inside a value is escaped with `\\`). The first field is the format and its
//! version; the fields after it are [`QrField::ALL`], in that order (`docs/DATA-FORMATS.md`).
//!
//! - `SW2` (written now): the category as stored, an EU at-risk category by name (`ue:homeless`).
//! - `SW1` (the first release): the same fields, an EU at-risk category by its place in a list
//!   (`ue:9`). Still read, so a printed copy from then decodes.

use super::category::Category;
use super::model::DECLARATION_SCHEMA;
use super::model::{AreaKind, Declaration, Education, Labour, Person, Sensitive, SexCode, Social, SocialItem};
use crate::dates::PartialDate;

/// The payload's first field: the format and its version, as written now.
pub const QR_TAG: &str = "SW2";
/// The first release's tag, still read.
pub const QR_TAG_V1: &str = "SW1";

/// A field of the payload, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrField {
    Project,
    Created,
    FirstName,
    Surname,
    Pesel,
    BirthDate,
    Sex,
    Street,
    House,
    Flat,
    Postcode,
    Town,
    Gmina,
    Area,
    Phone,
    Email,
    Education,
    Labour,
    Social,
    Category,
}

impl QrField {
    /// The fields after the tag, in payload order. Never reorder: printed copies would read wrong.
    pub const ALL: [QrField; 20] = [
        QrField::Project,
        QrField::Created,
        QrField::FirstName,
        QrField::Surname,
        QrField::Pesel,
        QrField::BirthDate,
        QrField::Sex,
        QrField::Street,
        QrField::House,
        QrField::Flat,
        QrField::Postcode,
        QrField::Town,
        QrField::Gmina,
        QrField::Area,
        QrField::Phone,
        QrField::Email,
        QrField::Education,
        QrField::Labour,
        QrField::Social,
        QrField::Category,
    ];

    /// The field's name in the documentation.
    pub fn name(self) -> &'static str {
        match self {
            QrField::Project => "project",
            QrField::Created => "created",
            QrField::FirstName => "first_name",
            QrField::Surname => "surname",
            QrField::Pesel => "pesel",
            QrField::BirthDate => "birth_date",
            QrField::Sex => "sex",
            QrField::Street => "street",
            QrField::House => "house",
            QrField::Flat => "flat",
            QrField::Postcode => "postcode",
            QrField::Town => "town",
            QrField::Gmina => "gmina",
            QrField::Area => "area",
            QrField::Phone => "phone",
            QrField::Email => "email",
            QrField::Education => "education",
            QrField::Labour => "labour",
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
            QrField::FirstName => p.first_name.clone(),
            QrField::Surname => p.surname.clone(),
            QrField::Pesel => p.pesel.clone(),
            QrField::BirthDate => date(p.birth_date),
            QrField::Sex => code(p.sex, &SEX).to_string(),
            QrField::Street => p.street.clone(),
            QrField::House => p.house.clone(),
            QrField::Flat => p.flat.clone(),
            QrField::Postcode => p.postcode.clone(),
            QrField::Town => p.town.clone(),
            QrField::Gmina => p.gmina.clone(),
            QrField::Area => code(p.area, &AREA).to_string(),
            QrField::Phone => p.phone.clone(),
            QrField::Email => p.email.clone(),
            QrField::Education => code(p.education, &EDUCATION).to_string(),
            QrField::Labour => code(p.labour, &LABOUR).to_string(),
            QrField::Social => SocialItem::ALL.iter().map(|&i| code(Some(d.social.get(i)), &SENSITIVE)).collect(),
            QrField::Category => d.category.clone().unwrap_or_default(),
        }
    }
}

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
    let mut out = QR_TAG.to_string();
    for field in QrField::ALL {
        out.push('|');
        out.push_str(&escape(&field.value(d)));
    }
    out
}

/// Reads a payload of either version back (the local id is not in it and comes back empty).
pub fn from_qr_payload(text: &str) -> Result<Declaration, QrError> {
    let fields = split_escaped(text);
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
            first_name: text(QrField::FirstName),
            surname: text(QrField::Surname),
            pesel: text(QrField::Pesel),
            birth_date: date(QrField::BirthDate)?,
            sex: decode_code(get(QrField::Sex), &SEX)?,
            street: text(QrField::Street),
            house: text(QrField::House),
            flat: text(QrField::Flat),
            postcode: text(QrField::Postcode),
            town: text(QrField::Town),
            gmina: text(QrField::Gmina),
            area: decode_code(get(QrField::Area), &AREA)?,
            phone: text(QrField::Phone),
            email: text(QrField::Email),
            education: decode_code(get(QrField::Education), &EDUCATION)?,
            labour: decode_code(get(QrField::Labour), &LABOUR)?,
        },
        social,
        category,
    })
}
