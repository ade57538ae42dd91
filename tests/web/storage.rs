//! The storage module in the browser: schemas, damaged and newer values moved aside, a full or
//! blocked storage, and a save over what another tab wrote since refused.

use sprawdz_wsparcie::saved::{migrate_answers, no_migration, SavedAnswers, ANSWERS_SCHEMA};
use sprawdz_wsparcie::ui::storage::{
    available, forget_seen, keys_with, load, moved_aside, remove, remove_all, save, save_all, LoadProblem, SaveProblem,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const KEY: &str = "sprawdz-wsparcie.test";

fn raw() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every test key gone, and what the tab saw forgotten: each test starts as a page opened afresh.
fn clean() {
    for k in keys_with(KEY) {
        raw().remove_item(&k).unwrap();
    }
    forget_seen();
}

fn eval(code: &str) {
    js_sys::Function::new_no_args(code).call0(&JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
fn a_save_over_a_value_another_tab_wrote_since_is_refused_and_changes_nothing() {
    clean();
    assert_eq!(load::<u32>(KEY, 1, no_migration), Ok(None));
    save(KEY, 1, &1u32).unwrap();
    // Another tab writes the key: this one, which saw 1, may not write over it.
    raw().set_item(KEY, r#"{"schema":1,"data":2}"#).unwrap();
    assert_eq!(save(KEY, 1, &3u32), Err(SaveProblem::Changed));
    assert_eq!(save_all(&[(KEY.to_string(), 1, &3u32)]), Err(SaveProblem::Changed));
    assert_eq!(raw().get_item(KEY).unwrap().as_deref(), Some(r#"{"schema":1,"data":2}"#));
    // Once this tab has read the newer value, its next change is taken.
    assert_eq!(load::<u32>(KEY, 1, no_migration), Ok(Some(2)));
    save(KEY, 1, &3u32).unwrap();
    assert_eq!(load::<u32>(KEY, 1, no_migration), Ok(Some(3)));
    // A key this tab never read, written by another tab, is not written over either once seen absent.
    let other = format!("{KEY}.inna");
    assert_eq!(load::<u32>(&other, 1, no_migration), Ok(None));
    raw().set_item(&other, r#"{"schema":1,"data":5}"#).unwrap();
    assert_eq!(save(&other, 1, &6u32), Err(SaveProblem::Changed));
    clean();
}

#[wasm_bindgen_test]
fn round_trip_with_schema() {
    clean();
    save(KEY, 3, &vec![1u32, 2, 3]).unwrap();
    assert_eq!(load::<Vec<u32>>(KEY, 3, no_migration), Ok(Some(vec![1, 2, 3])));
    let stored = raw().get_item(KEY).unwrap().unwrap();
    assert_eq!(stored, r#"{"schema":3,"data":[1,2,3]}"#);
    remove(KEY);
    assert_eq!(load::<Vec<u32>>(KEY, 3, no_migration), Ok(None));
}

#[wasm_bindgen_test]
fn damaged_value_is_moved_aside_not_lost() {
    raw().set_item(KEY, "{\"schema\":3,\"data\":[1,2,").unwrap();
    let Err(LoadProblem::Damaged { moved_to }) = load::<Vec<u32>>(KEY, 3, no_migration) else { panic!("not reported") };
    assert_eq!(raw().get_item(&moved_to).unwrap().as_deref(), Some("{\"schema\":3,\"data\":[1,2,"));
    assert_eq!(raw().get_item(KEY).unwrap(), None);
    assert!(moved_aside().iter().any(|(k, _)| *k == moved_to), "listed for export");
    clean();
}

#[wasm_bindgen_test]
fn value_of_a_newer_schema_is_moved_aside() {
    save(KEY, 3, &"newer").unwrap();
    assert!(matches!(load::<String>(KEY, 2, no_migration), Err(LoadProblem::Damaged { .. })));
    assert_eq!(keys_with(KEY).len(), 1, "moved, not copied and not dropped");
    clean();
}

#[wasm_bindgen_test]
fn answers_of_the_previous_schema_are_migrated_and_written_back() {
    let v1 = r#"{"schema":1,"data":{"projects":[],"household":{"schema":1,"gmina":"Szprotawa","revitalisation_area":"unknown","members":[{"role":"applicant","birth_date":null,"age":30,"incomes":null,"registered_unemployed":"unknown","disability":"unknown"}],"situation":{"foster_family":"unknown","care_leaver":"unknown","child_in_foster_care":"unknown","care_difficulties":"unknown"},"at_risk":null,"art7":null},"answered":["gmina"],"as_of":null}}"#;
    raw().set_item(KEY, v1).unwrap();
    let saved = load::<SavedAnswers>(KEY, ANSWERS_SCHEMA, migrate_answers).unwrap().unwrap();
    assert_eq!(saved.state.household.gmina.as_deref(), Some("Szprotawa"));
    assert_eq!(saved.saved_on, None);
    let now = raw().get_item(KEY).unwrap().unwrap();
    // Written back in schema 5: the household of schema 4, its gmina's code found later from the index.
    assert!(now.starts_with(r#"{"schema":6,"data":{"state":{"projects":[],"household":{"schema":5,"#), "{now}");
    clean();
}

/// Fills the origin's storage to its quota, runs `f`, and frees the space again (a failed assertion
/// aborts the whole wasm run, so nothing else runs against a full storage).
fn with_storage_full(f: impl FnOnce()) {
    let chunk = "x".repeat(512 * 1024);
    let mut n = 0;
    while raw().set_item(&format!("{KEY}.fill-{n}"), &chunk).is_ok() {
        n += 1;
        assert!(n < 200, "the quota was never reached");
    }
    // Top up with smaller pieces so not even a small value fits.
    let small = "x".repeat(1024);
    let mut m = 0;
    while raw().set_item(&format!("{KEY}.top-{m}"), &small).is_ok() && m < 10_000 {
        m += 1;
    }
    f();
    clean();
}

#[wasm_bindgen_test]
fn quota_exceeded_is_reported_and_nothing_half_written() {
    clean();
    save(KEY, 1, &"kept").unwrap();
    with_storage_full(|| {
        let big = "y".repeat(64 * 1024);
        assert_eq!(save(&format!("{KEY}.new"), 1, &big), Err(SaveProblem::Full));
        // Several values at once: all or nothing; the value already there is as it was.
        let items = vec![(KEY.to_string(), 1, &big), (format!("{KEY}.other"), 1, &big)];
        assert_eq!(save_all(&items), Err(SaveProblem::Full));
        assert_eq!(load::<String>(KEY, 1, no_migration), Ok(Some("kept".to_string())));
        assert_eq!(raw().get_item(&format!("{KEY}.other")).unwrap(), None);
    });
}

#[wasm_bindgen_test]
fn storage_unavailable_leaves_everything_working() {
    // What a browser with storage blocked does: reading `localStorage` throws.
    // `localStorage` is the window's own accessor (Window is a [Global] interface): keep it to put back.
    eval("window.__storage = Object.getOwnPropertyDescriptor(window, 'localStorage') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });");
    let blocked = (available(), save(KEY, 1, &1u32), load::<u32>(KEY, 1, no_migration), keys_with(KEY), remove_all());
    eval("Object.defineProperty(window, 'localStorage', window.__storage); delete window.__storage;");
    assert_eq!(blocked, (false, Err(SaveProblem::Unavailable), Err(LoadProblem::Unavailable), vec![], 0));
    assert!(available(), "storage is back once unblocked");
}

#[wasm_bindgen_test]
fn remove_all_takes_every_key_of_the_app_and_nothing_else() {
    clean();
    raw().set_item("another-app", "theirs").unwrap();
    save(KEY, 1, &1u32).unwrap();
    raw().set_item(&format!("{KEY}.uszkodzone-1"), "x").unwrap();
    assert!(remove_all() >= 2);
    assert!(keys_with("sprawdz-wsparcie.").is_empty());
    assert_eq!(raw().get_item("another-app").unwrap().as_deref(), Some("theirs"));
    raw().remove_item("another-app").unwrap();
}
