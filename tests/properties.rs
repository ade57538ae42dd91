//! Property tests: every parser of what a person types or a file holds, against any input. None may
//! panic, and what the app writes reads back as it was: amounts typed the Polish way, PESEL, postcodes
//! and phones, a household file, the QR payload of any declaration (with `|`, `\`, line breaks and
//! emoji in its fields), the export file, a catalogue file.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use sprawdz_wsparcie::declaration::{from_qr_payload, qr_payload, Declaration, DECLARATION_SCHEMA};
use sprawdz_wsparcie::household::{parse_amount_input, parse_household, parse_sum_input, MAX_MONTHLY};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::money::{format_number, parse_plain_decimal};
use sprawdz_wsparcie::{contact, pesel, transfer};

const LOCALES: [Locale; 3] = [Locale::Pl, Locale::Uk, Locale::En];

/// Text a person might type or a file might hold: anything, and the characters that have tripped
/// parsers (separators, escapes, line breaks, quotes, emoji, non-breaking spaces).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("|".to_string()),
                Just("\\".to_string()),
                Just("\n".to_string()),
                Just("\r\n".to_string()),
                Just("\"".to_string()),
                Just("{".to_string()),
                Just("}".to_string()),
                Just("😀".to_string()),
                Just("\u{a0}".to_string()),
                Just(",".to_string()),
                Just(".".to_string()),
                Just("-".to_string()),
                Just(" ".to_string()),
                Just("ł".to_string()),
                Just("0".to_string()),
                Just("9".to_string()),
                Just("zł".to_string()),
                Just("<script>".to_string()),
                "[a-zA-Z0-9ąęółśżźćńĄĘÓŁŚŻŹĆŃ ]{0,8}",
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn amount_parsers_never_panic(typed in text()) {
        for l in LOCALES {
            let _ = parse_amount_input(&typed, l);
            let _ = parse_sum_input(&typed, l);
        }
        let _ = parse_plain_decimal(&typed);
    }

    #[test]
    fn an_amount_as_the_app_writes_it_reads_back(grosze in 0i64..=100_000_000) {
        let value = Decimal::new(grosze, 2);
        prop_assume!(value <= Decimal::from(MAX_MONTHLY));
        for l in LOCALES {
            let shown = format_number(value, 2, l);
            prop_assert_eq!(parse_amount_input(&shown, l), Ok(value), "{}", shown);
        }
        prop_assert_eq!(parse_plain_decimal(&value.to_string()), Ok(value));
    }

    #[test]
    fn pesel_never_panics_and_a_made_one_reads_back(typed in text(), days in 0i64..146_000, serial in 0u32..1000, sex in 0u32..10) {
        let _ = pesel::parse(&typed);
        let birth = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
        let made = pesel::make(birth, serial, sex);
        let read = pesel::parse(&made).unwrap();
        prop_assert_eq!(read.birth_date, birth);
        let female = sex % 2 == 0;
        prop_assert_eq!(read.sex == pesel::Sex::Female, female);
    }

    #[test]
    fn postcodes_and_phones_never_panic_and_their_forms_are_taken(typed in text(), code in 0u32..100_000, phone in 100_000_000u64..1_000_000_000) {
        let _ = (contact::is_postcode(&typed), contact::phone_digits(&typed), contact::tel_href(&typed));
        let _ = (contact::is_email(&typed), contact::is_nip(&typed), contact::is_regon(&typed));
        let written = format!("{:02}-{:03}", code / 1000, code % 1000);
        prop_assert!(contact::is_postcode(&written), "{}", written);
        let digits = phone.to_string();
        let spaced = format!("{} {} {}", &digits[..3], &digits[3..6], &digits[6..]);
        prop_assert_eq!(contact::phone_digits(&spaced), Some(digits.clone()));
        prop_assert_eq!(contact::phone_digits(&format!("+48 {spaced}")), Some(digits));
    }

    #[test]
    fn a_household_file_never_panics_and_one_written_reads_back(typed in text(), gmina in text(), age in 0u32..120) {
        let _ = parse_household("h.json", &typed);
        let json = serde_json::json!({
            "schema": sprawdz_wsparcie::household::HOUSEHOLD_SCHEMA,
            "gmina": gmina,
            "members": [{ "role": "applicant", "age": age }],
        });
        let text = json.to_string();
        // Truncated anywhere, it is refused or read, never a panic.
        for cut in (0..text.len()).step_by(7).filter(|c| text.is_char_boundary(*c)) {
            let _ = parse_household("h.json", &text[..cut]);
        }
        let read = parse_household("h.json", &text);
        // A gmina named in letters is a household file like any other (other text may be refused).
        let plain = !gmina.trim().is_empty() && gmina.chars().all(|c| c.is_alphabetic() || c == ' ');
        prop_assert!(read.is_ok() || !plain, "{:?}", read);
        if let Ok(h) = read {
            let again = serde_json::to_string(&h).unwrap();
            prop_assert_eq!(parse_household("h.json", &again).ok(), Some(h));
        }
    }

    #[test]
    fn the_qr_payload_of_any_declaration_reads_back(fields in proptest::collection::vec(text(), 10), project in "[a-z0-9-]{1,30}") {
        let mut d = Declaration { schema: DECLARATION_SCHEMA, id: "d-1".into(), project_id: project, ..Declaration::default() };
        let p = &mut d.person;
        for (slot, value) in [&mut p.first_name, &mut p.surname, &mut p.pesel, &mut p.street, &mut p.house, &mut p.flat,
            &mut p.postcode, &mut p.town, &mut p.gmina, &mut p.phone].into_iter().zip(fields) {
            *slot = value;
        }
        let payload = qr_payload(&d);
        let mut back = from_qr_payload(&payload).unwrap();
        back.id = d.id.clone();
        prop_assert_eq!(back, d);
    }

    #[test]
    fn any_text_as_a_qr_payload_never_panics(typed in text()) {
        let _ = from_qr_payload(&typed);
        let _ = from_qr_payload(&format!("SW2|{typed}"));
    }

    #[test]
    fn the_import_file_never_panics_and_an_export_reads_back(bytes in proptest::collection::vec(any::<u8>(), 0..400), names in proptest::collection::vec(text(), 1..4)) {
        let _ = transfer::import(&bytes, &[]);
        let declarations: Vec<Declaration> = names.iter().enumerate().map(|(i, name)| {
            let mut d = Declaration { schema: DECLARATION_SCHEMA, id: format!("d{i}"), project_id: "p".into(), ..Declaration::default() };
            d.person.first_name = name.clone();
            d
        }).collect();
        let file = transfer::export(&declarations, &[]);
        let plan = transfer::import(file.as_bytes(), &["d0".to_string()]).unwrap();
        prop_assert_eq!(plan.declarations, declarations);
        prop_assert_eq!(plan.replacing, vec!["d0".to_string()]);
        for cut in (0..file.len()).step_by(13) {
            let _ = transfer::import(&file.as_bytes()[..cut], &[]);
        }
    }

    #[test]
    fn a_catalogue_file_never_panics(typed in text(), cut in 0usize..40_000, byte in any::<u8>()) {
        use sprawdz_wsparcie::catalogue::validate::{parse_centre_file, read_centre_file};
        let _ = parse_centre_file("x.json", &typed);
        // A shipped file cut short or with one byte changed.
        let shipped = include_str!("../public/catalogue/gops-dobra.json").as_bytes();
        let mut damaged = shipped[..cut.min(shipped.len())].to_vec();
        if let Some(last) = damaged.last_mut() {
            *last = byte;
        }
        if let Ok(text) = std::str::from_utf8(&damaged) {
            let _ = parse_centre_file("x.json", text);
            let _ = read_centre_file("x.json", text);
        }
    }
}
