//! Eligibility rules as data. A project's `eligibility` names criteria combined with `all` / `any`;
//! evaluation gives each criterion met / not met / unknown, with a reason built from the same numbers
//! the evaluator compared.

mod code;
mod disability;
pub mod evaluate;
pub mod explain;
mod groups;
pub mod parse;
pub mod verdict;
mod words;

use rust_decimal::Decimal;

use crate::catalogue::{Catalogue, Entry, ProgrammesFile, TargetGroup, PROGRAMMES_FILE};
use crate::household::{Art7Ground, Certificate};
use crate::problem::{Issue, Problem};

pub use code::CriterionCode;
pub use disability::certificate_label;
pub use evaluate::{evaluate, rank};
pub use parse::parse_eligibility;
pub use verdict::{CriterionResult, Evaluated, Outcome, ProjectVerdict, Reason};

/// Parameters a rule may name.
pub const KNOWN_PARAMETERS: &[&str] = &[crate::parameters::KRYTERIUM_DOCHODOWE];

/// A project's eligibility: the rule that decides, criteria that only give priority, and what the
/// rules assume where the source is silent (shown to the resident).
#[derive(Clone, Debug, PartialEq)]
pub struct Eligibility {
    pub rule: Rule,
    pub priority: Vec<std::sync::Arc<Criterion>>,
    pub assumptions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    All(Vec<Rule>),
    Any(Vec<Rule>),
    /// Shared, so that each result can point at its criterion without copying it.
    Criterion(std::sync::Arc<Criterion>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    /// Unique within the project; names the criterion in tests and answers.
    pub id: String,
    pub kind: CriterionKind,
    /// The article of law or the source page the criterion comes from.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CriterionKind {
    /// The household lives in one of these gminas: matched on the 6-digit TERYT codes (`teryt`, in the
    /// order of `gminas`), never on names (two gminas are called Konopnica); the names are what
    /// residents read.
    Residence {
        gminas: Vec<String>,
        teryt: Vec<String>,
    },
    /// The household belongs to at least one of these groups.
    TargetGroup {
        groups: Vec<TargetGroup>,
    },
    /// At least one EU "at risk of poverty or social exclusion" category applies.
    AtRisk,
    /// At least one of these art. 7 grounds applies (any ground when the list is empty).
    Art7 {
        grounds: Vec<Art7Ground>,
    },
    /// Income per person at most `percent` % of the named parameter's value on the day of the check.
    Income {
        percent: Decimal,
        parameter: String,
    },
    /// The applicant's age in whole years, within the bounds given.
    Age {
        min: Option<u32>,
        max: Option<u32>,
    },
    RegisteredUnemployed,
    RevitalisationArea,
    /// A member of the household has one of these certificates, at an age within `ages` when given
    /// (the participant of a disability programme may be anyone in the household, a child too).
    DisabilityCertificate {
        certificates: Vec<Certificate>,
        ages: AgeRange,
    },
    /// The person filling in cares every day for another member of the household who has one of these
    /// certificates, at an age within `ages` when given.
    Carer {
        certificates: Vec<Certificate>,
        ages: AgeRange,
    },
}

/// Ages as the programmes write them: "od ukończenia 2. roku życia do ukończenia 16. roku życia" is
/// `from: 2, under: 16` (a child of 15 is in, one who turned 16 is not).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AgeRange {
    /// Whole years the person must have completed.
    pub from: Option<u32>,
    /// The birthday before which the person must be.
    pub under: Option<u32>,
}

impl AgeRange {
    pub fn is_any(&self) -> bool {
        self.from.is_none() && self.under.is_none()
    }

    pub fn contains(&self, age: u32) -> bool {
        self.from.is_none_or(|f| age >= f) && self.under.is_none_or(|u| age < u)
    }
}

impl CriterionKind {
    /// The kind of condition, as a file names it.
    pub fn code(&self) -> CriterionCode {
        match self {
            CriterionKind::Residence { .. } => CriterionCode::Residence,
            CriterionKind::TargetGroup { .. } => CriterionCode::TargetGroup,
            CriterionKind::AtRisk => CriterionCode::AtRisk,
            CriterionKind::Art7 { .. } => CriterionCode::Art7Ground,
            CriterionKind::Income { .. } => CriterionCode::Income,
            CriterionKind::Age { .. } => CriterionCode::Age,
            CriterionKind::RegisteredUnemployed => CriterionCode::RegisteredUnemployed,
            CriterionKind::RevitalisationArea => CriterionCode::RevitalisationArea,
            CriterionKind::DisabilityCertificate { .. } => CriterionCode::DisabilityCertificate,
            CriterionKind::Carer { .. } => CriterionCode::Carer,
        }
    }
}

impl Rule {
    /// Every criterion in the rule, in order.
    pub fn criteria(&self) -> Vec<&Criterion> {
        match self {
            Rule::Criterion(c) => vec![&**c],
            Rule::All(rules) | Rule::Any(rules) => rules.iter().flat_map(Rule::criteria).collect(),
        }
    }
}

impl Eligibility {
    /// Every criterion the resident will be asked about, deciding ones first.
    pub fn all_criteria(&self) -> Vec<&Criterion> {
        let mut all = self.rule.criteria();
        all.extend(self.priority.iter().map(|c| &**c));
        all
    }
}

/// A project's rules, read and checked; `Ok(None)` when the catalogue gives none. Problems name the
/// file and the field. The catalogue keeps rules as raw text, so browsing never pays for reading them.
/// An edition that states no conditions of its own has its programme's, for the residents of the
/// gminas it serves: residence comes first, with the programme's words for it.
pub fn eligibility_of(entry: &Entry, programmes: &ProgrammesFile) -> Result<Option<Eligibility>, Vec<Issue>> {
    if let Some(raw) = &entry.project.eligibility {
        return read(raw, &entry.file, entry.rules_at()).map(Some);
    }
    let found = entry.project.runs_programme.as_deref().and_then(|id| {
        let at = programmes.programmes.iter().position(|d| d.id == id)?;
        Some((at, &programmes.programmes[at]))
    });
    let Some((at, def)) = found else { return Ok(None) };
    let Some(raw) = &def.eligibility else { return Ok(None) };
    let own = read(raw, PROGRAMMES_FILE, &format!("programmes[{at}].eligibility"))?;
    let residence = Criterion {
        id: RESIDENCE_ID.to_string(),
        kind: CriterionKind::Residence { gminas: entry.gminas.clone(), teryt: entry.gmina_codes.clone() },
        source: def.residence.source.clone(),
    };
    let mut assumptions = own.assumptions;
    assumptions.push(def.residence.assumption.clone());
    Ok(Some(Eligibility {
        rule: Rule::All(vec![Rule::Criterion(std::sync::Arc::new(residence)), own.rule]),
        priority: own.priority,
        assumptions,
    }))
}

/// The id of the residence criterion an edition gets before its programme's conditions.
pub const RESIDENCE_ID: &str = "zamieszkanie";

fn read(raw: &serde_json::value::RawValue, file: &str, at: &str) -> Result<Eligibility, Vec<Issue>> {
    let value: serde_json::Value =
        serde_json::from_str(raw.get()).map_err(|e| vec![Issue::new(file, at, crate::problem::from_serde_error(e))])?;
    parse_eligibility(&value, at)
        .map_err(|problems| problems.into_iter().map(|(path, p)| Issue::new(file, path, p)).collect())
}

/// Problems in any project's rules (checked apart from loading: browsing never reads them).
pub fn rule_issues(catalogue: &Catalogue) -> Vec<Issue> {
    catalogue.entries.iter().filter_map(|e| eligibility_of(e, &catalogue.programmes).err()).flatten().collect()
}

/// Problems in the programmes' rules, read as a project's are.
pub fn programme_rule_issues(file: &str, programmes: &crate::catalogue::ProgrammesFile) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (i, p) in programmes.programmes.iter().enumerate() {
        let Some(raw) = &p.eligibility else { continue };
        let at = format!("programmes[{i}].eligibility");
        match serde_json::from_str::<serde_json::Value>(raw.get()) {
            Err(e) => issues.push(Issue::new(file, &at, crate::problem::from_serde_error(e))),
            Ok(value) => match parse_eligibility(&value, &at) {
                Err(found) => issues.extend(found.into_iter().map(|(path, problem)| Issue::new(file, path, problem))),
                // An edition's residence criterion goes before the programme's: the id is taken.
                Ok(e) if e.all_criteria().iter().any(|c| c.id == RESIDENCE_ID) => {
                    issues.push(Issue::new(file, &at, Problem::DuplicateId(RESIDENCE_ID.into())))
                }
                Ok(_) => {}
            },
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Status;

    #[test]
    fn a_declaration_can_be_filled_while_the_project_runs_and_the_answers_do_not_rule_out() {
        let verdict = |status, outcome| ProjectVerdict {
            project_id: "p".into(),
            status,
            outcome,
            rule: None,
            priority: Vec::new(),
            assumptions: Vec::new(),
        };
        let recruiting = Status::Recruiting { until: None };
        assert!(verdict(recruiting, Some(Outcome::Met)).can_declare());
        assert!(verdict(recruiting, Some(Outcome::Unknown)).can_declare());
        assert!(verdict(recruiting, None).can_declare(), "no rules: the centre decides");
        assert!(!verdict(recruiting, Some(Outcome::NotMet)).can_declare());
        assert!(verdict(Status::Running { until: None, closed: None }, Some(Outcome::Met)).can_declare());
        let ended = Status::Ended { on: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), end_stated: true };
        assert!(!verdict(ended, Some(Outcome::Met)).can_declare());
    }
}
