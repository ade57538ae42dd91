//! Bad input, one table: each row is an input, where the problem is named, and the clear message a
//! reader is given (in Polish, the maintainers' language). So far household files (`wsparcie check`)
//! and catalogue files (`wsparcie validate`, the editor's checks); reading either stores nothing.
//! Rows are named by what is wrong.

use chrono::NaiveDate;
use serde_json::{json, Value};
use sprawdz_wsparcie::catalogue::validate::parse_centre_file;
use sprawdz_wsparcie::household::{check_on, parse_household, MAX_MEMBERS};
use sprawdz_wsparcie::i18n::Locale;

/// One bad input: what is wrong, the file's text, the field named and words the message must hold.
struct Row {
    what: &'static str,
    input: String,
    at: &'static str,
    says: &'static str,
}

fn household(members: &str, extra: &str) -> String {
    format!(r#"{{"schema": 3, "gmina": "Kłobuck", "gmina_code": "240601", "members": [{members}]{extra}}}"#)
}

const APPLICANT: &str = r#"{"role": "applicant", "age": 34}"#;

fn rows() -> Vec<Row> {
    let row = |what, input: String, at, says| Row { what, input, at, says };
    let many = vec![APPLICANT; 100].join(", ");
    let long = "a".repeat(10_000);
    vec![
        row(
            "the first member not the one applying",
            household(r#"{"role": "child", "age": 4}"#, ""),
            "members[0].role",
            "pierwsza osoba w gospodarstwie musi być tą, która się zgłasza",
        ),
        row(
            "two applicants",
            household(&format!("{APPLICANT}, {APPLICANT}"), ""),
            "members[1].role",
            "zgłasza się tylko jedna osoba, pierwsza",
        ),
        row(
            "both age and birth date",
            household(r#"{"role": "applicant", "age": 34, "birth_date": "1990-01-01"}"#, ""),
            "members[0].birth_date",
            "podaj wiek albo datę urodzenia, nie oba",
        ),
        row(
            "a birth date after the day of the check",
            household(r#"{"role": "applicant", "birth_date": "2027-05-01"}"#, ""),
            "members[0].birth_date",
            "data urodzenia 2027-05-01 jest późniejsza niż dzień sprawdzenia 2026-12-03",
        ),
        row(
            "a child born after the day of the check",
            household(&format!(r#"{APPLICANT}, {{"role": "child", "birth_date": "2027"}}"#), ""),
            "members[1].birth_date",
            "jest późniejsza niż dzień sprawdzenia",
        ),
        row(
            "an empty gmina",
            format!(r#"{{"schema": 3, "gmina": "", "members": [{APPLICANT}]}}"#),
            "gmina",
            "pole jest puste",
        ),
        row(
            "a gmina of spaces",
            format!(r#"{{"schema": 3, "gmina": "   ", "members": [{APPLICANT}]}}"#),
            "gmina",
            "pole jest puste",
        ),
        row(
            "a 10,000-character gmina",
            format!(r#"{{"schema": 3, "gmina": "{long}", "members": [{APPLICANT}]}}"#),
            "gmina",
            "10000 znaków to za dużo: najwyżej 100",
        ),
        row("a household of 100 people", household(&many, ""), "members", "100 to za dużo: najwyżej 20"),
        row("no members", household("", ""), "members", "pole jest puste"),
        row("an age over 130", household(r#"{"role": "applicant", "age": 131}"#, ""), "members[0].age", "131"),
        row(
            "a negative income",
            household(r#"{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": "-5"}]}"#, ""),
            "members[0].incomes[0].monthly",
            "-5",
        ),
        row(
            "an income with three decimals",
            household(r#"{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": "10.005"}]}"#, ""),
            "members[0].incomes[0].monthly",
            "10.005",
        ),
        row(
            "an income over the monthly maximum",
            household(r#"{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": "1000001"}]}"#, ""),
            "members[0].incomes[0].monthly",
            "1000001",
        ),
        row(
            "a gmina code of five digits",
            format!(r#"{{"schema": 3, "gmina": "Kłobuck", "gmina_code": "24060", "members": [{APPLICANT}]}}"#),
            "gmina_code",
            "24060",
        ),
        row("a newer schema", format!(r#"{{"schema": 9, "members": [{APPLICANT}]}}"#), "schema", "9"),
    ]
}

#[test]
fn every_bad_household_file_is_refused_at_its_field_with_a_clear_message() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let rows = rows();
    assert!(rows.len() >= 16);
    for r in &rows {
        let issues = match parse_household("h.json", &r.input) {
            Ok(h) => check_on(&h, "h.json", day),
            Err(issues) => issues,
        };
        let at: Vec<(String, String)> =
            issues.iter().map(|i| (i.path.clone(), i.problem.describe(Locale::Pl))).collect();
        assert!(
            at.iter().any(|(path, said)| path == r.at && said.contains(r.says)),
            "{}: expected {:?} at {}, got {at:?}",
            r.what,
            r.says,
            r.at
        );
    }
    // The limit is what the app says it is.
    assert_eq!(MAX_MEMBERS, 20);
}

#[test]
fn a_household_file_within_every_limit_is_read() {
    let text = household(&format!(r#"{APPLICANT}, {{"role": "child", "birth_date": "2020-02-01"}}"#), "");
    let h = parse_household("h.json", &text).unwrap();
    assert_eq!(check_on(&h, "h.json", NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()), []);
}

/// Every problem `wsparcie validate` finds in one centre file (as the editor's `Draft::check` does): its
/// reading, the catalogue's assembly, what it says against the programmes, the projects' rules.
fn catalogue_issues(text: &str) -> Vec<sprawdz_wsparcie::problem::Issue> {
    use sprawdz_wsparcie::catalogue::{Catalogue, ProgrammesFile};
    let programmes: ProgrammesFile = serde_json::from_str(include_str!("../public/catalogue/programmes.json")).unwrap();
    match parse_centre_file("gops-dobra.json", text) {
        Err(issues) => issues,
        Ok(file) => {
            let (catalogue, mut issues) = Catalogue::from_files(vec![("gops-dobra.json".into(), file)], &programmes);
            issues.extend(sprawdz_wsparcie::catalogue::programme::issues(&catalogue, &programmes));
            issues.extend(sprawdz_wsparcie::rules::rule_issues(&catalogue));
            issues
        }
    }
}

/// Dobra's shipped centre file with one change made by `edit`.
fn dobra(edit: impl FnOnce(&mut Value)) -> String {
    let mut file: Value = serde_json::from_str(include_str!("../public/catalogue/gops-dobra.json")).unwrap();
    edit(&mut file);
    serde_json::to_string_pretty(&file).unwrap()
}

fn catalogue_rows() -> Vec<Row> {
    let row = |what, input: String, at, says| Row { what, input, at, says };
    vec![
        row("a centre without a name", dobra(|f| f["centre"]["name"] = json!("")), "centre.name", "pole jest puste"),
        row(
            "an id with capitals and Polish letters",
            dobra(|f| f["centre"]["id"] = json!("GOPS-Dobra-Łąka")),
            "centre.id",
            "może zawierać tylko małe litery",
        ),
        row(
            "a phone of five digits",
            dobra(|f| f["centre"]["phones"] = json!(["12 345"])),
            "centre.phones[0]",
            "nie jest polskim numerem telefonu",
        ),
        row(
            "a malformed e-mail",
            dobra(|f| f["centre"]["emails"] = json!(["gops(at)dobra.pl"])),
            "centre.emails[0]",
            "nie jest adresem e-mail",
        ),
        row(
            "a postcode without its dash",
            dobra(|f| f["centre"]["address"] = json!({"street": "Dobra 1", "postcode": "34642", "town": "Dobra"})),
            "centre.address.postcode",
            "nie jest kodem pocztowym",
        ),
        row(
            "a website that is not an address",
            dobra(|f| f["centre"]["website"] = json!("javascript:alert(1)")),
            "centre.website",
            "nie jest adresem strony",
        ),
        row(
            "an unknown weekday",
            dobra(|f| f["centre"]["office_hours"]["pon"] = json!(["08:00-16:00"])),
            "centre.office_hours.pon",
            "nieznany dzień tygodnia",
        ),
        row(
            "office hours that close before they open",
            dobra(|f| f["centre"]["office_hours"]["mon"] = json!(["16:00-08:00"])),
            "centre.office_hours.mon[0]",
            "godzina zamknięcia nie jest po godzinie otwarcia",
        ),
        row(
            "a gmina code of five digits",
            dobra(|f| f["centre"]["teryt"] = json!("12070")),
            "centre.teryt",
            "nie jest kodem gminy",
        ),
        row(
            "a project ending before it starts",
            dobra(|f| f["projects"][0]["period"] = json!({"start": "2026-12-31", "end": "2026-01-01"})),
            "projects[0].period.end",
            "jest przed początkiem",
        ),
        row(
            "an unknown programme",
            dobra(|f| f["projects"][0]["runs_programme"] = json!("nie-ma-takiego")),
            "projects[0].runs_programme",
            "nie ma w programmes.json",
        ),
        row(
            "a project without a title",
            dobra(|f| f["projects"][0]["title"] = json!(" ")),
            "projects[0].title",
            "pole jest puste",
        ),
        row(
            "an unknown criterion",
            dobra(|f| {
                f["projects"][0]["eligibility"] = json!({"rule": {"id": "x", "criterion": "wzrost", "source": "s"}})
            }),
            "projects[0].eligibility.rule.criterion",
            "nieznane kryterium",
        ),
        row(
            "an income rule of an unknown parameter",
            dobra(
                |f| f["projects"][0]["eligibility"] = json!({"rule": {"id": "d", "criterion": "income", "percent": "150", "parameter": "placa_minimalna", "source": "s"}}),
            ),
            "projects[0].eligibility.rule.parameter",
            "nieznany parametr",
        ),
        row(
            "a condition without its source",
            dobra(|f| f["projects"][0]["eligibility"] = json!({"rule": {"id": "z", "criterion": "at_risk"}})),
            "projects[0].eligibility.rule.source",
            "brak wymaganego pola",
        ),
        row(
            "two conditions of one id",
            dobra(
                |f| f["projects"][0]["eligibility"] = json!({"rule": {"all": [{"id": "z", "criterion": "at_risk", "source": "s"}, {"id": "z", "criterion": "registered_unemployed", "source": "s"}]}}),
            ),
            "projects[0].eligibility",
            "występuje więcej niż raz",
        ),
        row("a newer schema", dobra(|f| f["schema"] = json!(9)), "schema", "wersja formatu 9"),
        row(
            "no day the facts were checked",
            dobra(|f| {
                f["centre"].as_object_mut().unwrap().remove("checked_on");
            }),
            "centre.checked_on",
            "brak wymaganego pola",
        ),
    ]
}

#[test]
fn every_bad_catalogue_file_is_refused_at_its_field_with_a_clear_message() {
    let mut wrong = Vec::new();
    for r in catalogue_rows() {
        let issues = catalogue_issues(&r.input);
        let found: Vec<(String, String)> =
            issues.iter().map(|i| (i.path.clone(), i.problem.describe(Locale::Pl))).collect();
        if !found.iter().any(|(path, said)| path == r.at && said.contains(r.says)) {
            wrong.push(format!("{}: expected {:?} at {}, got {found:?}", r.what, r.says, r.at));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
