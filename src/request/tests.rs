use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::qr::{request_from_qr_payload, request_qr_payload, REQUEST_QR_TAG};
use super::*;
use crate::benefits::amounts::Criterion;
use crate::benefits::check::{check_all, Facts};
use crate::declaration::{FieldProblem, QrError};
use crate::household::{Income, IncomeKind, Member};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

/// A person of 67 on a pension of 900 zł and a grandchild of 8, in Warszawa's Bemowo.
fn household() -> Household {
    let pension = vec![Income { kind: IncomeKind::Pension, monthly: d("900") }];
    let mut h = Household::new();
    h.gmina = Some("Warszawa".into());
    h.gmina_code = Some("146501".into());
    h.district = Some("1465028".into());
    h.situation.random_event = crate::household::Answer::No;
    h.situation.polish_citizen = crate::household::Answer::Yes;
    h.members = vec![
        Member { role: Role::Applicant, age: Some(67), incomes: Some(pension), ..Member::default() },
        Member { role: Role::Other, age: Some(8), incomes: Some(Vec::new()), ..Member::default() },
    ];
    h
}

fn filled(h: &Household) -> Request {
    let criterion = Criterion { single: d("1010"), per_person: d("823") };
    let verdicts = check_all(&Facts::of(h, day()), criterion, day());
    let mut r = Request::prefill(h, &verdicts, "Ośrodek Pomocy Społecznej Dzielnicy Bemowo m.st. Warszawy", day());
    r.id = "w1765100000000-abcd".into();
    r.person = Applicant {
        first_name: "Anna".into(),
        surname: "Kowalska | Nowak".into(),
        pesel: "59010112346".into(),
        street: "ul. Pełczyńskiego".into(),
        house: "26".into(),
        postcode: "01-471".into(),
        town: "Warszawa".into(),
        ..Applicant::default()
    };
    r.reason = "Emerytura nie starcza na leki.\nProszę o pomoc.".into();
    r
}

#[test]
fn a_request_is_prefilled_from_the_answers_with_the_benefits_the_check_found() {
    let r = filled(&household());
    assert_eq!(
        (r.gmina.as_str(), r.gmina_code.as_deref(), r.district.as_deref()),
        ("Warszawa", Some("146501"), Some("1465028"))
    );
    assert_eq!(r.created, Some(PartialDate::Day(day())));
    let members: Vec<_> = r.members.iter().map(|m| (m.role, m.age, m.income)).collect();
    assert_eq!(members, [(Role::Applicant, Some(67), Some(d("900"))), (Role::Other, Some(8), Some(d("0")))]);
    assert_eq!(r.total_income(), Some(d("900")));
    // 900 zł for two is 450 zł a person, under 823 zł: zasiłek okresowy and celowy. Not zasiłek stały:
    // in a family the person's own income must be under 823 zł too. Not the special one, which is for
    // income above the criterion.
    assert_eq!(r.benefits, [Benefit::ZasilekOkresowy, Benefit::ZasilekCelowy]);
    // An income not known leaves the total unknown.
    let mut h = household();
    h.members[1].incomes = None;
    assert_eq!(filled(&h).total_income(), None);
}

#[test]
fn a_stored_request_names_its_benefits_and_round_trips() {
    let r = filled(&household());
    let text = serde_json::to_string(&r).unwrap();
    assert!(text.contains(r#""benefits":["zasilek-okresowy","zasilek-celowy"]"#), "{text}");
    assert!(text.contains(r#""members":[{"role":"applicant","age":67,"income":"900"},"#), "{text}");
    assert_eq!(serde_json::from_str::<Request>(&text).unwrap(), r);
    let unknown = text.replace("zasilek-celowy", "zasilek-na-wszystko");
    assert!(serde_json::from_str::<Request>(&unknown).is_err());
}

#[test]
fn the_qr_payload_reads_back_all_but_what_the_paper_alone_holds() {
    let r = filled(&household());
    let payload = request_qr_payload(&r);
    assert!(
        payload.starts_with(&format!("{REQUEST_QR_TAG}|2026-12-07|Warszawa|146501|1465028|Anna|Kowalska \\| Nowak|")),
        "{payload}"
    );
    assert!(payload.ends_with("|zasilek-okresowy,zasilek-celowy|W:67:900.00;I:8:0.00"), "{payload}");
    let back = request_from_qr_payload(&payload).unwrap();
    // The local id, the centre's name and the reason are on the paper only.
    assert_eq!(back, Request { id: String::new(), centre: String::new(), reason: String::new(), ..r.clone() });
    for (bad, error) in [
        ("SW2|x", QrError::NotOurs),
        ("SWW1|2026-12-07", QrError::FieldCount),
        (&payload.replace("W:67:900.00", "X:67:900.00")[..], QrError::BadValue),
        (&payload.replace("W:67:900.00", "W:sześćdziesiąt:900.00")[..], QrError::BadValue),
        (&payload.replace("zasilek-okresowy,", "zasilek-inny,")[..], QrError::BadValue),
    ] {
        assert_eq!(request_from_qr_payload(bad), Err(error), "{bad}");
    }
}

#[test]
fn each_missing_or_wrong_field_is_named_in_the_order_of_the_form() {
    let r = filled(&household());
    assert_eq!(request_problems(&r), []);
    let problems = |change: fn(&mut Request)| {
        let mut r = filled(&household());
        change(&mut r);
        request_problems(&r)
    };
    use RequestField as F;
    let required = RequestProblem::Field(FieldProblem::Required);
    assert_eq!(problems(|r| r.person.first_name = " ".into()), [(F::FirstName, required)]);
    assert_eq!(
        problems(|r| r.person.pesel.clear()),
        [(F::BirthDate, RequestProblem::Field(FieldProblem::BirthDateNeeded))]
    );
    assert!(matches!(
        problems(|r| r.person.pesel = "59010112347".into())[..],
        [(F::Pesel, RequestProblem::Field(FieldProblem::Pesel(_)))]
    ));
    assert_eq!(
        problems(|r| r.person.postcode = "01471".into()),
        [(F::Postcode, RequestProblem::Field(FieldProblem::Postcode))]
    );
    assert_eq!(problems(|r| r.person.phone = "12".into()), [(F::Phone, RequestProblem::Field(FieldProblem::Phone))]);
    assert_eq!(problems(|r| r.benefits.clear()), [(F::Benefits, RequestProblem::NoBenefit)]);
    assert_eq!(problems(|r| r.reason = "   ".into()), [(F::Reason, required)]);
    assert_eq!(problems(|r| r.reason = "ą".repeat(MAX_REASON + 1)), [(F::Reason, RequestProblem::TooLong)]);
    assert_eq!(problems(|r| r.reason = "ą".repeat(MAX_REASON)), []);
    let all = problems(|r| *r = Request::default());
    let fields: Vec<_> = all.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [F::FirstName, F::Surname, F::BirthDate, F::Street, F::House, F::Postcode, F::Town, F::Benefits, F::Reason]
    );
}

#[test]
fn a_stored_request_reads_back_in_its_schema_and_an_unknown_one_is_refused() {
    let r = filled(&household());
    let value = serde_json::to_value(&r).unwrap();
    assert_eq!(from_value(value.clone()).unwrap(), r);
    for schema in [0, REQUEST_SCHEMA + 1] {
        let mut other = value.clone();
        other["schema"] = schema.into();
        assert!(from_value(other).is_err(), "schema {schema}");
    }
    assert!(migrate(1, value).is_err(), "schema 1 is the first: nothing migrates to it");
}
