//! The checks of a declaration's fields, each problem named by its field.

use super::model::{Declaration, Person};
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
    /// With the PESEL field showing, no birth date or sex: the PESEL is what is missing.
    PeselRequired,
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
                let sex = read.sex;
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

/// Every problem as the form shows it, once per field: with the PESEL field showing (`with_pesel`), a
/// missing birth date or sex is a missing PESEL, said at the PESEL.
pub fn form_problems(d: &Declaration, with_pesel: bool) -> Vec<(Field, FieldProblem)> {
    let mut out: Vec<(Field, FieldProblem)> = Vec::new();
    for (field, problem) in validate(d) {
        let shown = match field {
            Field::BirthDate | Field::Sex if with_pesel => (Field::Pesel, FieldProblem::PeselRequired),
            _ => (field, problem),
        };
        if !out.iter().any(|(f, _)| *f == shown.0) {
            out.push(shown);
        }
    }
    out
}

impl Person {
    /// The PESEL as typed: the birth date and sex follow it, and a half-typed or wrong number leaves
    /// none behind.
    pub fn type_pesel(&mut self, text: &str) {
        match pesel::parse(text) {
            Ok(read) => {
                self.birth_date = Some(PartialDate::Day(read.birth_date));
                self.sex = Some(read.sex);
            }
            Err(_) => {
                self.birth_date = None;
                self.sex = None;
            }
        }
        self.pesel = text.to_string();
    }

    /// The form's "no PESEL" choice: ticked, the PESEL goes and the birth date and sex are given by
    /// hand; unticked with no PESEL typed, a sex given by hand goes with the choice.
    pub fn choose_no_pesel(&mut self, no_pesel: bool) {
        if no_pesel {
            self.pesel.clear();
        } else if self.pesel.is_empty() {
            self.sex = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pesel_sets_the_birth_date_and_sex_and_a_wrong_one_leaves_none() {
        let mut p = Person::default();
        p.type_pesel("02270803624");
        assert_eq!(p.birth_date, Some(PartialDate::Day(chrono::NaiveDate::from_ymd_opt(2002, 7, 8).unwrap())));
        assert_eq!(p.sex, Some(crate::pesel::Sex::Female));
        p.type_pesel("0227080362");
        assert_eq!((p.birth_date, p.sex, p.pesel.as_str()), (None, None, "0227080362"));
        p.type_pesel("02270803624");
        p.choose_no_pesel(true);
        assert_eq!(p.pesel, "");
        assert!(p.birth_date.is_some());
        p.choose_no_pesel(false);
        assert_eq!(p.sex, None);
    }

    #[test]
    fn with_the_pesel_showing_a_missing_birth_date_or_sex_is_a_missing_pesel_said_once() {
        let d = Declaration::default();
        let shown = form_problems(&d, true);
        assert_eq!(shown.iter().filter(|(f, _)| *f == Field::Pesel).count(), 1);
        assert!(shown.contains(&(Field::Pesel, FieldProblem::PeselRequired)));
        assert!(!shown.iter().any(|(f, _)| matches!(f, Field::BirthDate | Field::Sex)));
        let without = form_problems(&d, false);
        assert!(without.contains(&(Field::BirthDate, FieldProblem::BirthDateNeeded)));
        assert!(without.contains(&(Field::Sex, FieldProblem::SexNeeded)));
    }
}
