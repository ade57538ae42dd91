//! The maintainers' command as a maintainer runs it: exit codes and messages naming file and field.

#[path = "support/wsparcie.rs"]
#[allow(dead_code)]
mod run;
use run::{copy_catalogue, edit, files_under, temp_dir, wsparcie};

#[test]
fn shipped_catalogue_is_valid() {
    let (code, out, err) = wsparcie(&["validate", "public/catalogue"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Katalog poprawny: ośrodki 22, projekty 22.");
    assert_eq!(
        lines[1],
        "public/data/1: 2479 gminas, 380 powiats, 53452 localities in 252 files, 350 centres in the directory and 17 of districts"
    );
}

#[test]
fn a_catalogue_code_that_is_not_a_gmina_or_names_another_is_reported() {
    let dir = copy_catalogue("teryt");
    edit(&dir, "gops-klobuck.json", "\"teryt\": \"240601\"", "\"teryt\": \"240699\"");
    edit(&dir, "index.json", "\"teryt\": \"240601\"", "\"teryt\": \"240699\"");
    edit(&dir, "gops-jastkow.json", "\"teryt\": \"060908\"", "\"teryt\": \"060913\"");
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("gops-klobuck.json: centre.teryt: „240699” nie jest kodem gminy"), "{err}");
    assert!(
        err.contains("gops-jastkow.json: projects[0].partners[7].teryt: nieprawidłowa wartość: 060913 = Wojciechów"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).unwrap();
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
    assert!(err.contains(": gops-jastkow.json: plik nie jest poprawnym JSON-em (wiersz 24, kolumna 7)"), "{err}");
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
    assert_eq!(wsparcie(&["validate", "--nope"]).0, 2);
    assert_eq!(wsparcie(&["check", "--date", "2020-05-01"]).0, 2);
    assert_eq!(wsparcie(&["--help"]).0, 0);
}

#[test]
fn check_prints_every_project_with_per_criterion_results() {
    let (code, out, err) = wsparcie(&["check", "--date", "2020-05-01", "--household", "examples/household.json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let projects = v["projects"].as_array().unwrap();
    assert_eq!(projects.len(), 22);
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
    // The act's four benefits, as the checker explains them: a family of three earning 3 100 zł in May
    // 2020 is above 528 zł a person, so only the special one may be given, and only the centre judges.
    let benefits = v["benefits"].as_array().unwrap();
    let verdicts: Vec<(&str, &str)> =
        benefits.iter().map(|b| (b["benefit"].as_str().unwrap(), b["verdict"].as_str().unwrap())).collect();
    assert_eq!(
        verdicts,
        [
            ("zasilek-staly", "not_met"),
            ("zasilek-okresowy", "not_met"),
            ("zasilek-celowy", "not_met"),
            ("specjalny-zasilek-celowy", "unknown")
        ]
    );
    assert!(
        benefits[1]["findings"][0]["reason"].as_str().unwrap().contains("3\u{a0}100,00\u{a0}zł"),
        "{}",
        benefits[1]
    );
    assert!(
        benefits[3]["estimate"]["result"].as_str().unwrap().starts_with("Do 1\u{a0}584,00\u{a0}zł"),
        "{}",
        benefits[3]
    );
    let szprotawa = projects.iter().find(|p| p["id"] == "aktywna-integracja-alternatywa-na-lepsze-jutro").unwrap();
    let income = szprotawa["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "dochod").unwrap();
    assert_eq!(income["deciding"], false);
    assert!(income["reason"].as_str().unwrap().contains("528,00"), "{income}");
}

#[test]
fn a_residence_rule_is_checked_against_the_register_and_the_gminas_served() {
    let dir = copy_catalogue("residence");
    // Lipie (240603) is a real gmina, but the Kłobuck project does not serve it.
    edit(&dir, "gops-klobuck.json", "\"240601\"\n", "\"240603\"\n");
    edit(&dir, "gops-jastkow.json", "\"Konopnica\"\n", "\"Konopnica (powiat lubelski)\"\n");
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    // Named at the criterion's place in the file, as the editor names its fields.
    let rule = "gops-klobuck.json: projects[0].eligibility.rule.all[0].teryt[0]";
    assert!(err.contains(&format!("{rule}: nieprawidłowa wartość: 240603 = Lipie, ≠ Kłobuck")), "{err}");
    assert!(err.contains(&format!("{rule}: reguła przyjmuje mieszkańców gminy 240603")), "{err}");
    let rule = "gops-jastkow.json: projects[0].eligibility.rule.all[0].teryt[7]";
    assert!(err.contains(&format!("{rule}: nieprawidłowa wartość: 060908 = Konopnica")), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_household_gmina_given_by_name_is_found_or_refused_naming_every_gmina_of_that_name() {
    let dir = temp_dir("household-gmina");
    let file = dir.join("h.json");
    let path = file.to_str().unwrap();
    let run = |text: &str| {
        std::fs::write(&file, text).unwrap();
        wsparcie(&["check", "--date", "2018-03-01", "--household", path])
    };
    let verdict = |out: &str, id: &str| {
        let v: serde_json::Value = serde_json::from_str(out).unwrap();
        let p = v["projects"].as_array().unwrap().iter().find(|p| p["id"] == id).cloned().unwrap();
        p["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "zamieszkanie").unwrap()["outcome"].clone()
    };
    let jastkow = "zintegrowany-system-wsparcia-rodziny";
    // A file of household schema 1 names its gmina: one gmina of that name is found.
    let (code, out, err) = run(r#"{"schema": 1, "gmina": "belzyce", "members": [{"role": "applicant", "age": 50}]}"#);
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdict(&out, jastkow), "met");
    // Two gminas are called Konopnica: neither is guessed.
    let (code, _, err) = run(r#"{"schema": 2, "gmina": "Konopnica", "members": [{"role": "applicant", "age": 50}]}"#);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "h.json: gmina: „Konopnica” to nazwa kilku gmin (060908 lubelski/lubelskie, 101703 wieluński/łódzkie)"
        ),
        "{err}"
    );
    // The code decides: Konopnica of powiat wieluński is not the Jastków project's partner.
    let (code, out, err) = run(
        r#"{"schema": 2, "gmina": "Konopnica", "gmina_code": "101703", "members": [{"role": "applicant", "age": 50}]}"#,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(verdict(&out, jastkow), "not_met");
    let (code, _, err) =
        run(r#"{"schema": 2, "gmina": "Kłobuck", "gmina_code": "101703", "members": [{"role": "applicant"}]}"#);
    assert_eq!(code, 1);
    assert!(err.contains("h.json: gmina: nieprawidłowa wartość: 101703 = Konopnica, ≠ Kłobuck"), "{err}");
    let (code, _, err) = run(r#"{"schema": 2, "gmina": "Atlantyda", "members": [{"role": "applicant"}]}"#);
    assert_eq!(code, 1);
    assert!(err.contains("h.json: gmina: „Atlantyda” nie jest nazwą gminy z rejestru TERYT"), "{err}");
    let (code, _, err) = run(r#"{"schema": 2, "gmina_code": "10170", "members": [{"role": "applicant"}]}"#);
    assert_eq!(code, 1);
    assert!(err.contains("h.json: gmina_code: „10170” nie jest kodem gminy"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
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

#[test]
fn a_catalogue_changed_without_building_the_data_names_the_stale_project() {
    let dir = copy_catalogue("stale");
    edit(&dir, "ops-szamotuly.json", "\"Asystent rodziny\"", "\"Asystent rodziny (zmieniony)\"");
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "public/data/1: powiat/3024.json: catalogue: „poprawa-dostepu-do-uslug-wspierajacych-rodzine” w danych \
             nie zgadza się z katalogiem: zbuduj dane jeszcze raz (wsparcie data)"
        ),
        "{err}"
    );
    // Built again, the data holds the change and the catalogue validates against it.
    let out = temp_dir("stale-data");
    let (code, _, err) = wsparcie(&["data", "--catalogue", dir.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let file = std::fs::read_to_string(out.join("powiat/3024.json")).unwrap();
    assert!(file.contains("Asystent rodziny (zmieniony)"));
    let (code, _, err) = wsparcie(&["validate", dir.to_str().unwrap(), "--data", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn the_data_is_not_built_from_a_catalogue_with_problems() {
    let dir = copy_catalogue("no-data");
    edit(&dir, "ops-szamotuly.json", "\"64-500\"", "\"64500\"");
    let out = temp_dir("no-data-out");
    let (code, _, err) = wsparcie(&["data", "--catalogue", dir.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("ops-szamotuly.json: centre.address.postcode: „64500” nie jest kodem pocztowym"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(files_under(&out).len(), 0);
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn the_report_lists_per_voivodeship_what_no_one_has_confirmed_for_180_days_and_missing_contacts() {
    // The 2026 pages were read on 28 November 2026: still fresh on 27 May 2027, stale the day after.
    let (code, out, err) = wsparcie(&["report", "public/catalogue", "--date", "2027-05-27"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Stan katalogu na 27 maja 2027"), "{out}");
    let legnica = out.split("\n\n").find(|part| part.starts_with("dolnośląskie:")).expect("a part per voivodeship");
    assert!(legnica.contains("dolnośląskie: ośrodki 1, projekty 1"), "{legnica}");
    assert!(legnica.contains("0 nieaktualnych wpisów:\n    brak"), "{legnica}");
    assert!(legnica.contains("- MOPS Legnica: brak adresu, telefonu, e-maila, godzin pracy"), "{legnica}");
    // The directory's fields marked to confirm, each with its gmina, the value and why.
    assert!(out.contains("W wykazie ośrodków 12 pól do potwierdzenia:"), "{out}");
    assert!(
        out.contains(
            "  - Koziegłowy (śląskie), Gminno-Miejski Ośrodek Pomocy Społecznej w Koziegłowach: telefon (22) 524-99-90: \
             Wykaz wojewody podaje ten numer z kierunkowym 22"
        ),
        "{out}"
    );
    // Warszawa's districts, each with its centre from the working list (Wawer has none), to confirm.
    assert!(out.contains("każde pole do potwierdzenia (18):\n"), "{out}");
    assert!(out.contains("  - Warszawa (mazowieckie), dzielnica Wawer: brak danych ośrodka\n"), "{out}");
    // The Senior+ places, as data of June 2026 to confirm, each with its gmina.
    assert!(
        out.contains(
            "Dzienne domy i kluby Senior+ z wykazu wojewody, stan na 2 czerwca 2026, do potwierdzenia z aktualnym \
             wykazem i z gminami (107):\n"
        ),
        "{out}"
    );
    assert!(out.contains("  - Andrychów (małopolskie): Klub Senior+, ul. Metalowców 10, Andrychów\n"), "{out}");
    assert!(out.contains("  - Bochnia (małopolskie): Dzienny Dom Senior+, ul. Karolina 14 D, Bochnia\n"), "{out}");

    let (code, out, _) = wsparcie(&["report", "public/catalogue", "--date", "2027-05-28"]);
    assert_eq!(code, 0);
    let legnica = out.split("\n\n").find(|part| part.starts_with("dolnośląskie:")).unwrap();
    assert!(legnica.contains("2 nieaktualne wpisy:\n    - MOPS Legnica: sprawdzone 28 listopada 2026\n"), "{legnica}");
    assert!(out.contains("Razem: nieaktualne wpisy 44, ośrodki bez pełnych kontaktów"), "{out}");

    // A centre with every contact is not listed; a day that is not a date is refused.
    let dir = copy_catalogue("report");
    let contacts = r#""address": {"street": "ul. Pomorska 1", "postcode": "59-220", "town": "Legnica"},
        "phones": ["76 723 31 00"], "emails": ["mops@example.pl"], "office_hours": {"mon": ["07:30-15:30"]},
        "checked_on""#;
    edit(&dir, "mops-legnica.json", r#""checked_on""#, contacts);
    let (code, after, err) = wsparcie(&["report", dir.to_str().unwrap(), "--date", "2027-05-27"]);
    assert_eq!(code, 0, "{err}");
    assert!(after.contains("dolnośląskie: ośrodki 1, projekty 1\n  0 nieaktualnych wpisów:\n    brak\n  0 ośrodków bez pełnych kontaktów:\n    brak"), "{after}");
    let (code, _, err) = wsparcie(&["report", "public/catalogue", "--date", "1 czerwca"]);
    assert_eq!((code, err.trim()), (2, "„1 czerwca” nie jest datą RRRR-MM-DD"));
}
