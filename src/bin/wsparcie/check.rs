//! `wsparcie validate` and `wsparcie check`: the catalogue checked as a whole, and a household run
//! against it.

use std::path::Path;
use std::process::ExitCode;

use serde_json::{json, Value};
use sprawdz_wsparcie::catalogue::labels::{status_detail, status_label};
use sprawdz_wsparcie::dates::parse_iso;
use sprawdz_wsparcie::folder::{
    check_catalogue_layout, check_catalogue_places, load_data, load_dir, load_parameters, load_places,
};
use sprawdz_wsparcie::household::{check_on, parse_household, resolve_gmina, GminaByName, Household};
use sprawdz_wsparcie::i18n::{t, Locale};
use sprawdz_wsparcie::parameters::{ParametersFile, KRYTERIUM_DOCHODOWE};
use sprawdz_wsparcie::places::Places;
use sprawdz_wsparcie::problem::{Issue, Problem};
use sprawdz_wsparcie::rules::explain::{criterion_name, reason_text, verdict_headline, what_to_bring};
use sprawdz_wsparcie::rules::{eligibility_of, evaluate, rank, CriterionResult, Outcome};

fn print_issues(issues: &[Issue], locale: Locale) {
    for issue in issues {
        eprintln!("{}", issue.describe(locale));
    }
    eprintln!("{}", t::validate_failed(locale, issues.len() as i64));
}

pub fn validate(dir: &Path, data: &Path) -> ExitCode {
    let locale = Locale::default();
    let (loaded, mut issues) = match load_dir(dir) {
        Ok(loaded) => {
            let issues = loaded.issues.clone();
            (Some(loaded), issues)
        }
        Err(issues) => (None, issues),
    };
    if let Err(found) = load_parameters(dir) {
        issues.extend(found);
    }
    let mut data_issues = Vec::new();
    let shipped = match load_data(data) {
        Ok(shipped) => Some(shipped),
        Err(found) => {
            data_issues = found;
            None
        }
    };
    if let (Some(loaded), Some(shipped)) = (&loaded, &shipped) {
        issues.extend(check_catalogue_places(&loaded.catalogue, &shipped.places));
        if issues.is_empty() {
            data_issues.extend(check_catalogue_layout(&loaded.catalogue, shipped));
        }
    }
    if issues.is_empty() && data_issues.is_empty() {
        let catalogue = &loaded.expect("loaded when there are no issues").catalogue;
        let shipped = shipped.expect("loaded when there are no issues");
        println!(
            "{}",
            t::validate_ok(
                locale,
                t::ValidateOk { centres: &catalogue.centres.len(), projects: &catalogue.entries.len() }
            )
        );
        let all = shipped.powiats.iter().flat_map(|p| p.centres.iter());
        let directory = all.clone().filter(|c| c.district.is_none()).count();
        let districts = all.filter(|c| c.district.is_some()).count();
        let localities: usize = shipped.shards.iter().map(|s| s.localities.len()).sum();
        println!(
            "{}: {} gminas, {} powiats, {localities} localities in {} files, {directory} centres in the directory and \
             {districts} of districts",
            data.display(),
            shipped.places.file.gminas.len(),
            shipped.places.file.powiats.len(),
            shipped.shards.len()
        );
        ExitCode::SUCCESS
    } else {
        for issue in &issues {
            eprintln!("{}: {}", dir.display(), issue.describe(locale));
        }
        for issue in &data_issues {
            eprintln!("{}: {}", data.display(), issue.describe(locale));
        }
        eprintln!("{}", t::validate_failed(locale, (issues.len() + data_issues.len()) as i64));
        ExitCode::FAILURE
    }
}

fn criterion_json(r: &CriterionResult, deciding: bool, locale: Locale) -> Value {
    let mut v = json!({
        "id": r.id(),
        "criterion": r.kind().code().code(),
        "name": criterion_name(r.kind().code(), locale),
        "deciding": deciding,
        "outcome": r.outcome.code(),
        "reason": reason_text(r, locale),
        "source": r.source(),
    });
    if r.outcome == Outcome::Unknown {
        v["bring"] = json!(what_to_bring(r.kind(), locale));
    }
    v
}

/// The act's four benefits for the household on `day`, as the checker shows them: each finding with its
/// words, and each estimate step by step; `null` on a day with no known criterion.
fn benefits_json(h: &Household, params: &ParametersFile, day: chrono::NaiveDate, locale: Locale) -> Value {
    use sprawdz_wsparcie::benefits::check::{check_all, Facts};
    use sprawdz_wsparcie::benefits::explain::{estimate_steps, finding_name, finding_text, headline};
    let Some(c) = params.parameters.get(KRYTERIUM_DOCHODOWE).and_then(|c| c.on(day).ok()) else { return Value::Null };
    let verdicts = check_all(&Facts::of(h, day), c.into(), day);
    let each = verdicts.iter().map(|v| {
        let findings: Vec<Value> = v
            .findings
            .iter()
            .map(|f| json!({ "name": finding_name(f, locale), "outcome": f.outcome().code(), "reason": finding_text(f, locale) }))
            .collect();
        let estimate = v.estimate.as_ref().map(|e| {
            let (steps, result) = estimate_steps(e, day, locale);
            let steps: Vec<Value> = steps.into_iter().map(|s| json!({ "step": s.text, "source": s.source })).collect();
            json!({ "steps": steps, "result": result })
        });
        json!({
            "benefit": v.benefit.slug(),
            "name": v.benefit.name(),
            "article": v.benefit.article(),
            "verdict": v.outcome.code(),
            "verdict_text": headline(v, locale),
            "findings": findings,
            "estimate": estimate,
        })
    });
    Value::Array(each.collect())
}

/// The household's gmina by its code: a name alone is looked up in the gmina index; a name several
/// gminas share, no gmina's name, or a code and a name of two different gminas is an error naming both.
fn gmina_of(h: &mut Household, places: &Places, file: &str) -> Result<(), Issue> {
    if let Some(code) = &h.gmina_code {
        let Some(found) = places.gmina(code) else {
            return Err(Issue::new(file, "gmina_code", Problem::UnknownGmina(code.clone())));
        };
        match &h.gmina {
            Some(name) if sprawdz_wsparcie::text::fold(name) != sprawdz_wsparcie::text::fold(&found.gmina.name) => {
                let differ = format!("{code} = {}, ≠ {name}", found.gmina.name);
                return Err(Issue::new(file, "gmina", Problem::InvalidValue(differ)));
            }
            _ => h.gmina = Some(found.gmina.name.clone()),
        }
        return Ok(());
    }
    match resolve_gmina(h, places) {
        GminaByName::Unchanged | GminaByName::Resolved => Ok(()),
        GminaByName::Ambiguous { name, codes } => {
            let codes = codes
                .iter()
                .filter_map(|c| places.gmina(c))
                .map(|g| format!("{} {}/{}", g.gmina.code, g.powiat.name, g.voivodeship.name))
                .collect::<Vec<_>>()
                .join(", ");
            Err(Issue::new(file, "gmina", Problem::GminaNameAmbiguous { name, codes }))
        }
        GminaByName::Unknown(name) => Err(Issue::new(file, "gmina", Problem::GminaNameUnknown(name))),
    }
}

pub fn check(date: &str, household_file: &Path, catalogue_dir: &Path, data_dir: &Path) -> ExitCode {
    let locale = Locale::default();
    let Some(day) = parse_iso(date) else {
        eprintln!("--date {date:?}: expected YYYY-MM-DD");
        return ExitCode::from(2);
    };
    let name = household_file.display().to_string();
    let places = match load_places(data_dir) {
        Ok(places) => places,
        Err(issue) => {
            print_issues(&[issue], locale);
            return ExitCode::FAILURE;
        }
    };
    let household = match std::fs::read_to_string(household_file) {
        Ok(text) => match parse_household(&name, &text).and_then(|mut h| {
            let on_the_day = check_on(&h, &name, day);
            if !on_the_day.is_empty() {
                return Err(on_the_day);
            }
            match gmina_of(&mut h, &places, &name) {
                Ok(()) => Ok(h),
                Err(issue) => Err(vec![issue]),
            }
        }) {
            Ok(h) => h,
            Err(issues) => {
                print_issues(&issues, locale);
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("{name}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (loaded, params) = match (load_dir(catalogue_dir), load_parameters(catalogue_dir)) {
        (Ok(loaded), Ok(params)) if loaded.issues.is_empty() => (loaded, params),
        (loaded, params) => {
            let mut issues = loaded.map(|l| l.issues).unwrap_or_else(|e| e);
            issues.extend(params.err().unwrap_or_default());
            print_issues(&issues, locale);
            return ExitCode::FAILURE;
        }
    };
    let catalogue = &loaded.catalogue;
    let mut verdicts: Vec<_> = catalogue
        .entries
        .iter()
        .map(|e| {
            evaluate(
                e,
                eligibility_of(e, &catalogue.programmes).expect("checked on load").as_ref(),
                &household,
                &params,
                day,
            )
        })
        .collect();
    rank(&mut verdicts);
    let projects: Vec<Value> = verdicts
        .iter()
        .map(|v| {
            let entry = catalogue.project(&v.project_id).expect("verdicts come from the catalogue");
            let mut criteria: Vec<Value> =
                v.rule.iter().flat_map(|r| r.results()).map(|r| criterion_json(r, true, locale)).collect();
            criteria.extend(v.priority.iter().map(|r| criterion_json(r, false, locale)));
            json!({
                "id": v.project_id,
                "title": entry.project.title,
                "centre": catalogue.centre_of(entry).short_name,
                "status": v.status.kind().code(),
                "status_text": format!("{}: {}", status_label(v.status.kind(), locale), status_detail(&entry.project, v.status, locale)),
                "verdict": v.outcome.map(Outcome::code),
                "verdict_text": verdict_headline(v, locale),
                "criteria": criteria,
                "assumptions": v.assumptions,
            })
        })
        .collect();
    let benefits = benefits_json(&household, &params, day, locale);
    let out = json!({ "date": date, "projects": projects, "benefits": benefits });
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
    ExitCode::SUCCESS
}
