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

/// The module a file is (`rules::evaluate` for `src/rules/evaluate.rs`, `rules` for its `mod.rs`).
fn module_of(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix("src").unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// A file's code without its comments and its `#[cfg(test)]` part (a doc link is no import).
fn code_of(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The paths a file names: `crate::a::b` and `super::c` (with `{…}` groups opened), as module paths
/// from the crate's root.
fn named_paths(path: &Path, code: &str) -> Vec<Vec<String>> {
    let here = module_of(path);
    let mut out = Vec::new();
    let ident = |s: &str| -> String { s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
    for (start, prefix) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        // `super::super::x` is read from its first `super::`.
        if prefix == "super::" && code[..start].ends_with("super::") {
            continue;
        }
        let mut base: Vec<String> = if prefix == "crate::" { Vec::new() } else { here.clone() };
        let mut rest = &code[start..];
        if prefix == "crate::" {
            rest = &rest["crate::".len()..];
        } else {
            // `super` is the parent of the module the file is, `a` for `a/b.rs` and for `a/b/mod.rs`.
            while let Some(after) = rest.strip_prefix("super::") {
                base.pop();
                rest = after;
            }
        }
        let mut segments = Vec::new();
        loop {
            let name = ident(rest);
            if name.is_empty() {
                break;
            }
            rest = &rest[name.len()..];
            segments.push(name);
            match rest.strip_prefix("::") {
                Some(after) if !after.starts_with('{') => rest = after,
                Some(after) => {
                    let group = &after[1..after.find('}').unwrap_or(after.len())];
                    for item in group.split(',') {
                        let mut p = base.clone();
                        p.extend(segments.iter().cloned());
                        p.extend(item.split("::").map(|s| ident(s.trim())).filter(|s| !s.is_empty()));
                        out.push(p);
                    }
                    segments.clear();
                    break;
                }
                None => break,
            }
        }
        if !segments.is_empty() {
            let mut p = base;
            p.extend(segments);
            out.push(p);
        }
    }
    out
}

/// The circles among the modules of `src/<folder>` (each a list of modules that reach one another).
fn circles_in(folder: &str) -> Vec<Vec<String>> {
    let mut files = Vec::new();
    rust_files(&Path::new("src").join(folder), &mut files);
    let modules: BTreeMap<String, &Path> = files.iter().map(|f| (module_of(f).join("::"), f.as_path())).collect();
    // The longest module a path names (`rules::verdict::Outcome` names `rules::verdict`).
    let resolve = |p: &[String]| -> Option<String> {
        (1..=p.len()).rev().map(|n| p[..n].join("::")).find(|m| modules.contains_key(m))
    };
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let mut to: Vec<String> =
            named_paths(file, &code).iter().filter_map(|p| resolve(p)).filter(|m| m != module).collect();
        // A folder's `mod.rs` declares and re-exports its files: that is the folder, not an import.
        to.retain(|m| !m.starts_with(&format!("{module}::")));
        to.sort();
        to.dedup();
        edges.insert(module.clone(), to);
    }
    strongly_connected(&edges).into_iter().filter(|c| c.len() > 1).collect()
}

/// Tarjan's strongly connected components of a graph.
fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, Vec<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(lw));
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            component.sort();
            s.out.push(component);
        }
    }
    let mut s = State { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), out: Vec::new() };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
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
