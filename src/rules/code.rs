//! The kinds of condition by the name a centre's file gives them (`"criterion": "income"`): one list
//! for the rules' reader, the explanations and the staff editor, so that a new kind is added in one
//! place and every `match` over it is told by the compiler.

/// A kind of condition, as named in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CriterionCode {
    Residence,
    Income,
    Age,
    TargetGroup,
    AtRisk,
    Art7Ground,
    RegisteredUnemployed,
    RevitalisationArea,
    DisabilityCertificate,
    Carer,
}

impl CriterionCode {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [CriterionCode; 10] = [
        CriterionCode::Residence,
        CriterionCode::Income,
        CriterionCode::Age,
        CriterionCode::TargetGroup,
        CriterionCode::AtRisk,
        CriterionCode::Art7Ground,
        CriterionCode::RegisteredUnemployed,
        CriterionCode::RevitalisationArea,
        CriterionCode::DisabilityCertificate,
        CriterionCode::Carer,
    ];

    /// The name in a file's `criterion` field.
    pub fn code(self) -> &'static str {
        match self {
            CriterionCode::Residence => "residence",
            CriterionCode::Income => "income",
            CriterionCode::Age => "age",
            CriterionCode::TargetGroup => "target_group",
            CriterionCode::AtRisk => "at_risk",
            CriterionCode::Art7Ground => "art7_ground",
            CriterionCode::RegisteredUnemployed => "registered_unemployed",
            CriterionCode::RevitalisationArea => "revitalisation_area",
            CriterionCode::DisabilityCertificate => "disability_certificate",
            CriterionCode::Carer => "carer",
        }
    }

    /// The kind a file names; `None` for a name no kind has.
    pub fn from_code(code: &str) -> Option<CriterionCode> {
        CriterionCode::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_no_other() {
        for code in CriterionCode::ALL {
            assert_eq!(CriterionCode::from_code(code.code()), Some(code));
        }
        let names: std::collections::BTreeSet<&str> = CriterionCode::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(names.len(), CriterionCode::ALL.len());
        assert_eq!(CriterionCode::from_code("Income"), None);
        assert_eq!(CriterionCode::from_code(""), None);
    }
}
