//! Reading catalogue files and checking every fact that the types alone cannot.

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::model::*;
use crate::problem::{parse_json, Issue, Problem};
use crate::{contact, hours, money};

/// Collects the problems of one file.
pub(super) struct Checker<'a> {
    file: &'a str,
    issues: Vec<Issue>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(file: &'a str) -> Checker<'a> {
        Checker { file, issues: Vec::new() }
    }

    /// The value when no problem was found.
    pub(super) fn finish<T>(self, value: T) -> Result<T, Vec<Issue>> {
        if self.issues.is_empty() {
            Ok(value)
        } else {
            Err(self.issues)
        }
    }

    pub(super) fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue::new(self.file, path, problem));
    }

    pub(super) fn not_empty(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(path, Problem::Empty);
        }
    }

    pub(super) fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.push(path, Problem::BadId(id.to_string()));
        }
    }

    fn phones(&mut self, path: &str, phones: &[String]) {
        for (i, phone) in phones.iter().enumerate() {
            if contact::phone_digits(phone).is_none() {
                self.push(format!("{path}[{i}]"), Problem::BadPhone(phone.clone()));
            }
        }
    }

    fn amount(&mut self, path: &str, amount: Decimal) {
        if amount.is_sign_negative() && !amount.is_zero() {
            self.push(path, Problem::NegativeAmount(amount.to_string()));
        }
        if amount.scale() > 2 {
            self.push(path, Problem::TooManyDecimals(amount.to_string()));
        }
    }

    fn hours(&mut self, path: &str, week: &hours::WeeklyHours) {
        for (day, spans) in &week.0 {
            if hours::weekday_from_key(day).is_none() {
                self.push(format!("{path}.{day}"), Problem::UnknownWeekday(day.clone()));
            }
            for (i, span) in spans.iter().enumerate() {
                if span.closes <= span.opens {
                    self.push(format!("{path}.{day}[{i}]"), Problem::ClosesBeforeOpens(span.to_string()));
                }
            }
        }
    }

    fn teryt(&mut self, path: &str, code: &str) {
        if !crate::places::is_gmina_code(code) {
            self.push(path, Problem::UnknownGmina(code.to_string()));
        }
    }

    fn centre(&mut self, c: &Centre) {
        self.id("centre.id", &c.id);
        self.not_empty("centre.name", &c.name);
        self.not_empty("centre.short_name", &c.short_name);
        self.not_empty("centre.gmina", &c.gmina);
        self.teryt("centre.teryt", &c.teryt);
        self.not_empty("centre.voivodeship", &c.voivodeship);
        if let Some(a) = &c.address {
            self.not_empty("centre.address.street", &a.street);
            self.not_empty("centre.address.town", &a.town);
            if !contact::is_postcode(&a.postcode) {
                self.push("centre.address.postcode", Problem::BadPostcode(a.postcode.clone()));
            }
        }
        self.phones("centre.phones", &c.phones);
        for (i, e) in c.emails.iter().enumerate() {
            if !contact::is_email(e) {
                self.push(format!("centre.emails[{i}]"), Problem::BadEmail(e.clone()));
            }
        }
        if let Some(nip) = c.nip.as_deref().filter(|n| !contact::is_nip(n)) {
            self.push("centre.nip", Problem::BadNip(nip.to_string()));
        }
        if let Some(regon) = c.regon.as_deref().filter(|r| !contact::is_regon(r)) {
            self.push("centre.regon", Problem::BadRegon(regon.to_string()));
        }
        if let Some(h) = &c.office_hours {
            self.hours("centre.office_hours", h);
        }
        if let Some(site) = c.website.as_deref().filter(|w| !crate::contact::is_url(w)) {
            self.push("centre.website", Problem::BadUrl(site.to_string()));
        }
        self.checked_on("centre.checked_on", c.checked_on);
        self.source("centre.source", &c.source);
    }

    /// Every centre and project says when a person last confirmed it.
    fn checked_on(&mut self, path: &str, day: Option<chrono::NaiveDate>) {
        if day.is_none() {
            self.push(path, Problem::MissingField("checked_on".into()));
        }
    }

    fn budget(&mut self, at: &str, b: &Budget) {
        self.amount(&format!("{at}.total"), b.total);
        let mut sum = Decimal::ZERO;
        for (i, part) in b.parts.iter().enumerate() {
            let path = format!("{at}.parts[{i}]");
            self.amount(&format!("{path}.amount"), part.amount);
            sum += part.amount;
            if let Some(stated) = part.percent {
                // A source rounds its percentages to whole numbers; allow that rounding, no more.
                let places = stated.scale();
                match money::percent_of(part.amount, b.total, places) {
                    Some(computed) if computed == stated => {}
                    computed => self.push(
                        format!("{path}.percent"),
                        Problem::PercentMismatch {
                            stated: stated.to_string(),
                            computed: computed.map(|c| c.to_string()).unwrap_or_else(|| "—".into()),
                        },
                    ),
                }
            }
        }
        if b.split_complete && sum != b.total {
            self.push(
                format!("{at}.parts"),
                Problem::SplitDoesNotAddUp { sum: sum.to_string(), total: b.total.to_string() },
            );
        } else if sum > b.total {
            self.push(
                format!("{at}.parts"),
                Problem::SplitExceedsTotal { sum: sum.to_string(), total: b.total.to_string() },
            );
        }
    }

    /// What an offer's kind rules in and out: only an EU project has EU programme details; an edition or
    /// a benefit names its programme (whether its money may be EU is the programme's to say:
    /// `programme::issues`); a benefit has no recruitment window.
    fn kind(&mut self, at: &str, p: &Project) {
        let kind = p.kind.code().to_string();
        match p.kind {
            OfferKind::EuProject => {
                if p.runs_programme.is_some() {
                    self.push(format!("{at}.runs_programme"), Problem::NotForKind(kind.clone()));
                }
            }
            OfferKind::ProgrammeEdition | OfferKind::Benefit => {
                if p.runs_programme.is_none() {
                    self.push(format!("{at}.runs_programme"), Problem::MissingField("runs_programme".into()));
                }
                if p.programme.is_some() {
                    self.push(format!("{at}.programme"), Problem::NotForKind(kind.clone()));
                }
            }
        }
        if p.kind == OfferKind::Benefit && p.recruitment.is_some() {
            self.push(format!("{at}.recruitment"), Problem::NotForKind(kind));
        }
    }

    fn project(&mut self, i: usize, p: &Project) {
        let at = format!("projects[{i}]");
        self.id(&format!("{at}.id"), &p.id);
        self.not_empty(&format!("{at}.title"), &p.title);
        self.kind(&at, p);
        if p.runs_programme.is_none() {
            // An edition may take who it is for and when it runs from its programme; anything else says it.
            self.not_empty(&format!("{at}.target_groups_text"), &p.target_groups_text);
            if p.target_groups.is_empty() {
                self.push(format!("{at}.target_groups"), Problem::Empty);
            }
            if p.period.is_none() {
                self.push(format!("{at}.period"), Problem::MissingField("period".into()));
            }
        }
        if p.lead.is_some() && p.role == Some(CentreRole::Lead) {
            self.push(format!("{at}.lead"), Problem::LeadOnlyForPartner);
        }
        if p.role == Some(CentreRole::Refers) && !p.partners.iter().any(|pa| pa.kind == PartnerKind::Organisation) {
            self.push(format!("{at}.partners"), Problem::RefersWithoutOrganisation);
        }
        for (j, partner) in p.partners.iter().enumerate() {
            self.not_empty(&format!("{at}.partners[{j}].name"), &partner.name);
            let has_gmina = partner.gmina.as_deref().is_some_and(|g| !g.trim().is_empty());
            if partner.kind == PartnerKind::Centre && !has_gmina {
                self.push(format!("{at}.partners[{j}].gmina"), Problem::PartnerGminaMissing(partner.name.clone()));
            }
            match (&partner.teryt, partner.kind) {
                (Some(code), _) => self.teryt(&format!("{at}.partners[{j}].teryt"), code),
                (None, PartnerKind::Centre) => {
                    self.push(format!("{at}.partners[{j}].teryt"), Problem::PartnerGminaMissing(partner.name.clone()))
                }
                (None, PartnerKind::Organisation) => {}
            }
        }
        if let Some(area) = &p.area {
            if area.teryt.len() != area.gminas.len() {
                self.push(
                    format!("{at}.area.teryt"),
                    Problem::InvalidValue(format!("{} ≠ {}", area.teryt.len(), area.gminas.len())),
                );
            }
            for (j, code) in area.teryt.iter().enumerate() {
                self.teryt(&format!("{at}.area.teryt[{j}]"), code);
            }
        }
        if let Some(prog) = &p.programme {
            self.not_empty(&format!("{at}.programme.name"), &prog.name);
        }
        if let Some(end) = p.period.and_then(|period| period.end) {
            let start = p.period.map(|period| period.start).expect("an end comes with a start");
            if end.last_day() < start.first_day() {
                self.push(
                    format!("{at}.period.end"),
                    Problem::EndBeforeStart { start: start.to_string(), end: end.to_string() },
                );
            }
            if let Some(durability) = p.durability_until {
                if durability.last_day() < end.last_day() {
                    self.push(
                        format!("{at}.durability_until"),
                        Problem::DurabilityBeforeEnd { end: end.to_string(), durability: durability.to_string() },
                    );
                }
            }
        }
        if let Some(Recruitment { from: Some(from), until: Some(until), .. }) = p.recruitment {
            if until.last_day() < from.first_day() {
                self.push(
                    format!("{at}.recruitment.until"),
                    Problem::EndBeforeStart { start: from.to_string(), end: until.to_string() },
                );
            }
        }
        if let Some(b) = &p.budget {
            self.budget(&format!("{at}.budget"), b);
        }
        for (j, s) in p.services.iter().enumerate() {
            self.not_empty(&format!("{at}.services[{j}]"), s);
        }
        if let Some(how) = &p.how_to_apply {
            self.not_empty(&format!("{at}.how_to_apply.text"), &how.text);
            if let Some(h) = &how.hours {
                self.hours(&format!("{at}.how_to_apply.hours"), h);
            }
        }
        self.phones(&format!("{at}.phones"), &p.phones);
        self.checked_on(&format!("{at}.checked_on"), p.checked_on);
        self.source(&format!("{at}.source"), &p.source);
    }
}

/// Reads and checks one centre file. Returns the file when it has no problem at all.
/// A centre file read as JSON of the right shape, without the checks of [`parse_centre_file`]: what the
/// catalogue app does. Every file it reads passed `wsparcie validate` before it shipped (`make test`
/// runs it, and `wsparcie data` refuses a catalogue with problems), and the checks cost 9.4 KB of the
/// first page's wasm (gzip), measured. A malformed file is still named with its line. A native test
/// reads every shipped file both ways and compares.
pub fn read_centre_file(file: &str, text: &str) -> Result<CentreFile, Vec<Issue>> {
    parse_json(file, text).map_err(|issue| vec![issue])
}

pub fn parse_centre_file(file: &str, text: &str) -> Result<CentreFile, Vec<Issue>> {
    let parsed: CentreFile = parse_json(file, text).map_err(|issue| vec![issue])?;
    let mut check = Checker { file, issues: Vec::new() };
    if parsed.schema != SCHEMA_VERSION {
        check.push("schema", Problem::WrongSchema { found: parsed.schema, expected: SCHEMA_VERSION });
    }
    check.centre(&parsed.centre);
    let mut seen = HashSet::new();
    for (i, p) in parsed.projects.iter().enumerate() {
        check.project(i, p);
        if !seen.insert(p.id.as_str()) {
            check.push(format!("projects[{i}].id"), Problem::DuplicateId(p.id.clone()));
        }
    }
    if check.issues.is_empty() {
        Ok(parsed)
    } else {
        Err(check.issues)
    }
}

/// Reads and checks the index.
pub fn parse_index(file: &str, text: &str) -> Result<CatalogueIndex, Vec<Issue>> {
    let index: CatalogueIndex = parse_json(file, text).map_err(|issue| vec![issue])?;
    let mut check = Checker { file, issues: Vec::new() };
    if index.schema != SCHEMA_VERSION {
        check.push("schema", Problem::WrongSchema { found: index.schema, expected: SCHEMA_VERSION });
    }
    let mut ids = HashSet::new();
    let mut files = HashSet::new();
    for (i, entry) in index.centres.iter().enumerate() {
        check.id(&format!("centres[{i}].id"), &entry.id);
        if !ids.insert(entry.id.as_str()) {
            check.push(format!("centres[{i}].id"), Problem::DuplicateId(entry.id.clone()));
        }
        let safe_file =
            entry.file.ends_with(".json") && !entry.file.contains(['/', '\\']) && !entry.file.starts_with('.');
        if !safe_file {
            check.push(format!("centres[{i}].file"), Problem::InvalidValue(entry.file.clone()));
        } else if !files.insert(entry.file.as_str()) {
            check.push(format!("centres[{i}].file"), Problem::DuplicateId(entry.file.clone()));
        }
        check.not_empty(&format!("centres[{i}].gmina"), &entry.gmina);
        check.teryt(&format!("centres[{i}].teryt"), &entry.teryt);
        check.not_empty(&format!("centres[{i}].voivodeship"), &entry.voivodeship);
    }
    if check.issues.is_empty() {
        Ok(index)
    } else {
        Err(check.issues)
    }
}

/// Checks that a centre file is the centre the index says it is.
pub fn check_against_index(index_file: &str, at: usize, entry: &IndexEntry, centre: &CentreFile) -> Vec<Issue> {
    let mut issues = Vec::new();
    let c = &centre.centre;
    if c.id != entry.id {
        issues.push(Issue::new(
            index_file,
            format!("centres[{at}].id"),
            Problem::IndexIdMismatch { index: entry.id.clone(), file: c.id.clone() },
        ));
    }
    if c.gmina != entry.gmina {
        issues.push(Issue::new(
            index_file,
            format!("centres[{at}].gmina"),
            Problem::InvalidValue(format!("{} ≠ {}", entry.gmina, c.gmina)),
        ));
    }
    if c.teryt != entry.teryt {
        issues.push(Issue::new(
            index_file,
            format!("centres[{at}].teryt"),
            Problem::InvalidValue(format!("{} ≠ {}", entry.teryt, c.teryt)),
        ));
    }
    if c.voivodeship != entry.voivodeship {
        issues.push(Issue::new(
            index_file,
            format!("centres[{at}].voivodeship"),
            Problem::InvalidValue(format!("{} ≠ {}", entry.voivodeship, c.voivodeship)),
        ));
    }
    issues
}
