//! The act's verdicts in words: each finding with the amounts it compared, and each estimate step by
//! step with the act that set its figures, ending with the centre's word on the amount.

use rust_decimal::Decimal;

use super::amounts::{self, Parameter};
use super::check::{Comparison, Estimate, Finding, Verdict};
use crate::household::Certificate;
use crate::i18n::{t, Locale};
use crate::money::{format_number, format_pln};
use crate::rules::explain::certificate_label;
use crate::rules::Outcome;

/// The headline of a benefit's result.
pub fn headline(v: &Verdict, l: Locale) -> &'static str {
    match v.outcome {
        Outcome::Met => t::benefit_headline_met(l),
        Outcome::Unknown => t::benefit_headline_unknown(l),
        Outcome::NotMet => t::benefit_headline_not_met(l),
    }
}

/// What a finding is about.
pub fn finding_name(f: &Finding, l: Locale) -> &'static str {
    match f {
        Finding::UnableToWork { .. } => t::benefit_finding_unable(l),
        Finding::Income { own: true, .. } => t::benefit_finding_own_income(l),
        Finding::Income { .. } | Finding::IncomeUnknown => t::benefit_finding_income(l),
        Finding::RandomEvent { .. } => t::benefit_finding_event(l),
        Finding::CentreJudges => t::benefit_finding_centre(l),
        Finding::ResidenceTitle => t::benefit_finding_residence(l),
    }
}

fn comparison_words(comparison: Comparison, held: bool, l: Locale) -> &'static str {
    match (comparison, held) {
        (Comparison::Below, true) => t::benefit_below(l),
        (Comparison::Below, false) => t::benefit_not_below(l),
        (Comparison::NotAbove, true) | (Comparison::Above, false) => t::benefit_not_above(l),
        (Comparison::NotAbove, false) | (Comparison::Above, true) => t::benefit_above(l),
    }
}

fn certificate_words(c: Certificate, l: Locale) -> String {
    crate::text::lowercase(certificate_label(c, l))
}

/// Why a finding came out as it did, naming the amounts and ages it compared.
pub fn finding_text(f: &Finding, l: Locale) -> String {
    match f {
        Finding::UnableToWork { age, certificate, outcome, .. } => unable_text(*age, *certificate, *outcome, l),
        Finding::Income { own, persons, income, limit, comparison, outcome } => {
            let comparison = comparison_words(*comparison, *outcome == Outcome::Met, l);
            let n = Decimal::from(*persons.max(&1));
            let (per_person, criterion) = (format_pln((*income / n).round_dp(2), l), format_pln(*limit / n, l));
            let (income, limit) = (format_pln(*income, l), format_pln(*limit, l));
            if *own {
                t::benefit_reason_own_income(
                    l,
                    t::BenefitReasonOwnIncome { income: &income, comparison: &comparison, limit: &limit },
                )
            } else if *persons <= 1 {
                let args = t::BenefitReasonIncomeSingle { income: &income, comparison: &comparison, limit: &limit };
                t::benefit_reason_income_single(l, args)
            } else {
                let args = t::BenefitReasonIncomeFamily {
                    income: &income,
                    per_person: &per_person,
                    persons,
                    comparison: &comparison,
                    limit: &limit,
                    criterion: &criterion,
                };
                t::benefit_reason_income_family(l, args)
            }
        }
        Finding::IncomeUnknown => t::reason_income_unknown(l).to_string(),
        Finding::RandomEvent { outcome } => match outcome {
            Outcome::Met => t::benefit_reason_event_yes(l),
            Outcome::NotMet => t::benefit_reason_event_no(l),
            Outcome::Unknown => t::benefit_reason_event_unknown(l),
        }
        .to_string(),
        Finding::CentreJudges => t::benefit_reason_centre(l).to_string(),
        Finding::ResidenceTitle => t::benefit_reason_residence(l).to_string(),
    }
}

fn unable_text(age: Option<u32>, certificate: Certificate, outcome: Outcome, l: Locale) -> String {
    let completely = super::check::completely_unable(certificate) == Outcome::Met;
    match (outcome, age) {
        (Outcome::NotMet, Some(a)) if a < super::check::ADULT => t::benefit_reason_minor(l, a),
        (Outcome::Met, _) if completely => t::benefit_reason_by_certificate(l, certificate_words(certificate, l)),
        (Outcome::Met, Some(a)) => t::benefit_reason_by_age(l, a),
        (Outcome::NotMet, Some(a)) => {
            t::benefit_reason_able(l, t::BenefitReasonAble { age: &a, certificate: &certificate_words(certificate, l) })
        }
        _ => t::benefit_reason_unable_unknown(l).to_string(),
    }
}

/// Where a figure comes from: its article, and the act that set it where the source names one.
fn figure_source(p: &Parameter, day: chrono::NaiveDate, l: Locale) -> String {
    let act = p.on(day).and_then(|v| v.act).unwrap_or(p.source.title);
    t::benefit_estimate_act(l, t::BenefitEstimateAct { article: &p.article, act: &act })
}

/// One step of an estimate's calculation, with where its figures come from when it has any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub text: String,
    pub source: Option<String>,
}

fn step(text: String, source: Option<String>) -> Step {
    Step { text, source }
}

/// The calculation of an estimate, step by step, and its result in a sentence.
pub fn estimate_steps(e: &Estimate, day: chrono::NaiveDate, l: Locale) -> (Vec<Step>, String) {
    let pln = |v: Decimal| format_pln(v, l);
    match e {
        Estimate::Staly(s) => {
            let share_param =
                if s.most.is_some() { &amounts::STALY_SHARE_SINGLE } else { &amounts::STALY_SHARE_FAMILY };
            let share = format_number(s.share, 0, l);
            let base = t::BenefitEstimateShare { share: &share, criterion: &pln(s.criterion), base: &pln(s.base) };
            let difference = pln(s.base - s.income);
            let less = if s.most.is_some() {
                t::benefit_estimate_less_income(
                    l,
                    t::BenefitEstimateLessIncome {
                        base: &pln(s.base),
                        income: &pln(s.income),
                        difference: &difference,
                    },
                )
            } else {
                t::benefit_estimate_less_per_person(
                    l,
                    t::BenefitEstimateLessPerPerson {
                        base: &pln(s.base),
                        income: &pln(s.income),
                        difference: &difference,
                    },
                )
            };
            let bounds = match s.most {
                Some(most) => {
                    t::benefit_estimate_bounds(l, t::BenefitEstimateBounds { most: &pln(most), least: &pln(s.least) })
                }
                None => t::benefit_estimate_least(l, pln(s.least)),
            };
            let steps = vec![
                step(t::benefit_estimate_share(l, base), Some(figure_source(share_param, day, l))),
                step(less, None),
                step(bounds, Some(figure_source(&amounts::STALY_LEAST, day, l))),
            ];
            (steps, t::benefit_estimate_about(l, pln(s.amount)))
        }
        Estimate::Okresowy(o) => {
            let gap = t::BenefitEstimateGap { limit: &pln(o.limit), income: &pln(o.income), gap: &pln(o.gap) };
            let floor = amounts::OKRESOWY_LEAST.values.last().map_or(Decimal::ZERO, |v| v.value);
            let half = t::BenefitEstimateHalf {
                share: &format_number(o.share, 0, l),
                floor: &pln(floor),
                least: &pln(o.least),
            };
            let steps = vec![
                step(t::benefit_estimate_gap(l, gap), None),
                step(t::benefit_estimate_half(l, half), Some(figure_source(&amounts::OKRESOWY_SHARE, day, l))),
            ];
            (steps, t::benefit_estimate_range(l, t::BenefitEstimateRange { least: &pln(o.least), most: &pln(o.most) }))
        }
        Estimate::UpTo(limit) => (Vec::new(), t::benefit_estimate_up_to(l, pln(*limit))),
    }
}
