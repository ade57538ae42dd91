//! Native tests of the kinds of offer, the programmes file and sources: an EU project, an edition
//! and a benefit each with only their own facts, an edition checked against its programme.

use serde_json::{json, Value};
use sprawdz_wsparcie::catalogue::validate::parse_centre_file;
use sprawdz_wsparcie::catalogue::*;
use sprawdz_wsparcie::problem::{Issue, Problem};

#[path = "support/edit.rs"]
mod edit;
use edit::*;

// ---- kinds of offer, programmes and sources ----

fn dobra() -> Value {
    serde_json::from_str(&std::fs::read_to_string("public/catalogue/gops-dobra.json").unwrap()).unwrap()
}

fn programmes() -> ProgrammesFile {
    let text = std::fs::read_to_string("public/catalogue/programmes.json").unwrap();
    programme::parse_programmes("programmes.json", &text).unwrap()
}

#[test]
fn each_kind_of_offer_has_only_its_own_facts() {
    // An EU project names no recurring programme; an edition or a benefit must; a benefit has no window.
    refused(
        set(good_file(), "/projects/0/runs_programme", json!("asystent-osobisty-2026")),
        "projects[0].runs_programme",
        |p| matches!(p, Problem::NotForKind(k) if k == "eu_project"),
    );
    refused(remove(dobra(), "/projects/0/runs_programme"), "projects[0].runs_programme", |p| {
        matches!(p, Problem::MissingField(_))
    });
    refused(
        set(dobra(), "/projects/0/kind", json!("benefit")),
        "projects[0].recruitment",
        |p| matches!(p, Problem::NotForKind(k) if k == "benefit"),
    );
    refused(set(dobra(), "/projects/0/programme", json!({"name": "RPO"})), "projects[0].programme", |p| {
        matches!(p, Problem::NotForKind(_))
    });
    // Without a programme, an offer must say when it runs and who it is for.
    let mut own = remove(remove(good_file(), "/projects/0/period"), "/projects/0/target_groups_text");
    own = set(own, "/projects/0/target_groups", json!([]));
    for path in ["projects[0].period", "projects[0].target_groups_text", "projects[0].target_groups"] {
        refused(own.clone(), path, |p| matches!(p, Problem::MissingField(_) | Problem::Empty));
    }
}

#[test]
fn sources_are_a_seed_or_a_stored_page_with_an_address() {
    refused(
        set(dobra(), "/projects/0/source/page", json!("projects-2026/dobra.txt")),
        "projects[0].source.seed",
        |p| matches!(p, Problem::BadSeed(_)),
    );
    refused(set(dobra(), "/projects/0/source/url", json!("ftp://gops.gminadobra.pl")), "projects[0].source.url", |p| {
        matches!(p, Problem::BadUrl(_))
    });
    refused(
        set(dobra(), "/projects/0/source/seed", json!("000_00c7829a3113ad43.txt")),
        "projects[0].source.page",
        |p| matches!(p, Problem::UnknownField(_)),
    );
    // Without a stored page, a source names who issued it and its address or date.
    refused(remove(dobra(), "/projects/0/source/page"), "projects[0].source.publisher", |p| {
        matches!(p, Problem::MissingField(_))
    });
    let own = set(dobra(), "/projects/0/source", json!({"title": "Regulamin", "publisher": "GOPS Dobra"}));
    refused(own.clone(), "projects[0].source.url", |p| matches!(p, Problem::MissingField(_)));
    assert_eq!(issues_of(&set(own, "/projects/0/source/published", json!("2026-03-12"))), vec![]);
    refused(set(dobra(), "/centre/source/page", json!("dobra.txt")), "centre.source.seed", |p| {
        matches!(p, Problem::BadSeed(_))
    });
    refused(remove(dobra(), "/centre/checked_on"), "centre.checked_on", |p| matches!(p, Problem::MissingField(_)));
    refused(remove(dobra(), "/projects/0/checked_on"), "projects[0].checked_on", |p| {
        matches!(p, Problem::MissingField(_))
    });
    refused(set(dobra(), "/centre/website", json!("gops.pl")), "centre.website", |p| matches!(p, Problem::BadUrl(_)));
}

/// The catalogue checked against the programmes, with one centre file changed.
fn programme_issues_with(file: &str, value: Value) -> Vec<Issue> {
    let parsed = parse_centre_file(file, &value.to_string()).unwrap_or_else(|i| panic!("{i:?}"));
    let (catalogue, _) = Catalogue::from_files(vec![(file.into(), parsed)], &programmes());
    programme::issues(&catalogue, &programmes())
}

#[test]
fn an_edition_names_a_programme_of_its_kind_and_eu_money_only_where_the_programme_is_eu() {
    assert!(programme_issues_with("gops-dobra.json", dobra()).is_empty());
    let unknown =
        programme_issues_with("gops-dobra.json", set(dobra(), "/projects/0/runs_programme", json!("asystent-2027")));
    assert!(
        unknown.iter().any(|i| i.path == "projects[0].runs_programme"
            && matches!(&i.problem, Problem::UnknownProgramme(id) if id == "asystent-2027")),
        "{unknown:?}"
    );
    let benefit = programme_issues_with(
        "gops-dobra.json",
        set(
            remove(dobra(), "/projects/0/recruitment"),
            "/projects/0/runs_programme",
            json!("posilek-w-szkole-i-w-domu-2024-2028"),
        ),
    );
    assert!(benefit.iter().any(|i| i.path == "projects[0].kind"), "{benefit:?}");
    // Fundusz Solidarnościowy is no EU money: an EU part in its edition's budget is refused.
    let eu = set(
        dobra(),
        "/projects/0/budget",
        json!({"total": "1000.00", "parts": [{"source": "eu", "amount": "1000.00"}]}),
    );
    let found = programme_issues_with("gops-dobra.json", eu);
    assert!(
        found
            .iter()
            .any(|i| i.path == "projects[0].budget.parts[0].source" && matches!(i.problem, Problem::NotForKind(_))),
        "{found:?}"
    );
    // An edition without dates of its own takes the programme's, and says so.
    let undated = remove(dobra(), "/projects/0/period");
    let parsed = parse_centre_file("gops-dobra.json", &undated.to_string()).unwrap();
    let (catalogue, _) = Catalogue::from_files(vec![("gops-dobra.json".into(), parsed)], &programmes());
    let p = &catalogue.entries[0].project;
    assert!(p.from_programme.period && p.period.unwrap().start.to_string() == "2026-01-01");
    // What it took is left out again when it is written to the data folder, and resolves back the same.
    let stored = catalogue.programmes.unresolved(p);
    assert!(stored.period.is_none() && stored.eligibility.is_none());
}

#[test]
fn the_programmes_file_is_checked_field_by_field() {
    let text = std::fs::read_to_string("public/catalogue/programmes.json").unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["programmes"][0]["kind"] = json!("eu_project");
    v["programmes"][1]["period_source"] = Value::Null;
    v["programmes"][2]["id"] = v["programmes"][3]["id"].clone();
    v["programmes"][3]["source"]["url"] = json!("www.example");
    let issues = programme::parse_programmes("programmes.json", &v.to_string()).unwrap_err();
    for (path, what) in [
        ("programmes[0].kind", "kind"),
        ("programmes[1].period_source", "period_source"),
        ("programmes[3].id", "id"),
        ("programmes[3].source.url", "url"),
    ] {
        assert!(issues.iter().any(|i| i.path == path && i.file == "programmes.json"), "{what}: {issues:?}");
    }
}
