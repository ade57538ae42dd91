//! The preview of a draft's project as residents will see it, and "try it": a sample household typed
//! in a few questions, judged by the same engine and explained in the same words as in the checker.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::draft::Draft;
use crate::catalogue::validate::read_centre_file;
use crate::catalogue::{Catalogue, Loaded, ProgrammesFile};
use crate::household::{Answer, Art7Ground, AtRiskCategory, Household, Member, Role, HOUSEHOLD_SCHEMA};
use crate::household::{Income, IncomeKind};
use crate::parameters::ParametersFile;
use crate::problem::Issue;
use crate::rules::{eligibility_of, evaluate, ProjectVerdict};

/// The most people a sample household may have: as many as a household file may ([`MAX_MEMBERS`]).
pub const MAX_PEOPLE: u32 = crate::household::MAX_MEMBERS as u32;

/// A household as the editor's questions give it. What is not given is "nie wiem", as in the checker.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sample {
    /// The gmina lived in: its name and TERYT code.
    pub gmina: Option<(String, String)>,
    /// How many people, the one applying counted (at least 1).
    pub people: u32,
    /// How many of them are children.
    pub children: u32,
    /// The whole household's monthly net income.
    pub income: Option<Decimal>,
    /// The age of the one applying, in whole years.
    pub age: Option<u32>,
    pub unemployed: Answer,
    pub revitalisation: Answer,
    /// The "at risk" categories that apply; `None` when not said.
    pub at_risk: Option<Vec<AtRiskCategory>>,
    /// The art. 7 grounds that apply; `None` when not said.
    pub art7: Option<Vec<Art7Ground>>,
}

impl Sample {
    /// The household the engine reads: the one applying first, with the household's income; then the
    /// children and the other members, without income of their own (their income is in the total).
    pub fn household(&self) -> Household {
        let people = self.people.clamp(1, MAX_PEOPLE).max(self.children.saturating_add(1).min(MAX_PEOPLE));
        let children = self.children.min(people - 1);
        let none = self.income.map(|_| Vec::new());
        let applicant = Member {
            role: Role::Applicant,
            age: self.age,
            incomes: self.income.map(|monthly| vec![Income { kind: IncomeKind::Wages, monthly }]),
            registered_unemployed: self.unemployed,
            ..Member::default()
        };
        let others = (1..people).map(|i| Member {
            role: if i <= children { Role::Child } else { Role::Other },
            incomes: none.clone(),
            ..Member::default()
        });
        Household {
            schema: HOUSEHOLD_SCHEMA,
            gmina: self.gmina.as_ref().map(|(name, _)| name.clone()),
            gmina_code: self.gmina.as_ref().map(|(_, code)| code.clone()),
            revitalisation_area: self.revitalisation,
            members: std::iter::once(applicant).chain(others).collect(),
            at_risk: self.at_risk.clone(),
            art7: self.art7.clone(),
            ..Household::default()
        }
    }
}

/// The draft's file read as the app reads a catalogue file (its shape only: facts the checks still
/// name do not stop the preview), with the entry of the project at `at`.
pub fn preview(
    draft: &Draft,
    file_name: &str,
    programmes: &ProgrammesFile,
    at: usize,
) -> Result<(Loaded, usize), Vec<Issue>> {
    let file = read_centre_file(file_name, &draft.text())?;
    let id = draft.file.text(&format!("projects[{at}].id"));
    let (catalogue, issues) = Catalogue::from_files(vec![(file_name.to_string(), file)], programmes);
    let found = catalogue.entries.iter().position(|e| e.project.id == id);
    match found {
        Some(entry) => Ok((Loaded { catalogue, issues }, entry)),
        None => Err(issues),
    }
}

/// The verdict on the sample household for the project, with every reason; `Err` with the problems
/// of its rules when they cannot be read.
pub fn try_sample(
    loaded: &Loaded,
    entry: usize,
    sample: &Sample,
    params: &ParametersFile,
    day: NaiveDate,
) -> Result<ProjectVerdict, Vec<Issue>> {
    let entry = &loaded.catalogue.entries[entry];
    let rules = eligibility_of(entry, &loaded.catalogue.programmes)?;
    Ok(evaluate(entry, rules.as_ref(), &sample.household(), params, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::json::Json;
    use crate::rules::Outcome;

    fn programmes() -> ProgrammesFile {
        serde_json::from_str(include_str!("../../public/catalogue/programmes.json")).unwrap()
    }

    fn params() -> ParametersFile {
        crate::parameters::parse_parameters("parameters.json", include_str!("../../public/catalogue/parameters.json"))
            .unwrap()
    }

    /// Kamienica's project for residents with income up to 150% of the criterion.
    fn draft() -> Draft {
        let mut d = Draft::for_gmina("Kamienica", "120705", "małopolskie");
        d.add_project("2026-12-03");
        for (path, value) in [
            ("centre.id", "gops-kamienica"),
            ("centre.name", "Gminny Ośrodek Pomocy Społecznej Kamienica"),
            ("centre.short_name", "GOPS Kamienica"),
            ("centre.checked_on", "2026-12-03"),
            ("centre.source.title", "Informacja kierownika ośrodka"),
            ("projects[0].id", "aktywni-w-kamienicy"),
            ("projects[0].title", "Aktywni w Kamienicy"),
            ("projects[0].source.title", "Regulamin rekrutacji"),
        ] {
            d.file.set(path, Json::str(value));
        }
        d.start_rules("projects[0]");
        d.add_condition("projects[0].eligibility.rule", crate::rules::CriterionCode::Income, false);
        d.file.set("projects[0].eligibility.rule.all[0].source", Json::str("Regulamin, § 3"));
        d.file.set("projects[0].eligibility.rule.all[1].percent", Json::str("150"));
        d.file.set("projects[0].eligibility.rule.all[1].source", Json::str("Regulamin, § 4"));
        d
    }

    #[test]
    fn a_household_under_150_percent_of_the_criterion_meets_and_one_over_does_not() {
        let d = draft();
        let (loaded, at) = preview(&d, "gops-kamienica.json", &programmes(), 0).unwrap();
        assert_eq!(loaded.catalogue.entries[at].project.title, "Aktywni w Kamienicy");
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut sample = Sample {
            gmina: Some(("Kamienica".into(), "120705".into())),
            people: 3,
            children: 1,
            income: Some(Decimal::from(3000)),
            ..Sample::default()
        };
        let verdict = try_sample(&loaded, at, &sample, &params(), day).unwrap();
        assert_eq!(verdict.outcome, Some(Outcome::Met), "{verdict:?}");
        sample.income = Some(Decimal::from(9000));
        let verdict = try_sample(&loaded, at, &sample, &params(), day).unwrap();
        assert_eq!(verdict.outcome, Some(Outcome::NotMet));
        sample.income = None;
        assert_eq!(try_sample(&loaded, at, &sample, &params(), day).unwrap().outcome, Some(Outcome::Unknown));
        sample.gmina = Some(("Dobra".into(), "120703".into()));
        assert_eq!(try_sample(&loaded, at, &sample, &params(), day).unwrap().outcome, Some(Outcome::NotMet));
    }

    #[test]
    fn a_sample_household_has_the_one_applying_first_and_a_plausible_size() {
        let h = Sample { people: 0, children: 3, ..Sample::default() }.household();
        assert_eq!(h.members.len(), 4);
        assert_eq!(h.members[0].role, Role::Applicant);
        assert_eq!(h.members.iter().filter(|m| m.role == Role::Child).count(), 3);
        let h = Sample { people: 500, ..Sample::default() }.household();
        assert_eq!(h.members.len(), MAX_PEOPLE as usize);
        assert!(h.members.iter().all(|m| m.incomes.is_none()), "no income given: not known");
    }

    #[test]
    fn a_project_without_an_id_yet_cannot_be_previewed_and_says_why() {
        let mut d = draft();
        d.file.remove("projects[0].id");
        assert!(preview(&d, "gops-kamienica.json", &programmes(), 0).is_err());
    }
}
