//! The act's verdicts in words name what they compared, and the facts are read from the answers.

use chrono::NaiveDate;

use super::check::{check, Facts};
use super::explain::{estimate_steps, finding_text, headline};
use super::tests::{d, today, C2025};
use super::Benefit;
use crate::household::{Answer, Art7Ground, Certificate, Household, Income, IncomeKind, Member, Role};
use crate::i18n::Locale;
use crate::pesel::Sex;
use crate::rules::Outcome;

fn day() -> NaiveDate {
    today()
}

fn member(role: Role, age: u32, wages: &str) -> Member {
    let incomes = vec![Income { kind: IncomeKind::Wages, monthly: d(wages) }];
    Member { role, age: Some(age), incomes: Some(incomes), ..Member::default() }
}

fn texts(b: Benefit, f: &Facts, l: Locale) -> Vec<String> {
    check(b, f, C2025, day()).findings.iter().map(|x| finding_text(x, l)).collect()
}

#[test]
fn facts_are_read_from_the_answers() {
    let mut h = Household::new();
    h.members = vec![member(Role::Applicant, 62, "500"), member(Role::Partner, 64, "700.50")];
    h.members[0].sex = Some(Sex::Female);
    h.members[0].certificate = Certificate::None;
    h.situation.polish_citizen = Answer::Yes;
    let f = Facts::of(&h, day());
    assert_eq!((f.age, f.sex, f.own_income), (Some(62), Some(Sex::Female), Some(d("500"))));
    assert_eq!(f.income.map(|i| (i.persons, i.total)), Some((2, d("1200.50"))));
    assert_eq!((f.random_event, f.polish_citizen), (Answer::Unknown, Answer::Yes));
    // A disaster named among the art. 7 grounds is the random event.
    h.art7 = Some(vec![Art7Ground::NaturalDisaster]);
    assert_eq!(Facts::of(&h, day()).random_event, Answer::Yes);
    // The age on the day from a birth date: 65 on the birthday, 64 the day before.
    h.members[0].birth_date = Some("1961-12-07".parse().unwrap());
    assert_eq!(Facts::of(&h, day()).age, Some(65));
    assert_eq!(Facts::of(&h, day().pred_opt().unwrap()).age, Some(64));
    // "Nie wiem" for anyone's income: no income at all.
    h.members[1].incomes = None;
    assert_eq!(Facts::of(&h, day()).income, None);
}

#[test]
fn each_finding_names_the_amounts_it_compared() {
    let mut h = Household::new();
    h.members = vec![member(Role::Applicant, 70, "1009.99")];
    h.members[0].sex = Some(Sex::Male);
    h.situation.polish_citizen = Answer::Yes;
    let f = Facts::of(&h, day());
    let pl = texts(Benefit::ZasilekStaly, &f, Locale::Pl);
    assert!(pl[0].contains("70 lat") && pl[0].contains("wiek emerytalny"), "{pl:?}");
    assert_eq!(
        pl[1],
        "Twój dochód 1\u{a0}009,99\u{a0}zł jest niższy niż kryterium 1\u{a0}010,00\u{a0}zł (kryterium dochodowe osoby samotnie gospodarującej)."
    );
    h.members[0].incomes = Some(vec![Income { kind: IncomeKind::Wages, monthly: d("1010") }]);
    let pl = texts(Benefit::ZasilekOkresowy, &Facts::of(&h, day()), Locale::Pl);
    assert!(pl[0].contains("1\u{a0}010,00\u{a0}zł nie jest niższy niż"), "{pl:?}");
    let pl = texts(Benefit::ZasilekCelowy, &Facts::of(&h, day()), Locale::Pl);
    assert!(pl[0].contains("1\u{a0}010,00\u{a0}zł nie przekracza"), "{pl:?}");
    // A family of three: the total against 823 zł × 3, with the income per person shown.
    h.members =
        vec![member(Role::Applicant, 40, "1500"), member(Role::Partner, 41, "969"), member(Role::Child, 5, "0")];
    h.members[0].certificate = Certificate::None;
    let uk = texts(Benefit::ZasilekOkresowy, &Facts::of(&h, day()), Locale::Uk);
    assert!(
        uk[0].contains("2\u{a0}469,00\u{a0}PLN") && uk[0].contains("823,00\u{a0}PLN") && uk[0].contains("не нижчий за"),
        "{uk:?}"
    );
    let en = texts(Benefit::ZasilekStaly, &Facts::of(&h, day()), Locale::En);
    assert!(en[0].contains("You are 40") && en[0].contains("no certificate"), "{en:?}");
    assert!(en[2].contains("PLN\u{a0}1,500.00") && en[2].contains("is not lower than"), "{en:?}");
}

#[test]
fn estimates_show_their_calculation_and_the_act() {
    let mut h = Household::new();
    h.members = vec![member(Role::Applicant, 66, "500")];
    h.situation.polish_citizen = Answer::Yes;
    let v = check(Benefit::ZasilekStaly, &Facts::of(&h, day()), C2025, day());
    assert_eq!((v.outcome, headline(&v, Locale::Pl)), (Outcome::Met, "Według ustawy może Ci przysługiwać"));
    let (steps, result) = estimate_steps(&v.estimate.unwrap(), day(), Locale::Pl);
    let words: Vec<&str> = steps.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        words,
        [
            "130% kryterium (1\u{a0}010,00\u{a0}zł) = 1\u{a0}313,00\u{a0}zł",
            "1\u{a0}313,00\u{a0}zł − Twój dochód 500,00\u{a0}zł = 813,00\u{a0}zł",
            "Nie więcej niż 1\u{a0}229,00\u{a0}zł i nie mniej niż 100,00\u{a0}zł",
        ]
    );
    assert_eq!(steps[0].source.as_deref(), Some("art. 37 ust. 2 pkt 1; Dz.U. 2023 poz. 1693"));
    assert_eq!(result, "Około 813,00\u{a0}zł miesięcznie");
    let v = check(Benefit::ZasilekOkresowy, &Facts::of(&h, day()), C2025, day());
    let (steps, result) = estimate_steps(&v.estimate.unwrap(), day(), Locale::Pl);
    assert_eq!(steps[0].text, "Kryterium 1\u{a0}010,00\u{a0}zł − dochód 500,00\u{a0}zł = 510,00\u{a0}zł");
    assert!(steps[1].text.ends_with("nie mniej niż 20,00\u{a0}zł: 255,00\u{a0}zł"), "{steps:?}");
    assert_eq!(result, "Od 255,00\u{a0}zł do 510,00\u{a0}zł miesięcznie");
    // No figure for help the act does not give.
    h.members[0].incomes = Some(vec![Income { kind: IncomeKind::Pension, monthly: d("1500") }]);
    let v = check(Benefit::ZasilekStaly, &Facts::of(&h, day()), C2025, day());
    assert_eq!((v.outcome, v.estimate), (Outcome::NotMet, None));
    let v = check(Benefit::SpecjalnyZasilekCelowy, &Facts::of(&h, day()), C2025, day());
    let (steps, result) = estimate_steps(&v.estimate.unwrap(), day(), Locale::Pl);
    assert!(steps.is_empty() && result.starts_with("Do 1\u{a0}010,00\u{a0}zł"), "{result}");
}
