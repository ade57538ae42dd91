//! Whether the act's conditions of each benefit hold for a person, three-valued like the projects'
//! rules: each finding keeps the values it compared, so the explanation says them. What the act leaves
//! to the centre (a "szczególnie uzasadniony przypadek", a title of residence) is never said yes or no.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::amounts::{self, Criterion, Income, OkresowyEstimate, StalyEstimate};
use super::Benefit;
use crate::household::{Answer, Certificate, Household};
use crate::pesel::Sex;
use crate::rules::Outcome;

/// Retirement age by the act (art. 6 via the pension law): 60 for women, 65 for men.
pub const RETIREMENT_AGE_WOMEN: u32 = 60;
pub const RETIREMENT_AGE_MEN: u32 = 65;
pub const ADULT: u32 = 18;

/// What the act's conditions read of a person and their household.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// The person asking, in whole years.
    pub age: Option<u32>,
    pub sex: Option<Sex>,
    pub certificate: Certificate,
    /// The household's income of the month before; `None` when not known.
    pub income: Option<Income>,
    /// The person's own income, for zasiłek stały in a family.
    pub own_income: Option<Decimal>,
    /// A random event, a natural or ecological disaster (art. 40).
    pub random_event: Answer,
    /// A Polish citizen; anyone else's right depends on their title of residence.
    pub polish_citizen: Answer,
}

impl Facts {
    /// What the answers say of the person filling in (the household's first member) on `day`: the age
    /// from the birth date when given, else as stated. A random event is also one named among the
    /// art. 7 grounds (zdarzenie losowe, klęska żywiołowa lub ekologiczna).
    pub fn of(h: &Household, day: NaiveDate) -> Facts {
        let me = h.applicant();
        Facts {
            age: me.and_then(|m| m.age_on(day)),
            sex: me.and_then(|m| m.sex),
            certificate: me.map(|m| m.certificate).unwrap_or_default(),
            income: h.income().as_ref().map(Income::from),
            own_income: me.and_then(|m| m.counted_income()),
            random_event: h.random_event(),
            polish_citizen: h.situation.polish_citizen,
        }
    }
}

/// How an income is compared with the criterion: the act's words matter at exactly the criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// "niższy od kryterium" (zasiłek stały, okresowy).
    Below,
    /// "nieprzekraczający kryterium" (zasiłek celowy).
    NotAbove,
    /// "przekraczający kryterium" (specjalny zasiłek celowy).
    Above,
}

impl Comparison {
    pub fn holds(self, income: Decimal, limit: Decimal) -> bool {
        match self {
            Comparison::Below => income < limit,
            Comparison::NotAbove => income <= limit,
            Comparison::Above => income > limit,
        }
    }
}

/// One condition as it came out, with what it compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Of age, and unable to work by age or completely: `age` against the retirement age of `sex`.
    UnableToWork { age: Option<u32>, sex: Option<Sex>, certificate: Certificate, outcome: Outcome },
    /// The household's income of `persons` (or the person's own, one) against the limit for them all.
    Income { own: bool, persons: u32, income: Decimal, limit: Decimal, comparison: Comparison, outcome: Outcome },
    /// The income is not known.
    IncomeUnknown,
    /// After a random event or disaster, income does not count (art. 40).
    RandomEvent { outcome: Outcome },
    /// "W szczególnie uzasadnionych przypadkach": the centre judges.
    CentreJudges,
    /// Not a Polish citizen, or not said: the title of residence decides, and the centre says.
    ResidenceTitle,
}

impl Finding {
    pub fn outcome(&self) -> Outcome {
        match self {
            Finding::UnableToWork { outcome, .. }
            | Finding::Income { outcome, .. }
            | Finding::RandomEvent { outcome } => *outcome,
            Finding::IncomeUnknown | Finding::CentreJudges | Finding::ResidenceTitle => Outcome::Unknown,
        }
    }
}

/// The estimate a verdict carries, where the act sets an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Estimate {
    Staly(StalyEstimate),
    Okresowy(OkresowyEstimate),
    /// Specjalny zasiłek celowy: up to this.
    UpTo(Decimal),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub benefit: Benefit,
    pub outcome: Outcome,
    pub findings: Vec<Finding>,
    /// Only where the outcome is not "not met": no figure for help the act does not give.
    pub estimate: Option<Estimate>,
}

/// Unable to work by age, or completely (a znaczny or umiarkowany certificate or its equivalent: the
/// I or II group, total incapacity from ZUS or KRUS), and of age.
/// Of retirement age (60 for women, 65 for men): unknown without the age, or from 60 to 64 without the sex.
pub fn of_retirement_age(age: Option<u32>, sex: Option<Sex>) -> Outcome {
    match (age, sex) {
        (None, _) => Outcome::Unknown,
        (Some(age), _) if age >= RETIREMENT_AGE_MEN => Outcome::Met,
        (Some(age), _) if age < RETIREMENT_AGE_WOMEN => Outcome::NotMet,
        (Some(_), Some(Sex::Female)) => Outcome::Met,
        (Some(_), Some(Sex::Male)) => Outcome::NotMet,
        (Some(_), None) => Outcome::Unknown,
    }
}

/// A certificate that means complete inability to work: a moderate or severe degree or its equivalent.
pub fn completely_unable(certificate: Certificate) -> Outcome {
    match certificate {
        Certificate::Moderate
        | Certificate::Severe
        | Certificate::EquivalentModerate
        | Certificate::EquivalentSevere => Outcome::Met,
        Certificate::Unknown => Outcome::Unknown,
        _ => Outcome::NotMet,
    }
}

fn unable_to_work(f: &Facts) -> Finding {
    let by_age = of_retirement_age(f.age, f.sex);
    let completely = completely_unable(f.certificate);
    let adult = match f.age {
        Some(age) if age < ADULT => Outcome::NotMet,
        Some(_) => Outcome::Met,
        None => Outcome::Unknown,
    };
    let outcome = by_age.min(completely).max(adult);
    Finding::UnableToWork { age: f.age, sex: f.sex, certificate: f.certificate, outcome }
}

fn income_test(f: &Facts, c: Criterion, comparison: Comparison) -> Finding {
    match f.income {
        None => Finding::IncomeUnknown,
        Some(income) => {
            let limit = income.limit(c);
            let outcome = if comparison.holds(income.total, limit) { Outcome::Met } else { Outcome::NotMet };
            Finding::Income { own: false, persons: income.persons, income: income.total, limit, comparison, outcome }
        }
    }
}

/// A person in a family: their own income too must be below the criterion per person (zasiłek stały).
fn own_income_test(f: &Facts, c: Criterion) -> Option<Finding> {
    if f.income.is_none_or(|i| i.alone()) {
        return None;
    }
    Some(match f.own_income {
        None => Finding::IncomeUnknown,
        Some(own) => {
            let met = Comparison::Below.holds(own, c.per_person);
            let outcome = if met { Outcome::Met } else { Outcome::NotMet };
            let comparison = Comparison::Below;
            Finding::Income { own: true, persons: 1, income: own, limit: c.per_person, comparison, outcome }
        }
    })
}

/// All of `findings` must hold.
fn all(findings: &[Finding]) -> Outcome {
    findings.iter().map(Finding::outcome).max().unwrap_or(Outcome::Unknown)
}

/// The benefit's own conditions came out `outcome`; the title of residence is one more for anyone who
/// has not said they are a Polish citizen.
fn verdict(
    benefit: Benefit,
    mut findings: Vec<Finding>,
    outcome: Outcome,
    f: &Facts,
    estimate: Option<Estimate>,
) -> Verdict {
    let mut outcome = outcome;
    if f.polish_citizen != Answer::Yes {
        findings.push(Finding::ResidenceTitle);
        outcome = outcome.max(Outcome::Unknown);
    }
    let estimate = estimate.filter(|_| outcome != Outcome::NotMet);
    Verdict { benefit, outcome, findings, estimate }
}

/// Each of the act's benefits for `f` on `day`, with the criterion in force that day.
pub fn check_all(f: &Facts, c: Criterion, day: NaiveDate) -> Vec<Verdict> {
    Benefit::ALL.iter().map(|b| check(*b, f, c, day)).collect()
}

pub fn check(benefit: Benefit, f: &Facts, c: Criterion, day: NaiveDate) -> Verdict {
    match benefit {
        Benefit::ZasilekStaly => {
            let mut findings = vec![unable_to_work(f), income_test(f, c, Comparison::Below)];
            findings.extend(own_income_test(f, c));
            let estimate = f.income.and_then(|i| amounts::staly(i, c, day)).map(Estimate::Staly);
            verdict(benefit, findings.clone(), all(&findings), f, estimate)
        }
        Benefit::ZasilekOkresowy => {
            let estimate = f.income.and_then(|i| amounts::okresowy(i, c)).map(Estimate::Okresowy);
            let findings = vec![income_test(f, c, Comparison::Below)];
            verdict(benefit, findings.clone(), all(&findings), f, estimate)
        }
        Benefit::ZasilekCelowy => {
            // Either condition will do: the income, or a random event whatever the income.
            let income = income_test(f, c, Comparison::NotAbove);
            let event = Finding::RandomEvent { outcome: Outcome::from_answer(f.random_event) };
            let outcome = income.outcome().min(event.outcome());
            verdict(benefit, vec![income, event], outcome, f, None)
        }
        Benefit::SpecjalnyZasilekCelowy => {
            let estimate = f.income.map(|i| Estimate::UpTo(amounts::specjalny_up_to(i, c)));
            let findings = vec![income_test(f, c, Comparison::Above), Finding::CentreJudges];
            verdict(benefit, findings.clone(), all(&findings), f, estimate)
        }
    }
}
