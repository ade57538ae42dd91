//! The catalogue as stored in `public/catalogue/`: an index of centres and one file per centre with its
//! projects. Field names are the JSON names; unknown fields are refused so a typo cannot hide a fact.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::hours::WeeklyHours;

pub use super::kinds::{FromProgramme, Funding, OfferKind, TargetGroup};

/// The version of the catalogue file format this app reads.
///
/// 2 (December 2026): each centre and project says when a person last confirmed its facts
/// (`checked_on`), a centre names its source as a project does (`source`, for the list of seed pages
/// `sources`) and may give its website. [`super::upgrade`] reads a file of version 1.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueIndex {
    pub schema: u32,
    pub centres: Vec<IndexEntry>,
}

/// What a phone needs to know about a centre before downloading its file: enough to pick a region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub id: String,
    pub file: String,
    pub gmina: String,
    /// The gmina's 6-digit TERYT code.
    pub teryt: String,
    pub voivodeship: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreFile {
    pub schema: u32,
    pub centre: Centre,
    pub projects: Vec<Project>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Centre {
    pub id: String,
    /// Full name as the centre writes it.
    pub name: String,
    /// "GOPS Kłobuck": what people say.
    pub short_name: String,
    pub gmina: String,
    /// The gmina's 6-digit TERYT code: what pages, filters and rules match on.
    pub teryt: String,
    pub voivodeship: String,
    #[serde(default)]
    pub address: Option<Address>,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub nip: Option<String>,
    #[serde(default)]
    pub regon: Option<String>,
    #[serde(default)]
    pub office_hours: Option<WeeklyHours>,
    /// The centre's own website ("https://gops.example.pl").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The day a person last confirmed the centre's facts against its source. Optional in the type so
    /// that a file without it is read and the check names the field; no checked file lacks it.
    #[serde(default, with = "crate::dates::optional_day")]
    pub checked_on: Option<NaiveDate>,
    /// Where the centre's facts come from.
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub town: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    pub title: String,
    /// What kind of offer this is: what residents read first, and what says how it is funded.
    pub kind: OfferKind,
    /// For an edition of a programme or a benefit: the programme's id in `programmes.json`, whose
    /// definition gives the period (when the centre's page gives none), the conditions (when the
    /// project states none of its own), the funder and the edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runs_programme: Option<String>,
    /// What the centre does in the project, where the source states it (never a default: a programme's
    /// edition or a benefit says none unless its page does).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<CentreRole>,
    /// The lead, when the centre is a partner and the source names the lead.
    #[serde(default)]
    pub lead: Option<String>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub programme: Option<Programme>,
    /// As the source states it; `None` for an edition whose page gives no dates: the programme's
    /// definition supplies them when the catalogue is assembled (and `period_from_programme` says so).
    #[serde(default)]
    pub period: Option<Period>,
    /// Set when the catalogue is assembled: which facts are the programme's, not the centre page's.
    #[serde(skip)]
    pub from_programme: FromProgramme,
    /// Last day of the durability period, when results must still be kept up.
    #[serde(default)]
    pub durability_until: Option<PartialDate>,
    /// Present when the source says the centre invites participants; open dates default to the period.
    #[serde(default)]
    pub recruitment: Option<Recruitment>,
    #[serde(default)]
    pub budget: Option<Budget>,
    #[serde(default)]
    pub participants: Option<Participants>,
    /// May be left out for an edition: the programme's apply.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Who the project is for, in the source's own words (the programme's when left out).
    #[serde(default)]
    pub target_groups_text: String,
    #[serde(default)]
    pub goal: Option<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub how_to_apply: Option<HowToApply>,
    #[serde(default)]
    pub phones: Vec<String>,
    /// Gminas the project serves when the source names them (besides the centres').
    #[serde(default)]
    pub area: Option<Area>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Who may take part, as rules (see `rules`). Kept as the JSON text here: browsing the catalogue
    /// never needs the rules, so only the checker (and the maintainers' command) parses them, with
    /// `rules::parse`, which names the exact field of any problem.
    #[serde(default)]
    pub eligibility: Option<Box<serde_json::value::RawValue>>,
    /// The day a person last confirmed the project's facts against its source (see [`Centre::checked_on`]).
    #[serde(default, with = "crate::dates::optional_day")]
    pub checked_on: Option<NaiveDate>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CentreRole {
    Lead,
    Partner,
    /// The centre's social workers refer residents; a partner organisation gives the help (FEPŻ food
    /// aid, where the page says so).
    Refers,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: String,
    pub kind: PartnerKind,
    /// Required for a partner centre: its residents are served too.
    #[serde(default)]
    pub gmina: Option<String>,
    /// The partner gmina's 6-digit TERYT code, required with `gmina`.
    #[serde(default)]
    pub teryt: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// A social welfare centre (OPS / GOPS).
    Centre,
    /// A foundation, association or other body.
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub name: String,
    /// EU financial perspective; it bounds the project's end when the source gives none.
    #[serde(default)]
    pub perspective: Option<Perspective>,
    #[serde(default)]
    pub fund: Option<String>,
    #[serde(default)]
    pub priority_axis: Option<String>,
    #[serde(default)]
    pub measure: Option<String>,
    #[serde(default)]
    pub sub_measure: Option<String>,
    #[serde(default)]
    pub territorial_instrument: Option<String>,
    #[serde(default)]
    pub call: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Perspective {
    #[serde(rename = "2014-2020")]
    Eu2014To2020,
    #[serde(rename = "2021-2027")]
    Eu2021To2027,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: PartialDate,
    /// `None` when the source does not say.
    #[serde(default)]
    pub end: Option<PartialDate>,
}

impl Period {
    /// The last day on which whether the period has started, and whether it has ended, stay what
    /// they are on `day`; `None` when neither changes again.
    pub fn holds_until(&self, day: NaiveDate) -> Option<NaiveDate> {
        let turns = [Some(self.start.first_day()), self.end.and_then(|e| e.last_day().succ_opt())];
        turns.into_iter().flatten().filter(|&t| t > day).min().and_then(|t| t.pred_opt())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recruitment {
    #[serde(default)]
    pub from: Option<PartialDate>,
    #[serde(default)]
    pub until: Option<PartialDate>,
    /// The page announces recruitment but gives no closing date (or its copy stops before it): the app
    /// never says recruitment is open then, only that it was announced, and to ask the centre.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub end_not_stated: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    #[serde(with = "crate::money::as_string")]
    pub total: Decimal,
    #[serde(default)]
    pub parts: Vec<FundingPart>,
    /// True when the parts are the whole split and must add up to the total.
    #[serde(default)]
    pub split_complete: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingPart {
    pub source: FundingSource,
    #[serde(with = "crate::money::as_string")]
    pub amount: Decimal,
    /// The percentage the source states, checked against the amounts.
    #[serde(default, with = "crate::money::as_string::option")]
    pub percent: Option<Decimal>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FundingSource {
    /// EU funds (EFS / EFS+).
    Eu,
    /// The state budget.
    StateBudget,
    /// The beneficiary's own contribution.
    Own,
    /// Co-financing as a whole, when the source does not split it.
    Cofinancing,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    pub count: u32,
    pub basis: ParticipantsBasis,
    /// What is counted: persons unless the source counts families ("10 rodzin").
    #[serde(default, skip_serializing_if = "ParticipantsUnit::is_persons")]
    pub unit: ParticipantsUnit,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantsUnit {
    #[default]
    Persons,
    Families,
}

impl ParticipantsUnit {
    fn is_persons(&self) -> bool {
        *self == ParticipantsUnit::Persons
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantsBasis {
    /// The number the project plans to support.
    Planned,
    /// "At least N", as the source plans it ("co najmniej 102 osób").
    PlannedAtLeast,
    /// "About N", as the source puts it.
    Approximate,
    /// The number actually supported, reported after the fact.
    Actual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HowToApply {
    /// How and where to apply, in the source's words.
    pub text: String,
    /// When applications are taken, if the source says.
    #[serde(default)]
    pub hours: Option<WeeklyHours>,
    #[serde(default)]
    pub documents: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    #[serde(default)]
    pub gminas: Vec<String>,
    /// The 6-digit TERYT codes of `gminas`, in the same order.
    #[serde(default)]
    pub teryt: Vec<String>,
    /// The source names a revitalisation area (obszar rewitalizacji) within the gmina.
    #[serde(default)]
    pub revitalisation_area: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What the page is and who published it, as residents read it ("Strona Ośrodka Pomocy Społecznej
    /// w Szamotułach").
    pub title: String,
    /// The seed page's file name in `data/sources/seeds/`, for maintainers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// Or the stored page's file under `data/sources/` ("projects-2026/010_….txt"), for maintainers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The page's address, shown to residents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day the page was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_on: Option<PartialDate>,
    /// The site the page was taken from, as the page names it.
    #[serde(default)]
    pub site: Option<String>,
    /// Who issued the document or page ("Gminny Ośrodek Pomocy Społecznej w Kamienicy"): required when
    /// no stored page (`seed`, `page`) is named, as for a centre's own document entered in the editor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The page's own publication date, when it has one.
    #[serde(default)]
    pub published: Option<PartialDate>,
    /// Our copy holds only the opening of the page: residents are told to ask the centre for the rest.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cut_off: bool,
}
