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

/// True when every word of `query` occurs in `haystack` (both already folded).
pub fn matches_all_words(haystack_folded: &str, query: &str) -> bool {
    fold(query).split_whitespace().all(|word| haystack_folded.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

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
