//! Income by kind, and the household's income for the income test: what counts, what is deducted, what
//! the law leaves out.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Household;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    pub kind: IncomeKind,
    #[serde(with = "crate::money::as_string")]
    pub monthly: Decimal,
}

/// Kinds of income. The law leaves some out of the income test (art. 8 ust. 4 and other acts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeKind {
    Wages,
    Pension,
    UnemploymentBenefit,
    FamilyBenefits,
    AlimonyReceived,
    Business,
    OtherCounted,
    /// Alimony the member pays to someone outside the household: deducted.
    AlimonyPaid,
    /// Świadczenie wychowawcze (800+): not counted.
    #[serde(rename = "child_benefit_800")]
    ChildBenefit800,
    /// Zasiłek celowy: not counted.
    PurposeAllowance,
    /// Pomoc materialna dla uczniów: not counted.
    SchoolAid,
    /// Pay for socially useful work (prace społecznie użyteczne): not counted.
    SociallyUsefulWork,
    /// Jednorazowe świadczenie socjalne: not counted.
    OneOffSocialPayment,
    /// Świadczenie w naturze: not counted.
    BenefitInKind,
    /// Trzynasta emerytura: not counted.
    ThirteenthPension,
}

/// How an income enters the income test: added, taken off (alimony paid) or left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    Counted,
    Deducted,
    LeftOut,
}

impl IncomeKind {
    pub const ALL: [IncomeKind; 15] = [
        IncomeKind::Wages,
        IncomeKind::Pension,
        IncomeKind::UnemploymentBenefit,
        IncomeKind::FamilyBenefits,
        IncomeKind::AlimonyReceived,
        IncomeKind::Business,
        IncomeKind::OtherCounted,
        IncomeKind::AlimonyPaid,
        IncomeKind::ChildBenefit800,
        IncomeKind::PurposeAllowance,
        IncomeKind::SchoolAid,
        IncomeKind::SociallyUsefulWork,
        IncomeKind::OneOffSocialPayment,
        IncomeKind::BenefitInKind,
        IncomeKind::ThirteenthPension,
    ];

    /// How the kind enters the income test (art. 8 ust. 3 and 4 of the act).
    pub fn counting(self) -> Counting {
        match self {
            IncomeKind::Wages
            | IncomeKind::Pension
            | IncomeKind::UnemploymentBenefit
            | IncomeKind::FamilyBenefits
            | IncomeKind::AlimonyReceived
            | IncomeKind::Business
            | IncomeKind::OtherCounted => Counting::Counted,
            IncomeKind::AlimonyPaid => Counting::Deducted,
            IncomeKind::ChildBenefit800
            | IncomeKind::PurposeAllowance
            | IncomeKind::SchoolAid
            | IncomeKind::SociallyUsefulWork
            | IncomeKind::OneOffSocialPayment
            | IncomeKind::BenefitInKind
            | IncomeKind::ThirteenthPension => Counting::LeftOut,
        }
    }
}

/// The household's income for the income test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomeSummary {
    pub members: u32,
    /// Counted income less alimony paid, never below zero.
    pub counted: Decimal,
    /// Income the law leaves out (800+, zasiłek celowy…), shown so the resident sees it was not forgotten.
    pub left_out: Decimal,
}

impl IncomeSummary {
    /// Per person, rounded to the grosz, for display. Comparisons use [`IncomeSummary::within`].
    pub fn per_person(&self) -> Decimal {
        if self.members == 0 {
            return Decimal::ZERO;
        }
        (self.counted / Decimal::from(self.members)).round_dp(2)
    }

    /// Whether income per person is at most `limit`, exactly: counted ≤ limit × members, with no
    /// rounding on the way (equal counts as within).
    pub fn within(&self, limit: Decimal) -> bool {
        self.counted <= limit * Decimal::from(self.members)
    }
}

impl Household {
    /// Sums income over members; `None` when any member's income is "nie wiem".
    pub fn income(&self) -> Option<IncomeSummary> {
        let mut counted = Decimal::ZERO;
        let mut left_out = Decimal::ZERO;
        for member in &self.members {
            let (c, l) = member.income_parts()?;
            counted += c;
            left_out += l;
        }
        Some(IncomeSummary { members: self.members.len() as u32, counted: counted.max(Decimal::ZERO), left_out })
    }
}

impl super::Member {
    /// The member's own counted income (less alimony they pay, never below zero); `None` for "nie wiem".
    pub fn counted_income(&self) -> Option<Decimal> {
        self.income_parts().map(|(counted, _)| counted.max(Decimal::ZERO))
    }

    /// Counted (less what is deducted) and left out.
    fn income_parts(&self) -> Option<(Decimal, Decimal)> {
        let mut counted = Decimal::ZERO;
        let mut left_out = Decimal::ZERO;
        for income in self.incomes.as_ref()? {
            match income.kind.counting() {
                Counting::Counted => counted += income.monthly,
                Counting::Deducted => counted -= income.monthly,
                Counting::LeftOut => left_out += income.monthly,
            }
        }
        Some((counted, left_out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::{Member, Role};
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn income_leaves_out_what_the_law_leaves_out() {
        let mut h = Household::new();
        h.members[0].incomes = Some(vec![
            Income { kind: IncomeKind::Wages, monthly: d("2000") },
            Income { kind: IncomeKind::ChildBenefit800, monthly: d("800") },
            Income { kind: IncomeKind::AlimonyPaid, monthly: d("300") },
        ]);
        h.members.push(Member { role: Role::Child, age: Some(5), incomes: Some(vec![]), ..Member::default() });
        let s = h.income().unwrap();
        assert_eq!((s.members, s.counted, s.left_out), (2, d("1700"), d("800")));
        assert_eq!(s.per_person(), d("850"));
        assert!(s.within(d("850")));
        assert!(!s.within(d("849.99")));
        h.members[1].incomes = None;
        assert_eq!(h.income(), None);
    }

    #[test]
    fn exact_comparison_without_rounding() {
        // 1000 zł for 3 people is 333.333… per person: within 333.34, not within 333.33.
        let s = IncomeSummary { members: 3, counted: d("1000"), left_out: Decimal::ZERO };
        assert!(s.within(d("333.34")));
        assert!(!s.within(d("333.33")));
        assert_eq!(s.per_person(), d("333.33"));
    }
}
