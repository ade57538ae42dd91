//! Native benchmark: one household against a generated catalogue of 10 000 projects.
//! `cargo bench --bench evaluate` (or `make bench`). Prints the median of repeated runs.

#[path = "../tests/support/generated.rs"]
mod generated;

use std::time::Instant;

use chrono::NaiveDate;
use sprawdz_wsparcie::parameters::parse_parameters;
use sprawdz_wsparcie::rules::{evaluate, rank, Outcome};

fn main() {
    let start = Instant::now();
    let (catalogue, rules) = generated::generated(1000, 10);
    let load = start.elapsed();
    let params = parse_parameters("parameters.json", generated::PARAMETERS).unwrap();
    let household = generated::household();
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut times = Vec::new();
    let mut met = 0;
    for _ in 0..21 {
        let t = Instant::now();
        let mut verdicts: Vec<_> = catalogue
            .entries
            .iter()
            .zip(&rules)
            .map(|(e, r)| evaluate(e, r.as_ref(), &household, &params, day))
            .collect();
        rank(&mut verdicts);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        met = verdicts.iter().filter(|v| v.outcome == Some(Outcome::Met)).count();
        assert_eq!(verdicts.len(), 10_000);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("catalogue: 10000 projects in 1000 centre files, read and rules parsed in {:.0} ms", load.as_secs_f64() * 1000.0);
    println!("evaluate + rank one household against 10000 projects: median {:.2} ms, min {:.2} ms, max {:.2} ms (21 runs); met: {met}",
        times[times.len() / 2], times[0], times[times.len() - 1]);
}
