//! The three locale files, read as a translator leaves them: every message in every language, every
//! plural form each language's rule can pick, the same values in every language, and no message left
//! in Polish by mistake. (`build.rs` refuses to build without the first three; this test says which
//! message is wrong in plain words and also guards the last.)

use std::collections::{BTreeMap, BTreeSet};

use sprawdz_wsparcie::i18n::template::{self, Piece};
use sprawdz_wsparcie::i18n::{plural_form, t, Around, Locale, PluralForm};

fn table(code: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const SUFFIXES: [&str; 4] = ["_one", "_few", "_many", "_other"];

fn base(key: &str) -> (&str, Option<&str>) {
    SUFFIXES.iter().find_map(|s| key.strip_suffix(s).map(|b| (b, Some(&s[1..])))).unwrap_or((key, None))
}

/// The forms a language's rule picks for whole numbers, found by asking the rule itself.
fn forms_used(locale: Locale) -> BTreeSet<&'static str> {
    (0..200)
        .map(|n| match plural_form(locale, n) {
            PluralForm::One => "one",
            PluralForm::Few => "few",
            PluralForm::Many => "many",
            PluralForm::Other => "other",
        })
        .collect()
}

/// The values a text inserts, marked ones with their mark, read as `build.rs` reads them.
fn placeholders(text: &str) -> BTreeSet<String> {
    let pieces = template::parse(text).unwrap_or_else(|e| panic!("{e}"));
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Value(name) => Some(name.clone()),
            Piece::Marked(name) => Some(format!("{name}:pl")),
            Piece::Text(_) => None,
        })
        .collect()
}

#[test]
fn every_message_in_every_language_with_every_plural_form() {
    let tables: Vec<(Locale, BTreeMap<String, String>)> = Locale::ALL.iter().map(|&l| (l, table(l.code()))).collect();
    let names = |t: &BTreeMap<String, String>| -> BTreeMap<String, bool> {
        t.keys().map(|k| (base(k).0.to_string(), base(k).1.is_some())).collect()
    };
    let reference = names(&tables[0].1);
    assert!(reference.len() > 600, "the Polish file has all the messages ({})", reference.len());
    let mut problems = Vec::new();
    for (locale, t) in &tables {
        let code = locale.code();
        let here = names(t);
        for (name, plural) in &reference {
            match here.get(name) {
                None => problems.push(format!("{code}: missing {name}")),
                Some(p) if p != plural => problems.push(format!("{code}: {name} plural in one language only")),
                _ => {}
            }
        }
        for name in here.keys().filter(|n| !reference.contains_key(*n)) {
            problems.push(format!("{code}: {name} is not in pl.json"));
        }
        for (name, _) in here.iter().filter(|(_, plural)| **plural) {
            for form in forms_used(*locale) {
                if !t.contains_key(&format!("{name}_{form}")) {
                    problems.push(format!("{code}: {name} lacks the form _{form}"));
                }
            }
        }
        for (key, text) in t {
            if text.trim().is_empty() {
                problems.push(format!("{code}: {key} is empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(forms_used(Locale::Pl), BTreeSet::from(["one", "few", "many"]));
    assert_eq!(forms_used(Locale::Uk), BTreeSet::from(["one", "few", "many"]));
    assert_eq!(forms_used(Locale::En), BTreeSet::from(["one", "other"]));
}

#[test]
fn the_same_values_in_every_language() {
    let pl = table("pl");
    for code in ["uk", "en"] {
        let other = table(code);
        // Per message (plural forms together), the values any form uses.
        let values = |t: &BTreeMap<String, String>| -> BTreeMap<String, BTreeSet<String>> {
            let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (k, text) in t {
                out.entry(base(k).0.to_string()).or_default().extend(placeholders(text));
            }
            out
        };
        let (a, b) = (values(&pl), values(&other));
        for (name, wanted) in &a {
            assert_eq!(b.get(name), Some(wanted), "{code}: {name} inserts other values than in Polish");
        }
    }
}

#[test]
fn nothing_left_in_polish_by_mistake() {
    // Names, codes and numbers that read the same in every language.
    let same_everywhere = [
        "app_name",
        "page_title_suffix",
        "funding_percent",
        "field_pesel",
        "centre_email",
        "field_email",
        "date_long",
        "date_month_year",
        "programme_call",
        "error_prefix",
        // English keeps the Polish word for a municipality, and "Status" is the same word.
        "centre_gmina",
        "field_gmina",
        "partner_gmina",
        "filter_status",
        "project_status",
        // English keeps the Polish words "gmina" and "powiat" for the units of TERYT, as it does above.
        "gmina_heading",
        "gmina_title",
        "gminas_count_one",
        "place_gmina",
        "place_powiat",
        // Names and ages in brackets: nothing to translate.
        "certificates_with_ages",
        // An article and an act: only their names, in Polish.
        "benefit_estimate_act",
    ];
    let pl = table("pl");
    for code in ["uk", "en"] {
        let other = table(code);
        let left: Vec<&String> = pl
            .iter()
            .filter(|(k, v)| other.get(*k) == Some(*v) && !same_everywhere.contains(&k.as_str()))
            .map(|(k, _)| k)
            .collect();
        assert!(left.is_empty(), "{code}: still the Polish text: {left:?}");
    }
}

#[test]
fn plural_forms_for_1_2_5_and_22() {
    let cases = [
        (Locale::Pl, ["1 rok", "2 lata", "5 lat", "22 lata"]),
        (Locale::Uk, ["1 рік", "2 роки", "5 років", "22 роки"]),
        (Locale::En, ["1 year", "2 years", "5 years", "22 years"]),
    ];
    for (locale, want) in cases {
        let got: Vec<String> = [1, 2, 5, 22].iter().map(|&n| t::age_years(locale, n)).collect();
        assert_eq!(got, want, "{locale:?}");
    }
    assert_eq!(t::projects_found(Locale::Uk, 21), "Знайдено 21 проєкт");
    assert_eq!(t::import_done(Locale::Pl, 22), "Wczytano 22 deklaracje.");
    assert_eq!(t::import_done(Locale::En, 1), "1 declaration loaded.");
}

#[test]
fn values_are_taken_by_name_and_a_title_is_marked_without_a_marker_character() {
    // Two values of the same type, in the order the Polish text uses them and the other way round.
    let range =
        |l| t::project_period_range(l, t::ProjectPeriodRange { start: &"1 marca 2024", end: &"31 grudnia 2025" });
    assert!(
        range(Locale::Pl).find("1 marca 2024") < range(Locale::Pl).find("31 grudnia 2025"),
        "{}",
        range(Locale::Pl)
    );
    let around = t::check_intro_project(Locale::Pl);
    assert!(around.before.ends_with('„') && around.after.starts_with('”'), "{around:?}");
    assert!(!format!("{}{}", around.before, around.after).contains(['\u{0}', '{', '}']));
    let Around { before, after } = t::check_intro_project(Locale::En);
    assert!(before.ends_with('“') && after.starts_with('”'));
    assert_eq!(
        template::parse("{{a}} {x} {t:pl}"),
        Ok(vec![
            Piece::Text("{a} ".into()),
            Piece::Value("x".into()),
            Piece::Text(" ".into()),
            Piece::Marked("t".into())
        ])
    );
    for bad in ["{", "}", "{X}", "{a:de}", "{a:pl} {b:pl}", "{}"] {
        assert!(template::parse(bad).is_err(), "{bad}");
    }
}
