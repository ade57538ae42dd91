//! Words for the checker's questions and answers.

use crate::household::{IncomeKind, Member};
use crate::i18n::{t, Locale};
use crate::questionnaire::Question;
pub use crate::ui::docs::labels::role_label;

pub fn question_title(q: Question, l: Locale) -> &'static str {
    match q {
        Question::Gmina => t::q_gmina(l),
        Question::District => t::q_district(l),
        Question::Revitalisation => t::q_revitalisation(l),
        Question::Family => t::q_family(l),
        Question::Certificates => t::q_certificates(l),
        Question::Carer => t::q_carer(l),
        Question::Incomes => t::q_incomes(l),
        Question::DisabledChild => t::q_disabled_child(l),
        Question::FosterFamily => t::q_foster_family(l),
        Question::ChildInFosterCare => t::q_child_in_foster_care(l),
        Question::CareLeaver => t::q_care_leaver(l),
        Question::CareDifficulties => t::q_care_difficulties(l),
        Question::Unemployed => t::q_unemployed(l),
        Question::AtRisk => t::q_at_risk(l),
        Question::Art7 => t::q_art7(l),
        Question::Sex => t::q_sex(l),
        Question::RandomEvent => t::q_random_event(l),
        Question::Citizenship => t::q_citizenship(l),
    }
}

pub fn question_hint(q: Question, l: Locale) -> Option<&'static str> {
    Some(match q {
        Question::Gmina => t::q_gmina_hint(l),
        Question::District => t::q_district_hint(l),
        Question::Revitalisation => t::q_revitalisation_hint(l),
        Question::Family => t::q_family_hint(l),
        Question::Certificates => t::q_certificates_hint(l),
        Question::Carer => t::q_carer_hint(l),
        Question::Incomes => t::q_incomes_hint(l),
        Question::CareDifficulties => t::q_care_difficulties_hint(l),
        Question::AtRisk => t::q_at_risk_hint(l),
        Question::Art7 => t::q_art7_hint(l),
        Question::Sex => t::q_sex_hint(l),
        Question::RandomEvent => t::q_random_event_hint(l),
        Question::Citizenship => t::q_citizenship_hint(l),
        _ => return None,
    })
}

/// "Ty" for the applicant, else "Osoba 2 (dziecko, 8 lat)".
pub fn member_label(i: usize, m: &Member, l: Locale) -> String {
    if i == 0 {
        return t::role_applicant(l).to_string();
    }
    let role = role_label(m.role, l);
    match m.age {
        Some(age) => {
            t::member_with_age(l, t::MemberWithAge { age: &t::age_years(l, age as i64), n: &(i + 1), role: &role })
        }
        None => t::member_without_age(l, t::MemberWithoutAge { n: &(i + 1), role: &role }),
    }
}

pub fn income_kind_label(k: IncomeKind, l: Locale) -> &'static str {
    match k {
        IncomeKind::Wages => t::income_wages(l),
        IncomeKind::Pension => t::income_pension(l),
        IncomeKind::UnemploymentBenefit => t::income_unemployment_benefit(l),
        IncomeKind::FamilyBenefits => t::income_family_benefits(l),
        IncomeKind::AlimonyReceived => t::income_alimony_received(l),
        IncomeKind::Business => t::income_business(l),
        IncomeKind::OtherCounted => t::income_other_counted(l),
        IncomeKind::AlimonyPaid => t::income_alimony_paid(l),
        IncomeKind::ChildBenefit800 => t::income_800(l),
        IncomeKind::PurposeAllowance => t::income_purpose_allowance(l),
        IncomeKind::SchoolAid => t::income_school_aid(l),
        IncomeKind::SociallyUsefulWork => t::income_socially_useful_work(l),
        IncomeKind::OneOffSocialPayment => t::income_one_off(l),
        IncomeKind::BenefitInKind => t::income_in_kind(l),
        IncomeKind::ThirteenthPension => t::income_13th_pension(l),
    }
}
