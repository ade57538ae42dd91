//! Which questions to ask: only those the chosen projects' rules need, in a fixed order, and only while
//! earlier answers leave them relevant (no children, no question about a child's disability). A check
//! of the act's benefits asks what their conditions read (`for_benefits`), and no more.

pub mod first_answer;

use crate::benefits::check::{of_retirement_age, ADULT, RETIREMENT_AGE_MEN, RETIREMENT_AGE_WOMEN};
use crate::catalogue::TargetGroup;
use crate::directory::District;
use crate::household::{Answer, Certificate, Household, Role};
use crate::rules::{CriterionKind, Eligibility, Outcome};

/// One question page. The order of the variants is the order of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Gmina,
    District,
    Revitalisation,
    Family,
    Sex,
    Certificates,
    Carer,
    Incomes,
    DisabledChild,
    FosterFamily,
    ChildInFosterCare,
    CareLeaver,
    CareDifficulties,
    Unemployed,
    AtRisk,
    Art7,
    RandomEvent,
    Citizenship,
}

impl Question {
    pub const ALL: [Question; 18] = [
        Question::Gmina,
        Question::District,
        Question::Revitalisation,
        Question::Family,
        Question::Sex,
        Question::Certificates,
        Question::Carer,
        Question::Incomes,
        Question::DisabledChild,
        Question::FosterFamily,
        Question::ChildInFosterCare,
        Question::CareLeaver,
        Question::CareDifficulties,
        Question::Unemployed,
        Question::AtRisk,
        Question::Art7,
        Question::RandomEvent,
        Question::Citizenship,
    ];

    /// The question's part of the URL (`/sprawdz/pytanie/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Question::Gmina => "gmina",
            Question::District => "dzielnica",
            Question::Revitalisation => "rewitalizacja",
            Question::Family => "rodzina",
            Question::Sex => "plec",
            Question::Certificates => "orzeczenia",
            Question::Carer => "opieka",
            Question::Incomes => "dochody",
            Question::DisabledChild => "niepelnosprawnosc-dziecka",
            Question::FosterFamily => "rodzina-zastepcza",
            Question::ChildInFosterCare => "dziecko-w-pieczy",
            Question::CareLeaver => "wychowanek-pieczy",
            Question::CareDifficulties => "trudnosci-wychowawcze",
            Question::Unemployed => "bezrobocie",
            Question::AtRisk => "zagrozenie",
            Question::Art7 => "powody-pomocy",
            Question::RandomEvent => "zdarzenie-losowe",
            Question::Citizenship => "obywatelstwo",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.slug() == slug)
    }
}

fn for_group(group: TargetGroup, out: &mut Vec<Question>) {
    match group {
        TargetGroup::FamiliesWithChildren | TargetGroup::ChildrenAndYouth => out.push(Question::Family),
        TargetGroup::FosterFamilies => out.push(Question::FosterFamily),
        TargetGroup::CareLeavers => out.push(Question::CareLeaver),
        TargetGroup::ChildrenInFosterCare => out.push(Question::ChildInFosterCare),
        TargetGroup::FamiliesWithCareDifficulties => out.push(Question::CareDifficulties),
        TargetGroup::FamiliesWithDisabledChildren => out.extend([Question::Family, Question::DisabledChild]),
        TargetGroup::AtRiskOfExclusion => out.extend([Question::Family, Question::AtRisk, Question::Art7]),
        TargetGroup::SocialAssistanceClients => out.push(Question::AtRisk),
        TargetGroup::PersonsWithDisabilities => out.extend([Question::Family, Question::Certificates]),
        TargetGroup::CarersOfPersonsWithDisabilities => {
            out.extend([Question::Family, Question::Certificates, Question::Carer])
        }
        // Who counts as a senior is not set by any source we have: the age criterion asks that.
        TargetGroup::Seniors => out.push(Question::Family),
    }
}

fn for_criterion(kind: &CriterionKind, out: &mut Vec<Question>) {
    match kind {
        CriterionKind::Residence { .. } => out.push(Question::Gmina),
        CriterionKind::TargetGroup { groups } => groups.iter().for_each(|g| for_group(*g, out)),
        // Disability (category f) is asked on the family page; art. 7 grounds meet category (a).
        CriterionKind::AtRisk => out.extend([Question::Family, Question::AtRisk, Question::Art7]),
        CriterionKind::Art7 { .. } => out.push(Question::Art7),
        CriterionKind::Income { .. } => out.extend([Question::Family, Question::Incomes]),
        CriterionKind::Age { .. } => out.push(Question::Family),
        CriterionKind::RegisteredUnemployed => out.push(Question::Unemployed),
        CriterionKind::RevitalisationArea => out.push(Question::Revitalisation),
        CriterionKind::DisabilityCertificate { .. } => out.extend([Question::Family, Question::Certificates]),
        CriterionKind::Carer { .. } => out.extend([Question::Family, Question::Certificates, Question::Carer]),
    }
}

/// What the act's benefits read (`benefits::check::Facts::of`): the gmina for its centre (and the
/// district, in a gmina whose districts each have one), the household and its income, a random event,
/// citizenship; the sex only where the age leaves the retirement age open, and certificates only while
/// the person may be under it.
fn for_benefits(h: &Household, districts: &[District], out: &mut Vec<Question>) {
    out.extend([Question::Gmina, Question::Family, Question::Incomes, Question::RandomEvent, Question::Citizenship]);
    if districts.iter().any(|d| h.gmina_code.as_ref() == Some(&d.gmina)) {
        out.push(Question::District);
    }
    let me = h.applicant();
    let age = me.and_then(|m| m.age);
    let retired = of_retirement_age(age, me.and_then(|m| m.sex)) == Outcome::Met;
    if age.is_some_and(|a| (RETIREMENT_AGE_WOMEN..RETIREMENT_AGE_MEN).contains(&a)) {
        out.push(Question::Sex);
    }
    if !retired && age.is_none_or(|a| a >= ADULT) {
        out.push(Question::Certificates);
    }
    // A disaster named among the art. 7 grounds already answers it.
    if h.art7_names_random_event() {
        out.retain(|q| *q != Question::RandomEvent);
    }
}

/// The questions to ask, in order, for these projects' rules and the answers given so far.
pub fn questions<'a>(rules: impl IntoIterator<Item = &'a Eligibility>, answers: &Household) -> Vec<Question> {
    ask(rules.into_iter().collect(), None, answers)
}

/// The same with the act's benefits checked too (the general checker), where the request goes to the
/// gmina's centre, or to the district's among `districts` (those of the gmina's powiat's file).
pub fn questions_with_benefits<'a>(
    rules: impl IntoIterator<Item = &'a Eligibility>,
    districts: &[District],
    answers: &Household,
) -> Vec<Question> {
    ask(rules.into_iter().collect(), Some(districts), answers)
}

fn ask(rules: Vec<&Eligibility>, benefits: Option<&[District]>, answers: &Household) -> Vec<Question> {
    let criteria: Vec<&CriterionKind> = rules.into_iter().flat_map(|e| e.all_criteria()).map(|c| &c.kind).collect();
    let mut needed = Vec::new();
    for kind in &criteria {
        for_criterion(kind, &mut needed);
    }
    if let Some(districts) = benefits {
        for_benefits(answers, districts, &mut needed);
    }
    crate::order::sort_by(&mut needed, Ord::cmp);
    needed.dedup();
    let has_children = answers.members.iter().any(|m| m.role == Role::Child);
    // One cares for another member: asked only while someone else may have a certificate.
    let other_may_hold = answers.members.iter().skip(1).any(|m| m.certificate != Certificate::None);
    // Art. 7 grounds are asked for "at risk" too (they meet category a); once a category is named
    // they add nothing, unless a rule asks for art. 7 grounds themselves.
    let art7_itself = criteria.iter().any(|k| matches!(k, CriterionKind::Art7 { .. }));
    let at_risk_named = answers.at_risk.as_ref().is_some_and(|c| !c.is_empty());
    // The certificate question answers the yes / no one about a child's certificate for every child.
    let certificates_asked = needed.contains(&Question::Certificates);
    needed.retain(|q| match q {
        Question::DisabledChild => has_children && !certificates_asked,
        Question::ChildInFosterCare => has_children,
        Question::Art7 => art7_itself || !at_risk_named,
        Question::Carer => other_may_hold,
        _ => true,
    });
    needed
}

/// The question after `current`, or `None` when the next page is "check your answers".
pub fn next(list: &[Question], current: Question) -> Option<Question> {
    list.iter().copied().find(|q| *q > current)
}

/// The question before `current`, or `None` when the back link goes to the start page.
pub fn previous(list: &[Question], current: Question) -> Option<Question> {
    list.iter().rev().copied().find(|q| *q < current)
}

/// The answer to a yes / no / "nie wiem" question, or `None` for a question of another kind.
pub fn yes_no_answer(q: Question, h: &Household) -> Option<Answer> {
    Some(match q {
        Question::Revitalisation => h.revitalisation_area,
        Question::FosterFamily => h.situation.foster_family,
        Question::ChildInFosterCare => h.situation.child_in_foster_care,
        Question::CareLeaver => h.situation.care_leaver,
        Question::CareDifficulties => h.situation.care_difficulties,
        Question::Unemployed => h.members.first().map_or(Answer::Unknown, |m| m.registered_unemployed),
        Question::DisabledChild => h.child_disability(),
        Question::Carer => h.situation.carer,
        Question::RandomEvent => h.situation.random_event,
        Question::Citizenship => h.situation.polish_citizen,
        Question::Gmina
        | Question::District
        | Question::Sex
        | Question::Family
        | Question::Certificates
        | Question::Incomes
        | Question::AtRisk
        | Question::Art7 => return None,
    })
}

/// Keeps the answer to a yes / no / "nie wiem" question; `false` for a question of another kind.
pub fn set_yes_no_answer(q: Question, h: &mut Household, answer: Answer) -> bool {
    match q {
        Question::Revitalisation => h.revitalisation_area = answer,
        Question::FosterFamily => h.situation.foster_family = answer,
        Question::ChildInFosterCare => h.situation.child_in_foster_care = answer,
        Question::CareLeaver => h.situation.care_leaver = answer,
        Question::CareDifficulties => h.situation.care_difficulties = answer,
        Question::Unemployed => {
            if let Some(m) = h.members.first_mut() {
                m.registered_unemployed = answer;
            }
        }
        Question::DisabledChild => h.set_child_disability(answer),
        Question::Carer => h.situation.carer = answer,
        Question::RandomEvent => h.situation.random_event = answer,
        Question::Citizenship => h.situation.polish_citizen = answer,
        Question::Gmina
        | Question::District
        | Question::Sex
        | Question::Family
        | Question::Certificates
        | Question::Incomes
        | Question::AtRisk
        | Question::Art7 => return false,
    }
    true
}

#[cfg(test)]
mod tests;
