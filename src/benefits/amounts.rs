//! The act's amounts as dated values, each with the act that set it and the page it was read on (as
//! OpenFisca keeps parameters), and the estimates worked out from them: what the act allows, never what
//! a centre will grant ("kwotę ustala ośrodek po wywiadzie środowiskowym").

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::act::{ActSource, DZIENNIK_STALY, INFOR_STALY, INFOR_WALORYZACJA, ONET_STALY, PIESZYCE_OKRESOWY};

/// A value from a day on, set by an act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    /// `None` where the source gives no first day: the value is the act's as the source reads it.
    pub from: Option<NaiveDate>,
    pub value: Decimal,
    /// The act that set it, where the source names one.
    pub act: Option<&'static str>,
}

/// One of the act's amounts or shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parameter {
    pub article: &'static str,
    /// Newest last.
    pub values: &'static [Dated],
    pub source: &'static ActSource,
    /// The pages disagree: shown as unverified.
    pub unverified: bool,
}

impl Parameter {
    /// The value in force on `day`; `None` before the first known one.
    pub fn on(&self, day: NaiveDate) -> Option<&Dated> {
        self.values.iter().rev().find(|v| v.from.is_none_or(|from| from <= day))
    }

    /// The last day the value on `day` holds, where a newer one is known: what a page says of it holds
    /// until then.
    pub fn holds_until(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.values.iter().filter_map(|v| v.from).find(|from| *from > day).and_then(|from| from.pred_opt())
    }
}

const fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => Some(d),
        None => panic!("no such day"),
    }
}

const fn whole(n: u32) -> Decimal {
    Decimal::from_parts(n, 0, 0, false, 0)
}

const NOWELIZACJA_2023: Option<&str> = Some("Dz.U. 2023 poz. 1693");

/// Zasiłek stały of a person living alone: this share of the criterion, less their income.
pub const STALY_SHARE_SINGLE: Parameter = Parameter {
    article: "art. 37 ust. 2 pkt 1",
    values: &[Dated { from: day(2024, 1, 1), value: whole(130), act: NOWELIZACJA_2023 }],
    source: &DZIENNIK_STALY,
    unverified: false,
};

/// Zasiłek stały of a person in a family: this share of the criterion per person, less income per
/// person. Most pages give 130%, one the criterion itself.
pub const STALY_SHARE_FAMILY: Parameter = Parameter {
    article: "art. 37 ust. 2 pkt 2",
    values: &[Dated { from: day(2024, 1, 1), value: whole(130), act: None }],
    source: &ONET_STALY,
    unverified: true,
};

/// The most zasiłek stały of a person living alone may be.
pub const STALY_MOST: Parameter = Parameter {
    article: "art. 37 ust. 2 pkt 1",
    values: &[Dated { from: day(2025, 1, 1), value: whole(1229), act: Some("Dz.U. 2024 poz. 1044") }],
    source: &INFOR_STALY,
    unverified: false,
};

/// The least zasiłek stały may be.
pub const STALY_LEAST: Parameter = Parameter {
    article: "art. 37 ust. 3",
    values: &[Dated { from: day(2024, 1, 1), value: whole(100), act: NOWELIZACJA_2023 }],
    source: &INFOR_WALORYZACJA,
    unverified: false,
};

/// Zasiłek okresowy: at least this share of the gap between the criterion and the income.
pub const OKRESOWY_SHARE: Parameter = Parameter {
    article: "art. 38 ust. 2",
    values: &[Dated { from: None, value: whole(50), act: None }],
    source: &PIESZYCE_OKRESOWY,
    unverified: false,
};

/// Zasiłek okresowy: never less than this.
pub const OKRESOWY_LEAST: Parameter = Parameter {
    article: "art. 38",
    values: &[Dated { from: None, value: whole(20), act: None }],
    source: &PIESZYCE_OKRESOWY,
    unverified: false,
};

/// The criterion on the day, as the parameters file gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Criterion {
    pub single: Decimal,
    pub per_person: Decimal,
}

impl From<&crate::parameters::CriterionValue> for Criterion {
    fn from(v: &crate::parameters::CriterionValue) -> Criterion {
        Criterion { single: v.single, per_person: v.per_person }
    }
}

/// The household's net income of the month before applying: the counted income of the household's
/// own reading ([`crate::household::IncomeSummary`]), as the act compares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Income {
    /// Persons in the household (1: a person living alone).
    pub persons: u32,
    /// Counted income of everyone in it.
    pub total: Decimal,
}

impl From<&crate::household::IncomeSummary> for Income {
    fn from(s: &crate::household::IncomeSummary) -> Income {
        Income { persons: s.members, total: s.counted }
    }
}

impl Income {
    pub fn alone(&self) -> bool {
        self.persons == 1
    }

    /// Income per person to the grosz, rounded as the household's income is everywhere it is shown.
    pub fn per_person(&self) -> Decimal {
        crate::household::IncomeSummary { members: self.persons, counted: self.total, left_out: Decimal::ZERO }
            .per_person()
    }

    /// The criterion that applies to this household in all: a person alone's, or per person times persons.
    pub fn limit(&self, c: Criterion) -> Decimal {
        if self.alone() {
            c.single
        } else {
            c.per_person * Decimal::from(self.persons)
        }
    }
}

fn percent(share: Decimal, of: Decimal) -> Decimal {
    (share * of / Decimal::ONE_HUNDRED).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Zasiłek stały by the act: the figures compared, step by step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StalyEstimate {
    /// The share of the criterion (130%) and the criterion it is of.
    pub share: Decimal,
    pub criterion: Decimal,
    /// The share worked out (1 313,00 zł).
    pub base: Decimal,
    /// The person's income, or income per person in a family.
    pub income: Decimal,
    /// The most, for a person living alone.
    pub most: Option<Decimal>,
    pub least: Decimal,
    pub amount: Decimal,
    /// A person in a family: the pages disagree on the rule.
    pub unverified: bool,
}

/// Zasiłek stały for `income` on `day`; `None` on a day before the act's amounts are known here.
pub fn staly(income: Income, c: Criterion, day: NaiveDate) -> Option<StalyEstimate> {
    let least = STALY_LEAST.on(day)?.value;
    let (share, criterion, person_income, most) = if income.alone() {
        (STALY_SHARE_SINGLE.on(day)?.value, c.single, income.total, Some(STALY_MOST.on(day)?.value))
    } else {
        (STALY_SHARE_FAMILY.on(day)?.value, c.per_person, income.per_person(), None)
    };
    let base = percent(share, criterion);
    let amount = (base - person_income).min(most.unwrap_or(Decimal::MAX)).max(least);
    Some(StalyEstimate {
        share,
        criterion,
        base,
        income: person_income,
        most,
        least,
        amount,
        unverified: !income.alone(),
    })
}

/// Zasiłek okresowy by the act: at least half the gap and 20 zł, at most the gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OkresowyEstimate {
    /// The criterion of the household in all (a person alone's, or per person times persons).
    pub limit: Decimal,
    pub income: Decimal,
    pub gap: Decimal,
    pub share: Decimal,
    pub least: Decimal,
    pub most: Decimal,
}

pub fn okresowy(income: Income, c: Criterion) -> Option<OkresowyEstimate> {
    // Both values hold on any day the act is read for (no first day given).
    let share = OKRESOWY_SHARE.values.last()?.value;
    let floor = OKRESOWY_LEAST.values.last()?.value;
    let limit = income.limit(c);
    let gap = limit - income.total;
    let least = percent(share, gap).max(floor);
    Some(OkresowyEstimate { limit, income: income.total, gap, share, least, most: gap.max(least) })
}

/// Specjalny zasiłek celowy: up to the criterion of the household in all.
pub fn specjalny_up_to(income: Income, c: Criterion) -> Decimal {
    income.limit(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    const C2025: Criterion = Criterion { single: whole(1010), per_person: whole(823) };

    fn on(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn zasilek_staly_alone_is_130_percent_less_income_capped() {
        let day = on(2026, 12, 7);
        let alone = |total: &str| staly(Income { persons: 1, total: d(total) }, C2025, day).unwrap();
        let none = alone("0");
        assert_eq!((none.base, none.amount, none.most), (d("1313.00"), d("1229"), Some(d("1229"))));
        assert_eq!(alone("84").amount, d("1229"));
        assert_eq!(alone("84.01").amount, d("1228.99"));
        assert_eq!(alone("500").amount, d("813.00"));
        assert_eq!(alone("1009.99").amount, d("303.01"));
        assert!(!none.unverified);
    }

    #[test]
    fn zasilek_staly_in_a_family_is_per_person_and_unverified() {
        let e = staly(Income { persons: 3, total: d("1000") }, C2025, on(2026, 12, 7)).unwrap();
        // 130% of 823 zł = 1 069,90 zł, less 333,33 zł a person.
        assert_eq!((e.base, e.income, e.amount, e.most), (d("1069.90"), d("333.33"), d("736.57"), None));
        assert!(e.unverified);
        // Never under the least: 1 069,90 − 1 000,00 would be 69,90 zł.
        let e = staly(Income { persons: 2, total: d("2000") }, C2025, on(2026, 12, 7)).unwrap();
        assert_eq!(e.amount, d("100"));
    }

    #[test]
    fn amounts_hold_from_their_day_and_are_unknown_before() {
        let alone = Income { persons: 1, total: d("0") };
        assert_eq!(staly(alone, C2025, on(2024, 12, 31)), None, "the cap of 1 229 zł holds from 2025");
        assert!(staly(alone, C2025, on(2025, 1, 1)).is_some());
        assert_eq!(STALY_LEAST.on(on(2023, 12, 31)), None);
        assert_eq!(STALY_LEAST.on(on(2024, 1, 1)).map(|v| v.value), Some(d("100")));
        assert_eq!(STALY_MOST.holds_until(on(2024, 6, 1)), Some(on(2024, 12, 31)), "the day before the cap is known");
        assert_eq!(STALY_MOST.holds_until(on(2025, 1, 1)), None);
    }

    #[test]
    fn zasilek_okresowy_least_is_half_the_gap_and_20_zl() {
        let e = okresowy(Income { persons: 1, total: d("400") }, C2025).unwrap();
        assert_eq!((e.limit, e.gap, e.least, e.most), (d("1010"), d("610"), d("305.00"), d("610")));
        // A gap of 30 zł: half is 15 zł, so 20 zł.
        let e = okresowy(Income { persons: 1, total: d("980") }, C2025).unwrap();
        assert_eq!((e.gap, e.least, e.most), (d("30"), d("20"), d("30")));
        // A family of four: 823 × 4 = 3 292 zł.
        let e = okresowy(Income { persons: 4, total: d("2000.01") }, C2025).unwrap();
        assert_eq!((e.limit, e.gap, e.least), (d("3292"), d("1291.99"), d("646.00")));
    }

    #[test]
    fn specjalny_is_up_to_the_criterion_of_the_household() {
        assert_eq!(specjalny_up_to(Income { persons: 1, total: d("2000") }, C2025), d("1010"));
        assert_eq!(specjalny_up_to(Income { persons: 3, total: d("5000") }, C2025), d("2469"));
    }
}
