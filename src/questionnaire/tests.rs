use super::*;
use crate::household::{AtRiskCategory, Member};
use crate::rules::parse_eligibility;

fn rules(json: serde_json::Value) -> Eligibility {
    parse_eligibility(&json, "e").unwrap()
}

fn c(kind: &str, extra: serde_json::Value) -> serde_json::Value {
    let mut v = serde_json::json!({"id": kind, "criterion": kind, "source": "s"});
    v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    v
}

#[test]
fn asks_only_what_the_rules_need() {
    let r = rules(
        serde_json::json!({"rule": {"all": [c("residence", serde_json::json!({"gminas": ["A"], "teryt": ["999901"]}))]}}),
    );
    assert_eq!(questions([&r], &Household::new()), vec![Question::Gmina]);
    let r = rules(serde_json::json!({"rule": {"all": [
        c("income", serde_json::json!({"percent": "150", "parameter": "kryterium_dochodowe"})),
        c("registered_unemployed", serde_json::json!({}))]}}));
    assert_eq!(questions([&r], &Household::new()), vec![Question::Family, Question::Incomes, Question::Unemployed]);
}

#[test]
fn answers_change_which_questions_follow() {
    let r = rules(serde_json::json!({"rule": {"any": [
        c("target_group", serde_json::json!({"groups": ["families_with_disabled_children"]})),
        c("at_risk", serde_json::json!({}))]}}));
    let mut h = Household::new();
    // No children yet: nothing to ask about a child's disability.
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::AtRisk, Question::Art7]);
    h.members.push(Member { role: Role::Child, age: Some(4), ..Member::default() });
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::DisabledChild, Question::AtRisk, Question::Art7]);
    // A named category settles "at risk": art. 7 grounds are no longer needed.
    h.at_risk = Some(vec![AtRiskCategory::Homeless]);
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::DisabledChild, Question::AtRisk]);
}

#[test]
fn the_carer_question_follows_only_while_someone_else_may_have_a_certificate() {
    let r = rules(serde_json::json!({"rule": {"all": [
        c("carer", serde_json::json!({"certificates": ["severe", "equivalent_severe"]}))]}}));
    let mut h = Household::new();
    // Alone: nobody else to care for.
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
    h.members.push(Member { role: Role::Other, age: Some(80), ..Member::default() });
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates, Question::Carer]);
    h.members[1].certificate = Certificate::None;
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
    h.members[1].certificate = Certificate::Severe;
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates, Question::Carer]);
    let r = rules(serde_json::json!({"rule": {"all": [
        c("disability_certificate", serde_json::json!({"certificates": ["child_with_7_8"], "age_from": 2, "age_under": 16}))]}}));
    assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
    // With the certificates asked, "does a child have a certificate" is not asked as well, and a
    // child's certificate answers it.
    let both = rules(serde_json::json!({"rule": {"any": [
        c("target_group", serde_json::json!({"groups": ["families_with_disabled_children"]})),
        c("disability_certificate", serde_json::json!({"certificates": ["severe"]}))]}}));
    h.members.push(Member { role: Role::Child, age: Some(6), certificate: Certificate::Child, ..Member::default() });
    assert_eq!(questions([&both], &h), vec![Question::Family, Question::Certificates]);
    assert_eq!(h.child_disability(), Answer::Yes);
    h.members[2].certificate = Certificate::None;
    assert_eq!(h.child_disability(), Answer::No);
}

#[test]
fn the_act_s_benefits_ask_the_sex_only_where_it_decides_and_certificates_only_under_retirement_age() {
    use Question::*;
    let mut h = Household::new();
    let asked = |h: &Household| questions_with_benefits([], &[], h);
    assert_eq!(asked(&h), [Gmina, Family, Certificates, Incomes, RandomEvent, Citizenship]);
    h.members[0].age = Some(59);
    assert_eq!(asked(&h), [Gmina, Family, Certificates, Incomes, RandomEvent, Citizenship]);
    for age in [60, 64] {
        h.members[0] = Member { age: Some(age), ..Member::default() };
        assert_eq!(asked(&h), [Gmina, Family, Sex, Certificates, Incomes, RandomEvent, Citizenship], "{age}");
        h.members[0].sex = Some(crate::pesel::Sex::Female);
        assert_eq!(asked(&h), [Gmina, Family, Sex, Incomes, RandomEvent, Citizenship], "{age}: of retirement age");
        h.members[0].sex = Some(crate::pesel::Sex::Male);
        assert_eq!(asked(&h), [Gmina, Family, Sex, Certificates, Incomes, RandomEvent, Citizenship], "{age}");
    }
    h.members[0] = Member { age: Some(65), ..Member::default() };
    assert_eq!(asked(&h), [Gmina, Family, Incomes, RandomEvent, Citizenship]);
    h.members[0].age = Some(17);
    assert_eq!(asked(&h), [Gmina, Family, Incomes, RandomEvent, Citizenship], "zasiłek stały is for adults");
    // A disaster named among the art. 7 grounds answers the random event.
    h.art7 = Some(vec![crate::household::Art7Ground::NaturalDisaster]);
    assert_eq!(asked(&h), [Gmina, Family, Incomes, Citizenship]);
    // A check started from a project asks only what its rules need.
    assert_eq!(questions([], &h), []);
}

#[test]
fn the_district_is_asked_only_in_a_gmina_whose_districts_each_have_a_centre() {
    use Question::*;
    let districts =
        [crate::directory::District { code: "1465028".into(), name: "Bemowo".into(), gmina: "146501".into() }];
    let mut h = Household { gmina_code: Some("146501".into()), ..Household::new() };
    h.members[0].age = Some(70);
    assert_eq!(
        questions_with_benefits([], &districts, &h),
        [Gmina, District, Family, Incomes, RandomEvent, Citizenship]
    );
    // Another gmina of the same file, no district; and a check of one project, which has its centre.
    h.gmina_code = Some("146502".into());
    assert_eq!(questions_with_benefits([], &districts, &h), [Gmina, Family, Incomes, RandomEvent, Citizenship]);
    h.gmina_code = Some("146501".into());
    assert_eq!(questions([], &h), []);
}

#[test]
fn navigation_follows_the_list() {
    let list = vec![Question::Gmina, Question::Family, Question::Unemployed];
    assert_eq!(next(&list, Question::Gmina), Some(Question::Family));
    assert_eq!(next(&list, Question::Unemployed), None);
    assert_eq!(previous(&list, Question::Family), Some(Question::Gmina));
    assert_eq!(previous(&list, Question::Gmina), None);
    // From a question no longer in the list (an answer removed it), carry on in order.
    assert_eq!(next(&list, Question::Incomes), Some(Question::Unemployed));
    for q in Question::ALL {
        assert_eq!(Question::from_slug(q.slug()), Some(q));
    }
}

#[test]
fn yes_no_answers_are_kept_where_the_rules_read_them() {
    for q in Question::ALL {
        let mut h = Household::new();
        h.members.push(Member { role: Role::Child, age: Some(3), ..Member::default() });
        match yes_no_answer(q, &h) {
            None => assert!(!set_yes_no_answer(q, &mut h, Answer::Yes), "{q:?}"),
            Some(_) => {
                for a in [Answer::Yes, Answer::No, Answer::Unknown] {
                    assert!(set_yes_no_answer(q, &mut h, a));
                    assert_eq!(yes_no_answer(q, &h), Some(a), "{q:?} {a:?}");
                }
            }
        }
    }
}
