//! Plain-language explanations of results, from the same values the evaluator compared.

pub use super::disability::{certificate_label, certificates_asked};
use super::verdict::{CriterionResult, IncomeReason, Outcome, ProjectVerdict, Reason};
use super::words::{age_range, list, years};
use super::{CriterionCode, CriterionKind};
use crate::catalogue::labels::group_label;
use crate::catalogue::StatusKind;
use crate::dates::format_long;
use crate::household::{Answer, Art7Ground, AtRiskCategory};
use crate::i18n::{t, Locale};
use crate::money::{format_number, format_pln};
use crate::parameters::OutOfRange;
use crate::text::lowercase;

pub fn outcome_label(outcome: Outcome, locale: Locale) -> &'static str {
    match outcome {
        Outcome::Met => t::outcome_met(locale),
        Outcome::NotMet => t::outcome_not_met(locale),
        Outcome::Unknown => t::outcome_unknown(locale),
    }
}

/// The headline of a project's result.
pub fn verdict_headline(v: &ProjectVerdict, locale: Locale) -> &'static str {
    match (v.status.kind(), v.outcome) {
        (StatusKind::Ended, _) => t::verdict_ended(locale),
        (StatusKind::Durability, _) => t::verdict_durability(locale),
        (_, None) => t::verdict_no_rules(locale),
        (_, Some(Outcome::Met)) => t::verdict_met(locale),
        (_, Some(Outcome::Unknown)) => t::verdict_unknown(locale),
        (_, Some(Outcome::NotMet)) => t::verdict_not_met(locale),
    }
}

pub fn criterion_name(code: CriterionCode, locale: Locale) -> &'static str {
    match code {
        CriterionCode::Residence => t::criterion_residence(locale),
        CriterionCode::TargetGroup => t::criterion_target_group(locale),
        CriterionCode::AtRisk => t::criterion_at_risk(locale),
        CriterionCode::Art7Ground => t::criterion_art7(locale),
        CriterionCode::Income => t::criterion_income(locale),
        CriterionCode::Age => t::criterion_age(locale),
        CriterionCode::RegisteredUnemployed => t::criterion_unemployed(locale),
        CriterionCode::RevitalisationArea => t::criterion_revitalisation(locale),
        CriterionCode::DisabilityCertificate => t::criterion_certificate(locale),
        CriterionCode::Carer => t::criterion_carer(locale),
    }
}

/// What a criterion asks for, in a sentence, for the project page before any answers are given.
pub fn criterion_summary(kind: &CriterionKind, locale: Locale) -> String {
    match kind {
        CriterionKind::Residence { gminas, .. } => match gminas.as_slice() {
            [one] => t::summary_residence(locale, t::gmina_single(locale, one)),
            many => t::summary_residence(locale, t::gmina_list(locale, many.join(", "))),
        },
        CriterionKind::TargetGroup { groups } => {
            t::summary_target_group(locale, list(groups, |g| group_label(g, locale)))
        }
        CriterionKind::AtRisk => t::summary_at_risk(locale).to_string(),
        CriterionKind::Art7 { grounds } if grounds.is_empty() => t::summary_art7_any(locale).to_string(),
        CriterionKind::Art7 { grounds } => t::summary_art7(locale, list(grounds, |g| art7_label(g, locale))),
        CriterionKind::Income { percent, .. } => {
            t::summary_income(locale, format_number(*percent, percent.normalize().scale(), locale))
        }
        CriterionKind::Age { min, max } => t::summary_age(locale, age_range(*min, *max, locale)),
        CriterionKind::RegisteredUnemployed => t::summary_unemployed(locale).to_string(),
        CriterionKind::RevitalisationArea => t::summary_revitalisation(locale).to_string(),
        CriterionKind::DisabilityCertificate { certificates, ages } => {
            t::summary_certificate(locale, certificates_asked(certificates, *ages, locale))
        }
        CriterionKind::Carer { certificates, ages } => {
            t::summary_carer(locale, certificates_asked(certificates, *ages, locale))
        }
    }
}

/// What to bring or ask at the centre when the answer is "nie wiem".
pub fn what_to_bring(kind: &CriterionKind, locale: Locale) -> &'static str {
    match kind {
        CriterionKind::Residence { .. } => t::bring_residence(locale),
        CriterionKind::TargetGroup { .. } => t::bring_target_group(locale),
        CriterionKind::AtRisk | CriterionKind::Art7 { .. } => t::bring_at_risk(locale),
        CriterionKind::Income { .. } => t::bring_income(locale),
        CriterionKind::Age { .. } => t::bring_age(locale),
        CriterionKind::RegisteredUnemployed => t::bring_unemployed(locale),
        CriterionKind::RevitalisationArea => t::bring_revitalisation(locale),
        CriterionKind::DisabilityCertificate { .. } => t::bring_certificate(locale),
        CriterionKind::Carer { .. } => t::bring_carer(locale),
    }
}

pub fn at_risk_label(c: AtRiskCategory, locale: Locale) -> &'static str {
    match c {
        AtRiskCategory::SocialAssistance => t::at_risk_social_assistance(locale),
        AtRiskCategory::SocialEmployment => t::at_risk_social_employment(locale),
        AtRiskCategory::FosterCare => t::at_risk_foster_care(locale),
        AtRiskCategory::Juvenile => t::at_risk_juvenile(locale),
        AtRiskCategory::YouthCentre => t::at_risk_youth_centre(locale),
        AtRiskCategory::Disability => t::at_risk_disability(locale),
        AtRiskCategory::CarerOfDisabled => t::at_risk_carer(locale),
        AtRiskCategory::DailyFunctioning => t::at_risk_daily_functioning(locale),
        AtRiskCategory::Homeless => t::at_risk_homeless(locale),
        AtRiskCategory::LeavingPrison => t::at_risk_leaving_prison(locale),
        AtRiskCategory::FoodAid => t::at_risk_food_aid(locale),
    }
}

pub fn art7_label(g: Art7Ground, locale: Locale) -> &'static str {
    match g {
        Art7Ground::Poverty => t::art7_poverty(locale),
        Art7Ground::Orphanhood => t::art7_orphanhood(locale),
        Art7Ground::Homelessness => t::art7_homelessness(locale),
        Art7Ground::Unemployment => t::art7_unemployment(locale),
        Art7Ground::Disability => t::art7_disability(locale),
        Art7Ground::LongIllness => t::art7_long_illness(locale),
        Art7Ground::DomesticViolence => t::art7_domestic_violence(locale),
        Art7Ground::TraffickingVictim => t::art7_trafficking(locale),
        Art7Ground::Maternity => t::art7_maternity(locale),
        Art7Ground::CareHelplessness => t::art7_care_helplessness(locale),
        Art7Ground::ForeignerIntegration => t::art7_foreigner(locale),
        Art7Ground::AfterPrison => t::art7_after_prison(locale),
        Art7Ground::Addiction => t::art7_addiction(locale),
        Art7Ground::RandomEvent => t::art7_random_event(locale),
        Art7Ground::NaturalDisaster => t::art7_natural_disaster(locale),
    }
}

fn income_text(r: &IncomeReason, locale: Locale) -> String {
    let from = r.in_force_from.format_long(locale);
    let act = r.act.as_deref().map(|a| format!("; {a}")).unwrap_or_default();
    let percent = format_number(r.percent, r.percent.normalize().scale(), locale);
    let (per_person, limit, base) =
        (format_pln(r.per_person, locale), format_pln(r.limit, locale), format_pln(r.base, locale));
    let mut text = match (r.single, r.within) {
        (true, true) => t::reason_income_single_within(
            locale,
            t::ReasonIncomeSingleWithin {
                act: &act,
                base: &base,
                from: &from,
                limit: &limit,
                per_person: &per_person,
                percent: &percent,
            },
        ),
        (true, false) => t::reason_income_single_above(
            locale,
            t::ReasonIncomeSingleAbove {
                act: &act,
                base: &base,
                from: &from,
                limit: &limit,
                per_person: &per_person,
                percent: &percent,
            },
        ),
        (false, true) => t::reason_income_family_within(
            locale,
            t::ReasonIncomeFamilyWithin {
                act: &act,
                base: &base,
                from: &from,
                limit: &limit,
                members: &r.members,
                per_person: &per_person,
                percent: &percent,
            },
        ),
        (false, false) => t::reason_income_family_above(
            locale,
            t::ReasonIncomeFamilyAbove {
                act: &act,
                base: &base,
                from: &from,
                limit: &limit,
                members: &r.members,
                per_person: &per_person,
                percent: &percent,
            },
        ),
    };
    if !r.left_out.is_zero() {
        text.push(' ');
        text.push_str(&t::reason_income_left_out(locale, format_pln(r.left_out, locale)));
    }
    text
}

/// The reason for one criterion's result, in a sentence or two.
pub fn reason_text(result: &CriterionResult, locale: Locale) -> String {
    match &result.reason {
        Reason::Residence { gmina } => {
            let listed: &[String] = match result.kind() {
                CriterionKind::Residence { gminas, .. } => gminas,
                _ => &[],
            };
            let listed = match listed {
                [one] => t::gmina_single(locale, one),
                many => t::gmina_list(locale, many.join(", ")),
            };
            match (gmina, result.outcome) {
                (None, _) => t::reason_residence_unknown(locale, listed),
                (Some(g), Outcome::Met) => {
                    t::reason_residence_in(locale, t::ReasonResidenceIn { gmina: &g, listed: &listed })
                }
                (Some(g), _) => t::reason_residence_out(locale, t::ReasonResidenceOut { gmina: &g, listed: &listed }),
            }
        }
        Reason::Groups { asked, matched, unknown } => {
            let groups = list(asked, |g| group_label(g, locale));
            match result.outcome {
                Outcome::Met => t::reason_groups_met(locale, list(matched, |g| group_label(g, locale))),
                Outcome::Unknown => t::reason_groups_unknown(
                    locale,
                    t::ReasonGroupsUnknown { groups: &groups, unknown: &list(unknown, |g| group_label(g, locale)) },
                ),
                Outcome::NotMet => t::reason_groups_not_met(locale, groups),
            }
        }
        Reason::AtRisk { categories, via_art7, via_disability } => match result.outcome {
            Outcome::Met => {
                let mut found: Vec<String> =
                    categories.iter().flatten().map(|c| lowercase(at_risk_label(*c, locale))).collect();
                if *via_art7 && !categories.iter().flatten().any(|c| *c == AtRiskCategory::SocialAssistance) {
                    found.push(lowercase(at_risk_label(AtRiskCategory::SocialAssistance, locale)));
                }
                if *via_disability && !categories.iter().flatten().any(|c| *c == AtRiskCategory::Disability) {
                    found.push(lowercase(at_risk_label(AtRiskCategory::Disability, locale)));
                }
                t::reason_at_risk_met(locale, found.join(", "))
            }
            Outcome::Unknown => t::reason_at_risk_unknown(locale).to_string(),
            Outcome::NotMet => t::reason_at_risk_none(locale).to_string(),
        },
        Reason::Art7 { asked, answered } => {
            let asked_text =
                if asked.is_empty() { t::art7_any(locale).to_string() } else { list(asked, |g| art7_label(g, locale)) };
            match (result.outcome, answered) {
                (Outcome::Met, Some(given)) => {
                    let hits: Vec<Art7Ground> =
                        given.iter().copied().filter(|g| asked.is_empty() || asked.contains(g)).collect();
                    t::reason_art7_met(locale, list(&hits, |g| art7_label(g, locale)))
                }
                (Outcome::NotMet, _) => t::reason_art7_none(locale, asked_text),
                _ => t::reason_art7_unknown(locale, asked_text),
            }
        }
        Reason::Income(r) => income_text(r, locale),
        Reason::IncomeUnknown => t::reason_income_unknown(locale).to_string(),
        Reason::ParameterOutOfRange { day, range } => match range {
            OutOfRange::Before { first } => t::reason_parameter_before(
                locale,
                t::ReasonParameterBefore { day: &format_long(*day, locale), first: &format_long(*first, locale) },
            ),
            OutOfRange::After { known_until } => t::reason_parameter_after(
                locale,
                t::ReasonParameterAfter {
                    day: &format_long(*day, locale),
                    known_until: &format_long(*known_until, locale),
                },
            ),
        },
        Reason::Age { age, min, max } => {
            let range = age_range(*min, *max, locale);
            match (age, result.outcome) {
                (None, _) => t::reason_age_unknown(locale, range),
                (Some(a), Outcome::Met) => {
                    t::reason_age_within(locale, t::ReasonAgeWithin { age: &years(*a, locale), range: &range })
                }
                (Some(a), _) => {
                    t::reason_age_outside(locale, t::ReasonAgeOutside { age: &years(*a, locale), range: &range })
                }
            }
        }
        Reason::Unemployed(a) => match a {
            Answer::Yes => t::reason_unemployed_yes(locale),
            Answer::No => t::reason_unemployed_no(locale),
            Answer::Unknown => t::reason_unemployed_unknown(locale),
        }
        .to_string(),
        Reason::Revitalisation(a) => match a {
            Answer::Yes => t::reason_revitalisation_yes(locale),
            Answer::No => t::reason_revitalisation_no(locale),
            Answer::Unknown => t::reason_revitalisation_unknown(locale),
        }
        .to_string(),
        Reason::Certificate { .. } | Reason::Carer { .. } => super::disability::reason_text(result, locale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::verdict::{CriterionResult, IncomeReason};
    use std::str::FromStr;

    fn d(s: &str) -> rust_decimal::Decimal {
        rust_decimal::Decimal::from_str(s).unwrap()
    }

    fn income(single: bool, within: bool, left_out: &str) -> String {
        let r = IncomeReason {
            members: if single { 1 } else { 4 },
            counted: d("3292"),
            left_out: d(left_out),
            per_person: d("823"),
            single,
            base: if single { d("1010") } else { d("823") },
            percent: d("150"),
            limit: if single { d("1515") } else { d("1234.5") },
            in_force_from: "2025-01-01".parse().unwrap(),
            act: Some("Dz.U. 2024 poz. 1044".into()),
            within,
        };
        let result = CriterionResult {
            criterion: std::sync::Arc::new(crate::rules::Criterion {
                id: "dochod".into(),
                kind: CriterionKind::Income { percent: d("150"), parameter: "kryterium_dochodowe".into() },
                source: "art. 8".into(),
            }),
            outcome: if within { Outcome::Met } else { Outcome::NotMet },
            reason: Reason::Income(r),
        };
        reason_text(&result, Locale::Pl).replace('\u{a0}', " ")
    }

    #[test]
    fn income_reasons_name_every_number_in_its_place() {
        assert_eq!(
            income(false, true, "0"),
            "Dochód na osobę 823,00 zł (osób w rodzinie: 4) nie przekracza 1 234,50 zł, czyli 150% kryterium \
             dochodowego na osobę w rodzinie (823,00 zł, obowiązuje od 1 stycznia 2025; Dz.U. 2024 poz. 1044)."
        );
        assert_eq!(
            income(true, false, "800"),
            "Twój dochód 823,00 zł przekracza 1 515,00 zł, czyli 150% kryterium dochodowego dla osoby samotnie \
             gospodarującej (1 010,00 zł, obowiązuje od 1 stycznia 2025; Dz.U. 2024 poz. 1044). Nie wliczamy \
             800,00 zł dochodów, których ustawa nie liczy (np. 800+, zasiłek celowy)."
        );
    }

    #[test]
    fn age_reasons_use_polish_plurals() {
        let result = |age: u32, outcome| CriterionResult {
            criterion: std::sync::Arc::new(crate::rules::Criterion {
                id: "wiek".into(),
                kind: CriterionKind::Age { min: Some(18), max: Some(29) },
                source: "test".into(),
            }),
            outcome,
            reason: Reason::Age { age: Some(age), min: Some(18), max: Some(29) },
        };
        assert_eq!(
            reason_text(&result(22, Outcome::Met), Locale::Pl),
            "Masz 22 lata; projekt jest dla osób w wieku od 18 do 29 lat."
        );
        assert_eq!(
            reason_text(&result(31, Outcome::NotMet), Locale::Pl),
            "Masz 31 lat, a projekt jest dla osób w wieku od 18 do 29 lat."
        );
    }
}
