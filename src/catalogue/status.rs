//! Where a project stands on a given day: planned, recruiting, running, in its durability period, or ended.

use chrono::NaiveDate;

use super::model::{Perspective, Project};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not started; `closed` is the last day of a recruitment already over (some centres recruit the
    /// year before an edition).
    Planned { starts: NaiveDate, closed: Option<NaiveDate> },
    /// Taking participants; `until` is the last day the source gives for that, if any.
    Recruiting { until: Option<NaiveDate> },
    /// Running; `closed` is the last day of its recruitment when that has passed.
    Running { until: Option<NaiveDate>, closed: Option<NaiveDate> },
    /// Ended, but the centre must keep the project's services up until `until`.
    Durability { until: NaiveDate },
    /// Ended on `on`. When the source gives no end date, `on` is the day its EU programme stopped
    /// financing projects, and `end_stated` is false so the app can say so.
    Ended { on: NaiveDate, end_stated: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusKind {
    Recruiting,
    Running,
    Planned,
    Durability,
    Ended,
}

impl StatusKind {
    pub const ALL: [StatusKind; 5] =
        [StatusKind::Recruiting, StatusKind::Running, StatusKind::Planned, StatusKind::Durability, StatusKind::Ended];

    pub fn code(self) -> &'static str {
        match self {
            StatusKind::Recruiting => "recruiting",
            StatusKind::Running => "running",
            StatusKind::Planned => "planned",
            StatusKind::Durability => "durability",
            StatusKind::Ended => "ended",
        }
    }

    pub fn from_code(code: &str) -> Option<StatusKind> {
        StatusKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// True while a resident can still get something from the project.
    pub fn is_open(self) -> bool {
        matches!(self, StatusKind::Recruiting | StatusKind::Running | StatusKind::Planned)
    }
}

impl Status {
    pub fn kind(self) -> StatusKind {
        match self {
            Status::Planned { .. } => StatusKind::Planned,
            Status::Recruiting { .. } => StatusKind::Recruiting,
            Status::Running { .. } => StatusKind::Running,
            Status::Durability { .. } => StatusKind::Durability,
            Status::Ended { .. } => StatusKind::Ended,
        }
    }
}

/// The last day on which a programme could finance a project: Regulation (EU) 1303/2013 art. 65(2)
/// for 2014–2020 and Regulation (EU) 2021/1060 art. 63(2) for 2021–2027.
pub fn programme_last_eligible_day(perspective: Perspective) -> NaiveDate {
    match perspective {
        Perspective::Eu2014To2020 => NaiveDate::from_ymd_opt(2023, 12, 31).expect("valid"),
        Perspective::Eu2021To2027 => NaiveDate::from_ymd_opt(2029, 12, 31).expect("valid"),
    }
}

/// The project's last day: as the source states it, else bounded by its programme.
pub fn last_day(project: &Project) -> Option<(NaiveDate, bool)> {
    match project.period.and_then(|p| p.end) {
        Some(end) => Some((end.last_day(), true)),
        None => project.programme.as_ref().and_then(|p| p.perspective).map(|p| (programme_last_eligible_day(p), false)),
    }
}

pub fn status(project: &Project, as_of: NaiveDate) -> Status {
    let Some(period) = project.period else {
        // Only an edition read without its programme's definition has no dates (validation refuses a
        // catalogue like that): it is there, and nothing can be said about its time.
        return Status::Running { until: None, closed: None };
    };
    let start = period.start.first_day();
    let end = last_day(project);
    if let Some((end_day, stated)) = end {
        if as_of > end_day {
            return match project.durability_until {
                Some(d) if as_of <= d.last_day() => Status::Durability { until: d.last_day() },
                _ => Status::Ended { on: end_day, end_stated: stated },
            };
        }
    }
    let end_day = end.map(|(d, _)| d);
    let mut closed = None;
    // A recruitment without a closing date on its page is never said to be open.
    if let Some(r) = project.recruitment.filter(|r| !r.end_not_stated) {
        let until = r.until.map(|d| d.last_day()).or(end_day);
        // A closing day before the start without an opening day: the centre took applications ahead.
        let from = match (r.from, until) {
            (Some(d), _) => d.first_day(),
            (None, Some(u)) if u < start => NaiveDate::MIN,
            (None, _) => start,
        };
        if as_of >= from && until.is_none_or(|u| as_of <= u) {
            return Status::Recruiting { until };
        }
        closed = until.filter(|u| *u < as_of);
    }
    if as_of < start {
        Status::Planned { starts: start, closed }
    } else {
        Status::Running { until: end_day, closed }
    }
}

/// The last day on which [`status`] still says what it says on `day`; `None` when it never changes
/// again. A page written at build time with this status stays true until then (the app draws a page
/// again for a day past it: `ui::islands`).
///
/// A status is decided by comparing the day with a few of the project's own days (its start, its
/// last day, the end of its durability, its recruitment's first and last days), so it can change only
/// on one of them or the day after; the first of those on which it differs ends the span.
pub fn status_holds_until(project: &Project, day: NaiveDate) -> Option<NaiveDate> {
    let now = status(project, day);
    let mut turns: Vec<NaiveDate> = Vec::new();
    if let Some(period) = project.period {
        turns.push(period.start.first_day());
    }
    if let Some((end, _)) = last_day(project) {
        turns.extend(end.succ_opt());
    }
    if let Some(d) = project.durability_until {
        turns.extend(d.last_day().succ_opt());
    }
    if let Some(r) = project.recruitment {
        turns.extend(r.from.map(|d| d.first_day()));
        turns.extend(r.until.and_then(|d| d.last_day().succ_opt()));
    }
    crate::order::sort_by(&mut turns, Ord::cmp);
    turns.into_iter().filter(|&t| t > day).find(|&t| status(project, t) != now).and_then(|t| t.pred_opt())
}
