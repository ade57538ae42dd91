//! Native tests of catalogue validation: each bad input is refused with the file, the field and the
//! problem; good files pass.

use serde_json::{json, Value};

#[path = "support/edit.rs"]
mod edit;
use edit::*;
use sprawdz_wsparcie::catalogue::validate::{parse_centre_file, parse_index};
use sprawdz_wsparcie::catalogue::*;
use sprawdz_wsparcie::problem::{Kind, Problem};

// ---- validation: each bad input is refused with the file, the field and the problem ----

#[test]
fn good_files_pass() {
    assert!(issues_of(&good_file()).is_empty());
    assert!(issues_of(&szamotuly()).is_empty());
}

#[test]
fn refuses_missing_field() {
    refused(
        remove(good_file(), "/projects/0/title"),
        "projects[0]",
        |p| matches!(p, Problem::MissingField(f) if f == "title"),
    );
}

#[test]
fn refuses_malformed_json_with_its_line() {
    let text = "{\n  \"schema\": 1,\n  \"centre\": {\n    \"id\": \"x\",\n  }\n}";
    let issues = parse_centre_file("broken.json", text).unwrap_err();
    assert!(matches!(issues[0].problem, Problem::Syntax { line: 5, .. }), "{issues:?}");
    assert!(issues[0].describe(Default::default()).contains("wiersz 5"));
}

#[test]
fn refuses_bad_date() {
    refused(
        set(good_file(), "/projects/0/period/start", json!("2022-02-30")),
        "projects[0].period.start",
        |p| matches!(p, Problem::NoSuchDay(d) if d == "2022-02-30"),
    );
}

#[test]
fn refuses_end_before_start() {
    refused(set(good_file(), "/projects/0/period/end", json!("2021-12-31")), "projects[0].period.end", |p| {
        matches!(p, Problem::EndBeforeStart { .. })
    });
}

#[test]
fn refuses_durability_before_end() {
    let v = set(good_file(), "/projects/0/durability_until", json!("2023-01-01"));
    refused(v, "projects[0].durability_until", |p| matches!(p, Problem::DurabilityBeforeEnd { .. }));
}

#[test]
fn refuses_split_that_does_not_add_up() {
    refused(
        set(good_file(), "/projects/0/budget/parts/2/amount", json!("73005.74")),
        "projects[0].budget.parts",
        |p| matches!(p, Problem::SplitDoesNotAddUp { sum, total } if sum == "1042938.87" && total == "1042938.86"),
    );
}

#[test]
fn refuses_wrong_percentage() {
    refused(
        set(good_file(), "/projects/0/budget/parts/1/percent", json!("9")),
        "projects[0].budget.parts[1].percent",
        |p| matches!(p, Problem::PercentMismatch { stated, computed } if stated == "9" && computed == "8"),
    );
}

#[test]
fn refuses_negative_amount() {
    refused(set(good_file(), "/projects/0/budget/total", json!("-1.00")), "projects[0].budget.total", |p| {
        matches!(p, Problem::NegativeAmount(_))
    });
}

#[test]
fn refuses_more_than_two_decimal_places() {
    refused(set(good_file(), "/projects/0/budget/total", json!("1042938.861")), "projects[0].budget.total", |p| {
        matches!(p, Problem::TooManyDecimals(_))
    });
}

#[test]
fn refuses_amount_as_a_json_number() {
    // A float in JSON could silently lose grosze; amounts are strings.
    refused(set(good_file(), "/projects/0/budget/total", json!(1042938.86)), "projects[0].budget.total", |p| {
        matches!(p, Problem::WrongKind { expected: Kind::Text, found: Kind::Number, .. })
    });
}

#[test]
fn refuses_duplicate_project_id() {
    let mut v = good_file();
    let copy = v["projects"][0].clone();
    v["projects"].as_array_mut().unwrap().push(copy);
    refused(v, "projects[1].id", |p| matches!(p, Problem::DuplicateId(_)));
}

#[test]
fn refuses_unknown_weekday() {
    refused(
        set(szamotuly(), "/centre/office_hours/sob", json!([])),
        "centre.office_hours.sob",
        |p| matches!(p, Problem::UnknownWeekday(d) if d == "sob"),
    );
}

#[test]
fn refuses_closing_before_opening() {
    refused(set(szamotuly(), "/centre/office_hours/mon", json!(["16:00-08:00"])), "centre.office_hours.mon[0]", |p| {
        matches!(p, Problem::ClosesBeforeOpens(_))
    });
}

#[test]
fn refuses_bad_phone() {
    refused(set(good_file(), "/projects/0/phones/1", json!("32 43 49")), "projects[0].phones[1]", |p| {
        matches!(p, Problem::BadPhone(_))
    });
}

#[test]
fn refuses_bad_postcode() {
    refused(set(szamotuly(), "/centre/address/postcode", json!("64500")), "centre.address.postcode", |p| {
        matches!(p, Problem::BadPostcode(_))
    });
}

#[test]
fn refuses_bad_email_nip_and_regon() {
    refused(set(szamotuly(), "/centre/emails/0", json!("ops(at)szamotuly.pl")), "centre.emails[0]", |p| {
        matches!(p, Problem::BadEmail(_))
    });
    refused(set(szamotuly(), "/centre/nip", json!("787-18-22-359")), "centre.nip", |p| matches!(p, Problem::BadNip(_)));
    refused(set(szamotuly(), "/centre/regon", json!("632002670")), "centre.regon", |p| {
        matches!(p, Problem::BadRegon(_))
    });
}

#[test]
fn refuses_partner_centre_without_gmina() {
    let v = set(good_file(), "/projects/0/partners", json!([{ "name": "OPS w Bełżycach", "kind": "centre" }]));
    refused(v, "projects[0].partners[0].gmina", |p| matches!(p, Problem::PartnerGminaMissing(_)));
}

#[test]
fn refuses_empty_title() {
    refused(set(good_file(), "/projects/0/title", json!("  ")), "projects[0].title", |p| matches!(p, Problem::Empty));
}

#[test]
fn refuses_unknown_field_and_value() {
    let mut v = good_file();
    v["projects"][0]["titel"] = json!("typo");
    refused(v, "projects[0].titel", |p| matches!(p, Problem::UnknownField(f) if f == "titel"));
    refused(
        set(good_file(), "/projects/0/target_groups/0", json!("everyone")),
        "projects[0].target_groups[0]",
        |p| matches!(p, Problem::UnknownValue(v) if v == "everyone"),
    );
}

#[test]
fn refuses_bad_id_and_schema() {
    refused(set(good_file(), "/projects/0/id", json!("Miasto Rodziny")), "projects[0].id", |p| {
        matches!(p, Problem::BadId(_))
    });
    refused(set(good_file(), "/schema", json!(3)), "schema", |p| {
        matches!(p, Problem::WrongSchema { found: 3, expected: 2 })
    });
}

fn index() -> CatalogueIndex {
    parse_index("index.json", &std::fs::read_to_string("public/catalogue/index.json").unwrap()).unwrap()
}

fn texts() -> Vec<Option<String>> {
    index().centres.iter().map(|c| std::fs::read_to_string(format!("public/catalogue/{}", c.file)).ok()).collect()
}

#[test]
fn refuses_unknown_centre_in_the_index() {
    let mut idx = index();
    idx.centres[1].id = "ops-nieznany".into();
    let loaded = assemble(&idx, texts(), &Default::default());
    assert!(loaded.issues.iter().any(|i| i.file == "index.json"
        && i.path == "centres[1].id"
        && matches!(&i.problem, Problem::IndexIdMismatch { index, .. } if index == "ops-nieznany")));
    // The other centres still load.
    assert_eq!(loaded.catalogue.entries.len(), index().centres.len() - 1);
}

#[test]
fn missing_file_is_reported_and_the_rest_loads() {
    let mut t = texts();
    t[0] = None;
    let loaded = assemble(&index(), t, &Default::default());
    assert_eq!(loaded.issues.len(), 1);
    assert_eq!(loaded.issues[0].file, "gops-jastkow.json");
    assert_eq!(loaded.issues[0].problem, Problem::FileMissing);
    assert_eq!(loaded.catalogue.entries.len(), index().centres.len() - 1);
}

#[test]
fn refuses_duplicate_ids_in_the_index() {
    let text = std::fs::read_to_string("public/catalogue/index.json").unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["centres"][1]["id"] = json!("gops-jastkow");
    let issues = parse_index("index.json", &v.to_string()).unwrap_err();
    assert!(issues.iter().any(|i| i.path == "centres[1].id" && matches!(i.problem, Problem::DuplicateId(_))));
}

#[test]
fn refuses_project_id_repeated_across_files() {
    let mut t = texts();
    let mut other: Value = serde_json::from_str(t[1].as_ref().unwrap()).unwrap();
    other["projects"][0]["id"] = json!("zintegrowany-system-wsparcia-rodziny");
    t[1] = Some(other.to_string());
    let loaded = assemble(&index(), t, &Default::default());
    assert!(loaded
        .issues
        .iter()
        .any(|i| i.file == "ops-jastrzebie-zdroj.json" && matches!(i.problem, Problem::DuplicateId(_))));
}

// ---- rules inside a project ----

#[test]
fn refuses_unknown_criterion() {
    let v = set(good_file(), "/projects/0/eligibility/rule/all/0/criterion", json!("dochod"));
    refused(
        v,
        "projects[0].eligibility.rule.all[0].criterion",
        |p| matches!(p, Problem::UnknownCriterion(c) if c == "dochod"),
    );
}

#[test]
fn refuses_unknown_parameter() {
    let rule =
        json!({"id": "d", "criterion": "income", "percent": "150", "parameter": "placa_minimalna", "source": "x"});
    let v = set(good_file(), "/projects/0/eligibility/rule/all/0", rule);
    refused(
        v,
        "projects[0].eligibility.rule.all[0].parameter",
        |p| matches!(p, Problem::UnknownParameter(c) if c == "placa_minimalna"),
    );
}

#[test]
fn refuses_empty_all_and_any() {
    refused(
        set(good_file(), "/projects/0/eligibility/rule", json!({"all": []})),
        "projects[0].eligibility.rule.all",
        |p| matches!(p, Problem::Empty),
    );
    let nested = json!({"all": [{"any": []}]});
    refused(set(good_file(), "/projects/0/eligibility/rule", nested), "projects[0].eligibility.rule.all[0].any", |p| {
        matches!(p, Problem::Empty)
    });
}

#[test]
fn refuses_criterion_problems() {
    let rule = |c: Value| set(good_file(), "/projects/0/eligibility/rule/all/1", c);
    refused(
        rule(json!({"id": "zamieszkanie", "criterion": "at_risk", "source": "x"})),
        "projects[0].eligibility",
        |p| matches!(p, Problem::DuplicateId(id) if id == "zamieszkanie"),
    );
    refused(
        rule(json!({"id": "g", "criterion": "target_group", "groups": ["wszyscy"], "source": "x"})),
        "projects[0].eligibility.rule.all[1].groups[0]",
        |p| matches!(p, Problem::UnknownValue(v) if v == "wszyscy"),
    );
    refused(
        rule(json!({"id": "w", "criterion": "age", "min": 30, "max": 18, "source": "x"})),
        "projects[0].eligibility.rule.all[1].max",
        |p| matches!(p, Problem::EndBeforeStart { .. }),
    );
    refused(
        rule(json!({"id": "w", "criterion": "age", "min": 18})),
        "projects[0].eligibility.rule.all[1].source",
        |p| matches!(p, Problem::MissingField(f) if f == "source"),
    );
    refused(
        rule(json!({"id": "r", "criterion": "revitalisation_area", "source": "x", "gminas": []})),
        "projects[0].eligibility.rule.all[1].gminas",
        |p| matches!(p, Problem::UnknownField(_)),
    );
}
