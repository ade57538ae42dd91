//! The eligibility category a participant states in the declaration, chosen from what the check found
//! met. Stored and carried in the QR code as a short code (`docs/DATA-FORMATS.md`), so a category
//! reads the same whatever language the screen is in.

use rust_decimal::Decimal;

use crate::catalogue::labels::group_label;
use crate::catalogue::TargetGroup;
use crate::household::{Art7Ground, AtRiskCategory, Household};
use crate::i18n::{t, Locale};
use crate::money::format_number;
use crate::rules::explain::{art7_label, at_risk_label};
use crate::rules::{Outcome, ProjectVerdict, Reason};
use crate::text::lowercase;

/// The order in which the first release numbered the EU categories (`ue:1` … `ue:11`). Frozen: it reads
/// what that release stored and printed, whatever order the list of categories has now.
pub const AT_RISK_ORDER_V1: [AtRiskCategory; 11] = [
    AtRiskCategory::SocialAssistance,
    AtRiskCategory::SocialEmployment,
    AtRiskCategory::FosterCare,
    AtRiskCategory::Juvenile,
    AtRiskCategory::YouthCentre,
    AtRiskCategory::Disability,
    AtRiskCategory::CarerOfDisabled,
    AtRiskCategory::DailyFunctioning,
    AtRiskCategory::Homeless,
    AtRiskCategory::LeavingPrison,
    AtRiskCategory::FoodAid,
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Category {
    /// An EU "at risk of poverty or social exclusion" category.
    AtRisk(AtRiskCategory),
    /// A ground for social assistance, art. 7.
    Art7(Art7Ground),
    Group(TargetGroup),
    /// Income per person within this percentage of the income criterion.
    Income {
        percent: Decimal,
    },
    RegisteredUnemployed,
    Revitalisation,
}

impl Category {
    /// The stored code: `ue:<category name>`, `art7:<point>`, `grupa:<group code>`, `dochod:<percent>`,
    /// `bezrobocie`, `rewitalizacja`. Each names its value, so no code depends on the order of a list.
    pub fn code(&self) -> String {
        match self {
            Category::AtRisk(c) => format!("ue:{}", c.code()),
            Category::Art7(g) => format!("art7:{}", g.point()),
            Category::Group(g) => format!("grupa:{}", g.code()),
            Category::Income { percent } => format!("dochod:{}", percent.normalize()),
            Category::RegisteredUnemployed => "bezrobocie".into(),
            Category::Revitalisation => "rewitalizacja".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        let (kind, value) = code.split_once(':').unwrap_or((code, ""));
        match kind {
            "ue" => AtRiskCategory::from_code(value).map(Category::AtRisk),
            "art7" => Art7Ground::ALL.into_iter().find(|g| g.point() == value).map(Category::Art7),
            "grupa" => TargetGroup::ALL.into_iter().find(|g| g.code() == value).map(Category::Group),
            "dochod" => value.parse().ok().map(|percent| Category::Income { percent }),
            "bezrobocie" if value.is_empty() => Some(Category::RegisteredUnemployed),
            "rewitalizacja" if value.is_empty() => Some(Category::Revitalisation),
            _ => None,
        }
    }

    /// A code as the first release wrote it (declaration schema 1, QR `SW1`): an EU category by its place
    /// in [`AT_RISK_ORDER_V1`], from 1; every other code as now.
    pub fn from_code_v1(code: &str) -> Option<Category> {
        match code.strip_prefix("ue:") {
            Some(n) => {
                let n: usize = n.parse().ok()?;
                AT_RISK_ORDER_V1.get(n.checked_sub(1)?).copied().map(Category::AtRisk)
            }
            None => Category::from_code(code),
        }
    }

    /// What the participant states, as it completes "Oświadczam, że…".
    pub fn label(&self, locale: Locale) -> String {
        match self {
            Category::AtRisk(c) => t::category_at_risk(locale, lowercase(at_risk_label(*c, locale))),
            Category::Art7(g) => t::category_art7(
                locale,
                t::CategoryArt7 { ground: &lowercase(art7_label(*g, locale)), point: &g.point() },
            ),
            Category::Group(g) => t::category_group(locale, lowercase(group_label(*g, locale))),
            Category::Income { percent } => {
                t::category_income(locale, format_number(*percent, percent.normalize().scale(), locale))
            }
            Category::RegisteredUnemployed => t::category_unemployed(locale).to_string(),
            Category::Revitalisation => t::category_revitalisation(locale).to_string(),
        }
    }
}

/// The label of a stored code; a code this version does not know is shown as it is.
pub fn code_label(code: &str, locale: Locale) -> String {
    Category::from_code(code).map_or_else(|| code.to_string(), |c| c.label(locale))
}

/// The categories a verdict found met, deciding criteria first, each once. Where and age only limit
/// who may join, so they are not categories.
pub fn categories_met(verdict: &ProjectVerdict, household: &Household) -> Vec<Category> {
    let mut out: Vec<Category> = Vec::new();
    let mut add = |c: Category| {
        if !out.contains(&c) {
            out.push(c);
        }
    };
    let deciding = verdict.rule.as_ref().map(|r| r.results()).unwrap_or_default();
    for result in deciding.into_iter().chain(verdict.priority.iter()) {
        if result.outcome != Outcome::Met {
            continue;
        }
        match &result.reason {
            Reason::AtRisk { categories, via_art7, via_disability } => {
                categories.iter().flatten().for_each(|c| add(Category::AtRisk(*c)));
                if *via_disability {
                    add(Category::AtRisk(AtRiskCategory::Disability));
                }
                if *via_art7 {
                    household.art7.iter().flatten().for_each(|g| add(Category::Art7(*g)));
                }
            }
            Reason::Art7 { asked, answered } => answered
                .iter()
                .flatten()
                .filter(|g| asked.is_empty() || asked.contains(g))
                .for_each(|g| add(Category::Art7(*g))),
            Reason::Groups { matched, .. } => matched.iter().for_each(|g| add(Category::Group(*g))),
            Reason::Income(r) if r.within => add(Category::Income { percent: r.percent }),
            Reason::Unemployed(_) => add(Category::RegisteredUnemployed),
            Reason::Revitalisation(_) => add(Category::Revitalisation),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eu_categories_are_coded_by_the_name_answers_store_them_under() {
        for c in AtRiskCategory::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::Value::from(c.code()));
            assert_eq!(Category::from_code(&Category::AtRisk(c).code()), Some(Category::AtRisk(c)));
        }
        assert_eq!(Category::AtRisk(AtRiskCategory::Homeless).code(), "ue:homeless");
        assert_eq!(Category::from_code_v1("ue:9"), Some(Category::AtRisk(AtRiskCategory::Homeless)));
        assert_eq!(Category::from_code_v1("art7:1"), Category::from_code("art7:1"));
        assert_eq!(Category::from_code("ue:9"), None, "a place in a list is no longer a code");
        assert_eq!(Category::from_code_v1("ue:0"), None);
    }

    #[test]
    fn every_code_reads_back() {
        let mut all: Vec<Category> = AtRiskCategory::ALL.into_iter().map(Category::AtRisk).collect();
        all.extend(Art7Ground::ALL.into_iter().map(Category::Art7));
        all.extend(TargetGroup::ALL.into_iter().map(Category::Group));
        all.extend([
            Category::Income { percent: Decimal::new(1505, 1) },
            Category::RegisteredUnemployed,
            Category::Revitalisation,
        ]);
        for c in all {
            assert_eq!(Category::from_code(&c.code()), Some(c.clone()), "{}", c.code());
        }
        assert_eq!(Category::Art7(Art7Ground::TraffickingVictim).code(), "art7:7a");
        assert_eq!(Category::Income { percent: Decimal::new(15000, 2) }.code(), "dochod:150");
        for bad in ["", "ue:0", "ue:12", "art7:10", "grupa:x", "dochod:abc", "bezrobocie:1", "inne"] {
            assert_eq!(Category::from_code(bad), None, "{bad}");
        }
    }

    fn result(kind: crate::rules::CriterionKind, outcome: Outcome, reason: Reason) -> crate::rules::CriterionResult {
        let criterion = std::sync::Arc::new(crate::rules::Criterion { id: "c".into(), kind, source: "s".into() });
        crate::rules::CriterionResult { criterion, outcome, reason }
    }

    #[test]
    fn categories_come_from_met_criteria_only() {
        use crate::rules::{CriterionKind as K, Evaluated};
        let mut h = Household::new();
        h.art7 = Some(vec![Art7Ground::Poverty, Art7Ground::Addiction]);
        let deciding = Evaluated::All {
            outcome: Outcome::Met,
            children: vec![
                Evaluated::Criterion(result(
                    K::Residence { gminas: vec![], teryt: vec![] },
                    Outcome::Met,
                    Reason::Residence { gmina: None },
                )),
                Evaluated::Any {
                    outcome: Outcome::Met,
                    children: vec![
                        Evaluated::Criterion(result(
                            K::Art7 { grounds: vec![Art7Ground::Poverty, Art7Ground::Disability] },
                            Outcome::Met,
                            Reason::Art7 {
                                asked: vec![Art7Ground::Poverty, Art7Ground::Disability],
                                answered: h.art7.clone(),
                            },
                        )),
                        Evaluated::Criterion(result(
                            K::AtRisk,
                            Outcome::Met,
                            Reason::AtRisk {
                                categories: Some(vec![AtRiskCategory::FoodAid]),
                                via_art7: true,
                                via_disability: false,
                            },
                        )),
                        Evaluated::Criterion(result(
                            K::RegisteredUnemployed,
                            Outcome::Unknown,
                            Reason::Unemployed(crate::household::Answer::Unknown),
                        )),
                    ],
                },
            ],
        };
        let verdict = ProjectVerdict {
            project_id: "p".into(),
            status: crate::catalogue::Status::Running { until: None, closed: None },
            outcome: Some(Outcome::Met),
            rule: Some(deciding),
            priority: vec![result(
                K::RevitalisationArea,
                Outcome::Met,
                Reason::Revitalisation(crate::household::Answer::Yes),
            )],
            assumptions: vec![],
        };
        assert_eq!(
            categories_met(&verdict, &h),
            vec![
                Category::Art7(Art7Ground::Poverty),
                Category::AtRisk(AtRiskCategory::FoodAid),
                Category::Art7(Art7Ground::Addiction),
                Category::Revitalisation,
            ]
        );
    }

    #[test]
    fn labels_complete_the_statement() {
        let l = Locale::Pl;
        assert_eq!(
            Category::Art7(Art7Ground::Poverty).label(l),
            "spełniam przesłankę pomocy społecznej z art. 7 pkt 1 ustawy o pomocy społecznej: ubóstwo"
        );
        assert_eq!(
            Category::Income { percent: Decimal::new(150, 0) }.label(l),
            "dochód na osobę w mojej rodzinie nie przekracza 150% kryterium dochodowego z ustawy o pomocy społecznej"
        );
        assert_eq!(code_label("nieznany:1", l), "nieznany:1");
    }
}
