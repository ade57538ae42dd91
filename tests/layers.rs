//! Code health the compiler does not check. The domain reads one way: each module may use only the
//! layers below its own, never one beside or above it, so no two modules import each other in a
//! circle. The UI (`ui`, behind the `web` feature) and the binaries stand above everything and are not
//! listed. And no file grows past 400 lines.

use std::collections::BTreeMap;
use std::path::Path;

#[path = "layers/imports.rs"]
mod imports;

use imports::{circles_in, imports_in, named_paths, rust_files, strongly_connected};

/// Layers from the bottom: text, dates and money; then the data each reads; then the rules over them;
/// then what is built from a verdict; then the pages, whose addresses name questions and filters; then the formats kept on the device and read from disk; then the pages as written.
const LAYERS: &[&[&str]] = &[
    &["i18n"],
    // Poland's calendar of days off, below the office hours that close on them.
    &["holidays"],
    // What an amount or a date refuses to be read as, kept as a value beside serde's words.
    &["refusal"],
    &["text", "order", "dates", "money", "hours", "contact", "pesel", "qr", "accessibility"],
    &["problem"],
    &["places"],
    &["catalogue", "localities", "parameters", "household"],
    &["rules", "directory"],
    // The act's benefits in every gmina: their sources' words, amounts by the day, conditions checked.
    &["benefits"],
    &["keep"],
    &["questionnaire", "declaration"],
    // The request to bring, in the declaration's QR format and with its field checks.
    &["request"],
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

/// Inside each domain folder too, no two files import each other in a circle.
#[test]
fn no_domain_folder_has_an_import_circle() {
    let folders: Vec<String> =
        domain_files().into_iter().filter(|(m, _)| Path::new("src").join(m).is_dir()).map(|(m, _)| m).collect();
    assert!(folders.len() >= 5, "{folders:?}");
    let found: Vec<String> = folders.iter().flat_map(|f| circles_in(f)).map(|c| c.join(" ↔ ")).collect();
    assert!(found.is_empty(), "import circles:\n  {}", found.join("\n  "));
}

#[test]
fn the_circle_check_sees_a_circle() {
    let edges: BTreeMap<String, Vec<String>> = [
        ("a".to_string(), vec!["b".to_string()]),
        ("b".to_string(), vec!["c".to_string()]),
        ("c".to_string(), vec!["a".to_string()]),
        ("d".to_string(), vec!["a".to_string()]),
    ]
    .into_iter()
    .collect();
    let circles: Vec<Vec<String>> = strongly_connected(&edges).into_iter().filter(|c| c.len() > 1).collect();
    assert_eq!(circles, [["a", "b", "c"]]);
    let code = "use super::verdict::{Outcome, Reason};\nuse crate::rules::{words::years, Rule};\n";
    let named = named_paths(Path::new("src/rules/explain.rs"), code);
    let joined: Vec<String> = named.iter().map(|p| p.join("::")).collect();
    assert_eq!(joined, ["rules::words::years", "rules::Rule", "rules::verdict::Outcome", "rules::verdict::Reason"]);
}

/// The browser app's layers, from the bottom, each module named from `src/ui` (a file, or a folder with
/// all its files; the longest name that fits is a module's layer). A module may use only the layers
/// below its own, and the files of its own folder.
const UI_LAYERS: &[&[&str]] = &[
    // The one port to the browser (address, today, a data file, a request), what is kept on the
    // device, and the contract of an island of a written page.
    &["host", "storage", "keeping", "island"],
    &["nav", "load"],
    &["data"],
    &["context"],
    // The form kit and the notices every app shows.
    &["form", "notice"],
    // Widgets used by more than one page.
    &["components"],
    &["mode"],
    &["pwa"],
    // The checker's answers, then what it reads and works out from them, beside the catalogue's pages.
    &["check::state"],
    &["check::data", "pages"],
    &["docs"],
    &["check", "settings"],
    &["editor"],
    // The apps: each draws its pages for their addresses; the islands bundle brings a written page to life.
    &["app", "check::app", "editor::app", "islands"],
    &["prerender", "shell"],
];

/// The entry of [`UI_LAYERS`] a module of `src/ui` falls under, and its layer.
fn ui_layer_of(module: &str) -> Option<(&'static str, usize)> {
    let inside = module.strip_prefix("ui::")?;
    UI_LAYERS
        .iter()
        .enumerate()
        .flat_map(|(layer, names)| names.iter().map(move |name| (*name, layer)))
        .filter(|(name, _)| inside == *name || inside.starts_with(&format!("{name}::")))
        .max_by_key(|(name, _)| name.len())
}

#[test]
fn the_browser_app_reads_one_way() {
    let edges = imports_in("ui");
    assert!(edges.len() > 60, "found the ui's modules ({})", edges.len());
    let mut wrong = Vec::new();
    for (module, to) in edges.iter().filter(|(m, _)| m.as_str() != "ui") {
        let Some((own, layer)) = ui_layer_of(module) else {
            wrong.push(format!("{module} has no layer in UI_LAYERS"));
            continue;
        };
        for used in to {
            match ui_layer_of(used) {
                Some((name, _)) if name == own => {}
                Some((_, below)) if below < layer => {}
                _ => wrong.push(format!("{module} uses {used}")),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the ui's layers:\n  {}", wrong.join("\n  "));
}

#[test]
fn no_import_circle_in_the_browser_app() {
    let found: Vec<String> = circles_in("ui").into_iter().map(|c| c.join(" ↔ ")).collect();
    assert!(found.is_empty(), "import circles:\n  {}", found.join("\n  "));
}

#[test]
fn a_folder_using_its_own_files_is_an_arrow() {
    let code = "mod state;\npub use state::Kept;\nfn f() { state::read(); }\n";
    assert_eq!(imports::children_used(code, &imports::declared_children(code)), ["state"]);
    let face = "mod state;\npub use state::Kept;\n";
    assert!(imports::children_used(face, &imports::declared_children(face)).is_empty());
    assert_eq!(ui_layer_of("ui::check::data"), Some(("check::data", 9)));
    assert_eq!(ui_layer_of("ui::check::question::family"), Some(("check", 11)));
}

/// The whole of `src/`, read as one drawing: no circle anywhere, across folders too.
#[test]
fn no_import_circle_anywhere() {
    let edges = imports_in("");
    assert!(edges.len() > 150, "found the modules of src ({})", edges.len());
    let found: Vec<String> = circles_in("").into_iter().map(|c| c.join(" ↔ ")).collect();
    assert!(found.is_empty(), "import circles:\n  {}", found.join("\n  "));
}

/// Every file of the browser side (`src/ui/`) with its text.
fn ui_sources() -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src/ui"), &mut files);
    assert!(files.len() > 60, "found the ui's files ({})", files.len());
    files.into_iter().map(|f| (f.clone(), std::fs::read_to_string(f).unwrap())).collect()
}

/// What an `aria-describedby` names is built by the form kit (`src/ui/form/`): a field's
/// `described_by` from its hint, its error while shown and its reading, or a hint's id from
/// `hint_id!`. Elsewhere the attribute only passes on what the kit built, so no control points at an
/// element that is not there or leaves out its error.
#[test]
fn only_the_form_kit_builds_aria_describedby() {
    let mut wrong = Vec::new();
    for (file, text) in ui_sources().iter().filter(|(f, _)| !f.starts_with("src/ui/form")) {
        for (i, _) in text.match_indices("aria-describedby=") {
            let after = &text[i + "aria-describedby=".len()..];
            // A closure's body is its value: `move || described_by(…)`.
            let after = after.strip_prefix("move || ").unwrap_or(after);
            let value: String = after.chars().take_while(|c| !c.is_whitespace() && *c != '>').collect();
            if !(value.contains("described_by") || value.starts_with("crate::hint_id!(")) {
                wrong.push(format!("{}: aria-describedby={value}", file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "build these with the form kit:\n  {}", wrong.join("\n  "));
}

/// Functions a person can read: on the browser side none is over 80 lines of code, counted from its
/// signature to its closing brace without blank lines and comments. Clippy's `too_many_lines` checks
/// the same with the same limit (`clippy.toml`), but passes over a component that is not `pub`.
#[test]
fn no_function_of_the_browser_side_is_over_80_lines() {
    let mut long = Vec::new();
    for (file, text) in &ui_sources() {
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let signature = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn ", "async fn ", "pub async fn "];
            if let Some(rest) = signature.iter().find_map(|s| line.strip_prefix(s)) {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let end = (i..lines.len()).find(|&j| lines[j] == "}").unwrap_or(lines.len() - 1);
                let code =
                    lines[i..=end].iter().filter(|l| !l.trim().is_empty() && !l.trim().starts_with("//")).count();
                if code > 80 {
                    long.push(format!("{}: {name} ({code} lines)", file.display()));
                }
                i = end;
            }
            i += 1;
        }
    }
    assert!(long.is_empty(), "split these into named parts:\n  {}", long.join("\n  "));
}

/// The layers as docs/ARCHITECTURE.md draws them: each code block of its "Layers" section, its rows
/// from the bottom, each row's module names (what comes before the description).
fn drawn_layers() -> Vec<Vec<Vec<String>>> {
    let doc = std::fs::read_to_string("docs/ARCHITECTURE.md").unwrap();
    let section = doc.split("\n## Layers\n").nth(1).expect("a Layers section").split("\n## ").next().unwrap();
    section
        .split("```")
        .skip(1)
        .step_by(2)
        .map(|block| {
            let mut rows: Vec<Vec<String>> = block
                .lines()
                .filter(|line| !line.trim().is_empty() && !line.contains('│'))
                .map(|line| {
                    line.trim_start().split("   ").next().unwrap().split_whitespace().map(String::from).collect()
                })
                .collect();
            rows.reverse();
            rows
        })
        .collect()
}

#[test]
fn the_architecture_page_draws_these_tables_row_for_row() {
    let table = |layers: &[&[&str]]| -> Vec<Vec<String>> {
        layers.iter().map(|row| row.iter().map(|name| name.to_string()).collect()).collect()
    };
    let drawn = drawn_layers();
    assert_eq!(drawn.len(), 2, "docs/ARCHITECTURE.md: the domain's drawing, then the browser side's");
    assert_eq!(drawn[0], table(LAYERS), "docs/ARCHITECTURE.md: the domain's layers, from the bottom");
    assert_eq!(drawn[1], table(UI_LAYERS), "docs/ARCHITECTURE.md: the browser side's layers, from the bottom");
}
