//! Contact details as centres publish them, checked so that a typo in the catalogue is caught early.

/// The 9 national digits of a Polish phone number as written ("32 43 49 616", "61 29-20-217",
/// "+48 600 123 456"), or `None` if it is not one.
pub fn phone_digits(written: &str) -> Option<String> {
    let (number, _) = split_extension(written)?;
    let rest = number.strip_prefix("+48").unwrap_or(number);
    if rest.chars().any(|c| !(c.is_ascii_digit() || c == ' ' || c == '-' || c == '(' || c == ')')) {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 9 && !digits.starts_with('0')).then_some(digits)
}

/// A number and its extension as pages write them ("54 265 41 87 wew. 21"): the number to dial, and the
/// extension to ask for once through, if any. `None` for an extension that is not digits.
fn split_extension(written: &str) -> Option<(&str, Option<&str>)> {
    let trimmed = without_label(written.trim());
    match trimmed.split_once(" wew.") {
        Some((number, extension)) => {
            let extension = extension.trim();
            let digits = !extension.is_empty() && extension.len() <= 4 && extension.bytes().all(|b| b.is_ascii_digit());
            digits.then_some((number.trim_end(), Some(extension)))
        }
        None => Some((trimmed, None)),
    }
}

/// A number without the words a page wrote after it in brackets ("22 518 59 00 (Filia nr I)", "(22) 277
/// 02 50 (Sekretariat Dyrekcji)"): the words stay beside the number on screen, the link dials the number.
fn without_label(written: &str) -> &str {
    match written.strip_suffix(')').and_then(|w| w.rsplit_once(" (")) {
        Some((number, label)) if label.chars().any(char::is_alphabetic) => number.trim_end(),
        _ => written,
    }
}

/// The extension a phone number names ("wew. 21" gives "21").
pub fn phone_extension(written: &str) -> Option<&str> {
    split_extension(written).and_then(|(_, extension)| extension)
}

/// A `tel:` link for a phone number as written: the number itself (an extension is said beside it, to ask
/// for once through: phones differ in how they dial one).
pub fn tel_href(written: &str) -> Option<String> {
    phone_digits(written).map(|d| format!("tel:+48{d}"))
}

/// Two numbers a directory wrote in one cell with no separator ("32 642 84 67 32 642 94 01"): split
/// where the first number's nine digits end, if that falls between two groups and both are numbers.
pub fn split_run_on_phones(cell: &str) -> Option<Vec<String>> {
    let mut numbers = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut digits = 0;
    for group in cell.split_whitespace() {
        current.push(group);
        digits += group.bytes().filter(u8::is_ascii_digit).count();
        if digits == 9 {
            numbers.push(current.join(" "));
            current.clear();
            digits = 0;
        } else if digits > 9 {
            return None;
        }
    }
    let all_numbers = numbers.iter().all(|n| phone_digits(n).is_some());
    (current.is_empty() && numbers.len() >= 2 && all_numbers).then_some(numbers)
}

/// Polish postcode: two digits, a hyphen, three digits ("64-500").
pub fn is_postcode(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 6 && b[2] == b'-' && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// A plausible e-mail address: one @, a non-empty local part, a dotted domain, no spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

fn digits_of(text: &str, separators: &[char]) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for c in text.chars() {
        match c.to_digit(10) {
            Some(d) => out.push(d),
            None if separators.contains(&c) => {}
            None => return None,
        }
    }
    Some(out)
}

/// NIP (tax number), with or without hyphens: 10 digits with a weighted mod-11 check digit.
pub fn is_nip(text: &str) -> bool {
    let Some(d) = digits_of(text, &['-', ' ']) else { return false };
    if d.len() != 10 {
        return false;
    }
    let weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    sum % 11 == d[9] && sum % 11 != 10
}

/// REGON (statistical number): 9 or 14 digits with a weighted mod-11 check digit (10 counts as 0).
pub fn is_regon(text: &str) -> bool {
    let Some(d) = digits_of(text, &[]) else { return false };
    let weights: &[u32] = match d.len() {
        9 => &[8, 9, 2, 3, 4, 5, 6, 7],
        14 => &[2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8],
        _ => return false,
    };
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    (sum % 11) % 10 == d[d.len() - 1]
}

/// An http(s) address with a host: a website or a source's page as the catalogue may link to it.
pub fn is_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_as_centres_write_them() {
        assert_eq!(phone_digits("32 43 49 616").as_deref(), Some("324349616"));
        assert_eq!(phone_digits("61 29-20-217").as_deref(), Some("612920217"));
        assert_eq!(phone_digits("+48 600 123 456").as_deref(), Some("600123456"));
        assert_eq!(tel_href("61 29-20-217").as_deref(), Some("tel:+48612920217"));
        for bad in ["32 43 49 61", "32 43 49 6166", "tel. 32 43 49 616", "032 434 96 16", "", "54 265 41 87 wew. x"] {
            assert_eq!(phone_digits(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn words_in_brackets_after_a_number_stay_beside_it_and_are_not_dialled() {
        assert_eq!(tel_href("22 518 59 00 (Filia nr I)").as_deref(), Some("tel:+48225185900"));
        assert_eq!(phone_digits("(22) 277 02 50 (Sekretariat Dyrekcji)").as_deref(), Some("222770250"));
        // Brackets with no words are part of the number, and a number in words is none.
        assert_eq!(phone_digits("22 518 59 00 (12)"), None);
        assert_eq!(phone_digits("(Filia nr I)"), None);
    }

    #[test]
    fn an_extension_is_kept_beside_the_number_it_belongs_to() {
        assert_eq!(phone_digits("54 265 41 87 wew. 21").as_deref(), Some("542654187"));
        assert_eq!(phone_extension("54 265 41 87 wew. 21"), Some("21"));
        assert_eq!(phone_extension("54 265 41 87"), None);
        assert_eq!(tel_href("54 265 41 87 wew. 21").as_deref(), Some("tel:+48542654187"));
    }

    #[test]
    fn two_numbers_in_one_cell_are_both_kept() {
        let two = split_run_on_phones("32 642 84 67 32 642 94 01").unwrap();
        assert_eq!(two, ["32 642 84 67", "32 642 94 01"]);
        // One number, a number cut short, a split inside a group: not two numbers.
        for not_two in ["32 642 84 67", "32 642 84 67 32 642", "32 642 84 673 2 642 94 01", ""] {
            assert_eq!(split_run_on_phones(not_two), None, "{not_two:?}");
        }
    }

    #[test]
    fn postcodes_and_emails() {
        assert!(is_postcode("64-500"));
        for bad in ["64500", "64-50", "6-4500", "ab-cde", "64 500"] {
            assert!(!is_postcode(bad), "{bad:?}");
        }
        assert!(is_email("ops@szamotuly.pl"));
        for bad in ["ops.szamotuly.pl", "@szamotuly.pl", "ops@szamotuly", "o ps@szamotuly.pl", "a@b@c.pl"] {
            assert!(!is_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn tax_and_statistical_numbers() {
        assert!(is_nip("787-18-22-358"));
        assert!(!is_nip("787-18-22-357"));
        assert!(!is_nip("787-18-22-35"));
        assert!(is_regon("632002679"));
        assert!(!is_regon("632002678"));
        assert!(!is_regon("63200267"));
    }
}
