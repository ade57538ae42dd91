//! What the app keeps on the device, the schema of each value and the migrations from earlier schemas.
//! Every stored value is an envelope `{"schema": n, "data": …}`. Reading one of an earlier schema
//! migrates it step by step; one that cannot be read, or of a newer schema (an older copy of the app
//! after an update was rolled back), is reported so the caller can move it aside, never drop it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::dates::PartialDate;
use crate::household::{resolve_gmina, GminaByName, Household};
use crate::questionnaire::Question;

/// Schema of the stored answers. 1: the checker's state itself. 2: wrapped with the day it was saved.
/// 3: the household's gmina with its TERYT code (household schema 2). 4: disability certificates and
/// carers (household schema 3). 5: the applicant's sex, a random event and citizenship, for the act's
/// benefits (household schema 4). 6: the district of a city whose districts each have a centre
/// (household schema 5).
pub const ANSWERS_SCHEMA: u32 = 6;
/// Schema of a stored declaration: the declaration's own schema.
pub const DECLARATION_SCHEMA: u32 = crate::declaration::DECLARATION_SCHEMA;

#[derive(Serialize)]
pub struct EnvelopeRef<'a, T> {
    pub schema: u32,
    pub data: &'a T,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    schema: u32,
    data: Value,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not an envelope, or data that does not fit the type: the reader's message.
    Unreadable(String),
    /// Written by a newer version of the app.
    Newer(u32),
}

/// A migration: the data of schema `from` turned into schema `from + 1`.
pub type Migrate = fn(from: u32, data: Value) -> Result<Value, String>;

/// The stored text as `T` of schema `current`, migrating earlier schemas. `Ok((value, true))` when a
/// migration ran, so the caller can write the value back in the current schema.
pub fn read<T: DeserializeOwned>(raw: &str, current: u32, migrate: Migrate) -> Result<(T, bool), ReadError> {
    let value: Value = serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    // An object only: serde would also read a two-element array as the envelope.
    if !value.is_object() {
        return Err(ReadError::Unreadable("not an envelope".into()));
    }
    let envelope: Envelope = serde_json::from_value(value).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    if envelope.schema > current {
        return Err(ReadError::Newer(envelope.schema));
    }
    if envelope.schema == 0 {
        return Err(ReadError::Unreadable("schema 0".into()));
    }
    let mut data = envelope.data;
    for from in envelope.schema..current {
        data = migrate(from, data).map_err(ReadError::Unreadable)?;
    }
    let value = serde_json::from_value(data).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    Ok((value, envelope.schema != current))
}

/// The stored text of `data` in schema `schema`.
pub fn write<T: Serialize>(schema: u32, data: &T) -> String {
    serde_json::to_string(&EnvelopeRef { schema, data }).expect("stored values serialise")
}

/// For values with no earlier schema.
pub fn no_migration(from: u32, _: Value) -> Result<Value, String> {
    Err(format!("no migration from schema {from}"))
}

/// The questionnaire's state: the projects being checked, the answers, the day checked for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckState {
    /// The projects being checked; empty means every project in the catalogue.
    pub projects: Vec<String>,
    pub household: Household,
    /// Questions answered so far, for "check your answers" and progress: kept as their slugs and read
    /// only through [`CheckState::is_answered`], so a slug no version of the app knows (a question
    /// renamed since the answers were saved) is a question not answered, never a saved check that can
    /// no longer be read. (Typed `Vec<Question>` would also cost the checker 447 bytes gzip of serde code,
    /// measured.)
    answered: Vec<String>,
    /// The day to check for (staff); `None` is today.
    pub as_of: Option<PartialDate>,
}

impl Default for CheckState {
    fn default() -> Self {
        CheckState { projects: Vec::new(), household: Household::new(), answered: Vec::new(), as_of: None }
    }
}

impl CheckState {
    /// Whether any question has been answered: answers worth keeping, showing and carrying over.
    pub fn has_answers(&self) -> bool {
        !self.answered.is_empty()
    }

    pub fn is_answered(&self, q: Question) -> bool {
        self.answered.iter().any(|s| s == q.slug())
    }

    pub fn mark_answered(&mut self, q: Question) {
        if !self.is_answered(q) {
            self.answered.push(q.slug().to_string());
        }
    }

    /// A question to ask again: an earlier answer changed what it is about (another gmina, another
    /// district list).
    pub fn mark_unanswered(&mut self, q: Question) {
        self.answered.retain(|slug| slug != q.slug());
    }

    /// Gives a gmina stored by name only (answers of schema 2 or earlier) its code from the gmina index;
    /// a name that does not say which gmina is dropped and the question asked again.
    pub fn resolve_gmina(&mut self, places: &crate::places::Places) -> GminaByName {
        let found = resolve_gmina(&mut self.household, places);
        if found.dropped() {
            self.mark_unanswered(Question::Gmina);
        }
        found
    }
}

/// The answers as stored (schema 2): the state and the day it was last saved, shown in "Moje dokumenty".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedAnswers {
    pub state: CheckState,
    /// `None` for answers saved before schema 2.
    pub saved_on: Option<PartialDate>,
}

/// Answers 1 → 2: the state moves under `state`; the day it was saved is not known. 2 → 3: the household
/// becomes schema 2, its gmina still a name without a code until the gmina index has arrived
/// ([`CheckState::resolve_gmina`]): the index is a download, a migration reads only the stored value.
/// 3 → 4: the household becomes schema 3 (certificates and the carer answer, "nie wiem" until asked).
/// 4 → 5: the household becomes schema 4 (sex, random event and citizenship, "nie wiem" until asked).
/// 5 → 6: the household becomes schema 5 (the district, not given until asked).
pub fn migrate_answers(from: u32, data: Value) -> Result<Value, String> {
    match from {
        1 => Ok(serde_json::json!({ "state": data, "saved_on": null })),
        // The household's own schema moves one step each time, and no step adds anything that must be
        // filled in (what is absent reads as "nie wiem").
        2..=5 => {
            let mut data = data;
            match data.pointer_mut("/state/household/schema") {
                Some(schema) => *schema = Value::from(from),
                None => return Err("no household schema".into()),
            }
            Ok(data)
        }
        other => Err(format!("no migration from schema {other}")),
    }
}

/// Schema of the record of declarations saved to a file. 1: the first.
pub const FILE_SAVES_SCHEMA: u32 = 1;

/// When each declaration was last saved to a file on this device ("Moje dokumenty" says it: a copy in
/// a file outlasts the browser's storage). Stored as text, one `<id> <day>` per line inside the usual
/// envelope: serde's derived reading for two structs made the checker's wasm bigger (measured with
/// `make size`), and the lines are read back exactly (tested below).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileSaves {
    pub saves: Vec<FileSave>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FileSave {
    /// The declaration's id.
    pub id: String,
    pub on: chrono::NaiveDate,
}

impl FileSaves {
    pub fn on(&self, id: &str) -> Option<chrono::NaiveDate> {
        self.saves.iter().find(|s| s.id == id).map(|s| s.on)
    }

    /// Notes that these declarations were saved to a file on `day`.
    pub fn saved(&mut self, ids: &[String], day: chrono::NaiveDate) {
        self.saves.retain(|s| !ids.contains(&s.id));
        self.saves.extend(ids.iter().map(|id| FileSave { id: id.clone(), on: day }));
    }

    pub fn forget(&mut self, id: &str) {
        self.saves.retain(|s| s.id != id);
    }

    /// The stored text: one `<id> <YYYY-MM-DD>` per line.
    pub fn to_text(&self) -> String {
        self.saves.iter().map(|s| format!("{} {}\n", s.id, PartialDate::Day(s.on))).collect()
    }

    /// The stored text read back; `Err` names the first line that is not an id and a day.
    pub fn from_text(text: &str) -> Result<FileSaves, String> {
        let saves = text
            .lines()
            .map(|line| {
                let (id, day) = line.split_once(' ').ok_or_else(|| line.to_string())?;
                let on = crate::dates::parse_iso(day).ok_or_else(|| line.to_string())?;
                Ok(FileSave { id: id.to_string(), on })
            })
            .collect::<Result<_, String>>()?;
        Ok(FileSaves { saves })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::{Answer, HOUSEHOLD_SCHEMA};

    #[test]
    fn the_days_declarations_were_saved_to_a_file_read_back_and_a_newer_record_is_refused() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut saves = FileSaves::default();
        saves.saved(&["d1".into(), "d2".into()], day);
        saves.saved(&["d1".into()], day.succ_opt().unwrap());
        saves.forget("d2");
        let text = write(FILE_SAVES_SCHEMA, &saves.to_text());
        assert_eq!(text, r#"{"schema":1,"data":"d1 2026-12-04\n"}"#);
        let (back, migrated): (String, bool) = read(&text, FILE_SAVES_SCHEMA, no_migration).unwrap();
        let back = FileSaves::from_text(&back).unwrap();
        assert_eq!((back.on("d1"), back.on("d2"), migrated), (day.succ_opt(), None, false));
        assert_eq!(back, saves);
        let newer = r#"{"schema":2,"data":""}"#;
        assert_eq!(read::<String>(newer, FILE_SAVES_SCHEMA, no_migration).unwrap_err(), ReadError::Newer(2));
        assert_eq!(FileSaves::from_text("d1 wczoraj\n"), Err("d1 wczoraj".to_string()));
        assert_eq!(FileSaves::from_text("d1\n"), Err("d1".to_string()));
    }

    /// Exactly what the previous release (answers schema 1) wrote.
    const ANSWERS_V1: &str = r#"{"schema":1,"data":{"projects":["klobuckie-centrum-uslug-spolecznych"],"household":{"schema":1,"gmina":"Kłobuck","revitalisation_area":"unknown","members":[{"role":"applicant","birth_date":null,"age":34,"incomes":[{"kind":"wages","monthly":"1200.50"}],"registered_unemployed":"yes","disability":"unknown"}],"situation":{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown"},"at_risk":null,"art7":["poverty"]},"answered":["gmina","rodzina"],"as_of":null}}"#;

    #[test]
    fn answers_of_schema_1_are_migrated() {
        let (saved, migrated): (SavedAnswers, bool) = read(ANSWERS_V1, ANSWERS_SCHEMA, migrate_answers).unwrap();
        assert!(migrated);
        assert_eq!(saved.saved_on, None);
        let s = saved.state;
        assert_eq!(s.projects, vec!["klobuckie-centrum-uslug-spolecznych".to_string()]);
        assert_eq!(s.household.gmina.as_deref(), Some("Kłobuck"));
        assert_eq!(s.household.members[0].registered_unemployed, Answer::Yes);
        assert_eq!(s.household.members[0].incomes.as_ref().unwrap()[0].monthly.to_string(), "1200.50");
        assert_eq!(s.answered, vec!["gmina".to_string(), "rodzina".to_string()]);
        assert_eq!((s.household.schema, s.household.gmina_code.as_deref()), (HOUSEHOLD_SCHEMA, None));
    }

    fn places() -> crate::places::Places {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/1/places.json")).unwrap();
        crate::places::Places::new(serde_json::from_str(&text).unwrap())
    }

    /// What the previous release (answers schema 2) wrote, with the gmina `name`.
    fn answers_v2(name: &str) -> String {
        format!(
            r#"{{"schema":2,"data":{{"state":{{"projects":[],"household":{{"schema":1,"gmina":"{name}","revitalisation_area":"unknown","members":[{{"role":"applicant","birth_date":null,"age":40,"incomes":null,"registered_unemployed":"unknown","disability":"unknown"}}],"situation":{{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown"}},"at_risk":null,"art7":null}},"answered":["gmina","rodzina"],"as_of":null}},"saved_on":"2026-10-01"}}}}"#
        )
    }

    #[test]
    fn a_stored_gmina_name_gets_its_code_or_is_asked_again() {
        let places = places();
        let (saved, migrated): (SavedAnswers, bool) =
            read(&answers_v2("Jastrzębie-Zdrój"), ANSWERS_SCHEMA, migrate_answers).unwrap();
        assert!(migrated);
        let mut s = saved.state;
        assert_eq!(s.resolve_gmina(&places), GminaByName::Resolved);
        assert_eq!(s.household.gmina_code.as_deref(), Some("246701"));
        assert!(s.is_answered(Question::Gmina));
        // Two gminas are called Konopnica: neither is guessed, the question comes back.
        let (saved, _): (SavedAnswers, bool) = read(&answers_v2("Konopnica"), ANSWERS_SCHEMA, migrate_answers).unwrap();
        let mut s = saved.state;
        assert!(s.resolve_gmina(&places).dropped());
        assert_eq!((s.household.gmina.as_deref(), s.household.gmina_code.as_deref()), (None, None));
        assert!(!s.is_answered(Question::Gmina));
        assert_eq!(s.answered, vec!["rodzina".to_string()]);
    }

    /// Exactly what the previous release (answers schema 3, household schema 2) wrote.
    const ANSWERS_V3: &str = r#"{"schema":3,"data":{"state":{"projects":[],"household":{"schema":2,"gmina":"Dobra","gmina_code":"120703","revitalisation_area":"unknown","members":[{"role":"applicant","birth_date":null,"age":40,"incomes":null,"registered_unemployed":"unknown","disability":"unknown"},{"role":"child","birth_date":null,"age":10,"incomes":null,"registered_unemployed":"unknown","disability":"yes"}],"situation":{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown"},"at_risk":null,"art7":null},"answered":["gmina","rodzina"],"as_of":null},"saved_on":"2026-11-20"}}"#;

    #[test]
    fn answers_of_schema_3_get_certificates_and_carer_as_not_known() {
        let (saved, migrated): (SavedAnswers, bool) = read(ANSWERS_V3, ANSWERS_SCHEMA, migrate_answers).unwrap();
        assert!(migrated);
        let h = &saved.state.household;
        assert_eq!((h.schema, h.gmina_code.as_deref()), (HOUSEHOLD_SCHEMA, Some("120703")));
        assert_eq!(h.members[1].disability, Answer::Yes);
        assert!(h.members.iter().all(|m| m.certificate == crate::household::Certificate::Unknown));
        assert_eq!(h.situation.carer, Answer::Unknown);
        assert_eq!(saved.saved_on, Some("2026-11-20".parse().unwrap()));
        // Written back, it is the current schema and reads without a migration.
        let text = write(ANSWERS_SCHEMA, &saved);
        assert_eq!(read::<SavedAnswers>(&text, ANSWERS_SCHEMA, migrate_answers), Ok((saved, false)));
    }

    /// Exactly what the previous release (answers schema 4, household schema 3) wrote.
    const ANSWERS_V4: &str = r#"{"schema":4,"data":{"state":{"projects":[],"household":{"schema":3,"gmina":"Szprotawa","gmina_code":"081007","revitalisation_area":"unknown","members":[{"role":"applicant","birth_date":null,"age":62,"incomes":[{"kind":"pension","monthly":"900.00"}],"registered_unemployed":"unknown","disability":"unknown","certificate":"none"}],"situation":{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown","carer":"no"},"at_risk":null,"art7":null},"answered":["gmina","rodzina","orzeczenia","dochody"],"as_of":null},"saved_on":"2026-12-01"}}"#;

    #[test]
    fn answers_of_schema_4_get_sex_random_event_and_citizenship_as_not_known() {
        let (saved, migrated): (SavedAnswers, bool) = read(ANSWERS_V4, ANSWERS_SCHEMA, migrate_answers).unwrap();
        assert!(migrated);
        let h = &saved.state.household;
        assert_eq!(h.schema, HOUSEHOLD_SCHEMA);
        let me = &h.members[0];
        assert_eq!((me.age, me.certificate, me.sex), (Some(62), crate::household::Certificate::None, None));
        assert_eq!(
            (h.situation.carer, h.situation.random_event, h.situation.polish_citizen),
            (Answer::No, Answer::Unknown, Answer::Unknown)
        );
        assert!(saved.state.is_answered(Question::Incomes));
        let text = write(ANSWERS_SCHEMA, &saved);
        assert_eq!(read::<SavedAnswers>(&text, ANSWERS_SCHEMA, migrate_answers), Ok((saved, false)));
    }

    /// Exactly what the previous release (answers schema 5, household schema 4) wrote.
    const ANSWERS_V5: &str = r#"{"schema":5,"data":{"state":{"projects":[],"household":{"schema":4,"gmina":"Warszawa","gmina_code":"146501","revitalisation_area":"unknown","members":[{"role":"applicant","birth_date":null,"age":62,"incomes":[{"kind":"pension","monthly":"900.00"}],"registered_unemployed":"unknown","disability":"unknown","sex":"female"}],"situation":{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown","random_event":"no"},"at_risk":null,"art7":null},"answered":["gmina","rodzina","plec","dochody","zdarzenie-losowe"],"as_of":null},"saved_on":"2026-12-05"}}"#;

    #[test]
    fn answers_of_schema_5_get_no_district_and_keep_the_rest() {
        let (saved, migrated): (SavedAnswers, bool) = read(ANSWERS_V5, ANSWERS_SCHEMA, migrate_answers).unwrap();
        assert!(migrated);
        let h = &saved.state.household;
        assert_eq!(
            (h.schema, h.gmina_code.as_deref(), h.district.as_deref()),
            (HOUSEHOLD_SCHEMA, Some("146501"), None)
        );
        assert_eq!((h.members[0].sex, h.situation.random_event), (Some(crate::pesel::Sex::Female), Answer::No));
        assert!(saved.state.is_answered(Question::RandomEvent) && !saved.state.is_answered(Question::District));
        let text = write(ANSWERS_SCHEMA, &saved);
        assert_eq!(read::<SavedAnswers>(&text, ANSWERS_SCHEMA, migrate_answers), Ok((saved, false)));
    }

    #[test]
    fn a_question_no_release_knows_is_not_answered_and_the_rest_still_reads() {
        let text = ANSWERS_V3.replace(r#"["gmina","rodzina"]"#, r#"["gmina","pytanie-z-innego-wydania"]"#);
        let (saved, _): (SavedAnswers, bool) = read(&text, ANSWERS_SCHEMA, migrate_answers).unwrap();
        let s = saved.state;
        assert!(s.has_answers() && s.is_answered(Question::Gmina));
        assert!(Question::ALL.iter().filter(|q| s.is_answered(**q)).eq([&Question::Gmina]));
    }

    #[test]
    fn current_values_round_trip_without_migration() {
        let saved = SavedAnswers { state: CheckState::default(), saved_on: Some("2026-11-22".parse().unwrap()) };
        let text = write(ANSWERS_SCHEMA, &saved);
        assert!(text.starts_with(r#"{"schema":6,"data":{"state":"#), "{text}");
        assert_eq!(read::<SavedAnswers>(&text, ANSWERS_SCHEMA, migrate_answers), Ok((saved, false)));
    }

    #[test]
    fn newer_damaged_and_unmigratable_values_are_reported() {
        assert_eq!(read::<SavedAnswers>(r#"{"schema":5,"data":{}}"#, 4, migrate_answers), Err(ReadError::Newer(5)));
        assert!(matches!(
            read::<SavedAnswers>(r#"{"schema":2,"data":{"state":5}}"#, 3, migrate_answers),
            Err(ReadError::Unreadable(_))
        ));
        assert!(matches!(
            read::<SavedAnswers>(r#"{"schema":2,"data":{"sta"#, 2, migrate_answers),
            Err(ReadError::Unreadable(_))
        ));
        assert!(matches!(
            read::<SavedAnswers>(r#"{"schema":0,"data":{}}"#, 2, migrate_answers),
            Err(ReadError::Unreadable(_))
        ));
        assert!(matches!(
            read::<SavedAnswers>(r#"{"schema":1,"data":{"x":1}}"#, 2, migrate_answers),
            Err(ReadError::Unreadable(_))
        ));
        assert!(matches!(read::<u32>(r#"{"schema":1,"data":5}"#, 2, no_migration), Err(ReadError::Unreadable(_))));
        assert!(matches!(read::<u32>("[1,2]", 1, no_migration), Err(ReadError::Unreadable(_))));
    }

    #[test]
    fn a_declaration_round_trips_in_its_envelope() {
        let d = crate::declaration::tests_example();
        let text = write(DECLARATION_SCHEMA, &d);
        let (back, migrated) =
            read::<crate::declaration::Declaration>(&text, DECLARATION_SCHEMA, no_migration).unwrap();
        assert_eq!((back, migrated), (d, false));
    }
}
