//! Code health the compiler does not check. The domain reads one way: each module may use only the
//! layers below its own, never one beside or above it, so no two modules import each other in a
//! circle. The UI (`ui`, behind the `web` feature) and the binaries stand above everything and are not
//! listed. And no file grows past 400 lines.

use std::collections::BTreeMap;
use std::path::Path;

/// Layers from the bottom: text, dates and money; then the data each reads; then the rules over them;
/// then what is built from a verdict; then the pages, whose addresses name questions and filters; then the formats kept on the device and read from disk; then the pages as written.
const LAYERS: &[&[&str]] = &[
    &["i18n"],
    // Poland's calendar of days off, below the office hours that close on them.
    &["holidays"],
    &["text", "dates", "money", "hours", "contact", "pesel", "qr", "accessibility"],
    &["problem"],
    &["places"],
    &["catalogue", "localities", "parameters", "household"],
    &["rules", "directory"],
    &["keep"],
    &["questionnaire", "declaration"],
    &["route"],
    &["saved", "transfer", "device", "folder"],
    // Whether a page written at build time still holds for a visit (its day, language, device).
    &["written"],
    // The staff editor: a centre file being edited and checked, kept on the device as a saved value.
    &["editor"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Every `crate::module` a file names, outside its `#[cfg(test)]` part.
fn uses(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let name =
            |s: &str| -> String { s.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
        match rest.strip_prefix('{') {
            // `use crate::{contact, hours::WeeklyHours};`
            Some(group) => found.extend(group[..group.find('}').unwrap_or(group.len())].split(',').map(name)),
            None => found.push(name(rest)),
        }
    }
    found
}

fn domain_files() -> BTreeMap<String, Vec<std::path::PathBuf>> {
    let mut by_module: BTreeMap<String, Vec<std::path::PathBuf>> = BTreeMap::new();
    let src = Path::new("src");
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if ["ui", "bin", "lib", "main"].contains(&name.as_str()) {
            continue;
        }
        let files = if path.is_dir() {
            std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                .collect()
        } else {
            vec![path.clone()]
        };
        by_module.entry(name).or_default().extend(files);
    }
    by_module
}

#[test]
fn every_domain_module_has_a_layer() {
    let missing: Vec<String> = domain_files().into_keys().filter(|m| layer_of(m).is_none()).collect();
    assert!(missing.is_empty(), "modules with no layer in tests/layers.rs: {missing:?}");
}

#[test]
fn modules_use_only_the_layers_below_their_own() {
    let mut wrong = Vec::new();
    for (module, files) in domain_files() {
        let Some(own) = layer_of(&module) else { continue };
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for used in uses(&text) {
                if used == module {
                    continue;
                }
                match layer_of(&used) {
                    Some(layer) if layer < own => {}
                    _ => wrong.push(format!("{}: {module} uses crate::{used}", file.display())),
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "imports against the layers:\n  {}", wrong.join("\n  "));
}

#[test]
fn the_check_sees_a_wrong_import() {
    assert_eq!(
        uses("use crate::rules::Outcome;\nfn f() { crate::ui::x() }\n#[cfg(test)]\nuse crate::saved;"),
        ["rules", "ui"]
    );
}

/// Every Rust file of the project, outside `target/`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file over 400 lines is a sign it does more than one job: split it by responsibility.
#[test]
fn no_rust_file_is_over_400_lines() {
    let mut files = vec![Path::new("build.rs").to_path_buf()];
    for dir in ["src", "tests", "benches", "examples"] {
        if Path::new(dir).is_dir() {
            rust_files(Path::new(dir), &mut files);
        }
    }
    assert!(files.len() > 50, "found the sources ({})", files.len());
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, n)| *n > 400)
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "split these by responsibility:\n  {}", long.join("\n  "));
}
