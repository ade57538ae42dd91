//! Every user-visible string comes from here. The messages live in `locales/*.json`; `build.rs` turns
//! them into one function per message in [`t`], so a message missing in any language fails the build.

include!(concat!(env!("OUT_DIR"), "/i18n_generated.rs"));

/// CLDR plural categories used by the app's languages (whole numbers only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    One,
    Few,
    Many,
    Other,
}

/// The CLDR rule for whole numbers: Polish and Ukrainian have one / few / many.
pub fn plural_form(locale: Locale, n: i64) -> PluralForm {
    let n = n.unsigned_abs();
    match locale {
        Locale::Pl => {
            if n == 1 {
                PluralForm::One
            } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
                PluralForm::Few
            } else {
                PluralForm::Many
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_plural_forms() {
        let cases = [(0, PluralForm::Many), (1, PluralForm::One), (2, PluralForm::Few), (4, PluralForm::Few),
            (5, PluralForm::Many), (12, PluralForm::Many), (14, PluralForm::Many), (21, PluralForm::Many),
            (22, PluralForm::Few), (112, PluralForm::Many), (124, PluralForm::Few)];
        for (n, form) in cases {
            assert_eq!(plural_form(Locale::Pl, n), form, "n = {n}");
        }
    }

    #[test]
    fn plural_messages_pick_the_right_form() {
        assert_eq!(t::projects_found(Locale::Pl, 1), "Znaleziono 1 projekt");
        assert_eq!(t::projects_found(Locale::Pl, 2), "Znaleziono 2 projekty");
        assert_eq!(t::projects_found(Locale::Pl, 5), "Znaleziono 5 projektów");
        assert_eq!(t::projects_found(Locale::Pl, 22), "Znaleziono 22 projekty");
    }
}
