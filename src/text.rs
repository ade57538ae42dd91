//! Text helpers for search: people type "klobuck" for "Kłobuck".

/// Lower-cases and strips Polish diacritics (and the common Latin ones), so that search ignores both.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let base = match c {
            'ą' | 'Ą' | 'á' | 'Á' | 'à' | 'ä' | 'Ä' => 'a',
            'ć' | 'Ć' | 'č' | 'Č' | 'ç' => 'c',
            'ę' | 'Ę' | 'é' | 'É' | 'è' | 'ë' | 'ě' => 'e',
            'ł' | 'Ł' => 'l',
            'ń' | 'Ń' | 'ň' => 'n',
            'ó' | 'Ó' | 'ö' | 'Ö' | 'ô' => 'o',
            'ś' | 'Ś' | 'š' | 'Š' => 's',
            'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
            'í' | 'Í' => 'i',
            'ú' | 'ü' | 'Ü' | 'ů' => 'u',
            '–' | '—' | '-' => ' ',
            // ASCII only: the full Unicode case tables would cost the phone more download than they
            // are worth for a Polish catalogue.
            other => other.to_ascii_lowercase(),
        };
        out.push(base);
    }
    out
}

/// Lower-cases the letters of the app's three languages: Latin (ASCII, Latin-1, Latin Extended-A:
/// Polish, and the accents of English names) and Cyrillic (Ukrainian). Anything else is left as it is.
///
/// A size trick: `str::to_lowercase` brings in the whole Unicode case tables, 7.9 KB of the checker's
/// wasm (gzip, measured), for labels that are only ever in these alphabets. The test below checks it
/// against `to_lowercase` on every character of those blocks and of the three locale files.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

fn lower_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A => code + 0x20,
        // Latin-1: À–Þ but ×.
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Latin Extended-A: capitals at even places from Ā to Ķ and from Ŋ to Ŷ, at odd places from Ĺ
        // to Ň and from Ź to Ž. İ (U+0130) lower-cases to two characters and is left as it is.
        0x100..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) && code != 0x130 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        // Cyrillic: Ѐ–Џ, А–Я, and the pairs from Ѡ on (Ґ, Ӂ…) as Unicode places them.
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if code.is_multiple_of(2) => code + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !code.is_multiple_of(2) => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// True when every word of `query` occurs in `haystack` (both already folded).
pub fn matches_all_words(haystack_folded: &str, query: &str) -> bool {
    fold(query).split_whitespace().all(|word| haystack_folded.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_the_unicode_tables_for_our_alphabets() {
        let blocks = (0x20..0x180).chain(0x400..0x500).filter_map(char::from_u32).filter(|&c| c != 'İ');
        for c in blocks {
            assert_eq!(lowercase(&c.to_string()), c.to_string().to_lowercase(), "{c} U+{:04X}", c as u32);
        }
        for file in
            [include_str!("../locales/pl.json"), include_str!("../locales/uk.json"), include_str!("../locales/en.json")]
        {
            assert_eq!(lowercase(file), file.to_lowercase());
        }
        assert_eq!(lowercase("Zażółć GĘŚLĄ jaźń — Ґанок ЄЇІ"), "zażółć gęślą jaźń — ґанок єїі");
        assert_eq!(lowercase("İ Ω"), "İ Ω", "outside our alphabets, left as it is");
    }

    #[test]
    fn folds_polish_letters_and_case() {
        assert_eq!(fold("Kłobuck"), "klobuck");
        assert_eq!(fold("ZAŻÓŁĆ GĘŚLĄ JAŹŃ"), "zazolc gesla jazn");
        assert_eq!(fold("Jastrzębie-Zdrój"), "jastrzebie zdroj");
        assert_eq!(fold("Świętokrzyskie"), "swietokrzyskie");
    }

    #[test]
    fn every_word_must_match() {
        let hay = fold("Kłobuckie Centrum Usług Społecznych GOPS Kłobuck");
        assert!(matches_all_words(&hay, "klobuck"));
        assert!(matches_all_words(&hay, "USŁUG kłobuck"));
        assert!(matches_all_words(&hay, "  "));
        assert!(!matches_all_words(&hay, "klobuck szprotawa"));
    }
}
