//! Words for the declaration's choices and problems, shared by the form and the print.

use crate::declaration::{AreaKind, Education, Field, FieldProblem, Labour, Sensitive, Sex, SocialItem};
use crate::household::Role;
use crate::i18n::{t, Locale};
use crate::pesel::PeselError;
use crate::text::lowercase;

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

pub fn sex_label(s: Sex, l: Locale) -> &'static str {
    match s {
        Sex::Female => t::sex_female(l),
        Sex::Male => t::sex_male(l),
    }
}

pub fn area_label(a: AreaKind, l: Locale) -> &'static str {
    match a {
        AreaKind::Urban => t::area_urban(l),
        AreaKind::Rural => t::area_rural(l),
    }
}

/// The sensitive items in the order of the form: the item, its field id and its question.
pub fn social_items(l: Locale) -> [(SocialItem, &'static str, &'static str); 7] {
    [
        (SocialItem::MinorityOrMigrant, "social_migrant", t::social_migrant(l)),
        (SocialItem::Homeless, "social_homeless", t::social_homeless(l)),
        (SocialItem::Disability, "social_disability", t::social_disability(l)),
        (SocialItem::JoblessHousehold, "social_jobless", t::social_jobless(l)),
        (SocialItem::JoblessHouseholdWithChildren, "social_jobless_children", t::social_jobless_children(l)),
        (SocialItem::SingleAdultWithChildren, "social_single_adult", t::social_single_adult(l)),
        (SocialItem::OtherDisadvantage, "social_other", t::social_other_disadvantage(l)),
    ]
}

pub fn field_label(field: Field, l: Locale) -> &'static str {
    match field {
        Field::FirstName => t::field_first_name(l),
        Field::Surname => t::field_surname(l),
        Field::Pesel => t::field_pesel(l),
        Field::BirthDate => t::field_birth_date(l),
        Field::Sex => t::field_sex(l),
        Field::Street => t::field_street(l),
        Field::House => t::field_house(l),
        Field::Flat => t::field_flat(l),
        Field::Postcode => t::field_postcode(l),
        Field::Town => t::field_town(l),
        Field::Gmina => t::field_gmina(l),
        Field::Area => t::field_area(l),
        Field::Phone => t::field_phone(l),
        Field::Email => t::field_email(l),
        Field::Education => t::field_education(l),
        Field::Labour => t::field_labour(l),
    }
}

/// What is wrong, said so the person knows what to do.
pub fn problem_text(field: Field, problem: FieldProblem, l: Locale) -> String {
    match problem {
        FieldProblem::Required => t::problem_required(l, lowercase(field_label(field, l))),
        FieldProblem::Pesel(e) => match e {
            PeselError::Format => t::problem_pesel_format(l).to_string(),
            PeselError::Month | PeselError::Date => t::problem_pesel_date(l).to_string(),
            PeselError::Checksum => t::problem_pesel_checksum(l).to_string(),
        },
        FieldProblem::BirthDateNeeded => t::problem_birth_date(l).to_string(),
        FieldProblem::SexNeeded => t::problem_sex(l).to_string(),
        FieldProblem::PeselMismatch => t::problem_pesel_mismatch(l).to_string(),
        FieldProblem::PeselRequired => t::problem_pesel_required(l).to_string(),
        FieldProblem::Postcode => t::problem_postcode(l).to_string(),
        FieldProblem::Phone => t::problem_phone(l).to_string(),
        FieldProblem::Email => t::problem_email(l).to_string(),
    }
}

/// A household member's relation to the person applying, as the checker's questions name it.
pub fn role_label(r: Role, l: Locale) -> &'static str {
    match r {
        Role::Applicant => t::role_applicant(l),
        Role::Partner => t::role_partner_member(l),
        Role::Child => t::role_child(l),
        Role::Other => t::role_other_relative(l),
    }
}
