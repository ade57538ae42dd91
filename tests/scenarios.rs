//! Table-driven eligibility scenarios: `tests/scenarios/*.json` (written by `generate.py`, which works
//! out the expected results independently of this engine). Each scenario gives a household, a date,
//! and per project the expected status, verdict and per-criterion results.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use sprawdz_wsparcie::dates::parse_iso;
use sprawdz_wsparcie::folder::{load_dir, load_parameters};
use sprawdz_wsparcie::household::Household;
use sprawdz_wsparcie::rules::explain::reason_text;
use sprawdz_wsparcie::rules::{eligibility_of, evaluate, Outcome};

#[derive(Deserialize)]
struct File {
    catalogue: String,
    scenarios: Vec<Scenario>,
}

#[derive(Deserialize)]
struct Scenario {
    name: String,
    date: String,
    household: Household,
    expect: BTreeMap<String, Expect>,
}

#[derive(Deserialize)]
struct Expect {
    status: Option<String>,
    outcome: Option<String>,
    #[serde(default)]
    criteria: BTreeMap<String, String>,
}

fn run(file: &str) -> usize {
    let spec: File =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap_or_else(|e| panic!("{file}: {e}"));
    let loaded = load_dir(Path::new(&spec.catalogue)).unwrap();
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let params = load_parameters(Path::new("public/catalogue")).unwrap();
    let mut failures = Vec::new();
    let mut checks = 0;
    for s in &spec.scenarios {
        let day = parse_iso(&s.date).unwrap_or_else(|| panic!("{}: bad date", s.name));
        for (project, expect) in &s.expect {
            let entry = loaded.catalogue.project(project).unwrap_or_else(|| panic!("{}: no project {project}", s.name));
            let v = evaluate(
                entry,
                eligibility_of(entry, &loaded.catalogue.programmes).unwrap().as_ref(),
                &s.household,
                &params,
                day,
            );
            let mut check = |what: String, got: &str, want: &str| {
                checks += 1;
                if got != want {
                    failures.push(format!("{} / {project} / {what}: got {got}, expected {want}", s.name));
                }
            };
            if let Some(want) = &expect.status {
                check("status".into(), v.status.kind().code(), want);
            }
            if let Some(want) = &expect.outcome {
                check("outcome".into(), v.outcome.map_or("none", Outcome::code), want);
            }
            let results = v.results();
            for (id, want) in &expect.criteria {
                match results.iter().find(|r| r.id() == id) {
                    Some(r) => {
                        // Every result must explain itself in words.
                        assert!(!reason_text(r, Default::default()).is_empty());
                        check(format!("criterion {id}"), r.outcome.code(), want)
                    }
                    None => check(format!("criterion {id}"), "missing", want),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checks} checks failed:\n{}", failures.len(), failures.join("\n"));
    spec.scenarios.len()
}

#[test]
fn synthetic_scenarios() {
    let n = run("tests/scenarios/synthetic.json");
    assert!(n >= 60, "only {n} scenarios");
}

#[test]
fn seed_project_scenarios() {
    assert!(run("tests/scenarios/seeds.json") >= 5);
}
