//! The maintainers' command as a maintainer runs it: exit codes and messages naming file and field.

use std::path::{Path, PathBuf};
use std::process::Command;

fn wsparcie(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wsparcie")).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A copy of the shipped catalogue in a fresh folder, to break on purpose.
fn copy_catalogue(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wsparcie-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir("public/catalogue").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from:?} not in {file}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn shipped_catalogue_is_valid() {
    let (code, out, err) = wsparcie(&["validate", "public/catalogue"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "Katalog poprawny: ośrodki 5, projekty 5.");
}

#[test]
fn bad_data_exits_non_zero_naming_file_field_and_problem() {
    let dir = copy_catalogue("bad");
    edit(&dir, "ops-szamotuly.json", "\"64-500\"", "\"64500\"");
    edit(&dir, "ops-jastrzebie-zdroj.json", "\"2023-06-30\"", "\"2021-06-30\"");
    edit(&dir, "gops-klobuck.json", "\"725625.00\"", "\"725625.001\"");
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("ops-szamotuly.json: centre.address.postcode: „64500” nie jest kodem pocztowym"), "{err}");
    assert!(
        err.contains(
            "ops-jastrzebie-zdroj.json: projects[0].period.end: koniec (2021-06-30) jest przed początkiem (2022-01-01)"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "gops-klobuck.json: projects[0].budget.total: kwota 725625.001 ma więcej niż 2 miejsca po przecinku"
        ),
        "{err}"
    );
    assert!(err.trim_end().ends_with("Znaleziono 3 błędy."), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn broken_json_is_placed_by_line() {
    let dir = copy_catalogue("json");
    edit(&dir, "gops-jastkow.json", "\"role\": \"lead\",", "\"role\": \"lead\"");
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains(": gops-jastkow.json: plik nie jest poprawnym JSON-em (wiersz 18, kolumna 7)"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stray_and_missing_files_are_reported() {
    let dir = copy_catalogue("files");
    std::fs::rename(dir.join("ops-szprotawa.json"), dir.join("ops-szprotawa-old.json")).unwrap();
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("ops-szprotawa.json: nie można odczytać pliku"), "{err}");
    assert!(err.contains("ops-szprotawa-old.json: plik nie jest wymieniony w index.json"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(wsparcie(&[]).0, 2);
    assert_eq!(wsparcie(&["validate"]).0, 2);
    assert_eq!(wsparcie(&["--help"]).0, 0);
}

#[test]
fn check_prints_every_project_with_per_criterion_results() {
    let (code, out, err) = wsparcie(&["check", "--date", "2020-05-01", "--household", "examples/household.json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let projects = v["projects"].as_array().unwrap();
    assert_eq!(projects.len(), 5);
    // Kłobuck is running in May 2020 and the family qualifies: best match first.
    assert_eq!(projects[0]["id"], "klobuckie-centrum-uslug-spolecznych");
    assert_eq!(projects[0]["verdict"], "met");
    assert_eq!(projects[0]["status"], "running");
    for p in projects {
        for c in p["criteria"].as_array().unwrap() {
            assert!(["met", "not_met", "unknown"].contains(&c["outcome"].as_str().unwrap()), "{c}");
            assert!(!c["reason"].as_str().unwrap().is_empty());
            assert!(!c["source"].as_str().unwrap().is_empty());
            assert_eq!(c["outcome"] == "unknown", c.get("bring").is_some(), "{c}");
        }
    }
    let szprotawa = projects.iter().find(|p| p["id"] == "aktywna-integracja-alternatywa-na-lepsze-jutro").unwrap();
    let income = szprotawa["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "dochod").unwrap();
    assert_eq!(income["deciding"], false);
    assert!(income["reason"].as_str().unwrap().contains("528,00"), "{income}");
}

#[test]
fn check_refuses_a_malformed_household_naming_the_field() {
    let dir = std::env::temp_dir().join(format!("wsparcie-household-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("h.json");
    let text = std::fs::read_to_string("examples/household.json").unwrap().replacen("\"3100.00\"", "\"3100,00\"", 1);
    std::fs::write(&file, text).unwrap();
    let (code, _, err) = wsparcie(&["check", "--date", "2020-05-01", "--household", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("members[0].incomes[0].monthly"), "{err}");
    std::fs::write(&file, r#"{"schema": 1, "members": [{"role": "grandmother"}]}"#).unwrap();
    let (code, _, err) = wsparcie(&["check", "--date", "2020-05-01", "--household", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("members[0].role: nieznana wartość „grandmother”"), "{err}");
    let (code, _, _) = wsparcie(&["check", "--date", "2020-13-01", "--household", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    std::fs::remove_dir_all(dir).unwrap();
}
