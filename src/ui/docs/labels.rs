//! Words for the declaration's choices and problems, shared by the form and the print.

use crate::declaration::{AreaKind, Education, FieldProblem, Labour, Sensitive, SexCode, Social};
use crate::i18n::{t, Locale};
use crate::pesel::PeselError;

pub fn education_label(e: Education, l: Locale) -> &'static str {
    match e {
        Education::Isced0 => t::education_isced0(l),
        Education::Isced1 => t::education_isced1(l),
        Education::Isced2 => t::education_isced2(l),
        Education::Isced3 => t::education_isced3(l),
        Education::Isced4 => t::education_isced4(l),
        Education::Isced5To8 => t::education_isced5(l),
    }
}

pub fn labour_label(x: Labour, l: Locale) -> &'static str {
    match x {
        Labour::RegisteredUnemployed => t::labour_registered(l),
        Labour::LongTermUnemployed => t::labour_long_term(l),
        Labour::UnregisteredUnemployed => t::labour_unregistered(l),
        Labour::Inactive => t::labour_inactive(l),
        Labour::Employed => t::labour_employed(l),
    }
}

pub fn sensitive_label(s: Sensitive, l: Locale) -> &'static str {
    match s {
        Sensitive::Yes => t::answer_yes(l),
        Sensitive::No => t::answer_no(l),
        Sensitive::Refuse => t::sensitive_refuse(l),
    }
}

pub fn sex_label(s: SexCode, l: Locale) -> &'static str {
    match s {
        SexCode::Female => t::sex_female(l),
        SexCode::Male => t::sex_male(l),
    }
}

pub fn area_label(a: AreaKind, l: Locale) -> &'static str {
    match a {
        AreaKind::Urban => t::area_urban(l),
        AreaKind::Rural => t::area_rural(l),
    }
}

type Get = fn(&Social) -> Sensitive;
type Put = fn(&mut Social, Sensitive);

/// The sensitive items in the order of the form: field id, question, and where the answer lives.
pub fn social_items(l: Locale) -> [(&'static str, &'static str, Get, Put); 7] {
    [
        ("social_migrant", t::social_migrant(l), |s| s.minority_or_migrant, |s, v| s.minority_or_migrant = v),
        ("social_homeless", t::social_homeless(l), |s| s.homeless, |s, v| s.homeless = v),
        ("social_disability", t::social_disability(l), |s| s.disability, |s, v| s.disability = v),
        ("social_jobless", t::social_jobless(l), |s| s.jobless_household, |s, v| s.jobless_household = v),
        (
            "social_jobless_children",
            t::social_jobless_children(l),
            |s| s.jobless_household_with_children,
            |s, v| s.jobless_household_with_children = v,
        ),
        (
            "social_single_adult",
            t::social_single_adult(l),
            |s| s.single_adult_with_children,
            |s, v| s.single_adult_with_children = v,
        ),
        ("social_other", t::social_other_disadvantage(l), |s| s.other_disadvantage, |s, v| s.other_disadvantage = v),
    ]
}

pub fn field_label(field: &str, l: Locale) -> &'static str {
    match field {
        "first_name" => t::field_first_name(l),
        "surname" => t::field_surname(l),
        "pesel" => t::field_pesel(l),
        "birth_date" => t::field_birth_date(l),
        "sex" => t::field_sex(l),
        "street" => t::field_street(l),
        "house" => t::field_house(l),
        "flat" => t::field_flat(l),
        "postcode" => t::field_postcode(l),
        "town" => t::field_town(l),
        "gmina" => t::field_gmina(l),
        "area" => t::field_area(l),
        "phone" => t::field_phone(l),
        "email" => t::field_email(l),
        "education" => t::field_education(l),
        "labour" => t::field_labour(l),
        _ => t::field_unnamed(l),
    }
}

/// What is wrong, said so the person knows what to do.
pub fn problem_text(field: &str, problem: FieldProblem, l: Locale) -> String {
    match problem {
        FieldProblem::Required => t::problem_required(l, field_label(field, l).to_lowercase()),
        FieldProblem::Pesel(e) => match e {
            PeselError::Format => t::problem_pesel_format(l).to_string(),
            PeselError::Month | PeselError::Date => t::problem_pesel_date(l).to_string(),
            PeselError::Checksum => t::problem_pesel_checksum(l).to_string(),
        },
        FieldProblem::BirthDateNeeded => t::problem_birth_date(l).to_string(),
        FieldProblem::SexNeeded => t::problem_sex(l).to_string(),
        FieldProblem::PeselMismatch => t::problem_pesel_mismatch(l).to_string(),
        FieldProblem::Postcode => t::problem_postcode(l).to_string(),
        FieldProblem::Phone => t::problem_phone(l).to_string(),
        FieldProblem::Email => t::problem_email(l).to_string(),
    }
}
