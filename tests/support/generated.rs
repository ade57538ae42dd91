// A generated national-scale catalogue for the benchmarks: `centres` centres with `per_centre`
// projects each, with a mix of rules (residence, income at 100–200%, age, groups, any/all).
// Shared by benches/evaluate.rs (native) and tests/bench_web.rs (headless Chromium).

use sprawdz_wsparcie::catalogue::{validate::parse_centre_file, Catalogue};
use sprawdz_wsparcie::household::{parse_household, Household};
use sprawdz_wsparcie::rules::{eligibility_of, Eligibility};

pub fn centre_json(c: usize, per_centre: usize) -> String {
    let mut projects = Vec::new();
    for p in 0..per_centre {
        let n = c * per_centre + p;
        let percent = [100, 150, 200][n % 3];
        let rule = match n % 4 {
            0 => format!(r#"{{"all": [{{"id": "z", "criterion": "residence", "gminas": ["Gmina {c}", "Gmina {next}"], "teryt": ["{c:06}", "{next:06}"], "source": "s"}}, {{"id": "d", "criterion": "income", "percent": "{percent}", "parameter": "kryterium_dochodowe", "source": "s"}}]}}"#, next = c + 1),
            1 => r#"{"any": [{"id": "g", "criterion": "target_group", "groups": ["families_with_children", "foster_families"], "source": "s"}, {"id": "r", "criterion": "at_risk", "source": "s"}]}"#.to_string(),
            2 => r#"{"all": [{"id": "w", "criterion": "age", "min": 18, "max": 29, "source": "s"}, {"id": "b", "criterion": "registered_unemployed", "source": "s"}]}"#.to_string(),
            _ => format!(r#"{{"all": [{{"id": "z", "criterion": "residence", "gminas": ["Gmina {c}"], "teryt": ["{c:06}"], "source": "s"}}, {{"any": [{{"id": "a", "criterion": "art7_ground", "grounds": ["poverty"], "source": "s"}}, {{"id": "d", "criterion": "income", "percent": "{percent}", "parameter": "kryterium_dochodowe", "source": "s"}}]}}]}}"#),
        };
        projects.push(format!(
            r#"{{"id": "projekt-{n}", "title": "Projekt {n}", "kind": "eu_project", "role": "lead",
                "period": {{"start": "2024-01-01", "end": "2027-12-31"}}, "recruitment": {{}},
                "target_groups": ["families_with_children"], "target_groups_text": "Rodziny",
                "eligibility": {{"rule": {rule}}}, "checked_on": "2026-11-22", "source": {{"title": "Strona testowa", "seed": "999_0000000000000000.txt"}}}}"#
        ));
    }
    format!(
        r#"{{"schema": 2, "centre": {{"id": "ops-{c}", "name": "Ośrodek {c}", "short_name": "OPS {c}", "gmina": "Gmina {c}",
            "teryt": "{c:06}", "voivodeship": "testowe", "checked_on": "2026-11-22", "source": {{"title": "Strona testowa", "seed": "999_0000000000000000.txt"}}}}, "projects": [{}]}}"#,
        projects.join(",")
    )
}

/// The catalogue and every project's parsed rules, as the checker holds them after loading.
pub fn generated(centres: usize, per_centre: usize) -> (Catalogue, Vec<Option<Eligibility>>) {
    let files = (0..centres)
        .map(|c| {
            let name = format!("ops-{c}.json");
            let file = parse_centre_file(&name, &centre_json(c, per_centre)).expect("generated file is valid");
            (name, file)
        })
        .collect();
    let (catalogue, issues) = Catalogue::from_files(files, &Default::default());
    assert!(issues.is_empty());
    let rules = catalogue
        .entries
        .iter()
        .map(|e| eligibility_of(e, &catalogue.programmes).expect("generated rules are valid"))
        .collect();
    (catalogue, rules)
}

pub fn household() -> Household {
    parse_household(
        "bench.json",
        r#"{"schema": 2, "gmina": "Gmina 7", "gmina_code": "000007", "members": [
            {"role": "applicant", "age": 24, "registered_unemployed": "yes", "incomes": [{"kind": "wages", "monthly": "2100.00"}]},
            {"role": "child", "age": 3, "incomes": []}], "art7": ["poverty"], "at_risk": null}"#,
    )
    .expect("bench household is valid")
}

pub const PARAMETERS: &str = include_str!("../../public/catalogue/parameters.json");

/// What one benchmark run found: per-run times in milliseconds (sorted) and the projects met.
pub struct Timings {
    pub sorted_ms: Vec<f64>,
    pub met: usize,
}

impl Timings {
    pub fn summary(&self) -> String {
        let t = &self.sorted_ms;
        format!("median {:.2} ms, min {:.2} ms, max {:.2} ms ({} runs)", t[t.len() / 2], t[0], t[t.len() - 1], t.len())
    }
}

/// Evaluates and ranks the household against every project `runs` times, timed by `now_ms`.
pub fn time_evaluation(
    catalogue: &Catalogue,
    rules: &[Option<Eligibility>],
    runs: usize,
    now_ms: impl Fn() -> f64,
) -> Timings {
    use sprawdz_wsparcie::rules::{evaluate, rank, Outcome};
    let params = sprawdz_wsparcie::parameters::parse_parameters("parameters.json", PARAMETERS).unwrap();
    let household = household();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut sorted_ms = Vec::with_capacity(runs);
    let mut met = 0;
    for _ in 0..runs {
        let t = now_ms();
        let mut verdicts: Vec<_> = catalogue
            .entries
            .iter()
            .zip(rules)
            .map(|(e, r)| evaluate(e, r.as_ref(), &household, &params, day))
            .collect();
        rank(&mut verdicts);
        sorted_ms.push(now_ms() - t);
        assert_eq!(verdicts.len(), catalogue.entries.len());
        met = verdicts.iter().filter(|v| v.outcome == Some(Outcome::Met)).count();
    }
    sorted_ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Timings { sorted_ms, met }
}
