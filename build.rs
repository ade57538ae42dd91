//! Turns the flat locale files in `locales/*.json` into typed Rust functions (`i18n::t::*`).
//!
//! Why a build step: a key missing from one language, a plural form missing for a language that needs
//! it, or a placeholder that differs between languages must fail the build, not show a blank to a
//! resident. Keys are `snake_case`; plural keys end in `_one`, `_few`, `_many` or `_other`; `{name}`
//! inserts a value and `{count}` is the number a plural key is chosen by.
//!
//! A message's values are the generated function's arguments in alphabetical order of their names
//! (`{count}` first for plural keys), whatever order the text uses: `project_period_range(locale, end,
//! start)`. Values of the same type are not told apart by the compiler, so pin such messages in a test.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Languages in the order they are offered; the first is the default.
const LOCALES: &[(&str, &str, &[&str])] = &[
    // code, enum variant, plural forms the language's rule can pick for whole numbers
    ("pl", "Pl", &["one", "few", "many"]),
];

const PLURAL_SUFFIXES: &[&str] = &["one", "few", "many", "other"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut tables: Vec<BTreeMap<String, String>> = Vec::new();
    for (code, _, _) in LOCALES {
        let path = format!("locales/{code}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        tables.push(table);
    }
    let messages = check(&tables);
    let code = generate(&messages, &tables);
    std::fs::write(Path::new(&out).join("i18n_generated.rs"), code).expect("write i18n");
}

enum Message {
    Plain { placeholders: BTreeSet<String> },
    Plural { placeholders: BTreeSet<String> },
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').unwrap_or_else(|| panic!("unclosed {{ in {text:?}"));
        let name = &rest[open + 1..open + close];
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "bad placeholder {{{name}}} in {text:?}"
        );
        found.insert(name.to_string());
        rest = &rest[open + close + 1..];
    }
    found
}

fn split_plural(key: &str) -> Option<(&str, &str)> {
    PLURAL_SUFFIXES
        .iter()
        .find_map(|s| key.strip_suffix(&format!("_{s}")).map(|base| (base, *s)))
}

fn check(tables: &[BTreeMap<String, String>]) -> BTreeMap<String, Message> {
    let mut errors = Vec::new();
    let mut messages: BTreeMap<String, Message> = BTreeMap::new();
    // Every language must have the same messages, each plain in all or plural in all.
    let names = |table: &BTreeMap<String, String>| -> BTreeMap<String, bool> {
        table
            .keys()
            .map(|k| match split_plural(k) {
                Some((base, _)) => (base.to_string(), true),
                None => (k.clone(), false),
            })
            .collect()
    };
    let reference = names(&tables[0]);
    for (i, table) in tables.iter().enumerate().skip(1) {
        let code = LOCALES[i].0;
        let here = names(table);
        for (name, plural) in &reference {
            match here.get(name) {
                None => errors.push(format!("locales/{code}.json: missing message {name:?}")),
                Some(p) if p != plural => errors.push(format!("locales/{code}.json: {name:?} is plural in one language only")),
                _ => {}
            }
        }
        for name in here.keys().filter(|n| !reference.contains_key(*n)) {
            errors.push(format!("locales/{code}.json: {name:?} is not in locales/{}.json", LOCALES[0].0));
        }
    }
    for (i, table) in tables.iter().enumerate() {
        let (code, _, forms) = LOCALES[i];
        let mut plural_bases: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for key in table.keys() {
            if let Some((base, form)) = split_plural(key) {
                plural_bases.entry(base).or_default().push(form);
            }
        }
        for (base, present) in &plural_bases {
            for needed in forms.iter() {
                if !present.contains(needed) {
                    errors.push(format!("locales/{code}.json: plural key {base:?} lacks form _{needed}"));
                }
            }
        }
        for (key, text) in table {
            let (name, plural) = match split_plural(key) {
                Some((base, _)) => (base.to_string(), true),
                None => (key.clone(), false),
            };
            let mut ph = placeholders(text);
            if plural {
                ph.remove("count");
            }
            match messages.get(&name) {
                None => {
                    let m = if plural {
                        Message::Plural { placeholders: ph }
                    } else {
                        Message::Plain { placeholders: ph }
                    };
                    messages.insert(name, m);
                }
                Some(Message::Plain { placeholders }) | Some(Message::Plural { placeholders }) => {
                    // A plural form may leave out {count} or another value, but never add one.
                    if !ph.is_subset(placeholders) && !placeholders.is_subset(&ph) {
                        errors.push(format!("locales/{code}.json: {key:?} uses placeholders {ph:?}, other forms use {placeholders:?}"));
                    }
                    if let Some(Message::Plain { placeholders }) | Some(Message::Plural { placeholders }) =
                        messages.get_mut(&name)
                    {
                        placeholders.extend(ph);
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        panic!("locale files are inconsistent:\n  {}", errors.join("\n  "));
    }
    messages
}

fn emit_template(code: &mut String, text: &str) {
    // Builds a String from literal parts and `{name}` values, without format! escaping rules.
    code.push_str("{ let mut s = String::new();");
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').unwrap();
        if open > 0 {
            let _ = write!(code, " s.push_str({:?});", &rest[..open]);
        }
        let _ = write!(code, " let _ = write!(s, \"{{}}\", {});", &rest[open + 1..close]);
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        let _ = write!(code, " s.push_str({rest:?});");
    }
    code.push_str(" s }");
}

fn generate(messages: &BTreeMap<String, Message>, tables: &[BTreeMap<String, String>]) -> String {
    let mut code = String::new();
    code.push_str("// Generated by build.rs from locales/*.json. Do not edit.\n\n");
    code.push_str("/// A language the app speaks.\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Locale {\n");
    for (i, (_, variant, _)) in LOCALES.iter().enumerate() {
        if i == 0 {
            code.push_str("    #[default]\n");
        }
        let _ = writeln!(code, "    {variant},");
    }
    code.push_str("}\n\nimpl Locale {\n    pub const ALL: &'static [Locale] = &[");
    for (_, variant, _) in LOCALES {
        let _ = write!(code, "Locale::{variant}, ");
    }
    code.push_str("];\n\n    /// BCP 47 code, for `<html lang>`.\n    pub fn code(self) -> &'static str {\n        match self {\n");
    for (c, variant, _) in LOCALES {
        let _ = writeln!(code, "            Locale::{variant} => {c:?},");
    }
    code.push_str("        }\n    }\n\n    pub fn from_code(code: &str) -> Option<Locale> {\n        match code {\n");
    for (c, variant, _) in LOCALES {
        let _ = writeln!(code, "            {c:?} => Some(Locale::{variant}),");
    }
    code.push_str("            _ => None,\n        }\n    }\n}\n\n");
    code.push_str("/// One function per message; the arguments are the values its text inserts.\npub mod t {\n    #![allow(clippy::all, unused_imports)]\n    use super::{plural_form, Locale, PluralForm};\n    use std::fmt::{Display, Write as _};\n\n");
    for (name, message) in messages {
        match message {
            Message::Plain { placeholders } => {
                let args: String = placeholders.iter().map(|p| format!(", {p}: impl Display")).collect();
                if placeholders.is_empty() {
                    let _ = writeln!(code, "    pub fn {name}(locale: Locale) -> &'static str {{\n        match locale {{");
                    for (i, (_, variant, _)) in LOCALES.iter().enumerate() {
                        let _ = writeln!(code, "            Locale::{variant} => {:?},", tables[i][name]);
                    }
                    code.push_str("        }\n    }\n\n");
                } else {
                    let _ = writeln!(code, "    pub fn {name}(locale: Locale{args}) -> String {{\n        match locale {{");
                    for (i, (_, variant, _)) in LOCALES.iter().enumerate() {
                        let _ = write!(code, "            Locale::{variant} => ");
                        emit_template(&mut code, &tables[i][name]);
                        code.push_str(",\n");
                    }
                    code.push_str("        }\n    }\n\n");
                }
            }
            Message::Plural { placeholders } => {
                let args: String = placeholders.iter().map(|p| format!(", {p}: impl Display")).collect();
                let _ = writeln!(code, "    pub fn {name}(locale: Locale, count: i64{args}) -> String {{\n        let form = plural_form(locale, count);\n        match locale {{");
                for (i, (_, variant, _)) in LOCALES.iter().enumerate() {
                    let _ = writeln!(code, "            Locale::{variant} => match form {{");
                    for suffix in PLURAL_SUFFIXES {
                        if let Some(text) = tables[i].get(&format!("{name}_{suffix}")) {
                            let form = match *suffix {
                                "one" => "One",
                                "few" => "Few",
                                "many" => "Many",
                                _ => "Other",
                            };
                            let _ = write!(code, "                PluralForm::{form} => ");
                            emit_template(&mut code, text);
                            code.push_str(",\n");
                        }
                    }
                    // The language's rule never picks a form it lacks; `other` (or `many`) covers the rest.
                    let fallback = ["other", "many", "few", "one"]
                        .iter()
                        .find(|s| tables[i].contains_key(&format!("{name}_{s}")))
                        .unwrap();
                    let _ = write!(code, "                #[allow(unreachable_patterns)] _ => ");
                    emit_template(&mut code, &tables[i][&format!("{name}_{fallback}")]);
                    code.push_str(",\n            },\n");
                }
                code.push_str("        }\n    }\n\n");
            }
        }
    }
    code.push_str("}\n");
    code
}
