//! A clone of the repository stands alone: what the build, a script or a test reads is in the
//! repository (`data/sources/`), and every stored page a fact names is there to be read.

use std::path::{Path, PathBuf};

#[path = "support/shipped.rs"]
#[allow(dead_code)]
mod shipped;
use shipped::shipped;

/// Every file under `dir` (recursively), skipping what a build or an install writes.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "target" | "node_modules" | "dist") {
                files(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

#[test]
fn nothing_the_build_or_a_test_reads_names_a_folder_outside_the_repository() {
    // Spelled in two parts so this file does not name it.
    let outside = format!("{}/shared", "..");
    let mut checked = Vec::new();
    for root in ["src", "tests", "scripts"] {
        files(Path::new(root), &mut checked);
    }
    checked.extend(["build.rs", "Makefile", ".ci/run", "Trunk.toml", "package.json"].map(PathBuf::from));
    assert!(checked.len() > 100, "only {} files found: run from the project root", checked.len());
    let named: Vec<String> = checked
        .iter()
        .filter(|p| std::fs::read(p).is_ok_and(|bytes| String::from_utf8_lossy(&bytes).contains(&outside)))
        .map(|p| p.display().to_string())
        .collect();
    assert!(named.is_empty(), "these name {outside}, which a clone does not have: {named:?}");
}

#[test]
fn every_stored_page_a_fact_names_is_in_the_repository() {
    let c = shipped();
    let sources = c
        .centres
        .iter()
        .map(|centre| &centre.source)
        .chain(c.entries.iter().map(|e| &e.project.source))
        .chain(c.programmes.programmes.iter().flat_map(|p| [Some(&p.source), p.period_source.as_ref()]).flatten());
    let mut named = 0;
    for source in sources {
        let file = match (&source.seed, &source.page) {
            (Some(seed), _) => Path::new("data/sources/seeds").join(seed),
            (None, Some(page)) => Path::new("data/sources").join(page),
            (None, None) => continue,
        };
        assert!(file.is_file(), "{} names {}, which is not in data/sources", source.title, file.display());
        named += 1;
    }
    assert!(named >= 22 + 22, "only {named} sources name a stored page");
    for folder in ["seeds", "projects-2026", "ops", "teryt"] {
        let note = Path::new("data/sources").join(folder).join("SOURCE.md");
        let top = Path::new("data/sources/SOURCE.md");
        let said = std::fs::read_to_string(top).unwrap();
        assert!(note.is_file() || said.contains(&format!("`{folder}/")), "data/sources/{folder} has no SOURCE note");
    }
}
