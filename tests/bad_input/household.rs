//! Household files, as `wsparcie check` reads them: the parser, then what the types cannot say.

use chrono::NaiveDate;
use sprawdz_wsparcie::household::{check_on, parse_household, MAX_MEMBERS};
use sprawdz_wsparcie::i18n::Locale;

use super::{row, Row};

/// Every problem found in a household file, checked as of 3 December 2026.
pub fn read(input: &[u8]) -> Vec<(String, String)> {
    let text = std::str::from_utf8(input).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let issues = match parse_household("h.json", text) {
        Ok(h) => check_on(&h, "h.json", day),
        Err(issues) => issues,
    };
    issues.iter().map(|i| (i.path.clone(), i.problem.describe(Locale::Pl))).collect()
}

#[test]
fn a_household_file_within_every_limit_is_read() {
    let text = household(&format!(r#"{APPLICANT}, {{"role": "child", "birth_date": "2020-02-01"}}"#), "");
    assert_eq!(read(text.as_bytes()), []);
    // The limit is what the app says it is.
    assert_eq!(MAX_MEMBERS, 20);
}

fn household(members: &str, extra: &str) -> String {
    format!(r#"{{"schema": 3, "gmina": "Kłobuck", "gmina_code": "240601", "members": [{members}]{extra}}}"#)
}

const APPLICANT: &str = r#"{"role": "applicant", "age": 34}"#;

pub fn rows() -> Vec<Row> {
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
        row("a district of another gmina", household(APPLICANT, r#", "district": "1465028""#), "district", "1465028"),
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
        // What the parser finds, said in the reader's language.
        row(
            "an income as a JSON number",
            household(r#"{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": 3100}]}"#, ""),
            "members[0].incomes[0].monthly",
            "ma tu być tekst w cudzysłowie, a jest liczba 3100",
        ),
        row(
            "an income written with a comma and spaces",
            household(r#"{"role": "applicant", "age": 34, "incomes": [{"kind": "wages", "monthly": "3 100,00"}]}"#, ""),
            "members[0].incomes[0].monthly",
            "„3 100,00” nie jest kwotą zapisaną jak \"1042938.86\"",
        ),
        row(
            "an age in quotes",
            household(r#"{"role": "applicant", "age": "34"}"#, ""),
            "members[0].age",
            "ma tu być liczba całkowita, a jest tekst „34”",
        ),
        row(
            "a negative age",
            household(r#"{"role": "applicant", "age": -1}"#, ""),
            "members[0].age",
            "-1 jest poza dopuszczalnym zakresem",
        ),
        row(
            "a birth date in month 13",
            household(r#"{"role": "applicant", "birth_date": "1990-13-01"}"#, ""),
            "members[0].birth_date",
            "„1990-13-01”: nie ma takiego dnia w kalendarzu",
        ),
        row(
            "a birth date in words",
            household(r#"{"role": "applicant", "birth_date": "wczoraj"}"#, ""),
            "members[0].birth_date",
            "„wczoraj” nie jest datą zapisaną jak RRRR-MM-DD",
        ),
        row("an unknown role", household(r#"{"role": "matka", "age": 34}"#, ""), "members[0].role", "„matka”"),
        row(
            "a field in Polish",
            household(r#"{"role": "applicant", "wiek": 34}"#, ""),
            "members[0].wiek",
            "nieznane pole „wiek”",
        ),
        row(
            "members as an object",
            r#"{"schema": 3, "gmina": "Kłobuck", "members": {"role": "applicant"}}"#.to_string(),
            "members",
            "ma tu być lista w nawiasach [ ], a jest obiekt",
        ),
        row("a file cut off", household(APPLICANT, "")[..60].to_string(), "", "plik urywa się w wierszu 1"),
        row(
            "not JSON",
            "gmina: Kłobuck\nosoby: 1\n".to_string(),
            "",
            "plik nie jest poprawnym JSON-em (wiersz 1, kolumna 1)",
        ),
    ]
}
