//! Where a project stands on a given day: planned, recruiting, running, in its durability period, or ended.

use chrono::NaiveDate;

use super::model::{Perspective, Project};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Planned {
        starts: NaiveDate,
    },
    /// Taking participants; `until` is the last day the source gives for that, if any.
    Recruiting {
        until: Option<NaiveDate>,
    },
    Running {
        until: Option<NaiveDate>,
    },
    /// Ended, but the centre must keep the project's services up until `until`.
    Durability {
        until: NaiveDate,
    },
    /// Ended on `on`. When the source gives no end date, `on` is the day its EU programme stopped
    /// financing projects, and `end_stated` is false so the app can say so.
    Ended {
        on: NaiveDate,
        end_stated: bool,
    },
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
    match project.period.end {
        Some(end) => Some((end.last_day(), true)),
        None => project.programme.as_ref().and_then(|p| p.perspective).map(|p| (programme_last_eligible_day(p), false)),
    }
}

pub fn status(project: &Project, as_of: NaiveDate) -> Status {
    let start = project.period.start.first_day();
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
    if let Some(r) = project.recruitment {
        let from = r.from.map(|d| d.first_day()).unwrap_or(start);
        let until = r.until.map(|d| d.last_day()).or(end_day);
        if as_of >= from && until.is_none_or(|u| as_of <= u) {
            return Status::Recruiting { until };
        }
    }
    if as_of < start {
        Status::Planned { starts: start }
    } else {
        Status::Running { until: end_day }
    }
}
