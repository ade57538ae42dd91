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

/// The act's benefits as `benefits.py` works them out on its own (DOMAIN.md §10): the outcome of
/// each, its estimate to the grosz, and the amounts its explanation names.
#[derive(Deserialize)]
struct BenefitFile {
    scenarios: Vec<BenefitScenario>,
}

#[derive(Deserialize)]
struct BenefitScenario {
    name: String,
    date: String,
    household: Household,
    benefits: BTreeMap<String, BenefitExpect>,
}

#[derive(Deserialize)]
struct BenefitExpect {
    outcome: String,
    estimate: Option<BTreeMap<String, serde_json::Value>>,
    says: Vec<String>,
}

/// The estimate as the scenario files write it: each figure by name, in złoty.
fn estimate_fields(e: &sprawdz_wsparcie::benefits::check::Estimate) -> BTreeMap<String, serde_json::Value> {
    use sprawdz_wsparcie::benefits::check::Estimate;
    let zl = |d: rust_decimal::Decimal| serde_json::Value::from(format!("{:.2}", d));
    let mut out = BTreeMap::new();
    match e {
        Estimate::Staly(s) => {
            out.insert("amount".into(), zl(s.amount));
            if s.unverified {
                out.insert("unverified".into(), serde_json::Value::Bool(true));
            }
        }
        Estimate::Okresowy(o) => {
            out.insert("least".into(), zl(o.least));
            out.insert("most".into(), zl(o.most));
        }
        Estimate::UpTo(limit) => {
            out.insert("up_to".into(), zl(*limit));
        }
    }
    out
}

#[test]
fn benefit_scenarios_at_and_around_every_boundary() {
    use sprawdz_wsparcie::benefits::check::{check_all, Facts};
    use sprawdz_wsparcie::benefits::explain::finding_text;
    let file = "tests/scenarios/benefits.json";
    let spec: BenefitFile = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let params = load_parameters(Path::new("public/catalogue")).unwrap();
    let criterion = &params.parameters[sprawdz_wsparcie::parameters::KRYTERIUM_DOCHODOWE];
    let mut failures = Vec::new();
    let mut checks = 0;
    for s in &spec.scenarios {
        let day = parse_iso(&s.date).unwrap();
        let c = criterion.on(day).unwrap_or_else(|_| panic!("{}: no criterion", s.name));
        for v in check_all(&Facts::of(&s.household, day), c.into(), day) {
            let want = &s.benefits[v.benefit.slug()];
            let mut check = |what: &str, got: String, expected: String| {
                checks += 1;
                if got != expected {
                    failures.push(format!(
                        "{} / {} / {what}: got {got}, expected {expected}",
                        s.name,
                        v.benefit.slug()
                    ));
                }
            };
            check("outcome", v.outcome.code().into(), want.outcome.clone());
            check(
                "estimate",
                format!("{:?}", v.estimate.as_ref().map(estimate_fields)),
                format!("{:?}", want.estimate),
            );
            let words: String =
                v.findings.iter().map(|f| finding_text(f, Default::default())).collect::<Vec<_>>().join(" ");
            for amount in &want.says {
                let what = format!("explanation names {amount} ({words})");
                check(&what, words.contains(amount.as_str()).to_string(), "true".into());
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checks} checks failed:\n{}", failures.len(), failures.join("\n"));
    assert!(spec.scenarios.len() >= 40, "only {} scenarios", spec.scenarios.len());
}
