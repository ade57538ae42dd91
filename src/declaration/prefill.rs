//! A new declaration filled from the questionnaire's answers, so nothing is asked twice: the gmina, the
//! applicant's birth date, registered unemployment, and the sensitive items the answers already tell.
//! The person sees every pre-filled value on the form and can change it.

use chrono::NaiveDate;

use super::{Declaration, Labour, Person, Sensitive, Social, DECLARATION_SCHEMA};
use crate::dates::PartialDate;
use crate::household::{Answer, Art7Ground, AtRiskCategory, Household, Role};

fn sensitive(a: Answer) -> Sensitive {
    match a {
        Answer::Yes => Sensitive::Yes,
        Answer::No => Sensitive::No,
        // Not known from the answers: the person chooses, refusing is the default.
        Answer::Unknown => Sensitive::Refuse,
    }
}

fn art7_has(h: &Household, g: Art7Ground) -> bool {
    h.art7.as_deref().is_some_and(|list| list.contains(&g))
}

fn at_risk_has(h: &Household, c: AtRiskCategory) -> bool {
    h.at_risk.as_deref().is_some_and(|list| list.contains(&c))
}

/// A declaration for `project_id`, dated `today`, with what the answers tell. `category` is the one
/// to pre-select (when the check found exactly one).
pub fn prefill(id: String, project_id: &str, today: NaiveDate, h: &Household, category: Option<String>) -> Declaration {
    let applicant = h.applicant();
    let birth_date = applicant.and_then(|m| match m.birth_date {
        Some(PartialDate::Day(d)) => Some(PartialDate::Day(d)),
        _ => None,
    });
    let labour =
        applicant.and_then(|m| (m.registered_unemployed == Answer::Yes).then_some(Labour::RegisteredUnemployed));
    let disability = match applicant.map(|m| m.disability) {
        Some(Answer::Yes) => Sensitive::Yes,
        _ if at_risk_has(h, AtRiskCategory::Disability) || art7_has(h, Art7Ground::Disability) => Sensitive::Yes,
        Some(a) => sensitive(a),
        None => Sensitive::Refuse,
    };
    let homeless = if art7_has(h, Art7Ground::Homelessness) || at_risk_has(h, AtRiskCategory::Homeless) {
        Sensitive::Yes
    } else {
        Sensitive::Refuse
    };
    let migrant = if art7_has(h, Art7Ground::ForeignerIntegration) { Sensitive::Yes } else { Sensitive::Refuse };
    // One adult with children and no partner or other adult in the household.
    let has_children = h.members.iter().any(|m| m.role == Role::Child);
    let other_adults = h.members.iter().skip(1).any(|m| matches!(m.role, Role::Partner | Role::Other));
    let single_adult = if has_children && !other_adults { Sensitive::Yes } else { Sensitive::Refuse };
    Declaration {
        schema: DECLARATION_SCHEMA,
        id,
        project_id: project_id.to_string(),
        created: Some(PartialDate::Day(today)),
        person: Person { gmina: h.gmina.clone().unwrap_or_default(), birth_date, labour, ..Person::default() },
        category,
        social: Social {
            minority_or_migrant: migrant,
            homeless,
            disability,
            single_adult_with_children: single_adult,
            ..Social::default()
        },
    }
}

/// A copy for another family member or project: the same address and project, a new id and date.
pub fn duplicate(d: &Declaration, id: String, today: NaiveDate) -> Declaration {
    Declaration { id, created: Some(PartialDate::Day(today)), ..d.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::Member;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn answers_fill_what_they_can() {
        let mut h = Household::new();
        h.gmina = Some("Kłobuck".into());
        h.members[0].birth_date = Some(PartialDate::Day(day("1990-02-03")));
        h.members[0].registered_unemployed = Answer::Yes;
        h.members[0].disability = Answer::No;
        h.members.push(Member { role: Role::Child, age: Some(4), ..Member::default() });
        h.art7 = Some(vec![Art7Ground::Poverty, Art7Ground::Homelessness]);
        let d = prefill("d-1".into(), "p", day("2026-11-22"), &h, Some("art7:1".into()));
        assert_eq!(d.person.gmina, "Kłobuck");
        assert_eq!(d.person.birth_date, Some(PartialDate::Day(day("1990-02-03"))));
        assert_eq!(d.person.labour, Some(Labour::RegisteredUnemployed));
        assert_eq!(d.social.disability, Sensitive::No);
        assert_eq!(d.social.homeless, Sensitive::Yes);
        assert_eq!(d.social.single_adult_with_children, Sensitive::Yes);
        assert_eq!(d.social.minority_or_migrant, Sensitive::Refuse);
        assert_eq!(d.created, Some(PartialDate::Day(day("2026-11-22"))));
        assert_eq!(d.category.as_deref(), Some("art7:1"));
        assert!(d.person.first_name.is_empty() && d.person.pesel.is_empty());
    }

    #[test]
    fn nothing_known_is_refused_not_guessed() {
        let mut h = Household::new();
        h.members[0].age = Some(40);
        h.members.push(Member { role: Role::Partner, ..Member::default() });
        h.members.push(Member { role: Role::Child, ..Member::default() });
        let d = prefill("d-1".into(), "p", day("2026-11-22"), &h, None);
        assert_eq!(d.person.birth_date, None, "an age alone is no birth date");
        assert_eq!(d.person.labour, None);
        assert_eq!(d.social, Social::default());
    }

    #[test]
    fn a_duplicate_has_its_own_id_and_date() {
        let d = super::super::tests_example();
        let copy = duplicate(&d, "d-9".into(), day("2026-11-22"));
        assert_eq!(copy.id, "d-9");
        assert_eq!(copy.person, d.person);
        assert_ne!(copy.created, d.created);
    }
}
