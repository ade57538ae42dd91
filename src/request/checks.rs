//! The checks of a request's fields, each problem named by its field, in the order of the form. The
//! person's fields are checked as a declaration's are (`declaration::validate`): the same words for
//! the same mistakes.

use super::Request;
use crate::contact;
use crate::dates::PartialDate;
use crate::declaration::FieldProblem;
use crate::pesel;

/// The longest reason kept, in characters: two A4 pages of handwriting, more than any centre's form
/// leaves; a longer text is the person's to shorten, never cut.
pub const MAX_REASON: usize = 3000;

/// A field of the request's form, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestField {
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
    Benefits,
    Reason,
}

impl RequestField {
    /// The form element's id (and the error summary's link to it).
    pub fn id(self) -> &'static str {
        match self {
            RequestField::FirstName => "first_name",
            RequestField::Surname => "surname",
            RequestField::Pesel => "pesel",
            RequestField::BirthDate => "birth_date",
            RequestField::Street => "street",
            RequestField::House => "house",
            RequestField::Flat => "flat",
            RequestField::Postcode => "postcode",
            RequestField::Town => "town",
            RequestField::Phone => "phone",
            RequestField::Benefits => "benefits",
            RequestField::Reason => "reason",
        }
    }
}

/// What is wrong with a field of the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestProblem {
    /// As a declaration's field would be.
    Field(FieldProblem),
    /// No benefit chosen.
    NoBenefit,
    /// The reason is longer than [`MAX_REASON`] characters.
    TooLong,
}

/// Every problem, by field, in the order of the form. A request names the person (by PESEL, or by the
/// birth date without one) and where they live, at least one benefit, and a reason.
pub fn request_problems(r: &Request) -> Vec<(RequestField, RequestProblem)> {
    use RequestField as F;
    let p = &r.person;
    let required =
        |field, value: &str| value.trim().is_empty().then_some((field, RequestProblem::Field(FieldProblem::Required)));
    let mut out: Vec<(RequestField, RequestProblem)> = [(F::FirstName, &p.first_name), (F::Surname, &p.surname)]
        .into_iter()
        .filter_map(|(f, v)| required(f, v))
        .collect();
    if p.pesel.trim().is_empty() {
        if p.birth_date.is_none() {
            out.push((F::BirthDate, RequestProblem::Field(FieldProblem::BirthDateNeeded)));
        }
    } else {
        match pesel::parse(&p.pesel) {
            Err(e) => out.push((F::Pesel, RequestProblem::Field(FieldProblem::Pesel(e)))),
            Ok(read) if p.birth_date.is_some_and(|b| b != PartialDate::Day(read.birth_date)) => {
                out.push((F::Pesel, RequestProblem::Field(FieldProblem::PeselMismatch)))
            }
            Ok(_) => {}
        }
    }
    out.extend([(F::Street, &p.street), (F::House, &p.house)].into_iter().filter_map(|(f, v)| required(f, v)));
    if p.postcode.trim().is_empty() {
        out.push((F::Postcode, RequestProblem::Field(FieldProblem::Required)));
    } else if !contact::is_postcode(p.postcode.trim()) {
        out.push((F::Postcode, RequestProblem::Field(FieldProblem::Postcode)));
    }
    out.extend(required(F::Town, &p.town));
    if !p.phone.trim().is_empty() && contact::phone_digits(&p.phone).is_none() {
        out.push((F::Phone, RequestProblem::Field(FieldProblem::Phone)));
    }
    if r.benefits.is_empty() {
        out.push((F::Benefits, RequestProblem::NoBenefit));
    }
    if r.reason.trim().is_empty() {
        out.push((F::Reason, RequestProblem::Field(FieldProblem::Required)));
    } else if r.reason.chars().count() > MAX_REASON {
        out.push((F::Reason, RequestProblem::TooLong));
    }
    out
}
