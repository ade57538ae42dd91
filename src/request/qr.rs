//! The request's QR payload: one line of text any QR reader shows, in the format of the declaration's
//! (fields separated by `|`, a `|`, `\\` or line break inside a value escaped with `\\`), tagged `SWW1`.
//! The fields after the tag are [`RequestQrField::ALL`], in that order (`docs/DATA-FORMATS.md`). The
//! reason, the person's own words of any length, is on the paper only: a QR code holds about 2 KB.

use rust_decimal::Decimal;

use super::{Applicant, Request, RequestMember, REQUEST_SCHEMA};
use crate::benefits::Benefit;
use crate::dates::PartialDate;
use crate::declaration::qr::{code, decode_code};
use crate::declaration::QrError;
use crate::household::Role;
use crate::qr::{escape_field, split_fields};

/// The payload's first field: the format and its version.
pub const REQUEST_QR_TAG: &str = "SWW1";

/// A field of the payload, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestQrField {
    Created,
    Gmina,
    GminaCode,
    District,
    FirstName,
    Surname,
    Pesel,
    BirthDate,
    Street,
    House,
    Flat,
    Postcode,
    Town,
    Phone,
    /// The benefits' names (`zasilek-staly`), separated by `,`.
    Benefits,
    /// Each member as `role:age:income` (`W:67:900.00`), separated by `;`, the person applying first.
    Members,
}

impl RequestQrField {
    /// The fields after the tag, in payload order. Never reorder: printed copies would read wrong.
    pub const ALL: [RequestQrField; 16] = [
        RequestQrField::Created,
        RequestQrField::Gmina,
        RequestQrField::GminaCode,
        RequestQrField::District,
        RequestQrField::FirstName,
        RequestQrField::Surname,
        RequestQrField::Pesel,
        RequestQrField::BirthDate,
        RequestQrField::Street,
        RequestQrField::House,
        RequestQrField::Flat,
        RequestQrField::Postcode,
        RequestQrField::Town,
        RequestQrField::Phone,
        RequestQrField::Benefits,
        RequestQrField::Members,
    ];

    fn value(self, r: &Request) -> String {
        let p = &r.person;
        let date = |x: Option<PartialDate>| x.map(|v| v.to_string()).unwrap_or_default();
        match self {
            RequestQrField::Created => date(r.created),
            RequestQrField::Gmina => r.gmina.clone(),
            RequestQrField::GminaCode => r.gmina_code.clone().unwrap_or_default(),
            RequestQrField::District => r.district.clone().unwrap_or_default(),
            RequestQrField::FirstName => p.first_name.clone(),
            RequestQrField::Surname => p.surname.clone(),
            RequestQrField::Pesel => p.pesel.clone(),
            RequestQrField::BirthDate => date(p.birth_date),
            RequestQrField::Street => p.street.clone(),
            RequestQrField::House => p.house.clone(),
            RequestQrField::Flat => p.flat.clone(),
            RequestQrField::Postcode => p.postcode.clone(),
            RequestQrField::Town => p.town.clone(),
            RequestQrField::Phone => p.phone.clone(),
            RequestQrField::Benefits => r.benefits.iter().map(|b| b.slug()).collect::<Vec<_>>().join(","),
            RequestQrField::Members => r
                .members
                .iter()
                .map(|m| {
                    let age = m.age.map(|a| a.to_string()).unwrap_or_default();
                    let income = m.income.map(|i| format!("{:.2}", i)).unwrap_or_default();
                    format!("{}:{age}:{income}", code(Some(m.role), &ROLE))
                })
                .collect::<Vec<_>>()
                .join(";"),
        }
    }
}

/// A member's relation to the person applying: `W` the person (wnioskodawca), `M` spouse or partner,
/// `D` child, `I` another relative.
const ROLE: [(Role, &str); 4] = [(Role::Applicant, "W"), (Role::Partner, "M"), (Role::Child, "D"), (Role::Other, "I")];

/// The request as one line of text for the QR code.
pub fn request_qr_payload(r: &Request) -> String {
    let mut out = REQUEST_QR_TAG.to_string();
    for field in RequestQrField::ALL {
        out.push('|');
        out.push_str(&escape_field(&field.value(r)));
    }
    out
}

fn member(text: &str) -> Result<RequestMember, QrError> {
    let mut parts = text.split(':');
    let (Some(role), Some(age), Some(income), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(QrError::BadValue);
    };
    let role = decode_code(role, &ROLE)?.ok_or(QrError::BadValue)?;
    let age = match age {
        "" => None,
        a => Some(a.parse::<u32>().map_err(|_| QrError::BadValue)?),
    };
    let income = match income {
        "" => None,
        i => Some(i.parse::<Decimal>().map_err(|_| QrError::BadValue)?),
    };
    Ok(RequestMember { role, age, income })
}

/// Reads a payload back (the local id, the centre's name and the reason are not in it and come back
/// empty).
pub fn request_from_qr_payload(text: &str) -> Result<Request, QrError> {
    let fields = split_fields(text);
    if fields.first().map(String::as_str) != Some(REQUEST_QR_TAG) {
        return Err(QrError::NotOurs);
    }
    if fields.len() != RequestQrField::ALL.len() + 1 {
        return Err(QrError::FieldCount);
    }
    let get = |field: RequestQrField| -> &str {
        let at = RequestQrField::ALL.iter().position(|f| *f == field).expect("every field is listed");
        &fields[at + 1]
    };
    let text = |field: RequestQrField| get(field).to_string();
    let optional = |field: RequestQrField| Some(text(field)).filter(|t| !t.is_empty());
    let date = |field: RequestQrField| -> Result<Option<PartialDate>, QrError> {
        match get(field) {
            "" => Ok(None),
            s => s.parse().map(Some).map_err(|_| QrError::BadValue),
        }
    };
    let benefits = match get(RequestQrField::Benefits) {
        "" => Vec::new(),
        list => list.split(',').map(|s| Benefit::from_slug(s).ok_or(QrError::BadValue)).collect::<Result<_, _>>()?,
    };
    let members = match get(RequestQrField::Members) {
        "" => Vec::new(),
        list => list.split(';').map(member).collect::<Result<_, _>>()?,
    };
    Ok(Request {
        schema: REQUEST_SCHEMA,
        id: String::new(),
        created: date(RequestQrField::Created)?,
        gmina: text(RequestQrField::Gmina),
        gmina_code: optional(RequestQrField::GminaCode),
        district: optional(RequestQrField::District),
        centre: String::new(),
        person: Applicant {
            first_name: text(RequestQrField::FirstName),
            surname: text(RequestQrField::Surname),
            pesel: text(RequestQrField::Pesel),
            birth_date: date(RequestQrField::BirthDate)?,
            street: text(RequestQrField::Street),
            house: text(RequestQrField::House),
            flat: text(RequestQrField::Flat),
            postcode: text(RequestQrField::Postcode),
            town: text(RequestQrField::Town),
            phone: text(RequestQrField::Phone),
        },
        members,
        benefits,
        reason: String::new(),
    })
}
