//! Catalogue files, as `wsparcie validate` and the staff editor's checks read them.

use serde_json::{json, Value};
use sprawdz_wsparcie::catalogue::validate::parse_centre_file;
use sprawdz_wsparcie::i18n::Locale;

use super::{row, Row};

/// Every problem found in one centre file, as (field, message).
pub fn read(input: &[u8]) -> Vec<(String, String)> {
    let issues = catalogue_issues(std::str::from_utf8(input).unwrap());
    issues.iter().map(|i| (i.path.clone(), i.problem.describe(Locale::Pl))).collect()
}

/// Every problem `wsparcie validate` finds in one centre file (as the editor's `Draft::check` does): its
/// reading, the catalogue's assembly, what it says against the programmes, the projects' rules.
fn catalogue_issues(text: &str) -> Vec<sprawdz_wsparcie::problem::Issue> {
    use sprawdz_wsparcie::catalogue::{Catalogue, ProgrammesFile};
    let programmes: ProgrammesFile =
        serde_json::from_str(include_str!("../../public/catalogue/programmes.json")).unwrap();
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

/// A shipped centre file with one change made by `edit`.
fn centre_file(name: &str, edit: impl FnOnce(&mut Value)) -> String {
    let text = std::fs::read_to_string(format!("public/catalogue/{name}")).unwrap();
    let mut file: Value = serde_json::from_str(&text).unwrap();
    edit(&mut file);
    serde_json::to_string_pretty(&file).unwrap()
}

/// Dobra's shipped centre file with one change made by `edit`.
fn dobra(edit: impl FnOnce(&mut Value)) -> String {
    centre_file("gops-dobra.json", edit)
}

pub fn rows() -> Vec<Row> {
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
        // What the parser finds, said in the reader's language.
        row(
            "a budget as a JSON number",
            centre_file("ops-szamotuly.json", |f| f["projects"][0]["budget"]["total"] = json!(152085.43)),
            "projects[0].budget.total",
            "ma tu być tekst w cudzysłowie, a jest liczba 152085.43",
        ),
        row(
            "a budget with spaces and a comma",
            centre_file("ops-szamotuly.json", |f| f["projects"][0]["budget"]["total"] = json!("152 085,43")),
            "projects[0].budget.total",
            "„152 085,43” nie jest kwotą zapisaną jak",
        ),
        row(
            "30 February",
            dobra(|f| f["projects"][0]["period"]["start"] = json!("2026-02-30")),
            "projects[0].period.start",
            "„2026-02-30”: nie ma takiego dnia w kalendarzu",
        ),
        row(
            "a month where the day of checking belongs",
            dobra(|f| f["centre"]["checked_on"] = json!("2026-11")),
            "centre.checked_on",
            "„2026-11”: potrzebny jest cały dzień",
        ),
        row(
            "a field in Polish",
            dobra(|f| f["centre"]["telefon"] = json!("18 33 30 060")),
            "centre.telefon",
            "nieznane pole „telefon”",
        ),
        row(
            "an income rule's percent in words",
            dobra(|f| {
                f["projects"][0]["eligibility"] =
                    json!({"rule": {"id": "d", "criterion": "income", "percent": "sto pięćdziesiąt", "source": "s"}})
            }),
            "projects[0].eligibility.rule.percent",
            "„sto pięćdziesiąt” nie jest kwotą",
        ),
        row(
            "a target group rule's groups as one text",
            dobra(|f| {
                f["projects"][0]["eligibility"] =
                    json!({"rule": {"id": "g", "criterion": "target_group", "groups": "seniors", "source": "s"}})
            }),
            "projects[0].eligibility.rule.groups",
            "ma tu być lista w nawiasach [ ], a jest tekst „seniors”",
        ),
        row("a file cut off", dobra(|_| ())[..200].to_string(), "", "plik urywa się w wierszu"),
    ]
}
