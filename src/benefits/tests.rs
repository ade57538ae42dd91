//! The act's conditions at and around their boundaries, and every figure and article of the definitions
//! against the compiled source they were read from (`data/sources/statutory/`).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::amounts::{self, Criterion, Income};
use super::check::{check, check_all, Comparison, Estimate, Facts, Finding};
use super::Benefit;
use crate::household::{Answer, Certificate};
use crate::pesel::Sex;
use crate::rules::Outcome;

pub(super) fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub(super) const C2025: Criterion = Criterion {
    single: Decimal::from_parts(1010, 0, 0, false, 0),
    per_person: Decimal::from_parts(823, 0, 0, false, 0),
};

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn person(age: u32, sex: Sex, persons: u32, total: &str) -> Facts {
    Facts {
        age: Some(age),
        sex: Some(sex),
        certificate: Certificate::None,
        income: Some(Income { persons, total: d(total) }),
        own_income: Some(d(total) / Decimal::from(persons)),
        random_event: Answer::No,
        polish_citizen: Answer::Yes,
    }
}

fn outcome(b: Benefit, f: &Facts) -> Outcome {
    check(b, f, C2025, today()).outcome
}

#[test]
fn lower_than_and_not_above_differ_at_exactly_the_criterion() {
    for (persons, at) in [(1, "1010.00"), (2, "1646.00"), (4, "3292.00")] {
        let at = person(70, Sex::Male, persons, at);
        let mut under = at;
        under.income = at.income.map(|i| Income { total: i.total - d("0.01"), ..i });
        under.own_income = Some(d("0"));
        assert_eq!(outcome(Benefit::ZasilekOkresowy, &at), Outcome::NotMet, "{persons}: okresowy needs lower than");
        assert_eq!(outcome(Benefit::ZasilekOkresowy, &under), Outcome::Met);
        assert_eq!(outcome(Benefit::ZasilekStaly, &at), Outcome::NotMet);
        assert_eq!(outcome(Benefit::ZasilekCelowy, &at), Outcome::Met, "{persons}: celowy takes not above");
        let mut over = at;
        over.income = at.income.map(|i| Income { total: i.total + d("0.01"), ..i });
        assert_eq!(outcome(Benefit::ZasilekCelowy, &over), Outcome::NotMet);
        // Above the criterion only the special one may be given, and only the centre judges it.
        assert_eq!(outcome(Benefit::SpecjalnyZasilekCelowy, &over), Outcome::Unknown);
        assert_eq!(outcome(Benefit::SpecjalnyZasilekCelowy, &at), Outcome::NotMet);
    }
    assert!(Comparison::Below.holds(d("1009.99"), d("1010")) && !Comparison::Below.holds(d("1010"), d("1010")));
}

#[test]
fn retirement_age_is_60_for_women_and_65_for_men() {
    let at = |age, sex| outcome(Benefit::ZasilekStaly, &person(age, sex, 1, "500"));
    assert_eq!((at(59, Sex::Female), at(60, Sex::Female)), (Outcome::NotMet, Outcome::Met));
    assert_eq!((at(64, Sex::Male), at(65, Sex::Male)), (Outcome::NotMet, Outcome::Met));
    // Not said: 60 to 64 depends on it, 65 does not.
    let mut f = person(62, Sex::Female, 1, "500");
    f.sex = None;
    assert_eq!(outcome(Benefit::ZasilekStaly, &f), Outcome::Unknown);
    f.age = Some(65);
    assert_eq!(outcome(Benefit::ZasilekStaly, &f), Outcome::Met);
}

#[test]
fn completely_unable_to_work_is_a_moderate_or_severe_certificate_or_its_equal_for_an_adult() {
    for (certificate, expected) in [
        (Certificate::Severe, Outcome::Met),
        (Certificate::Moderate, Outcome::Met),
        (Certificate::EquivalentSevere, Outcome::Met),
        (Certificate::EquivalentModerate, Outcome::Met),
        (Certificate::Light, Outcome::NotMet),
        (Certificate::None, Outcome::NotMet),
        (Certificate::Unknown, Outcome::Unknown),
    ] {
        let mut f = person(40, Sex::Male, 1, "500");
        f.certificate = certificate;
        assert_eq!(outcome(Benefit::ZasilekStaly, &f), expected, "{certificate:?}");
        f.age = Some(17);
        assert_eq!(outcome(Benefit::ZasilekStaly, &f), Outcome::NotMet, "a minor: {certificate:?}");
    }
}

#[test]
fn in_a_family_the_own_income_counts_too_for_zasilek_staly() {
    let mut f = person(70, Sex::Female, 2, "1000");
    f.own_income = Some(d("823"));
    let v = check(Benefit::ZasilekStaly, &f, C2025, today());
    assert_eq!(v.outcome, Outcome::NotMet);
    assert!(v.findings.contains(&Finding::Income {
        own: true,
        persons: 1,
        income: d("823"),
        limit: d("823"),
        comparison: Comparison::Below,
        outcome: Outcome::NotMet
    }));
    f.own_income = Some(d("822.99"));
    assert_eq!(outcome(Benefit::ZasilekStaly, &f), Outcome::Met);
}

#[test]
fn a_random_event_gives_zasilek_celowy_whatever_the_income() {
    let mut f = person(30, Sex::Male, 1, "5000");
    assert_eq!(outcome(Benefit::ZasilekCelowy, &f), Outcome::NotMet);
    f.random_event = Answer::Yes;
    assert_eq!(outcome(Benefit::ZasilekCelowy, &f), Outcome::Met);
    f.random_event = Answer::Unknown;
    assert_eq!(outcome(Benefit::ZasilekCelowy, &f), Outcome::Unknown);
}

#[test]
fn a_person_who_is_not_a_polish_citizen_is_never_told_yes_or_no_by_the_title() {
    let mut f = person(70, Sex::Male, 1, "500");
    f.polish_citizen = Answer::No;
    for v in check_all(&f, C2025, today()) {
        assert!(v.findings.contains(&Finding::ResidenceTitle), "{:?}", v.benefit);
        assert_ne!(v.outcome, Outcome::Met, "{:?}", v.benefit);
    }
    // The other conditions still say no where they do.
    let mut rich = person(30, Sex::Male, 1, "5000");
    rich.polish_citizen = Answer::Unknown;
    assert_eq!(outcome(Benefit::ZasilekOkresowy, &rich), Outcome::NotMet);
}

#[test]
fn an_estimate_only_where_the_act_may_give_the_benefit() {
    let v = check(Benefit::ZasilekStaly, &person(70, Sex::Male, 1, "500"), C2025, today());
    match v.estimate {
        Some(Estimate::Staly(e)) => assert_eq!(e.amount, d("813.00")),
        other => panic!("{other:?}"),
    }
    let v = check(Benefit::ZasilekStaly, &person(40, Sex::Male, 1, "500"), C2025, today());
    assert_eq!((v.outcome, v.estimate), (Outcome::NotMet, None));
    let v = check(Benefit::SpecjalnyZasilekCelowy, &person(40, Sex::Male, 3, "3000"), C2025, today());
    assert_eq!(v.estimate, Some(Estimate::UpTo(d("2469"))));
    assert_eq!(check(Benefit::ZasilekCelowy, &person(40, Sex::Male, 1, "0"), C2025, today()).estimate, None);
}

#[test]
fn an_unknown_income_is_unknown_not_no() {
    let mut f = person(70, Sex::Male, 1, "0");
    f.income = None;
    for v in check_all(&f, C2025, today()) {
        assert_eq!(v.outcome, Outcome::Unknown, "{:?}", v.benefit);
        assert!(v.findings.contains(&Finding::IncomeUnknown));
    }
}

/// The compiled source, row by row: `parametr` → (`wartosc`, `obowiazuje_od`, `podstawa_prawna`, `zrodlo_url`).
fn source_rows() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string("data/sources/statutory/pomoc-spoleczna-parametry-2026.csv").unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            // `;`-separated, a field quoted when it holds one.
            let mut fields = Vec::new();
            let (mut field, mut quoted) = (String::new(), false);
            for ch in line.chars() {
                match ch {
                    '"' => quoted = !quoted,
                    ';' if !quoted => fields.push(std::mem::take(&mut field)),
                    _ => field.push(ch),
                }
            }
            fields.push(field);
            fields
        })
        .collect()
}

fn row(name: &str) -> Vec<String> {
    source_rows().into_iter().find(|r| r[0] == name).unwrap_or_else(|| panic!("no row {name}"))
}

#[test]
fn every_amount_and_page_is_the_source_s() {
    let dated = |p: &amounts::Parameter| p.values.last().unwrap().value.to_string();
    assert_eq!(row("zasiłek stały – maksimum (osoba samotna)")[1], dated(&amounts::STALY_MOST));
    assert_eq!(row("zasiłek stały – minimum")[1], dated(&amounts::STALY_LEAST));
    assert_eq!(row("zasiłek okresowy – minimum")[1], dated(&amounts::OKRESOWY_LEAST));
    assert!(row("zasiłek stały – podstawa obliczenia (osoba samotna)")[1]
        .starts_with(&format!("{}%", dated(&amounts::STALY_SHARE_SINGLE))));
    assert!(row("zasiłek stały – podstawa obliczenia (osoba w rodzinie)")[1]
        .starts_with(&format!("{}%", dated(&amounts::STALY_SHARE_FAMILY))));
    assert!(row("zasiłek okresowy – wysokość")[1].contains(&format!("{}%", dated(&amounts::OKRESOWY_SHARE))));
    // Each parameter's page is the one its row names.
    for (name, p) in [
        ("zasiłek stały – maksimum (osoba samotna)", amounts::STALY_MOST),
        ("zasiłek stały – minimum", amounts::STALY_LEAST),
        ("zasiłek okresowy – minimum", amounts::OKRESOWY_LEAST),
        ("zasiłek stały – podstawa obliczenia (osoba samotna)", amounts::STALY_SHARE_SINGLE),
        ("zasiłek stały – podstawa obliczenia (osoba w rodzinie)", amounts::STALY_SHARE_FAMILY),
        ("zasiłek okresowy – wysokość", amounts::OKRESOWY_SHARE),
    ] {
        assert_eq!(p.source.url, Some(row(name)[5].as_str()), "{name}");
    }
    // Every page a definition names is a page the source read.
    let urls: Vec<String> = source_rows().into_iter().map(|r| r[5].clone()).collect();
    for b in Benefit::ALL {
        let def = b.def();
        for c in def.conditions.iter().chain([&def.amount]) {
            if let Some(url) = c.source.url {
                assert!(urls.iter().any(|u| u == url), "{}: {url}", def.benefit.name());
            }
        }
    }
    // The criterion the checks are tested with is the source's from 2025.
    assert_eq!(row("kryterium dochodowe osoby samotnie gospodarującej")[1], C2025.single.to_string());
    assert_eq!(row("kryterium dochodowe na osobę w rodzinie")[1], C2025.per_person.to_string());
}

#[test]
fn what_the_pages_disagree_on_is_marked() {
    let marked: Vec<&str> = [
        ("single", amounts::STALY_SHARE_SINGLE),
        ("family", amounts::STALY_SHARE_FAMILY),
        ("most", amounts::STALY_MOST),
        ("least", amounts::STALY_LEAST),
    ]
    .into_iter()
    .filter(|(_, p)| p.unverified)
    .map(|(name, _)| name)
    .collect();
    assert_eq!(marked, ["family"]);
    assert!(row("zasiłek stały – podstawa obliczenia (osoba w rodzinie)")[7].contains("our arithmetic"));
    assert!(row("zasiłek okresowy – maksimum dla osoby samotnej")[7].starts_with("UNVERIFIED"));
    assert!(Benefit::ZasilekOkresowy.def().unverified.iter().any(|u| u.contains("418")));
    assert!(Benefit::ZasilekStaly.def().unverified.iter().any(|u| u.contains("art. 37 ust. 5")));
    // A council may raise the limits of exactly these two (art. 8 ust. 2).
    let raised: Vec<Benefit> = Benefit::ALL.into_iter().filter(|b| b.def().council_may_raise_limit).collect();
    assert_eq!(raised, [Benefit::ZasilekOkresowy, Benefit::ZasilekCelowy]);
}

#[test]
fn every_benefit_reads_back_from_its_slug() {
    for b in Benefit::ALL {
        assert_eq!(Benefit::from_slug(b.slug()), Some(b));
        assert_eq!(b.def().benefit, b);
    }
    assert_eq!(Benefit::from_slug("zasilek"), None);
}
