//! Every user-visible string comes from here. The messages live in `locales/*.json`; `build.rs` turns
//! them into one function per message in [`t`], so a message missing in any language fails the build.

include!(concat!(env!("OUT_DIR"), "/i18n_generated.rs"));

use std::fmt::{Display, Write as _};

pub mod template;

/// Inserts values into a message as `build.rs` writes it: `{0}` is `values[0]`, and so on; `{{` and
/// `}}` are literal braces. Read byte by byte (the templates are generated, so always well formed).
pub fn fill(template: &str, values: &[&dyn Display]) -> String {
    let bytes = template.as_bytes();
    let mut out = String::with_capacity(template.len() + 16);
    let (mut i, mut text_from) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'{' && b != b'}' {
            i += 1;
            continue;
        }
        out.push_str(&template[text_from..i]);
        if bytes.get(i + 1) == Some(&b) {
            // A doubled brace is the brace itself.
            out.push(b as char);
            i += 2;
        } else {
            let mut index = 0;
            i += 1;
            while let Some(d) = bytes.get(i).filter(|d| d.is_ascii_digit()) {
                index = index * 10 + usize::from(d - b'0');
                i += 1;
            }
            if let Some(value) = values.get(index) {
                let _ = write!(out, "{value}");
            }
            i += 1;
        }
        text_from = i;
    }
    out.push_str(&template[text_from.min(template.len())..]);
    out
}

/// A message around a value the page draws itself (a Polish title inside a translated sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Around<T> {
    pub before: T,
    pub after: T,
}

/// CLDR plural categories used by the app's languages (whole numbers only), in the order of the
/// generated tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    One,
    Few,
    Many,
    Other,
}

/// The CLDR rules for whole numbers: Polish and Ukrainian have one / few / many, English one / other.
/// Polish "one" is 1 only (21 lat); Ukrainian "one" is every number ending in 1 but 11 (21 рік).
pub fn plural_form(locale: Locale, n: i64) -> PluralForm {
    let n = n.unsigned_abs();
    let few = (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100));
    match locale {
        Locale::Pl if n == 1 => PluralForm::One,
        Locale::Uk if n % 10 == 1 && n % 100 != 11 => PluralForm::One,
        Locale::Pl | Locale::Uk if few => PluralForm::Few,
        Locale::Pl | Locale::Uk => PluralForm::Many,
        Locale::En if n == 1 => PluralForm::One,
        Locale::En => PluralForm::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_plural_forms() {
        let cases = [
            (0, PluralForm::Many),
            (1, PluralForm::One),
            (2, PluralForm::Few),
            (4, PluralForm::Few),
            (5, PluralForm::Many),
            (12, PluralForm::Many),
            (14, PluralForm::Many),
            (21, PluralForm::Many),
            (22, PluralForm::Few),
            (112, PluralForm::Many),
            (124, PluralForm::Few),
        ];
        for (n, form) in cases {
            assert_eq!(plural_form(Locale::Pl, n), form, "n = {n}");
        }
    }

    #[test]
    fn ukrainian_and_english_plural_forms() {
        let uk = [
            (1, PluralForm::One),
            (21, PluralForm::One),
            (11, PluralForm::Many),
            (2, PluralForm::Few),
            (22, PluralForm::Few),
            (12, PluralForm::Many),
            (5, PluralForm::Many),
            (0, PluralForm::Many),
            (101, PluralForm::One),
        ];
        for (n, form) in uk {
            assert_eq!(plural_form(Locale::Uk, n), form, "uk n = {n}");
        }
        for (n, form) in [(1, PluralForm::One), (0, PluralForm::Other), (2, PluralForm::Other), (21, PluralForm::Other)]
        {
            assert_eq!(plural_form(Locale::En, n), form, "en n = {n}");
        }
    }

    #[test]
    fn values_go_where_the_template_says() {
        assert_eq!(fill("{1} od {0}", &[&"a", &2]), "2 od a");
        assert_eq!(fill("bez wartości", &[]), "bez wartości");
        assert_eq!(fill("{{{0}}} i {{}}", &[&"x"]), "{x} i {}");
        let eleven: Vec<String> = (0..11).map(|i| i.to_string()).collect();
        let values: Vec<&dyn Display> = eleven.iter().map(|v| v as &dyn Display).collect();
        assert_eq!(fill("{10}-{9}-{0}", &values), "10-9-0");
    }

    #[test]
    fn plural_messages_pick_the_right_form() {
        assert_eq!(t::projects_found(Locale::Pl, 1), "Znaleziono 1 projekt");
        assert_eq!(t::projects_found(Locale::Pl, 2), "Znaleziono 2 projekty");
        assert_eq!(t::projects_found(Locale::Pl, 5), "Znaleziono 5 projektów");
        assert_eq!(t::projects_found(Locale::Pl, 22), "Znaleziono 22 projekty");
    }
}
