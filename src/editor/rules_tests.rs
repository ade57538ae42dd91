use super::*;
use crate::editor::fields::Typed;
use crate::i18n::Locale;
use crate::rules::{CriterionCode, CriterionKind, Rule};

const P: &str = "projects[0]";
const RULE: &str = "projects[0].eligibility.rule";

fn draft() -> Draft {
    let mut d = Draft::for_gmina("Kamienica", "120705", "małopolskie");
    d.add_project("2026-12-03");
    d
}

fn read_ok(d: &Draft) -> Eligibility {
    read(&d.file, "projects[0].eligibility").expect("an eligibility").expect("reads")
}

#[test]
fn rules_start_with_the_residents_of_the_centres_gmina_and_read_once_the_source_is_given() {
    let mut d = draft();
    assert_eq!(shape(&d.file, RULE), None);
    d.start_rules(P);
    // A rule of one condition is that condition, as the files write it.
    assert_eq!(shape(&d.file, RULE), Some(Node::Criterion { path: RULE.into(), code: Some(CriterionCode::Residence) }));
    let problems = read(&d.file, "projects[0].eligibility").unwrap().unwrap_err();
    assert_eq!(problems.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(), [format!("{RULE}.source")]);
    d.file.set(&format!("{RULE}.source"), Json::str("Regulamin projektu, § 3"));
    let e = read_ok(&d);
    let CriterionKind::Residence { gminas, teryt } = &e.rule.criteria()[0].kind else { panic!() };
    assert_eq!((gminas.as_slice(), teryt.as_slice()), (&["Kamienica".to_string()][..], &["120705".to_string()][..]));
    // A second condition makes it a group of all of them, the first (and what was typed in it) first.
    d.type_into(&format!("{RULE}.id"), "zamieszkanie gminy", Err(Typed::Count));
    d.add_condition(RULE, CriterionCode::Income, false);
    assert_eq!(d.file.text(&format!("{RULE}.all[0].source")), "Regulamin projektu, § 3");
    assert!(d.raw.contains_key(&format!("{RULE}.all[0].id")));
    assert_eq!(d.file.text(&format!("{RULE}.all[1].criterion")), "income");
}

#[test]
fn conditions_nest_two_levels_with_ids_never_repeated_and_an_income_rule_at_150_percent() {
    let mut d = draft();
    d.start_rules(P);
    d.add_condition(RULE, CriterionCode::Income, false);
    d.add_condition(RULE, CriterionCode::Age, true);
    let inner = format!("{RULE}.all[2]");
    d.add_condition(&inner, CriterionCode::Age, false);
    d.add_condition(&inner, CriterionCode::RegisteredUnemployed, false);
    let ids: Vec<String> = (0..3).map(|i| d.file.text(&format!("{inner}.any[{i}].id"))).collect();
    assert_eq!(ids, ["wiek", "wiek-2", "bezrobocie"]);
    assert_eq!(d.file.text(&format!("{RULE}.all[1].parameter")), "kryterium_dochodowe");
    for (path, value) in [
        (format!("{RULE}.all[0].source"), Json::str("Regulamin, § 3")),
        (format!("{RULE}.all[1].percent"), Json::str("150")),
        (format!("{RULE}.all[1].source"), Json::str("Regulamin, § 4")),
        (format!("{inner}.any[0].min"), Json::Number(18.into())),
        (format!("{inner}.any[0].max"), Json::Number(29.into())),
        (format!("{inner}.any[0].source"), Json::str("Regulamin, § 5")),
        (format!("{inner}.any[1].min"), Json::Number(50.into())),
        (format!("{inner}.any[1].source"), Json::str("Regulamin, § 5")),
        (format!("{inner}.any[2].source"), Json::str("Regulamin, § 5")),
    ] {
        d.file.set(&path, value);
    }
    let e = read_ok(&d);
    let Rule::All(items) = &e.rule else { panic!("{:?}", e.rule) };
    assert!(matches!(&items[2], Rule::Any(inner) if inner.len() == 3));
    let CriterionKind::Income { percent, .. } = &e.rule.criteria()[1].kind else { panic!() };
    assert_eq!(percent.to_string(), "150");
    assert_eq!(depth(&format!("{inner}.any[0]")), 2);
    // A group switched keeps its conditions, and what was typed in them.
    d.type_into(&format!("{inner}.any[1].max"), "sto", Err(Typed::Count));
    d.regroup(&inner, true);
    assert!(matches!(shape(&d.file, &inner), Some(Node::Group { all: true, ref items, .. }) if items.len() == 3));
    assert!(d.raw.contains_key(&format!("{inner}.all[1].max")));
}

#[test]
fn a_rule_of_one_condition_becomes_a_group_when_a_second_is_added() {
    let mut d = draft();
    d.file.set(RULE, new_criterion(CriterionCode::AtRisk, "zagrozenie", None));
    d.type_into(&format!("{RULE}.source"), "x", Err(Typed::Count));
    d.add_condition(RULE, CriterionCode::RevitalisationArea, false);
    let Some(Node::Group { all: true, items, .. }) = shape(&d.file, RULE) else { panic!() };
    assert_eq!(items.iter().map(Node::path).collect::<Vec<_>>(), [format!("{RULE}.all[0]"), format!("{RULE}.all[1]")]);
    assert!(d.raw.contains_key(&format!("{RULE}.all[0].source")));
}

#[test]
fn removing_a_condition_moves_what_was_typed_in_the_ones_after_it() {
    let mut d = draft();
    d.start_rules(P);
    d.add_condition(RULE, CriterionCode::Age, false);
    d.add_condition(RULE, CriterionCode::Income, false);
    d.type_into(&format!("{RULE}.all[2].percent"), "sto", Err(Typed::Count));
    d.remove_item(&format!("{RULE}.all[1]"));
    assert_eq!(d.file.text(&format!("{RULE}.all[1].criterion")), "income");
    assert!(d.raw.contains_key(&format!("{RULE}.all[1].percent")));
    assert!(!d.raw.contains_key(&format!("{RULE}.all[2].percent")));
}

#[test]
fn gminas_are_added_once_each_with_their_codes_and_removed_with_them() {
    let mut d = draft();
    d.start_rules(P);
    let at = format!("{RULE}.all[0]");
    let limanowski = [("Kamienica", "120705"), ("Dobra", "120703"), ("Limanowa", "120701")];
    d.add_gminas(&at, &limanowski.map(|(n, c)| (n.to_string(), c.to_string())));
    assert_eq!(d.file.list(&format!("{at}.teryt")), ["120705", "120703", "120701"]);
    // The gminas the centre does not serve go into the project's area, for their residents to find it.
    assert_eq!(d.file.list("projects[0].area.teryt"), ["120703", "120701"]);
    assert_eq!(d.file.list("projects[0].area.gminas"), ["Dobra", "Limanowa"]);
    d.remove_gmina(&at, 1);
    assert_eq!(d.file.list(&format!("{at}.gminas")), ["Kamienica", "Limanowa"]);
    assert_eq!(d.file.list(&format!("{at}.teryt")), ["120705", "120701"]);
    assert_eq!(d.file.list("projects[0].area.teryt"), ["120701"], "out of the rule, out of the area");
    // A gmina another residence condition still names stays in the area.
    d.add_condition(RULE, CriterionCode::Residence, false);
    d.add_gminas(&format!("{RULE}.all[1]"), &[("Limanowa".into(), "120701".into())]);
    d.remove_gmina(&at, 1);
    assert_eq!(d.file.list("projects[0].area.teryt"), ["120701"]);
}

#[test]
fn every_kind_of_condition_is_named_at_its_missing_fields() {
    let mut d = draft();
    d.start_rules(P);
    for code in CriterionCode::ALL.into_iter().skip(1) {
        d.add_condition(RULE, code, false);
    }
    let problems = read(&d.file, "projects[0].eligibility").unwrap().unwrap_err();
    let at = |i: usize, field: &str| format!("{RULE}.all[{i}].{field}");
    for expected in [at(1, "percent"), format!("{RULE}.all[2]"), at(3, "groups"), at(7, "source")] {
        assert!(problems.iter().any(|(p, _)| *p == expected), "{expected} in {problems:?}");
    }
    let message = problems[0].1.describe(Locale::Pl);
    assert!(!message.is_empty());
}

#[test]
fn art7_grounds_are_offered_by_the_names_the_files_give_them() {
    for g in crate::household::Art7Ground::ALL {
        assert_eq!(serde_json::to_value(g).unwrap(), serde_json::Value::String(g.code().into()));
    }
}

#[test]
fn the_editor_names_an_unknown_programme_as_wsparcie_validate_does() {
    let text =
        include_str!("../../public/catalogue/gops-dobra.json").replace("asystent-osobisty-2026\"", "nie-ma-takiego\"");
    let draft = Draft::open(&text).unwrap();
    let programmes = serde_json::from_str(include_str!("../../public/catalogue/programmes.json")).unwrap();
    let errors = draft.check("gops-dobra.json", &programmes, None, Locale::Pl);
    assert!(errors.iter().any(|e| e.path == "projects[0].runs_programme"), "{errors:?}");
}
