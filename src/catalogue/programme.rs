//! Programmes that centres run edition after edition ("Asystent osobisty osoby z niepełnosprawnością –
//! edycja 2026", "Opieka wytchnieniowa – edycja 2026", "Posiłek w szkole i w domu" 2024–2028, FEPŻ
//! Podprogram 2025): each defined once in `programmes.json`, with its funder, period and conditions and
//! the source that states them. A centre's edition names its programme (`runs_programme`) and adds its
//! own facts; what the centre's page does not say, the definition gives, and the page says so.

use serde::{Deserialize, Serialize};

use super::model::{Funding, FundingSource, OfferKind, Period, Project, Source, TargetGroup};
use super::Catalogue;
use crate::problem::{parse_json, Issue, Problem};

/// Name of the programmes file inside the catalogue folder.
pub const PROGRAMMES_FILE: &str = "programmes.json";
pub const PROGRAMMES_SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammesFile {
    pub schema: u32,
    pub programmes: Vec<ProgrammeDef>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeDef {
    pub id: String,
    /// The programme's name as its documents write it.
    pub name: String,
    /// An edition centres recruit for, or a benefit granted all year.
    pub kind: OfferKind,
    pub funding: Funding,
    /// Who pays, in words ("Fundusz Solidarnościowy").
    pub funder: String,
    /// "edycja 2026", "Podprogram 2025", "na lata 2024–2028".
    #[serde(default)]
    pub edition: Option<String>,
    /// When the edition runs, where a source states it (`period_source` says which).
    #[serde(default)]
    pub period: Option<Period>,
    #[serde(default)]
    pub period_source: Option<Source>,
    /// What the programme gives, in a sentence of its documents' words.
    pub summary: String,
    pub target_groups: Vec<TargetGroup>,
    pub target_groups_text: String,
    /// Who may take part, as rules (see `rules`), each criterion with its source.
    #[serde(default)]
    pub eligibility: Option<Box<serde_json::value::RawValue>>,
    /// Where the definition as a whole is stated.
    pub source: Source,
    /// How an edition's residence condition is read when the centre's page does not state one.
    pub residence: ResidenceNote,
    /// Present for a programme run in yearly editions (services 1 January to 31 December, gminas apply
    /// in the autumn before): once an edition has ended, the next may run, and only the centre knows
    /// whether it runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yearly: Option<YearlyEditions>,
}

/// Where it is stated that a programme runs in yearly editions.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyEditions {
    pub source: Source,
}

impl ProgrammeDef {
    /// Whether the edition runs on `day` (a programme without dates is taken to run).
    pub fn runs_on(&self, day: chrono::NaiveDate) -> bool {
        self.period.is_none_or(|p| p.start.first_day() <= day && p.end.is_none_or(|e| e.last_day() >= day))
    }

    /// The end of the edition, once it has passed on `day`.
    pub fn ended_by(&self, day: chrono::NaiveDate) -> Option<crate::dates::PartialDate> {
        self.period.and_then(|p| p.end).filter(|e| e.last_day() < day)
    }
}

/// An edition is for the residents of the centre's gmina: the words that go with that condition.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidenceNote {
    /// The criterion's source, as residents read it.
    pub source: String,
    /// The assumption residents are shown beside the conditions.
    pub assumption: String,
}

impl ProgrammesFile {
    pub fn get(&self, id: &str) -> Option<&ProgrammeDef> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The national programmes a gmina's page names beside its own entries on `day`: those running that no
    /// edition here runs now (a centre whose 2026 contract of a programme of several years has ended is
    /// still told of the programme), and those run in yearly editions whose edition has ended, where no
    /// edition was known (an edition here says it ended on its own card). `here` holds each entry's
    /// programme with whether it is open on `day`.
    pub fn elsewhere(&self, here: &[(&str, bool)], day: chrono::NaiveDate) -> Vec<&ProgrammeDef> {
        let open_here = |id: &str| here.iter().any(|(p, open)| *p == id && *open);
        let known_here = |id: &str| here.iter().any(|(p, _)| *p == id);
        self.programmes
            .iter()
            .filter(|d| !open_here(&d.id))
            .filter(|d| {
                let starts_or_runs = d.ended_by(day).is_none();
                let yearly_ended = d.yearly.is_some() && d.ended_by(day).is_some() && !known_here(&d.id);
                starts_or_runs || yearly_ended
            })
            .collect()
    }

    /// Fills in what an edition leaves to its programme: the period and who it is for
    /// (`project.from_programme` says what was taken). Its conditions are read only by the checker:
    /// `rules::eligibility_of` takes the programme's when the project states none. A programme id not
    /// defined leaves the project as it is (validation names it).
    pub fn resolve(&self, project: &mut Project) {
        let Some(def) = project.runs_programme.as_deref().and_then(|id| self.get(id)) else { return };
        let taken = &mut project.from_programme;
        if project.period.is_none() && def.period.is_some() {
            project.period = def.period;
            taken.period = true;
        }
        if project.target_groups.is_empty() {
            project.target_groups = def.target_groups.clone();
            taken.target_groups = true;
        }
        if project.target_groups_text.trim().is_empty() {
            project.target_groups_text = def.target_groups_text.clone();
            taken.target_groups_text = true;
        }
        taken.yearly = def.yearly.is_some();
    }

    /// The project as a centre file would state it: what [`ProgrammesFile::resolve`] took from the
    /// programme left out again (the powiat files carry projects this way, so a page still knows which
    /// facts are the programme's). Resolving the result gives the project back.
    pub fn unresolved(&self, project: &Project) -> Project {
        let mut p = project.clone();
        let taken = std::mem::take(&mut p.from_programme);
        if taken.period {
            p.period = None;
        }
        if taken.target_groups {
            p.target_groups.clear();
        }
        if taken.target_groups_text {
            p.target_groups_text.clear();
        }
        p
    }
}

/// Reads and checks the programmes file: ids, words, sources, an edition's period. The rules are read
/// by `rules::programme_rule_issues`.
pub fn parse_programmes(file: &str, text: &str) -> Result<ProgrammesFile, Vec<Issue>> {
    let parsed: ProgrammesFile = parse_json(file, text).map_err(|i| vec![i])?;
    let mut check = super::validate::Checker::new(file);
    if parsed.schema != PROGRAMMES_SCHEMA {
        check.push("schema", Problem::WrongSchema { found: parsed.schema, expected: PROGRAMMES_SCHEMA });
    }
    let mut seen = std::collections::HashSet::new();
    for (i, p) in parsed.programmes.iter().enumerate() {
        let at = format!("programmes[{i}]");
        check.id(&format!("{at}.id"), &p.id);
        if !seen.insert(p.id.as_str()) {
            check.push(format!("{at}.id"), Problem::DuplicateId(p.id.clone()));
        }
        check.not_empty(&format!("{at}.name"), &p.name);
        check.not_empty(&format!("{at}.funder"), &p.funder);
        check.not_empty(&format!("{at}.summary"), &p.summary);
        check.not_empty(&format!("{at}.target_groups_text"), &p.target_groups_text);
        if p.target_groups.is_empty() {
            check.push(format!("{at}.target_groups"), Problem::Empty);
        }
        if p.kind == OfferKind::EuProject {
            check.push(format!("{at}.kind"), Problem::NotForKind(p.kind.code().into()));
        }
        if let Some(period) = p.period {
            if let Some(end) = period.end.filter(|e| e.last_day() < period.start.first_day()) {
                check.push(
                    format!("{at}.period.end"),
                    Problem::EndBeforeStart { start: period.start.to_string(), end: end.to_string() },
                );
            }
            match &p.period_source {
                Some(source) => check.source(&format!("{at}.period_source"), source),
                None => check.push(format!("{at}.period_source"), Problem::MissingField("period_source".into())),
            }
        }
        check.source(&format!("{at}.source"), &p.source);
        if let Some(yearly) = &p.yearly {
            check.source(&format!("{at}.yearly.source"), &yearly.source);
        }
        check.not_empty(&format!("{at}.residence.source"), &p.residence.source);
        check.not_empty(&format!("{at}.residence.assumption"), &p.residence.assumption);
    }
    check.finish(parsed)
}

/// What the catalogue says against the programmes: every edition names a programme that exists and
/// is of its kind, has dates (its own or the programme's), and has EU money only if the programme is
/// EU-funded.
pub fn issues(catalogue: &Catalogue, programmes: &ProgrammesFile) -> Vec<Issue> {
    let mut issues = Vec::new();
    for e in &catalogue.entries {
        let p = &e.project;
        let at = e.rules_at().trim_end_matches(".eligibility").to_string();
        let Some(id) = &p.runs_programme else { continue };
        let Some(def) = programmes.get(id) else {
            issues.push(Issue::new(&e.file, format!("{at}.runs_programme"), Problem::UnknownProgramme(id.clone())));
            continue;
        };
        if def.kind != p.kind {
            issues.push(Issue::new(&e.file, format!("{at}.kind"), Problem::NotForKind(def.kind.code().into())));
        }
        if p.period.is_none() {
            issues.push(Issue::new(&e.file, format!("{at}.period"), Problem::MissingField("period".into())));
        }
        let eu = p.budget.iter().flat_map(|b| b.parts.iter()).position(|part| part.source == FundingSource::Eu);
        if let (Some(j), Funding::National) = (eu, def.funding) {
            issues.push(Issue::new(
                &e.file,
                format!("{at}.budget.parts[{j}].source"),
                Problem::NotForKind(p.kind.code().into()),
            ));
        }
    }
    issues
}

/// How an offer is funded: an EU project by the EU; an edition or a benefit as its programme says.
/// `None` when the programme is not known.
pub fn funding_of(project: &Project, programmes: &ProgrammesFile) -> Option<Funding> {
    match project.kind {
        OfferKind::EuProject => Some(Funding::Eu),
        _ => project.runs_programme.as_deref().and_then(|id| programmes.get(id)).map(|d| d.funding),
    }
}
