//! The participation declaration (deklaracja uczestnictwa) a resident fills on their device: personal
//! data, the eligibility category they state, and the social-situation items each with "odmawiam
//! podania informacji" (`model`); the checks of its fields (`checks`); its QR payload (`qr`).

pub mod category;
pub mod checks;
pub mod model;
pub mod prefill;
pub mod qr;

pub use checks::{form_problems, validate, Field, FieldProblem};
pub use model::*;
pub use qr::{from_qr_payload, qr_payload, QrError, QrField, QR_TAG};

/// A filled example declaration for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn tests_example() -> Declaration {
    tests::example()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pesel::PeselError;

    pub(super) fn example() -> Declaration {
        Declaration {
            schema: DECLARATION_SCHEMA,
            id: "d-1".into(),
            project_id: "klobuckie-centrum-uslug-spolecznych".into(),
            created: Some("2020-05-04".parse().unwrap()),
            person: Person {
                first_name: "Zofia".into(),
                surname: "Kowalska-Wiśniewska".into(),
                pesel: "04231115629".into(),
                birth_date: None,
                sex: None,
                street: "ul. Długa | Boczna".into(),
                house: "12A".into(),
                flat: "3".into(),
                postcode: "42-100".into(),
                town: "Kłobuck".into(),
                gmina: "Kłobuck".into(),
                area: Some(AreaKind::Urban),
                phone: "600 123 456".into(),
                email: "zofia@example.pl".into(),
                education: Some(Education::Isced3),
                labour: Some(Labour::Inactive),
            },
            category: Some("grupa".into()),
            social: Social {
                disability: Sensitive::No,
                single_adult_with_children: Sensitive::Yes,
                ..Social::default()
            },
        }
    }

    #[test]
    fn a_complete_declaration_is_valid() {
        assert_eq!(validate(&example()), vec![]);
    }

    #[test]
    fn problems_are_named_by_field() {
        let mut d = example();
        d.person.first_name = " ".into();
        d.person.pesel = "04231115628".into();
        d.person.postcode = "42100".into();
        d.person.phone = "12 34".into();
        d.person.email = "zofia(at)example.pl".into();
        assert_eq!(
            validate(&d),
            vec![
                (Field::FirstName, FieldProblem::Required),
                (Field::Pesel, FieldProblem::Pesel(PeselError::Checksum)),
                (Field::Postcode, FieldProblem::Postcode),
                (Field::Phone, FieldProblem::Phone),
                (Field::Email, FieldProblem::Email),
            ]
        );
    }

    #[test]
    fn without_pesel_birth_date_and_sex_are_needed_and_must_match_it() {
        let mut d = example();
        d.person.pesel.clear();
        assert_eq!(
            validate(&d),
            vec![(Field::BirthDate, FieldProblem::BirthDateNeeded), (Field::Sex, FieldProblem::SexNeeded)]
        );
        d.person.birth_date = Some("2004-03-11".parse().unwrap());
        d.person.sex = Some(Sex::Female);
        assert_eq!(validate(&d), vec![]);
        d.person.pesel = "04231115629".into();
        assert_eq!(validate(&d), vec![]);
        d.person.sex = Some(Sex::Male);
        assert_eq!(validate(&d), vec![(Field::Pesel, FieldProblem::PeselMismatch)]);
    }

    #[test]
    fn qr_payload_round_trip_and_size() {
        let d = example();
        let payload = qr_payload(&d);
        assert!(payload.starts_with("SW2|klobuckie-centrum-uslug-spolecznych|2020-05-04|Zofia|"));
        assert!(payload.contains("ul. Długa \\| Boczna"), "{payload}");
        let mut back = from_qr_payload(&payload).unwrap();
        back.id = d.id.clone();
        assert_eq!(back, d);
        // Fits a QR code of version 15 at error correction M (412 bytes) with room to spare.
        assert!(payload.len() < 300, "{} bytes", payload.len());
        let empty = Declaration { schema: DECLARATION_SCHEMA, ..Declaration::default() };
        let back = from_qr_payload(&qr_payload(&empty)).unwrap();
        assert_eq!(back.person, empty.person);
    }

    #[test]
    fn foreign_or_cut_payloads_are_refused() {
        assert_eq!(from_qr_payload("https://example.pl/x"), Err(QrError::NotOurs));
        assert_eq!(from_qr_payload("SW9|a|b"), Err(QrError::NotOurs));
        let payload = qr_payload(&example());
        let cut = &payload[..payload.rfind('|').unwrap()];
        assert_eq!(from_qr_payload(cut), Err(QrError::FieldCount));
        assert_eq!(from_qr_payload(&payload.replace("|K|", "|X|").replace("|M|", "|X|")), Err(QrError::BadValue));
    }

    /// Exactly what the previous release (declaration schema 1) stored, with an EU category by place.
    const DECLARATION_V1: &str = r#"{"schema":1,"data":{"schema":1,"id":"d-1","project_id":"klobuckie-centrum-uslug-spolecznych","created":"2020-05-04","person":{"first_name":"Zofia","surname":"Kowalska-Wiśniewska","pesel":"04231115629","birth_date":null,"sex":null,"street":"ul. Długa | Boczna","house":"12A","flat":"3","postcode":"42-100","town":"Kłobuck","gmina":"Kłobuck","area":"urban","phone":"600 123 456","email":"zofia@example.pl","education":"isced3","labour":"inactive"},"category":"ue:2","social":{"minority_or_migrant":"refuse","homeless":"refuse","disability":"no","jobless_household":"refuse","jobless_household_with_children":"refuse","single_adult_with_children":"yes","other_disadvantage":"refuse"}}}"#;
    /// Exactly the QR payload the previous release printed for it.
    const QR_V1: &str = "SW1|klobuckie-centrum-uslug-spolecznych|2020-05-04|Zofia|Kowalska-Wiśniewska|04231115629|||ul. Długa \\| Boczna|12A|3|42-100|Kłobuck|Kłobuck|M|600 123 456|zofia@example.pl|3|P|OONOOTO|ue:2";

    fn example_social_employment() -> Declaration {
        Declaration { category: Some("ue:social_employment".into()), ..example() }
    }

    #[test]
    fn a_declaration_stored_by_the_first_release_is_migrated_to_the_category_by_name() {
        let (back, migrated): (Declaration, bool) =
            crate::saved::read(DECLARATION_V1, DECLARATION_SCHEMA, migrate).unwrap();
        assert!(migrated);
        assert_eq!(back, example_social_employment());
        assert!(!category::code_label("ue:social_employment", crate::i18n::Locale::Pl).starts_with("ue:"));
        let value: serde_json::Value = serde_json::from_str(DECLARATION_V1).unwrap();
        assert_eq!(from_value(value["data"].clone()), Ok(example_social_employment()));
    }

    #[test]
    fn both_qr_versions_decode_and_the_first_reads_its_category_by_place() {
        let mut back = from_qr_payload(QR_V1).unwrap();
        back.id = "d-1".into();
        assert_eq!(back, example_social_employment());
        let now = qr_payload(&example_social_employment());
        assert!(now.starts_with("SW2|") && now.ends_with("|ue:social_employment"), "{now}");
        let mut again = from_qr_payload(&now).unwrap();
        again.id = "d-1".into();
        assert_eq!(again, example_social_employment());
        assert_eq!(from_qr_payload(&QR_V1.replace("|ue:2", "|ue:12")), Err(QrError::BadValue));
    }

    #[test]
    fn an_unknown_first_release_category_stops_the_migration_and_the_value_is_kept_aside() {
        let damaged = DECLARATION_V1.replace("ue:2", "ue:99");
        assert!(crate::saved::read::<Declaration>(&damaged, DECLARATION_SCHEMA, migrate).is_err());
    }
}
