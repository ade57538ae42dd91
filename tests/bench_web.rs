//! Browser benchmark (headless Chromium): one household against 10 000 generated projects, as the
//! checker evaluates them. Run by `make bench`; it checks the results and prints the timings.

#[path = "support/generated.rs"]
mod generated;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn evaluate_ten_thousand_projects() {
    let start = now_ms();
    let (catalogue, rules) = generated::generated(1000, 10);
    let load = now_ms() - start;
    let timings = generated::time_evaluation(&catalogue, &rules, 21, now_ms);
    // The count pins the engine's answers, not only the clock (worked out by hand in README terms:
    // every "any" group rule and every age rule, plus the rules for gmina 6 and 7 this household meets).
    assert_eq!(timings.met, 5006, "projects met");
    web_sys::console::log_1(
        &format!(
            "BENCH browser: catalogue of 10000 projects read and rules parsed in {load:.0} ms; evaluate + rank {}",
            timings.summary()
        )
        .into(),
    );
}
