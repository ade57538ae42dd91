//! Files of declarations and requests brought to "Moje dokumenty" (`transfer::import`): each refused
//! with what the person is told, and no plan to store, so the documents already saved stay as they are.

use serde_json::{json, Value};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::transfer::{import, ImportError, MAX_IMPORT_BYTES};

use super::{row, Row};

/// The one problem with a declarations file, as (where, message): "declarations[i]" for one
/// declaration in it, "" for the file as a whole. A file read whole gives no problem.
pub fn read(input: &[u8]) -> Vec<(String, String)> {
    let saved = ["d0000000000001-abcd".to_string()];
    match import(input, &saved) {
        Ok(_) => Vec::new(),
        Err(e) => {
            let at = match &e {
                ImportError::BadDeclaration { index, .. } => format!("declarations[{index}]"),
                ImportError::BadRequest { index, .. } => format!("requests[{index}]"),
                _ => String::new(),
            };
            vec![(at, e.describe(Locale::Pl))]
        }
    }
}

/// A declaration as the app saves it, of `id`.
fn declaration(id: &str) -> Value {
    json!({
        "schema": 2, "id": id, "project_id": "klobuckie-centrum-uslug-spolecznych", "created": "2026-11-20",
        "person": { "first_name": "Jan", "surname": "Nowak", "pesel": "44051401458", "birth_date": "1944-05-14",
            "sex": "male", "street": "ul. Zamkowa", "house": "5", "flat": "", "postcode": "42-100", "town": "Kłobuck",
            "gmina": "Kłobuck", "area": "urban", "phone": "", "email": "", "education": "isced2", "labour": "inactive" },
        "category": "art7:1",
        "social": { "minority_or_migrant": "refuse", "homeless": "no", "disability": "yes", "jobless_household": "refuse",
            "jobless_household_with_children": "refuse", "single_adult_with_children": "no", "other_disadvantage": "refuse" }
    })
}

/// A request as the app saves it, of `id`.
fn request(id: &str) -> Value {
    json!({
        "schema": 1, "id": id, "created": "2026-12-07", "gmina": "Białowieża", "gmina_code": "200502", "centre": "",
        "person": { "first_name": "Anna", "surname": "Nowak", "pesel": "", "birth_date": "1959-03-15", "street": "Olgerda",
            "house": "5", "flat": "", "postcode": "17-230", "town": "Białowieża", "phone": "" },
        "members": [{ "role": "applicant", "age": 67, "income": "900.00" }],
        "benefits": ["zasilek-staly"], "reason": "Nie starcza mi na leki."
    })
}

/// A file of version 2 with one good declaration and these requests.
fn with_requests(requests: Vec<Value>) -> String {
    let file = json!({"kind": "sprawdz-wsparcie/deklaracje", "version": 2,
        "declarations": [declaration("d0000000000002-efgh")], "requests": requests});
    serde_json::to_string_pretty(&file).unwrap()
}

/// A file of one request changed by `edit`.
fn one_request(edit: impl FnOnce(&mut Value)) -> String {
    let mut r = request("w0000000000002-efgh");
    edit(&mut r);
    with_requests(vec![r])
}

/// A declarations file of these declarations.
fn file(declarations: Vec<Value>) -> String {
    serde_json::to_string_pretty(
        &json!({"kind": "sprawdz-wsparcie/deklaracje", "version": 1, "declarations": declarations}),
    )
    .unwrap()
}

/// A file of one declaration changed by `edit`.
fn one(edit: impl FnOnce(&mut Value)) -> String {
    let mut d = declaration("d0000000000002-efgh");
    edit(&mut d);
    file(vec![d])
}

pub fn rows() -> Vec<Row> {
    let good = file(vec![declaration("d0000000000002-efgh")]);
    vec![
        row("an empty file", "", "", "Ten plik jest pusty. Niczego nie zmieniono."),
        row("a file of spaces and line breaks", " \n\n  ", "", "Ten plik jest pusty"),
        row("a file cut off", good[..good.len() / 2].to_string(), "", "uszkodzony albo niepełny (błąd w wierszu"),
        row("damaged JSON", "{deklaracje: tak}", "", "uszkodzony albo niepełny (błąd w wierszu 1, kolumnie 2)"),
        row("not text at all", vec![0xff, 0xfe, 0x00, 0x89], "", "To nie jest plik z deklaracjami z tej aplikacji"),
        row("another app's file", r#"{"kind": "inna-aplikacja", "version": 1}"#, "", "To nie jest plik z deklaracjami"),
        row("a JSON list", "[1, 2, 3]", "", "To nie jest plik z deklaracjami"),
        row(
            "a household file of ours",
            r#"{"schema": 3, "gmina": "Kłobuck", "members": [{"role": "applicant", "age": 34}]}"#,
            "",
            "To nie jest plik z deklaracjami",
        ),
        row(
            "no version",
            r#"{"kind": "sprawdz-wsparcie/deklaracje", "declarations": []}"#,
            "",
            "To nie jest plik z deklaracjami",
        ),
        row(
            "a newer version",
            good.replacen("\"version\": 1", "\"version\": 7", 1),
            "",
            "Ten plik zapisała nowsza wersja aplikacji",
        ),
        row(
            "over 1 MB",
            vec![b' '; MAX_IMPORT_BYTES + 1],
            "",
            "Ten plik ma 1 000 001 bajtów, a plik z deklaracjami ma najwyżej 1 MB",
        ),
        row(
            "declarations as an object",
            r#"{"kind": "sprawdz-wsparcie/deklaracje", "version": 1, "declarations": {}}"#,
            "",
            "To nie jest plik z deklaracjami",
        ),
        row(
            "a declaration that is a number",
            file(vec![json!(5)]),
            "declarations[0]",
            "Deklaracja nr 1 w pliku jest błędna (ma tu być obiekt",
        ),
        row(
            "a first name as a number",
            one(|d| d["person"]["first_name"] = json!(12)),
            "declarations[0]",
            "ma tu być tekst w cudzysłowie, a jest liczba 12",
        ),
        row(
            "no person",
            one(|d| {
                d.as_object_mut().unwrap().remove("person");
            }),
            "declarations[0]",
            "brak wymaganego pola „person”",
        ),
        row("a declaration of a newer schema", one(|d| d["schema"] = json!(9)), "declarations[0]", "wersja formatu 9"),
        row(
            "a field no declaration has",
            one(|d| d["notatka"] = json!("x")),
            "declarations[0]",
            "nieznane pole „notatka”",
        ),
        row(
            "a first release's category this one does not know",
            one(|d| {
                d["schema"] = json!(1);
                d["category"] = json!("ue:99");
            }),
            "declarations[0]",
            "„ue:99”",
        ),
        row("an empty id", one(|d| d["id"] = json!(" ")), "declarations[0]", "brak wymaganego pola „id”"),
        row(
            "two declarations of one id",
            file(vec![declaration("d0000000000002-efgh"), declaration("d0000000000002-efgh")]),
            "declarations[1]",
            "Deklaracja nr 2 w pliku jest błędna",
        ),
        row(
            "the second declaration damaged",
            file(vec![declaration("d0000000000002-efgh"), json!({"schema": 2})]),
            "declarations[1]",
            "Deklaracja nr 2 w pliku jest błędna (brak wymaganego pola",
        ),
        row(
            "requests as an object",
            r#"{"kind": "sprawdz-wsparcie/deklaracje", "version": 2, "declarations": [], "requests": {}}"#,
            "",
            "To nie jest plik z deklaracjami",
        ),
        row("a request of a newer schema", one_request(|r| r["schema"] = json!(4)), "requests[0]", "wersja formatu 4"),
        row(
            "a request for a benefit the act does not name",
            one_request(|r| r["benefits"] = json!(["zasilek-na-wszystko"])),
            "requests[0]",
            "Wniosek nr 1 w pliku jest błędny (",
        ),
        row(
            "a request with a field no request has",
            one_request(|r| r["podpis"] = json!("x")),
            "requests[0]",
            "nieznane pole „podpis”",
        ),
        row(
            "two requests of one id",
            with_requests(vec![request("w0000000000002-efgh"), request("w0000000000002-efgh")]),
            "requests[1]",
            "Wniosek nr 2 w pliku jest błędny",
        ),
        row(
            "30 February as a birth date",
            one(|d| d["person"]["birth_date"] = json!("1944-02-30")),
            "declarations[0]",
            "„1944-02-30”: nie ma takiego dnia w kalendarzu",
        ),
    ]
}

/// Markup and script in a name are read as the letters they are (and shown as text: tests/e2e/text.test.mjs).
#[test]
fn markup_in_a_declarations_file_is_read_as_the_letters_it_is() {
    for name in ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)"] {
        let text = one(|d| {
            d["person"]["first_name"] = json!(name);
            d["person"]["street"] = json!(name);
        });
        let plan = import(text.as_bytes(), &[]).unwrap();
        assert_eq!(plan.declarations[0].person.first_name, name);
        assert_eq!(plan.declarations[0].person.street, name);
    }
}

/// The file every row spoils is itself read whole.
#[test]
fn the_file_the_rows_start_from_is_read() {
    assert_eq!(read(file(vec![declaration("d0000000000002-efgh")]).as_bytes()), Vec::<(String, String)>::new());
    let with_one = with_requests(vec![request("w0000000000002-efgh")]);
    assert_eq!(read(with_one.as_bytes()), Vec::<(String, String)>::new());
}
