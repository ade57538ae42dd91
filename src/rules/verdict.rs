//! What evaluating a project's rules gives: each criterion's outcome (met, not met, unknown) with the
//! reason built from the values compared, the rule's shape kept for the explanation, and the verdict
//! for a project. Types only, below the evaluator and the words that explain them.

use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Criterion, CriterionKind};
use crate::catalogue::{Status, TargetGroup};
use crate::dates::PartialDate;
use crate::household::{Answer, AtRiskCategory, Certificate, Role};
use crate::parameters::OutOfRange;

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

    pub fn from_answer(a: Answer) -> Outcome {
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

/// One household member as a certificate criterion saw them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberFact {
    /// Place in the household, 0 for the person filling in.
    pub position: usize,
    pub role: Role,
    pub age: Option<u32>,
    pub certificate: Certificate,
}
