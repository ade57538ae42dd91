//! What can be wrong with a data file (catalogue, parameters, household), said in plain words with the
//! file and the field; and reading JSON so that every problem names where it is.
//!
//! A layer of its own above text, dates and money: it imports the messages and takes back what those
//! modules refused as a value ([`Refusal`]), so every reader of data files can use it without importing
//! another reader.

use std::fmt;

use crate::i18n::{t, Locale};
use crate::refusal::Refusal;

/// One thing wrong in one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// File name relative to the catalogue folder ("ops-szamotuly.json").
    pub file: String,
    /// Field path inside the file ("projects[0].budget.total"); empty for the file as a whole.
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file is not JSON at all; `cut_off` when it ends before its JSON does.
    Syntax {
        line: usize,
        column: usize,
        cut_off: bool,
    },
    /// A problem placed by line and column (the browser's parser tracks no field path).
    At {
        line: usize,
        column: usize,
        inner: Box<Problem>,
    },
    MissingField(String),
    UnknownField(String),
    UnknownValue(String),
    /// A value the field cannot take, shown as it is (an age of 131, two counts that differ).
    InvalidValue(String),
    /// A value of another kind than the field takes: a number where a text belongs.
    WrongKind {
        expected: Kind,
        found: Kind,
        value: String,
    },
    /// A number beyond what the field takes (a negative count).
    OutOfRange(String),
    /// A field given twice in one object.
    DuplicateField(String),
    /// A text that is not an amount written as the files write one ("1042938.86").
    NotAnAmount(String),
    /// A text that is not a date as the files write one (YYYY-MM-DD, YYYY-MM or YYYY).
    NotADate(String),
    /// A date the calendar does not have (30 February, month 13).
    NoSuchDay(String),
    /// A month or a year where the field needs a whole day.
    NotAWholeDay(String),
    Empty,
    FileMissing,
    /// A catalogue file that the index does not list, so no one would ever see it.
    NotInIndex,
    WrongSchema {
        found: u32,
        expected: u32,
    },
    BadId(String),
    DuplicateId(String),
    EndBeforeStart {
        start: String,
        end: String,
    },
    DurabilityBeforeEnd {
        end: String,
        durability: String,
    },
    NegativeAmount(String),
    TooManyDecimals(String),
    SplitDoesNotAddUp {
        sum: String,
        total: String,
    },
    SplitExceedsTotal {
        sum: String,
        total: String,
    },
    PercentMismatch {
        stated: String,
        computed: String,
    },
    UnknownWeekday(String),
    ClosesBeforeOpens(String),
    BadPhone(String),
    BadPostcode(String),
    BadEmail(String),
    BadNip(String),
    BadRegon(String),
    BadSeed(String),
    /// The index names a centre whose file says it is another centre.
    IndexIdMismatch {
        index: String,
        file: String,
    },
    /// A partner centre without its gmina: its residents could not find the project.
    PartnerGminaMissing(String),
    /// A residence rule admits a gmina (code) the project does not list among those it serves.
    ResidenceNotServed(String),
    /// A household names its gmina by a name several gminas share (codes listed).
    GminaNameAmbiguous {
        name: String,
        codes: String,
    },
    /// A household names its gmina by a name no gmina has.
    GminaNameUnknown(String),
    LeadOnlyForPartner,
    /// A centre that refers residents names the partner organisation that gives the help.
    RefersWithoutOrganisation,
    /// A maintainer's mark for a gmina the directory has no centre for.
    NoCentreToMark(String),
    UnknownCriterion(String),
    UnknownParameter(String),
    /// A code that is not one of the 2,479 gminas' 6-digit TERYT codes.
    UnknownGmina(String),
    /// A row whose 6- and 7-digit codes, or powiat and voivodeship codes, say different places.
    TerytMismatch(String),
    /// A directory lists two centres for one gmina.
    SecondCentre {
        kept: String,
        dropped: String,
    },
    /// A locality or centre in a file that is not its own (another letter, another powiat).
    OutsideFile(String),
    /// The shipped data says something else than the catalogue about a project or centre.
    DataStale(String),
    /// A field that an offer of this kind (its code) cannot have, such as EU funding in a national
    /// programme or a recruitment window for a benefit granted all year.
    NotForKind(String),
    /// A programme id that `programmes.json` does not define.
    UnknownProgramme(String),
    /// A source page's address that is not an http(s) address.
    BadUrl(String),
    /// A household's first member is not the one applying.
    NotApplicant,
    /// A household member after the first is marked as the one applying.
    SecondApplicant,
    /// A member with both an age and a birth date (which one counts?).
    AgeAndBirthDate,
    /// A birth date after the day of the check.
    BornAfter {
        born: String,
        day: String,
    },
    /// More items than the app takes (a household of more people than any it can be).
    TooMany {
        count: usize,
        max: usize,
    },
    /// A text longer than the app takes.
    TooLong {
        length: usize,
        max: usize,
    },
}

impl Problem {
    pub fn describe(&self, locale: Locale) -> String {
        match self {
            Problem::Syntax { line, column, cut_off: true } => {
                t::problem_cut_off(locale, t::ProblemCutOff { column: &column, line: &line })
            }
            Problem::Syntax { line, column, cut_off: false } => {
                t::problem_syntax(locale, t::ProblemSyntax { column: &column, line: &line })
            }
            Problem::At { line, column, inner } => {
                t::problem_at(locale, t::ProblemAt { line: &line, column: &column, problem: &inner.describe(locale) })
            }
            Problem::MissingField(name) => t::problem_missing_field(locale, name),
            Problem::UnknownField(name) => t::problem_unknown_field(locale, name),
            Problem::UnknownValue(value) => t::problem_unknown_value(locale, value),
            Problem::InvalidValue(detail) => t::problem_invalid_value(locale, detail),
            Problem::WrongKind { expected, found, value } => t::problem_wrong_kind(
                locale,
                t::ProblemWrongKind { expected: &expected.label(locale), found: &found.with_value(value, locale) },
            ),
            Problem::OutOfRange(value) => t::problem_out_of_range(locale, value),
            Problem::DuplicateField(name) => t::problem_duplicate_field(locale, name),
            Problem::NotAnAmount(text) => t::problem_not_an_amount(locale, text),
            Problem::NotADate(text) => t::problem_not_a_date(locale, text),
            Problem::NoSuchDay(text) => t::problem_no_such_day(locale, text),
            Problem::NotAWholeDay(text) => t::problem_not_a_whole_day(locale, text),
            Problem::Empty => t::problem_empty(locale).to_string(),
            Problem::FileMissing => t::problem_file_missing(locale).to_string(),
            Problem::NotInIndex => t::problem_not_in_index(locale).to_string(),
            Problem::WrongSchema { found, expected } => {
                t::problem_wrong_schema(locale, t::ProblemWrongSchema { expected: &expected, found: &found })
            }
            Problem::BadId(id) => t::problem_bad_id(locale, id),
            Problem::DuplicateId(id) => t::problem_duplicate_id(locale, id),
            Problem::EndBeforeStart { start, end } => {
                t::problem_end_before_start(locale, t::ProblemEndBeforeStart { end: &end, start: &start })
            }
            Problem::DurabilityBeforeEnd { end, durability } => t::problem_durability_before_end(
                locale,
                t::ProblemDurabilityBeforeEnd { durability: &durability, end: &end },
            ),
            Problem::NegativeAmount(a) => t::problem_negative_amount(locale, a),
            Problem::TooManyDecimals(a) => t::problem_too_many_decimals(locale, a),
            Problem::SplitDoesNotAddUp { sum, total } => {
                t::problem_split_sum(locale, t::ProblemSplitSum { sum: &sum, total: &total })
            }
            Problem::SplitExceedsTotal { sum, total } => {
                t::problem_split_exceeds(locale, t::ProblemSplitExceeds { sum: &sum, total: &total })
            }
            Problem::PercentMismatch { stated, computed } => {
                t::problem_percent(locale, t::ProblemPercent { computed: &computed, stated: &stated })
            }
            Problem::UnknownWeekday(day) => t::problem_unknown_weekday(locale, day),
            Problem::ClosesBeforeOpens(span) => t::problem_closes_before_opens(locale, span),
            Problem::BadPhone(p) => t::problem_bad_phone(locale, p),
            Problem::BadPostcode(p) => t::problem_bad_postcode(locale, p),
            Problem::BadEmail(e) => t::problem_bad_email(locale, e),
            Problem::BadNip(n) => t::problem_bad_nip(locale, n),
            Problem::BadRegon(r) => t::problem_bad_regon(locale, r),
            Problem::BadSeed(s) => t::problem_bad_seed(locale, s),
            Problem::IndexIdMismatch { index, file } => {
                t::problem_index_id_mismatch(locale, t::ProblemIndexIdMismatch { file: &file, index: &index })
            }
            Problem::PartnerGminaMissing(name) => t::problem_partner_gmina_missing(locale, name),
            Problem::ResidenceNotServed(code) => t::problem_residence_not_served(locale, code),
            Problem::GminaNameAmbiguous { name, codes } => {
                t::problem_gmina_name_ambiguous(locale, t::ProblemGminaNameAmbiguous { name: &name, codes: &codes })
            }
            Problem::GminaNameUnknown(name) => t::problem_gmina_name_unknown(locale, name),
            Problem::LeadOnlyForPartner => t::problem_lead_only_for_partner(locale).to_string(),
            Problem::RefersWithoutOrganisation => t::problem_refers_without_organisation(locale).to_string(),
            Problem::NoCentreToMark(code) => t::problem_no_centre_to_mark(locale, code),
            Problem::UnknownCriterion(name) => t::problem_unknown_criterion(locale, name),
            Problem::UnknownParameter(name) => t::problem_unknown_parameter(locale, name),
            Problem::UnknownGmina(code) => t::problem_unknown_gmina(locale, code),
            Problem::TerytMismatch(code) => t::problem_teryt_mismatch(locale, code),
            Problem::SecondCentre { kept, dropped } => {
                t::problem_second_centre(locale, t::ProblemSecondCentre { dropped: &dropped, kept: &kept })
            }
            Problem::OutsideFile(name) => t::problem_outside_file(locale, name),
            Problem::DataStale(name) => t::problem_data_stale(locale, name),
            Problem::NotForKind(kind) => t::problem_not_for_kind(locale, kind),
            Problem::UnknownProgramme(id) => t::problem_unknown_programme(locale, id),
            Problem::BadUrl(url) => t::problem_bad_url(locale, url),
            Problem::NotApplicant => t::problem_not_applicant(locale).to_string(),
            Problem::SecondApplicant => t::problem_second_applicant(locale).to_string(),
            Problem::AgeAndBirthDate => t::problem_age_and_birth_date(locale).to_string(),
            Problem::BornAfter { born, day } => {
                t::problem_born_after(locale, t::ProblemBornAfter { born: &born, day: &day })
            }
            Problem::TooMany { count, max } => t::problem_over_limit(locale, t::ProblemOverLimit { count, max }),
            Problem::TooLong { length, max } => t::problem_too_long(locale, t::ProblemTooLong { length, max }),
        }
    }
}

impl From<Refusal> for Problem {
    fn from(refusal: Refusal) -> Problem {
        match refusal {
            Refusal::NotAnAmount(text) => Problem::NotAnAmount(text),
            Refusal::NotADate(text) => Problem::NotADate(text),
            Refusal::NoSuchDay(text) => Problem::NoSuchDay(text),
            Refusal::NotAWholeDay(text) => Problem::NotAWholeDay(text),
        }
    }
}

impl Issue {
    pub fn new(file: &str, path: impl Into<String>, problem: Problem) -> Issue {
        Issue { file: file.to_string(), path: path.into(), problem }
    }

    /// "ops-szamotuly.json: projects[0].budget.total: …"
    pub fn describe(&self, locale: Locale) -> String {
        if self.path.is_empty() {
            format!("{}: {}", self.file, self.problem.describe(locale))
        } else {
            format!("{}: {}: {}", self.file, self.path, self.problem.describe(locale))
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Locale::default()))
    }
}

mod json;

pub use json::{from_serde_error, from_serde_message, parse_json, Kind};
/// A document of any schema this release knows (a declaration, a request: its `schema` field, not an
/// envelope), migrated to `current`; what is wrong said as a [`Problem`], so the reader is told it in
/// their language. How an import file's documents are read.
pub fn versioned<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
    current: u32,
    migrate: fn(u32, serde_json::Value) -> Result<serde_json::Value, String>,
) -> Result<T, Problem> {
    let mut value = value;
    if !value.is_object() {
        let (found, value) = Kind::of(&value);
        return Err(Problem::WrongKind { expected: Kind::Object, found, value });
    }
    let schema =
        value.get("schema").and_then(serde_json::Value::as_u64).ok_or(Problem::MissingField("schema".into()))? as u32;
    if schema == 0 || schema > current {
        return Err(Problem::WrongSchema { found: schema, expected: current });
    }
    for from in schema..current {
        value = migrate(from, value).map_err(Problem::UnknownValue)?;
    }
    serde_json::from_value(value).map_err(from_serde_error)
}
