//! Bad input, one table per layer in one format: each row is what is wrong, the input, where the problem
//! is named and words of the clear message the reader is given (in Polish, the maintainers' language).
//! Here, the files read without a browser: household files (`wsparcie check`), catalogue files
//! (`wsparcie validate`, the editor's checks) and the declarations file brought to "Moje dokumenty". The
//! form fields, stored values and addresses are in `tests/e2e/bad-input.test.mjs`, in the same format.
//!
//! Nothing here is given anything to store: a file refused changes nothing saved (an import is a plan the
//! app stores only when it is read whole; the end-to-end table compares the device's storage row by row).

#[path = "bad_input/catalogue.rs"]
mod catalogue;
#[path = "bad_input/household.rs"]
mod household;
#[path = "bad_input/import.rs"]
mod import;

/// One bad input: what is wrong, the file's bytes, the field named ("" for the file as a whole) and
/// words the message must hold.
pub struct Row {
    pub what: &'static str,
    pub input: Vec<u8>,
    pub at: &'static str,
    pub says: &'static str,
}

pub fn row(what: &'static str, input: impl Into<Vec<u8>>, at: &'static str, says: &'static str) -> Row {
    Row { what, input: input.into(), at, says }
}

/// Words of a parser's English that a message in the reader's language never holds.
const PARSER_ENGLISH: &[&str] = &[
    "invalid type",
    "invalid value",
    "expected",
    "missing field",
    "unknown field",
    "is not a",
    "there is no",
    "EOF",
    "at line",
];

/// Checks every row of an area: refused at its field with its message, and nothing said in a parser's
/// English. `read` gives each problem found as (field, message).
fn check(rows: &[Row], read: impl Fn(&[u8]) -> Vec<(String, String)>) {
    let mut wrong = Vec::new();
    for r in rows {
        // Non-breaking spaces (in numbers) read as plain spaces.
        let found: Vec<(String, String)> =
            read(&r.input).into_iter().map(|(path, said)| (path, said.replace('\u{a0}', " "))).collect();
        if !found.iter().any(|(path, said)| path == r.at && said.contains(r.says)) {
            wrong.push(format!("{}: expected {:?} at {:?}, got {found:?}", r.what, r.says, r.at));
        }
        for (path, said) in &found {
            if let Some(word) = PARSER_ENGLISH.iter().find(|w| said.contains(*w)) {
                wrong.push(format!("{}: {path}: {said:?} says {word:?}", r.what));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_bad_household_file_is_refused_at_its_field_with_a_clear_message() {
    check(&household::rows(), household::read);
}

#[test]
fn every_bad_catalogue_file_is_refused_at_its_field_with_a_clear_message() {
    check(&catalogue::rows(), catalogue::read);
}

#[test]
fn every_bad_declarations_file_is_refused_with_a_clear_message_and_no_plan_to_store() {
    check(&import::rows(), import::read);
}

/// The README's table of bad inputs gives each area's count: these are those counts.
#[test]
fn the_readme_counts_the_rows_of_each_area() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let count = |area: &str| -> usize {
        let line =
            readme.lines().find(|l| l.starts_with(&format!("| {area} |"))).unwrap_or_else(|| panic!("no {area} row"));
        line.split('|').nth(2).unwrap().trim().parse().unwrap()
    };
    assert_eq!(count("Household files"), household::rows().len());
    assert_eq!(count("Catalogue files"), catalogue::rows().len());
    assert_eq!(count("Declarations files (import)"), import::rows().len());
}
