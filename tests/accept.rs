//! `wsparcie accept`: a centre's file taken into the catalogue with one command, on copies of the shipped
//! catalogue and data. A good file is put in place with the data built again and the changes printed (a
//! dry run prints the same and writes nothing); a broken one is refused with every problem named by field
//! and nothing written; a new centre gets its index entry, and its gmina gains the project.

use std::path::{Path, PathBuf};

#[path = "support/wsparcie.rs"]
#[allow(dead_code)]
mod run;
use run::{files_under, temp_dir, wsparcie};

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, target).unwrap();
        }
    }
}

/// Copies of the catalogue and the data, and every file's bytes, to compare after.
fn copies(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let root = temp_dir(name);
    let (catalogue, data) = (root.join("catalogue"), root.join("data"));
    copy_tree(Path::new("public/catalogue"), &catalogue);
    copy_tree(Path::new("public/data/1"), &data);
    (root, catalogue, data)
}

fn snapshot(dirs: &[&Path]) -> Vec<(PathBuf, Vec<u8>)> {
    dirs.iter().flat_map(|d| files_under(d)).map(|f| (f.clone(), std::fs::read(&f).unwrap())).collect()
}

fn accept(file: &Path, catalogue: &Path, data: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "accept",
        file.to_str().unwrap(),
        "--catalogue",
        catalogue.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
        "--date",
        "2026-12-06",
    ];
    args.extend_from_slice(extra);
    wsparcie(&args)
}

#[test]
fn a_good_file_goes_in_with_its_changes_printed_and_a_dry_run_writes_nothing() {
    let (root, catalogue, data) = copies("accept-good");
    let file = root.join("gops-dobra.json");
    let text = std::fs::read_to_string("public/catalogue/gops-dobra.json").unwrap();
    std::fs::write(&file, text.replace("\"18 33 30 060\"", "\"18 33 30 061\"")).unwrap();

    let before = snapshot(&[&catalogue, &data]);
    let (code, out, err) = accept(&file, &catalogue, &data, &["--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Co zobaczą mieszkańcy (stan na 6 grudnia 2026):"), "{out}");
    assert!(out.contains("GOPS Dobra: Telefon: było „18 33 30 060”, jest „18 33 30 061”"), "{out}");
    assert!(
        out.contains("zmieniony projekt: Asystent osobisty osoby z niepełnosprawnością – edycja 2026: phones"),
        "{out}"
    );
    assert!(out.contains("Próba (--dry-run): nic nie zapisano."), "{out}");
    assert!(snapshot(&[&catalogue, &data]) == before, "a dry run wrote something");

    let (code, out, err) = accept(&file, &catalogue, &data, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Zapisano gops-dobra.json; dane w"), "{out}");
    assert_eq!(
        std::fs::read_to_string(catalogue.join("gops-dobra.json")).unwrap(),
        std::fs::read_to_string(&file).unwrap()
    );
    let powiat = std::fs::read_to_string(data.join("powiat/1207.json")).unwrap();
    assert!(powiat.contains("18 33 30 061"), "the powiat file built again");
    let (code, _, err) = wsparcie(&["validate", catalogue.to_str().unwrap(), "--data", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // The same file again: nothing changes for residents.
    let (code, out, _) = accept(&file, &catalogue, &data, &["--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("  nic się nie zmienia"), "{out}");
    std::fs::remove_dir_all(root).unwrap();
}

#[test]
fn a_broken_file_is_refused_with_every_problem_by_field_and_nothing_is_written() {
    let (root, catalogue, data) = copies("accept-broken");
    let file = root.join("dobra-z-bledami.json");
    let text = std::fs::read_to_string("public/catalogue/gops-dobra.json").unwrap();
    let broken = text
        .replace("\"title\": \"Asystent osobisty osoby z niepełnosprawnością – edycja 2026\"", "\"title\": \"\"")
        .replace("\"18 33 30 060\"", "\"18 33\"");
    std::fs::write(&file, broken).unwrap();
    let before = snapshot(&[&catalogue, &data]);
    let (code, out, err) = accept(&file, &catalogue, &data, &[]);
    assert_eq!(code, 1, "{out}");
    let given = file.display().to_string();
    for line in [
        format!("{given} → gops-dobra.json: projects[0].title: pole jest puste"),
        format!("{given} → gops-dobra.json: centre.phones[0]: „18 33” nie jest polskim numerem telefonu (9 cyfr)"),
        "Nie przyjęto: nic nie zapisano.".to_string(),
    ] {
        assert!(err.contains(&line), "{line} not in {err}");
    }
    assert!(snapshot(&[&catalogue, &data]) == before, "a refused file changed something");
    // Not JSON at all, and a file that does not exist.
    std::fs::write(&file, "{\"schema\": 2, \"centre\": {").unwrap();
    let (code, _, err) = accept(&file, &catalogue, &data, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("urywa się"), "{err}");
    let (code, _, err) = accept(&root.join("nie-ma.json"), &catalogue, &data, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("nie-ma.json: nie można odczytać pliku"), "{err}");
    assert!(snapshot(&[&catalogue, &data]) == before);
    std::fs::remove_dir_all(root).unwrap();
}

#[test]
fn a_new_centre_gets_its_index_entry_and_its_gmina_gains_the_project() {
    let (root, catalogue, data) = copies("accept-new");
    let file = root.join("kamienica.json");
    let text = std::fs::read_to_string("public/catalogue/gops-dobra.json").unwrap();
    let new = text
        .replace("\"id\": \"gops-dobra\"", "\"id\": \"gops-kamienica\"")
        .replace(
            "Gminny Ośrodek Pomocy Społecznej w Dobrej\",\n    \"short_name\": \"GOPS Dobra\"",
            "Gminny Ośrodek Pomocy Społecznej w Kamienicy\",\n    \"short_name\": \"GOPS Kamienica\"",
        )
        .replace("\"gmina\": \"Dobra\"", "\"gmina\": \"Kamienica\"")
        .replace("\"teryt\": \"120703\"", "\"teryt\": \"120705\"")
        .replace("\"id\": \"asystent-osobisty-2026-dobra\"", "\"id\": \"asystent-osobisty-2026-kamienica\"");
    assert!(new.contains("GOPS Kamienica"), "the sample changed");
    std::fs::write(&file, new).unwrap();
    let (code, out, err) = accept(&file, &catalogue, &data, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("nowy ośrodek: Gminny Ośrodek Pomocy Społecznej w Kamienicy (gmina Kamienica, małopolskie)"),
        "{out}"
    );
    assert!(out.contains("nowy projekt: Asystent osobisty osoby z niepełnosprawnością – edycja 2026 (asystent-osobisty-2026-kamienica)"), "{out}");
    assert!(
        out.contains("gmina Kamienica (120705) zyskuje: Asystent osobisty osoby z niepełnosprawnością – edycja 2026"),
        "{out}"
    );
    let index = std::fs::read_to_string(catalogue.join("index.json")).unwrap();
    assert!(index.contains(r#"{ "id": "gops-kamienica", "file": "gops-kamienica.json", "gmina": "Kamienica", "teryt": "120705", "voivodeship": "małopolskie" }"#), "{index}");
    assert!(catalogue.join("gops-kamienica.json").is_file());
    let (code, _, err) = wsparcie(&["validate", catalogue.to_str().unwrap(), "--data", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    std::fs::remove_dir_all(root).unwrap();
}
