//! Browser benchmark (headless Chromium): one household against 10 000 generated projects, as the
//! checker evaluates them. Run by `make bench`; it checks the results and prints the timings.

#[path = "support/generated.rs"]
mod generated;

use chrono::NaiveDate;
use sprawdz_wsparcie::parameters::parse_parameters;
use sprawdz_wsparcie::rules::{evaluate, rank, Outcome};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn evaluate_ten_thousand_projects() {
    let t0 = now();
    let (catalogue, rules) = generated::generated(1000, 10);
    let load = now() - t0;
    let params = parse_parameters("parameters.json", generated::PARAMETERS).unwrap();
    let household = generated::household();
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut times = Vec::new();
    let mut met = 0;
    for _ in 0..21 {
        let t = now();
        let mut verdicts: Vec<_> = catalogue
            .entries
            .iter()
            .zip(&rules)
            .map(|(e, r)| evaluate(e, r.as_ref(), &household, &params, day))
            .collect();
        rank(&mut verdicts);
        times.push(now() - t);
        assert_eq!(verdicts.len(), 10_000);
        met = verdicts.iter().filter(|v| v.outcome == Some(Outcome::Met)).count();
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    // The household (gmina 7, age 24, unemployed, a child, poverty) meets every "any" group rule,
    // every age rule, and the gmina-7 rules: the count pins the engine, not only the clock.
    assert_eq!(met, 5006, "met");
    web_sys::console::log_1(
        &format!(
            "BENCH browser: catalogue of 10000 projects read and rules parsed in {load:.0} ms; evaluate + rank median {:.2} ms, min {:.2} ms, max {:.2} ms (21 runs)",
            times[times.len() / 2], times[0], times[times.len() - 1]
        )
        .into(),
    );
}
