//! Words for catalogue facts: status labels and explanations, group and funding names. Pure, so the
//! command line and the tests say exactly what the browser says.

use chrono::{Datelike, NaiveDate};

use super::model::{FundingSource, OfferKind, Project, TargetGroup};
use super::status::{Status, StatusKind};
use crate::dates::PartialDate;
use crate::i18n::{t, Locale};

pub fn status_label(kind: StatusKind, locale: Locale) -> &'static str {
    match kind {
        StatusKind::Planned => t::status_planned(locale),
        StatusKind::Recruiting => t::status_recruiting(locale),
        StatusKind::Running => t::status_running(locale),
        StatusKind::Durability => t::status_durability(locale),
        StatusKind::Ended => t::status_ended(locale),
    }
}

/// One or two sentences saying what the status means for a resident, with dates only as precise as
/// the source ("sierpień 2018", never an invented "31 sierpnia 2018").
pub fn status_detail(project: &Project, status: Status, locale: Locale) -> String {
    let period = project.period;
    let end = period.and_then(|p| p.end);
    let recruitment_until = project.recruitment.and_then(|r| r.until).or(end);
    let announced = project.recruitment.filter(|r| r.end_not_stated);
    let edition = project.kind != OfferKind::EuProject;
    match status {
        Status::Planned { closed, .. } => {
            let starts = period.map(|p| p.start.format_genitive(locale)).unwrap_or_default();
            match closed {
                Some(c) => t::status_planned_closed(
                    locale,
                    t::StatusPlannedClosed { closed: &crate::dates::format_long(c, locale), starts: &starts },
                ),
                None => t::status_planned_detail(locale, starts),
            }
        }
        Status::Recruiting { .. } => match recruitment_until {
            Some(until) => t::status_recruiting_until(locale, until.format_until(locale)),
            None => t::status_recruiting_open(locale).to_string(),
        },
        Status::Running { closed, .. } => {
            let until = end.map(|e| e.format_until(locale));
            let programme_until = until.as_ref().map(|u| t::programme_until(locale, u));
            let sentences: Vec<String> = match (project.kind, closed, announced) {
                (OfferKind::Benefit, _, _) => vec![t::status_benefit(locale).to_string()],
                (_, Some(c), _) => match &until {
                    Some(u) => vec![t::status_running_closed(
                        locale,
                        t::StatusRunningClosed { closed: &crate::dates::format_long(c, locale), until: u },
                    )],
                    None => vec![t::status_running_closed_open(locale, crate::dates::format_long(c, locale))],
                },
                (_, None, Some(r)) => {
                    let announced_on = match r.from {
                        Some(f) => t::recruitment_announced_on(locale, f.format_long(locale)),
                        None => t::recruitment_announced_undated(locale).to_string(),
                    };
                    vec![t::status_announced(locale).to_string(), announced_on]
                }
                (_, None, None) if edition => match &until {
                    Some(u) => vec![t::status_edition_until(locale, u)],
                    None => vec![t::status_edition_open(locale).to_string()],
                },
                (_, None, None) => match &until {
                    Some(u) => vec![t::status_running_until(locale, u)],
                    None => vec![t::status_running_open(locale).to_string()],
                },
            };
            let mut sentences = sentences;
            let says_until =
                matches!((project.kind, closed, announced), (OfferKind::Benefit, _, _) | (_, None, Some(_)));
            if says_until {
                sentences.extend(programme_until);
            }
            sentences.join(" ")
        }
        Status::Durability { .. } => {
            let until = project.durability_until.expect("durability status needs a durability date");
            t::status_durability_detail(locale, until.format_until(locale))
        }
        Status::Ended { on, end_stated } => {
            if project.from_programme.yearly && end_stated {
                let end = end.unwrap_or(PartialDate::Day(on));
                edition_ended(end, locale)
            } else if end_stated {
                let end = end.unwrap_or(PartialDate::Day(on));
                t::status_ended_detail(locale, end.format_long(locale))
            } else {
                t::status_ended_inferred(locale, crate::dates::format_long(on, locale))
            }
        }
    }
}

/// "Edycja 2026 zakończyła się 31 grudnia 2026." of a programme run in yearly editions, the year the
/// edition's own (its last day's).
pub fn edition_ended(end: PartialDate, locale: Locale) -> String {
    let year = end.last_day().year();
    match end {
        PartialDate::Day(day) => t::edition_ended_on(
            locale,
            t::EditionEndedOn { date: &crate::dates::format_long(day, locale), year: &year },
        ),
        PartialDate::Month { .. } | PartialDate::Year(_) => {
            t::edition_ended_with(locale, t::EditionEndedWith { until: &end.format_until(locale), year: &year })
        }
    }
}

/// That a programme runs in yearly editions, and the centre knows whether it runs this year's: asked
/// on `day`, never said to run. The words hold until the year's end (the year asked about changes).
pub fn next_edition_note(day: NaiveDate, locale: Locale) -> String {
    t::edition_ask_next(locale, day.year())
}

/// "od 1 stycznia 2022 do 30 czerwca 2023", "od września 2017 do sierpnia 2018"; empty when not known.
pub fn period_text(project: &Project, locale: Locale) -> String {
    project.period.map(|p| period_words(p, locale)).unwrap_or_default()
}

/// A period in words, as [`period_text`] says a project's.
pub fn period_words(period: super::model::Period, locale: Locale) -> String {
    // A source that gives one year for both ends ("w 2026 roku") says the year.
    if let (PartialDate::Year(from), Some(PartialDate::Year(to))) = (period.start, period.end) {
        if from == to {
            return t::project_period_year(locale, from);
        }
    }
    let start = period.start.format_genitive(locale);
    match period.end {
        Some(end) => {
            t::project_period_range(locale, t::ProjectPeriodRange { end: &end.format_until(locale), start: &start })
        }
        None => t::project_period_open(locale, start),
    }
}

pub fn group_label(group: TargetGroup, locale: Locale) -> &'static str {
    match group {
        TargetGroup::AtRiskOfExclusion => t::group_at_risk_of_exclusion(locale),
        TargetGroup::FamiliesWithChildren => t::group_families_with_children(locale),
        TargetGroup::FamiliesWithCareDifficulties => t::group_families_with_care_difficulties(locale),
        TargetGroup::FosterFamilies => t::group_foster_families(locale),
        TargetGroup::ChildrenInFosterCare => t::group_children_in_foster_care(locale),
        TargetGroup::CareLeavers => t::group_care_leavers(locale),
        TargetGroup::ChildrenAndYouth => t::group_children_and_youth(locale),
        TargetGroup::FamiliesWithDisabledChildren => t::group_families_with_disabled_children(locale),
        TargetGroup::SocialAssistanceClients => t::group_social_assistance_clients(locale),
        TargetGroup::PersonsWithDisabilities => t::group_persons_with_disabilities(locale),
        TargetGroup::CarersOfPersonsWithDisabilities => t::group_carers_of_persons_with_disabilities(locale),
        TargetGroup::Seniors => t::group_seniors(locale),
    }
}

pub fn kind_label(kind: OfferKind, locale: Locale) -> &'static str {
    match kind {
        OfferKind::EuProject => t::kind_eu_project(locale),
        OfferKind::ProgrammeEdition => t::kind_programme_edition(locale),
        OfferKind::Benefit => t::kind_benefit(locale),
    }
}

pub fn funding_label(source: FundingSource, locale: Locale) -> &'static str {
    match source {
        FundingSource::Eu => t::funding_eu(locale),
        FundingSource::StateBudget => t::funding_state_budget(locale),
        FundingSource::Own => t::funding_own(locale),
        FundingSource::Cofinancing => t::funding_cofinancing(locale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::model::{Period, Recruitment};
    use crate::catalogue::status::status;
    use chrono::NaiveDate;

    fn project(start: &str, end: Option<&str>) -> Project {
        let json = serde_json::json!({
            "id": "p", "title": "P", "kind": "eu_project", "role": "lead",
            "period": { "start": start, "end": end },
            "target_groups": ["children_and_youth"], "target_groups_text": "Dzieci",
            "source": { "title": "Strona testowa", "seed": "000_00c7829a3113ad43.txt" }
        });
        serde_json::from_value(json).unwrap()
    }

    fn on(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ended_month_precision_says_only_the_month() {
        let p = project("2017-09", Some("2018-08"));
        let s = status(&p, on("2026-11-22"));
        assert_eq!(
            status_detail(&p, s, Locale::Pl),
            "Koniec projektu: sierpień 2018. Nie można już do niego dołączyć."
        );
        assert_eq!(period_text(&p, Locale::Pl), "od września 2017 do sierpnia 2018");
    }

    #[test]
    fn recruiting_and_running_details() {
        let mut p = project("2022-01-01", Some("2023-06-30"));
        assert_eq!(period_text(&p, Locale::Pl), "od 1 stycznia 2022 do 30 czerwca 2023");
        let s = status(&p, on("2022-05-01"));
        assert_eq!(status_detail(&p, s, Locale::Pl), "Trwa do 30 czerwca 2023; nabór nie jest ogłoszony.");
        p.recruitment = Some(Recruitment { from: None, until: None, end_not_stated: false });
        let s = status(&p, on("2022-05-01"));
        assert_eq!(status_detail(&p, s, Locale::Pl), "Nabór do 30 czerwca 2023.");
        p.period = Some(Period { start: "2022-01-01".parse().unwrap(), end: None });
        assert_eq!(period_text(&p, Locale::Pl), "od 1 stycznia 2022; data końca nie jest podana");
    }
}
