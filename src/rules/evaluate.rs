//! Evaluating a project's rules against a household on a day.

use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::disability::MemberFact;
use super::{Criterion, CriterionKind, Eligibility, Rule};
use crate::catalogue::{status, Entry, Status, TargetGroup};
use crate::dates::PartialDate;
use crate::household::{Answer, AtRiskCategory, Household};
use crate::parameters::{OutOfRange, ParametersFile};

/// The result of one criterion or group, ordered best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    Met,
    Unknown,
    NotMet,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Unknown => "unknown",
            Outcome::NotMet => "not_met",
        }
    }

    pub(super) fn from_answer(a: Answer) -> Outcome {
        match a {
            Answer::Yes => Outcome::Met,
            Answer::No => Outcome::NotMet,
            Answer::Unknown => Outcome::Unknown,
        }
    }
}

/// Why a criterion came out as it did: the very values compared, for the explanation.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The household's gmina; the gminas asked for are in the criterion.
    Residence {
        gmina: Option<String>,
    },
    Groups {
        asked: Vec<TargetGroup>,
        matched: Vec<TargetGroup>,
        unknown: Vec<TargetGroup>,
    },
    AtRisk {
        categories: Option<Vec<AtRiskCategory>>,
        via_art7: bool,
        via_disability: bool,
    },
    Art7 {
        asked: Vec<crate::household::Art7Ground>,
        answered: Option<Vec<crate::household::Art7Ground>>,
    },
    Income(IncomeReason),
    IncomeUnknown,
    ParameterOutOfRange {
        day: NaiveDate,
        range: OutOfRange,
    },
    Age {
        age: Option<u32>,
        min: Option<u32>,
        max: Option<u32>,
    },
    Unemployed(Answer),
    Revitalisation(Answer),
    /// The members compared, each with the certificate and age given; `matched` is the first who meets
    /// the criterion.
    Certificate {
        members: Vec<MemberFact>,
        matched: Option<MemberFact>,
    },
    /// The carer's answer and the other members compared.
    Carer {
        carer: Answer,
        members: Vec<MemberFact>,
        matched: Option<MemberFact>,
    },
}

/// The income comparison, with every number that went into it.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomeReason {
    pub members: u32,
    pub counted: Decimal,
    pub left_out: Decimal,
    pub per_person: Decimal,
    /// The criterion for a person living alone (one member) or per person in a family.
    pub single: bool,
    pub base: Decimal,
    pub percent: Decimal,
    pub limit: Decimal,
    pub in_force_from: PartialDate,
    pub act: Option<String>,
    pub within: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CriterionResult {
    pub criterion: Arc<Criterion>,
    pub outcome: Outcome,
    pub reason: Reason,
}

impl CriterionResult {
    pub fn id(&self) -> &str {
        &self.criterion.id
    }

    pub fn kind(&self) -> &CriterionKind {
        &self.criterion.kind
    }

    pub fn source(&self) -> &str {
        &self.criterion.source
    }
}

/// A rule's result, keeping the rule's shape so the explanation can show "all of" / "one of".
#[derive(Clone, Debug, PartialEq)]
pub enum Evaluated {
    All { outcome: Outcome, children: Vec<Evaluated> },
    Any { outcome: Outcome, children: Vec<Evaluated> },
    Criterion(CriterionResult),
}

impl Evaluated {
    pub fn outcome(&self) -> Outcome {
        match self {
            Evaluated::All { outcome, .. } | Evaluated::Any { outcome, .. } => *outcome,
            Evaluated::Criterion(c) => c.outcome,
        }
    }

    /// Every criterion result, in rule order.
    pub fn results(&self) -> Vec<&CriterionResult> {
        match self {
            Evaluated::Criterion(c) => vec![c],
            Evaluated::All { children, .. } | Evaluated::Any { children, .. } => {
                children.iter().flat_map(Evaluated::results).collect()
            }
        }
    }
}

/// One project checked against one household on one day.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectVerdict {
    pub project_id: String,
    pub status: Status,
    /// `None` when the project has no rules in the catalogue.
    pub outcome: Option<Outcome>,
    pub rule: Option<Evaluated>,
    pub priority: Vec<CriterionResult>,
    pub assumptions: Vec<String>,
}

impl ProjectVerdict {
    /// Whether a declaration can be filled for the project: it still runs (recruiting, running or
    /// announced) and the answers do not rule the person out ("nie wiem" leaves it open).
    pub fn can_declare(&self) -> bool {
        self.status.kind().is_open() && self.outcome != Some(Outcome::NotMet)
    }

    /// Deciding criteria the resident answered "nie wiem" to (or was not asked).
    pub fn unknown_count(&self) -> usize {
        self.rule.as_ref().map_or(0, |r| r.results().iter().filter(|c| c.outcome == Outcome::Unknown).count())
    }

    pub fn results(&self) -> Vec<&CriterionResult> {
        let mut all = self.rule.as_ref().map(Evaluated::results).unwrap_or_default();
        all.extend(self.priority.iter());
        all
    }
}

/// Kleene's three-valued "and": one not met decides; otherwise one unknown leaves it open.
pub(super) fn all_of(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    outcomes.max().unwrap_or(Outcome::Met)
}

/// Three-valued "or": one met decides; otherwise one unknown leaves it open.
pub(super) fn any_of(outcomes: impl Iterator<Item = Outcome>) -> Outcome {
    outcomes.min().unwrap_or(Outcome::NotMet)
}

/// Category (a) is met by any art. 7 ground; (f) by a member with a disability.
pub(super) fn at_risk(h: &Household) -> (Outcome, Reason) {
    let via_art7 = h.art7.as_ref().is_some_and(|g| !g.is_empty());
    let via_disability = h.members.iter().any(|m| m.certified() == Answer::Yes);
    let named = h.at_risk.as_ref().is_some_and(|c| !c.is_empty());
    let outcome = if named || via_art7 || via_disability {
        Outcome::Met
    } else if h.at_risk.is_none() || h.art7.is_none() {
        Outcome::Unknown
    } else {
        Outcome::NotMet
    };
    (outcome, Reason::AtRisk { categories: h.at_risk.clone(), via_art7, via_disability })
}

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
        CriterionKind::AtRisk => at_risk(h),
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
    verdicts.sort_by(|a, b| {
        let open = |v: &ProjectVerdict| !v.status.kind().is_open();
        (open(a), a.outcome.unwrap_or(Outcome::Unknown), a.unknown_count(), a.status.kind()).cmp(&(
            open(b),
            b.outcome.unwrap_or(Outcome::Unknown),
            b.unknown_count(),
            b.status.kind(),
        ))
    });
}
