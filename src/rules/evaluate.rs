//! Evaluating a project's rules against a household on a day.

use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::verdict::{all_of, any_of, CriterionResult, Evaluated, IncomeReason, Outcome, ProjectVerdict, Reason};
use super::{Criterion, CriterionKind, Eligibility, Rule};
use crate::catalogue::{status, Entry, TargetGroup};
use crate::household::{Answer, Household};
use crate::parameters::ParametersFile;

fn criterion(c: &Arc<Criterion>, h: &Household, params: &ParametersFile, day: NaiveDate) -> CriterionResult {
    let (outcome, reason) = match &c.kind {
        CriterionKind::Residence { teryt, .. } => {
            // A gmina known only by its name (from before codes were kept) is not an answer: the
            // resident picks it again from the list.
            let outcome = match &h.gmina_code {
                None => Outcome::Unknown,
                Some(code) if teryt.contains(code) => Outcome::Met,
                Some(_) => Outcome::NotMet,
            };
            (outcome, Reason::Residence { gmina: h.gmina_code.as_ref().and(h.gmina.clone()) })
        }
        CriterionKind::TargetGroup { groups } => {
            let answers: Vec<(TargetGroup, Answer)> =
                groups.iter().map(|g| (*g, super::groups::group_answer(*g, h, day))).collect();
            let pick = |a: Answer| answers.iter().filter(|(_, x)| *x == a).map(|(g, _)| *g).collect::<Vec<_>>();
            let outcome = any_of(answers.iter().map(|(_, a)| Outcome::from_answer(*a)));
            (
                outcome,
                Reason::Groups { asked: groups.clone(), matched: pick(Answer::Yes), unknown: pick(Answer::Unknown) },
            )
        }
        CriterionKind::AtRisk => super::groups::at_risk(h),
        CriterionKind::Art7 { grounds } => {
            let outcome = match &h.art7 {
                None => Outcome::Unknown,
                Some(given) if grounds.is_empty() && !given.is_empty() => Outcome::Met,
                Some(given) if given.iter().any(|g| grounds.contains(g)) => Outcome::Met,
                Some(_) => Outcome::NotMet,
            };
            (outcome, Reason::Art7 { asked: grounds.clone(), answered: h.art7.clone() })
        }
        CriterionKind::Income { percent, parameter } => income(h, params, parameter, *percent, day),
        CriterionKind::Age { min, max } => {
            let age = h.applicant().and_then(|a| a.age_on(day));
            let outcome = match age {
                None => Outcome::Unknown,
                Some(a) if min.is_none_or(|m| a >= m) && max.is_none_or(|m| a <= m) => Outcome::Met,
                Some(_) => Outcome::NotMet,
            };
            (outcome, Reason::Age { age, min: *min, max: *max })
        }
        CriterionKind::RegisteredUnemployed => {
            let answer = h.applicant().map_or(Answer::Unknown, |a| a.registered_unemployed);
            (Outcome::from_answer(answer), Reason::Unemployed(answer))
        }
        CriterionKind::RevitalisationArea => {
            (Outcome::from_answer(h.revitalisation_area), Reason::Revitalisation(h.revitalisation_area))
        }
        CriterionKind::DisabilityCertificate { .. } | CriterionKind::Carer { .. } => {
            super::disability::evaluate(&c.kind, h, day)
        }
    };
    CriterionResult { criterion: Arc::clone(c), outcome, reason }
}

fn income(
    h: &Household,
    params: &ParametersFile,
    parameter: &str,
    percent: Decimal,
    day: NaiveDate,
) -> (Outcome, Reason) {
    let Some(criterion) = params.parameters.get(parameter) else {
        // Validation refuses unknown parameters; a missing parameters file lands here.
        return (Outcome::Unknown, Reason::IncomeUnknown);
    };
    let value = match criterion.on(day) {
        Ok(v) => v,
        Err(range) => return (Outcome::Unknown, Reason::ParameterOutOfRange { day, range }),
    };
    let Some(summary) = h.income() else {
        return (Outcome::Unknown, Reason::IncomeUnknown);
    };
    let single = summary.members == 1;
    let base = if single { value.single } else { value.per_person };
    // The threshold is computed from the criterion in force, never stored (e.g. 150% of 823 zł).
    let limit = base * percent / Decimal::ONE_HUNDRED;
    let within = summary.within(limit);
    let reason = IncomeReason {
        members: summary.members,
        counted: summary.counted,
        left_out: summary.left_out,
        per_person: summary.per_person(),
        single,
        base,
        percent,
        limit,
        in_force_from: value.from,
        act: value.act.clone(),
        within,
    };
    (if within { Outcome::Met } else { Outcome::NotMet }, Reason::Income(reason))
}

fn rule(r: &Rule, h: &Household, params: &ParametersFile, day: NaiveDate) -> Evaluated {
    match r {
        Rule::Criterion(c) => Evaluated::Criterion(criterion(c, h, params, day)),
        Rule::All(rules) => {
            let children: Vec<Evaluated> = rules.iter().map(|r| rule(r, h, params, day)).collect();
            Evaluated::All { outcome: all_of(children.iter().map(Evaluated::outcome)), children }
        }
        Rule::Any(rules) => {
            let children: Vec<Evaluated> = rules.iter().map(|r| rule(r, h, params, day)).collect();
            Evaluated::Any { outcome: any_of(children.iter().map(Evaluated::outcome)), children }
        }
    }
}

/// Checks one project. The status is reported beside the result: an ended project is ended whatever
/// the answers, but the check still shows how it would have gone on that day.
pub fn evaluate(
    entry: &Entry,
    eligibility: Option<&Eligibility>,
    h: &Household,
    params: &ParametersFile,
    day: NaiveDate,
) -> ProjectVerdict {
    let evaluated = eligibility.map(|e| rule(&e.rule, h, params, day));
    ProjectVerdict {
        project_id: entry.project.id.clone(),
        status: status(&entry.project, day),
        outcome: evaluated.as_ref().map(Evaluated::outcome),
        rule: evaluated,
        priority: eligibility
            .map_or_else(Vec::new, |e| e.priority.iter().map(|c| criterion(c, h, params, day)).collect()),
        assumptions: eligibility.map_or_else(Vec::new, |e| e.assumptions.clone()),
    }
}

/// Best matches first: projects one can still join, then met, unknown (fewest unknowns first), not met.
pub fn rank(verdicts: &mut [ProjectVerdict]) {
    crate::order::sort_by(verdicts, |a, b| {
        // Projects one can no longer join sort after those one can (false before true).
        let closed = |v: &ProjectVerdict| !v.status.kind().is_open();
        (closed(a), a.outcome.unwrap_or(Outcome::Unknown), a.unknown_count(), a.status.kind()).cmp(&(
            closed(b),
            b.outcome.unwrap_or(Outcome::Unknown),
            b.unknown_count(),
            b.status.kind(),
        ))
    });
}
