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
const LOCALES: &[(&str, &str, &str, &[&str])] = &[
    // code, enum variant, name in the language itself, plural forms its rule picks for whole numbers
    ("pl", "Pl", "Polski", &["one", "few", "many"]),
    ("uk", "Uk", "Українська", &["one", "few", "many"]),
    ("en", "En", "English", &["one", "other"]),
];

const PLURAL_SUFFIXES: &[&str] = &["one", "few", "many", "other"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut tables: Vec<BTreeMap<String, String>> = Vec::new();
    for (code, _, _, _) in LOCALES {
        let path = format!("locales/{code}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: BTreeMap<String, String> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
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
    PLURAL_SUFFIXES.iter().find_map(|s| key.strip_suffix(&format!("_{s}")).map(|base| (base, *s)))
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
                Some(p) if p != plural => {
                    errors.push(format!("locales/{code}.json: {name:?} is plural in one language only"))
                }
                _ => {}
            }
        }
        for name in here.keys().filter(|n| !reference.contains_key(*n)) {
            errors.push(format!("locales/{code}.json: {name:?} is not in locales/{}.json", LOCALES[0].0));
        }
    }
    for (i, table) in tables.iter().enumerate() {
        let (code, _, _, forms) = LOCALES[i];
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
            if ph.len() > 9 {
                errors.push(format!("locales/{code}.json: {key:?} has more than 9 values"));
            }
            match messages.get(&name) {
                None => {
                    let m =
                        if plural { Message::Plural { placeholders: ph } } else { Message::Plain { placeholders: ph } };
                    messages.insert(name, m);
                }
                Some(Message::Plain { placeholders }) | Some(Message::Plural { placeholders }) => {
                    // A plural form may leave out {count} or another value, but never add one.
                    if !ph.is_subset(placeholders) && !placeholders.is_subset(&ph) {
                        errors.push(format!(
                            "locales/{code}.json: {key:?} uses placeholders {ph:?}, other forms use {placeholders:?}"
                        ));
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

/// A template as the runtime stores it: `{name}` becomes `{N}`, N being the value's place among the
/// function's arguments (see `i18n::fill`).
fn indexed(text: &str, args: &[String]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').unwrap();
        let name = &rest[open + 1..close];
        let i = args.iter().position(|a| a == name).unwrap();
        let _ = write!(out, "{}{{{i}}}", &rest[..open]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn generate(messages: &BTreeMap<String, Message>, tables: &[BTreeMap<String, String>]) -> String {
    let mut code = String::new();
    code.push_str("// Generated by build.rs from locales/*.json. Do not edit.\n\n");
    code.push_str("/// A language the app speaks.\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Locale {\n");
    for (i, (_, variant, _, _)) in LOCALES.iter().enumerate() {
        if i == 0 {
            code.push_str("    #[default]\n");
        }
        let _ = writeln!(code, "    {variant},");
    }
    code.push_str("}\n\nimpl Locale {\n    pub const ALL: &'static [Locale] = &[");
    for (_, variant, _, _) in LOCALES {
        let _ = write!(code, "Locale::{variant}, ");
    }
    code.push_str("];\n\n    /// BCP 47 code, for `<html lang>`.\n    pub fn code(self) -> &'static str {\n        [");
    for (c, _, _, _) in LOCALES {
        let _ = write!(code, "{c:?}, ");
    }
    code.push_str("][self as usize]\n    }\n\n    /// The language's name in itself, as the language switch offers it.\n    pub fn name(self) -> &'static str {\n        [");
    for (_, _, name, _) in LOCALES {
        let _ = write!(code, "{name:?}, ");
    }
    code.push_str("][self as usize]\n    }\n\n    pub fn from_code(code: &str) -> Option<Locale> {\n        Locale::ALL.iter().copied().find(|l| l.code() == code)\n    }\n}\n\n");
    code.push_str("/// One function per message; the arguments are the values its text inserts.\npub mod t {\n    #![allow(clippy::all, unused_imports)]\n    use super::{fill, plural_form, Locale};\n    use std::fmt::Display;\n\n");
    for (name, message) in messages {
        match message {
            Message::Plain { placeholders } => {
                let args: Vec<String> = placeholders.iter().cloned().collect();
                let texts: Vec<String> = tables.iter().map(|t| format!("{:?}", indexed(&t[name], &args))).collect();
                if args.is_empty() {
                    let _ = writeln!(
                        code,
                        "    pub fn {name}(locale: Locale) -> &'static str {{\n        [{}][locale as usize]\n    }}\n",
                        texts.join(", ")
                    );
                } else {
                    let params: String = args.iter().map(|p| format!(", {p}: impl Display")).collect();
                    let values: Vec<String> = args.iter().map(|p| format!("&{p}")).collect();
                    let _ = writeln!(code, "    pub fn {name}(locale: Locale{params}) -> String {{\n        fill([{}][locale as usize], &[{}])\n    }}\n", texts.join(", "), values.join(", "));
                }
            }
            Message::Plural { placeholders } => {
                let mut args = vec!["count".to_string()];
                args.extend(placeholders.iter().cloned());
                // Per language, the text for each plural form in `PluralForm` order; a form the
                // language's rule never picks repeats the language's fallback (`other`, else `many`).
                let rows: Vec<String> = tables
                    .iter()
                    .map(|t| {
                        let fallback =
                            ["other", "many", "few", "one"].iter().find_map(|s| t.get(&format!("{name}_{s}"))).unwrap();
                        let forms: Vec<String> = PLURAL_SUFFIXES
                            .iter()
                            .map(|s| format!("{:?}", indexed(t.get(&format!("{name}_{s}")).unwrap_or(fallback), &args)))
                            .collect();
                        format!("[{}]", forms.join(", "))
                    })
                    .collect();
                let params: String = placeholders.iter().map(|p| format!(", {p}: impl Display")).collect();
                let values: Vec<String> = args.iter().map(|p| format!("&{p}")).collect();
                let _ = writeln!(code, "    pub fn {name}(locale: Locale, count: i64{params}) -> String {{\n        let texts: [[&str; 4]; {}] = [{}];\n        fill(texts[locale as usize][plural_form(locale, count) as usize], &[{}])\n    }}\n", tables.len(), rows.join(", "), values.join(", "));
            }
        }
    }
    code.push_str("}\n");
    code
}
