//! Native benchmark: one household against a generated catalogue of 10 000 projects.
//! `cargo bench --bench evaluate` (or `make bench`). Prints the median of repeated runs.

#[path = "../tests/support/generated.rs"]
mod generated;

use std::time::Instant;

fn main() {
    let clock = Instant::now();
    let now_ms = || clock.elapsed().as_secs_f64() * 1000.0;
    let start = now_ms();
    let (catalogue, rules) = generated::generated(1000, 10);
    let load = now_ms() - start;
    let timings = generated::time_evaluation(&catalogue, &rules, 21, now_ms);
    assert_eq!(timings.met, 5006, "projects met");
    println!("catalogue: 10000 projects in 1000 centre files, read and rules parsed in {load:.0} ms");
    println!("evaluate + rank one household against 10000 projects: {}; met: {}", timings.summary(), timings.met);
    // What the checker evaluates at national scale: the projects open to one gmina (its powiat file's),
    // 12 to 30 in the generated national catalogue (scripts/bench-national.mjs); here 30.
    let (gmina, gmina_rules) = generated::generated(3, 10);
    let timings = generated::time_evaluation(&gmina, &gmina_rules, 201, now_ms);
    println!("evaluate + rank one household against one gmina's 30 projects: {}", timings.summary());
}
