//! Turns the flat locale files in `locales/*.json` into typed Rust functions (`i18n::t::*`).
//!
//! Why a build step: a key missing from one language, a plural form missing for a language that needs
//! it, or a value that differs between languages must fail the build, not show a blank to a resident.
//! Keys are `snake_case`; plural keys end in `_one`, `_few`, `_many` or `_other`; `{count}` is the
//! number a plural key is chosen by. How a text is read (`{name}`, `{name:pl}`, `{{`) is
//! `src/i18n/template.rs`, shared with the tests.
//!
//! A message with one value takes it as its argument: `problem_bad_id(locale, id)`. A message with two
//! or more takes them by name, in a struct generated beside it, so that two values of the same type can
//! never swap: `project_period_range(locale, ProjectPeriodRange { start: &a, end: &b })`. A message with
//! a marked value returns the text around it ([`Around`]) for the page to draw the value in between.

#[path = "src/i18n/template.rs"]
#[allow(dead_code)]
mod template;

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
    println!("cargo:rerun-if-changed=src/i18n/template.rs");
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
    Plain { placeholders: BTreeSet<String>, marked: Option<String> },
    Plural { placeholders: BTreeSet<String> },
}

fn pieces(code: &str, key: &str, text: &str) -> Vec<template::Piece> {
    template::parse(text).unwrap_or_else(|e| panic!("locales/{code}.json: {key:?}: {e}"))
}

fn marked(pieces: &[template::Piece]) -> Option<String> {
    pieces.iter().find_map(|p| match p {
        template::Piece::Marked(name) => Some(name.clone()),
        _ => None,
    })
}

fn placeholders(pieces: &[template::Piece]) -> BTreeSet<String> {
    pieces
        .iter()
        .filter_map(|p| match p {
            template::Piece::Value(name) => Some(name.clone()),
            _ => None,
        })
        .collect()
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
            let parsed = pieces(code, key, text);
            let mut ph = placeholders(&parsed);
            let mark = marked(&parsed);
            if plural {
                ph.remove("count");
                if mark.is_some() {
                    errors.push(format!("locales/{code}.json: {key:?}: a plural message cannot mark a value"));
                }
            }
            match messages.get_mut(&name) {
                None => {
                    let m = if plural {
                        Message::Plural { placeholders: ph }
                    } else {
                        Message::Plain { placeholders: ph, marked: mark }
                    };
                    messages.insert(name, m);
                }
                Some(Message::Plain { placeholders, .. }) | Some(Message::Plural { placeholders }) => {
                    // A plural form may leave out {count} or another value, but never add one.
                    if !ph.is_subset(placeholders) && !placeholders.is_subset(&ph) {
                        errors.push(format!(
                            "locales/{code}.json: {key:?} uses placeholders {ph:?}, other forms use {placeholders:?}"
                        ));
                    }
                    placeholders.extend(ph);
                    if let Some(Message::Plain { marked, .. }) = messages.get(&name) {
                        if *marked != mark {
                            errors
                                .push(format!("locales/{code}.json: {key:?} marks {mark:?}, Polish marks {marked:?}"));
                        }
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

/// A template as the runtime stores it: a value becomes `{N}`, N being its place among the function's
/// values; a literal brace is doubled (see `i18n::fill`).
fn indexed(pieces: &[template::Piece], args: &[String]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            template::Piece::Text(text) => out.push_str(&text.replace('{', "{{").replace('}', "}}")),
            template::Piece::Value(name) | template::Piece::Marked(name) => {
                let i = args.iter().position(|a| a == name).unwrap();
                let _ = write!(out, "{{{i}}}");
            }
        }
    }
    out
}

/// The text of a message without values, as shown.
fn literal(pieces: &[template::Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            template::Piece::Text(text) => text.as_str(),
            _ => unreachable!("a message with values is filled"),
        })
        .collect()
}

/// `project_period_range` → `ProjectPeriodRange`: the struct that names a message's values.
fn struct_name(message: &str) -> String {
    message
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// The function's value parameters, the values in `args` order, and the struct that names them when
/// there are two or more (`count` is a plural message's number).
fn signature(name: &str, args: &[String], plural: bool) -> (String, String, String) {
    let typed = |a: &str| if plural && a == "count" { "i64" } else { "&'a dyn Display" };
    match args {
        [] => (String::new(), String::new(), String::new()),
        [one] if plural => (", count: i64".into(), "&count".into(), String::new()),
        [one] => (format!(", {one}: impl Display"), format!("&{one}"), String::new()),
        many => {
            let ty = struct_name(name);
            let fields: String = many.iter().map(|a| format!("    pub {a}: {},\n", typed(a))).collect();
            let def = format!(
                "/// The values of [`{name}`], by name.\n#[derive(Clone, Copy)]\npub struct {ty}<'a> {{\n{fields}}}\n\n"
            );
            let values =
                many.iter().map(|a| if plural && a == "count" { "&v.count".to_string() } else { format!("v.{a}") });
            (format!(", v: {ty}<'_>"), values.collect::<Vec<_>>().join(", "), def)
        }
    }
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
    code.push_str("/// One function per message; the arguments are the values its text inserts.\npub mod t {\n    #![allow(clippy::all, unused_imports)]\n    use super::{fill, plural_form, Around, Locale};\n    use std::fmt::Display;\n\n");
    for (name, message) in messages {
        let parsed: Vec<Vec<template::Piece>> = tables
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let key = t.keys().find(|k| *k == name || split_plural(k).is_some_and(|(b, _)| b == name)).unwrap();
                pieces(LOCALES[i].0, key, &t[key])
            })
            .collect();
        match message {
            Message::Plain { placeholders, marked } => {
                let args: Vec<String> = placeholders.iter().cloned().collect();
                let (params, values, def) = signature(name, &args, false);
                code.push_str(&def);
                let text_of = |pieces: &[template::Piece]| {
                    if args.is_empty() {
                        format!("{:?}", literal(pieces))
                    } else {
                        format!("{:?}", indexed(pieces, &args))
                    }
                };
                let fill_of = |texts: Vec<String>| {
                    if args.is_empty() {
                        format!("[{}][locale as usize]", texts.join(", "))
                    } else {
                        format!("fill([{}][locale as usize], &[{values}])", texts.join(", "))
                    }
                };
                let out_type = if args.is_empty() { "&'static str" } else { "String" };
                if marked.is_some() {
                    let mut before = Vec::new();
                    let mut after = Vec::new();
                    for p in &parsed {
                        let at = p.iter().position(|x| matches!(x, template::Piece::Marked(_))).unwrap();
                        before.push(text_of(&p[..at]));
                        after.push(text_of(&p[at + 1..]));
                    }
                    let _ = writeln!(
                        code,
                        "    pub fn {name}(locale: Locale{params}) -> Around<{out_type}> {{\n        Around {{ before: {}, after: {} }}\n    }}\n",
                        fill_of(before),
                        fill_of(after)
                    );
                } else {
                    let texts = parsed.iter().map(|p| text_of(p)).collect();
                    let _ = writeln!(
                        code,
                        "    pub fn {name}(locale: Locale{params}) -> {out_type} {{\n        {}\n    }}\n",
                        fill_of(texts)
                    );
                }
            }
            Message::Plural { placeholders } => {
                let mut args = vec!["count".to_string()];
                args.extend(placeholders.iter().cloned());
                let (params, values, def) = signature(name, &args, true);
                code.push_str(&def);
                let count = if args.len() > 1 { "v.count" } else { "count" };
                // Per language, the text for each plural form in `PluralForm` order; a form the
                // language's rule never picks repeats the language's fallback (`other`, else `many`).
                let rows: Vec<String> = tables
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let key_of = |s: &str| format!("{name}_{s}");
                        let fallback = ["other", "many", "few", "one"]
                            .iter()
                            .map(|s| key_of(s))
                            .find(|k| t.contains_key(k))
                            .unwrap();
                        let forms: Vec<String> = PLURAL_SUFFIXES
                            .iter()
                            .map(|s| {
                                let key = if t.contains_key(&key_of(s)) { key_of(s) } else { fallback.clone() };
                                format!("{:?}", indexed(&pieces(LOCALES[i].0, &key, &t[&key]), &args))
                            })
                            .collect();
                        format!("[{}]", forms.join(", "))
                    })
                    .collect();
                let _ = writeln!(code, "    pub fn {name}(locale: Locale{params}) -> String {{\n        let texts: [[&str; 4]; {}] = [{}];\n        fill(texts[locale as usize][plural_form(locale, {count}) as usize], &[{values}])\n    }}\n", tables.len(), rows.join(", "));
            }
        }
    }
    code.push_str("}\n");
    code
}
