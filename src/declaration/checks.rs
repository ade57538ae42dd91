//! The checks of a declaration's fields, each problem named by its field.

use super::model::{Declaration, SexCode};
use crate::contact;
use crate::dates::PartialDate;
use crate::pesel::{self, PeselError};

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

/// A field of the form, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
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
}

impl Field {
    /// The form element's id (and the error summary's link to it).
    pub fn id(self) -> &'static str {
        match self {
            Field::FirstName => "first_name",
            Field::Surname => "surname",
            Field::Pesel => "pesel",
            Field::BirthDate => "birth_date",
            Field::Sex => "sex",
            Field::Street => "street",
            Field::House => "house",
            Field::Flat => "flat",
            Field::Postcode => "postcode",
            Field::Town => "town",
            Field::Gmina => "gmina",
            Field::Area => "area",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Education => "education",
            Field::Labour => "labour",
        }
    }
}

/// Every problem, by field, in the order of the form.
pub fn validate(d: &Declaration) -> Vec<(Field, FieldProblem)> {
    let p = &d.person;
    let mut out = Vec::new();
    for (field, value) in [
        (Field::FirstName, &p.first_name),
        (Field::Surname, &p.surname),
        (Field::Street, &p.street),
        (Field::House, &p.house),
        (Field::Town, &p.town),
        (Field::Gmina, &p.gmina),
    ] {
        if value.trim().is_empty() {
            out.push((field, FieldProblem::Required));
        }
    }
    if p.pesel.trim().is_empty() {
        if p.birth_date.is_none() {
            out.push((Field::BirthDate, FieldProblem::BirthDateNeeded));
        }
        if p.sex.is_none() {
            out.push((Field::Sex, FieldProblem::SexNeeded));
        }
    } else {
        match pesel::parse(&p.pesel) {
            Err(e) => out.push((Field::Pesel, FieldProblem::Pesel(e))),
            Ok(read) => {
                let sex = SexCode::from(read.sex);
                let date_differs = p.birth_date.is_some_and(|b| b != PartialDate::Day(read.birth_date));
                if date_differs || p.sex.is_some_and(|s| s != sex) {
                    out.push((Field::Pesel, FieldProblem::PeselMismatch));
                }
            }
        }
    }
    if p.postcode.trim().is_empty() {
        out.push((Field::Postcode, FieldProblem::Required));
    } else if !contact::is_postcode(p.postcode.trim()) {
        out.push((Field::Postcode, FieldProblem::Postcode));
    }
    if !p.phone.trim().is_empty() && contact::phone_digits(&p.phone).is_none() {
        out.push((Field::Phone, FieldProblem::Phone));
    }
    if !p.email.trim().is_empty() && !contact::is_email(p.email.trim()) {
        out.push((Field::Email, FieldProblem::Email));
    }
    out
}
