//! The import arrows among the files of `src/`, read from their text: what each file names with
//! `crate::` and `super::` (and a folder's `mod.rs` by its files' bare names), followed through a
//! folder's re-exports to the file that has the item, and the circles they make.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every Rust file of the project, outside `target/`.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
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
pub fn named_paths(path: &Path, code: &str) -> Vec<Vec<String>> {
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
        // `super::{a, b}`: a group straight after the prefix.
        if rest.starts_with('{') {
            rest = &rest[..0];
            let group = &code[start..];
            let group = &group[group.find('{').unwrap_or(0) + 1..];
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let mut p = base.clone();
                p.extend(item.split("::").map(|s| ident(s.trim())).filter(|s| !s.is_empty()));
                out.push(p);
            }
        }
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

/// The names a folder's `mod.rs` re-exports from its files (`pub use model::*` as `*`), with the file.
fn reexports(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in code.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("pub use ").or_else(|| line.strip_prefix("pub(crate) use ")) else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let Some((child, names)) = rest.split_once("::") else { continue };
        let names = names.trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let name = name.rsplit("::").next().unwrap_or(name);
            out.push((name.to_string(), child.to_string()));
        }
    }
    out
}

/// The files a folder's `mod.rs` declares (`mod state;`, `pub mod docs;`).
pub fn declared_children(code: &str) -> Vec<String> {
    code.lines()
        .map(str::trim)
        .filter_map(|l| l.strip_suffix(';'))
        .filter_map(|l| {
            l.rsplit_once("mod ").filter(|(before, _)| before.trim().is_empty() || before.trim().starts_with("pub"))
        })
        .map(|(_, name)| name.trim().to_string())
        .collect()
}

/// The files a `mod.rs`'s own code uses by their bare name (`state::provide(…)`, `use answers::X;`),
/// leaving out the lines that declare or re-export them: those are the folder's face, not an import.
pub fn children_used(code: &str, children: &[String]) -> Vec<String> {
    let own: String = code
        .lines()
        .filter(|l| {
            let l = l.trim();
            !(l.starts_with("pub use") || l.starts_with("pub(crate) use") || l.contains("mod "))
        })
        .collect::<Vec<_>>()
        .join("\n");
    children
        .iter()
        .filter(|child| {
            own.match_indices(&format!("{child}::")).any(|(i, _)| {
                let before = own[..i].chars().next_back();
                !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
            })
        })
        .cloned()
        .collect()
}

/// The import arrows among the modules of `src/<folder>`: from each module to the ones it names.
pub fn imports_in(folder: &str) -> BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    rust_files(&Path::new("src").join(folder), &mut files);
    let modules: BTreeMap<String, &Path> = files.iter().map(|f| (module_of(f).join("::"), f.as_path())).collect();
    let codes: BTreeMap<&String, String> =
        modules.iter().map(|(m, f)| (m, code_of(&std::fs::read_to_string(f).unwrap()))).collect();
    // What each folder re-exports, so that `super::Name` reaches the file that has `Name`.
    let faces: BTreeMap<&String, Vec<(String, String)>> = codes
        .iter()
        .filter(|(m, _)| modules[m.as_str()].ends_with("mod.rs"))
        .map(|(m, code)| (*m, reexports(code)))
        .collect();
    let defines = |module: &str, name: &str| {
        codes.iter().find(|(m, _)| m.as_str() == module).is_some_and(|(_, code)| {
            ["struct", "enum", "fn", "const", "type", "trait", "static"]
                .iter()
                .any(|kind| code.contains(&format!("pub {kind} {name}")))
        })
    };
    // The longest module a path names (`rules::verdict::Outcome` names `rules::verdict`), followed
    // through the folder's re-exports.
    let resolve = |p: &[String]| -> Option<String> {
        let n = (1..=p.len()).rev().find(|n| modules.contains_key(&p[..*n].join("::")))?;
        let module = p[..n].join("::");
        let Some(name) = p.get(n) else { return Some(module) };
        let face = faces.get(&module).into_iter().flatten();
        let child = face
            .clone()
            .find(|(named, _)| named == name)
            .or_else(|| {
                face.clone().find(|(named, child)| named == "*" && defines(&format!("{module}::{child}"), name))
            })
            .map(|(_, child)| format!("{module}::{child}"));
        Some(child.filter(|c| modules.contains_key(c)).unwrap_or(module))
    };
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let code = &codes[module];
        let mut to: Vec<String> =
            named_paths(file, code).iter().filter_map(|p| resolve(p)).filter(|m| m != module).collect();
        if file.ends_with("mod.rs") {
            let children = declared_children(code);
            // The folder's own code using its files; its declarations and re-exports are not imports.
            to.retain(|m| !m.starts_with(&format!("{module}::")));
            to.extend(children_used(code, &children).into_iter().map(|c| format!("{module}::{c}")));
        }
        to.sort();
        to.dedup();
        edges.insert(module.clone(), to);
    }
    edges
}

/// The circles among the modules of `src/<folder>` (each a list of modules that reach one another).
pub fn circles_in(folder: &str) -> Vec<Vec<String>> {
    strongly_connected(&imports_in(folder)).into_iter().filter(|c| c.len() > 1).collect()
}

/// Tarjan's strongly connected components of a graph.
pub fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> Vec<Vec<String>> {
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
