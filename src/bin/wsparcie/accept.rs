//! `wsparcie accept`: a centre's file (or several) taken into the catalogue with one command. Each is
//! checked as `wsparcie validate` checks the catalogue, with the file in place, and refused with every
//! problem named by field; a good one is put in place (a new centre gets its index entry), the data is
//! built again, and what residents will see change is printed. `--dry-run` prints the same and writes
//! nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use sprawdz_wsparcie::catalogue::labels::{status_detail, status_label};
use sprawdz_wsparcie::catalogue::validate::read_centre_file;
use sprawdz_wsparcie::catalogue::{status, Catalogue, Centre, IndexEntry, INDEX_FILE};
use sprawdz_wsparcie::dates::{format_long, parse_iso, weekday_name};
use sprawdz_wsparcie::folder::{check_catalogue_layout, check_catalogue_places, load_data, load_dir, load_parameters};
use sprawdz_wsparcie::hours::WeeklyHours;
use sprawdz_wsparcie::i18n::{t, Locale};
use sprawdz_wsparcie::problem::Issue;

/// Where the command reads and writes.
pub struct Folders<'a> {
    pub catalogue: &'a Path,
    pub sources: &'a Path,
    pub data: &'a Path,
}

/// A folder of its own under the system's temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Result<Scratch, String> {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("wsparcie-accept-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A centre file given on the command line, with the name it takes in the catalogue folder.
struct Incoming {
    /// The path as given, to name in messages.
    given: String,
    /// The centre's id, as the file states it.
    id: String,
    text: String,
    file: String,
    entry: Option<IndexEntry>,
}

/// Reads each file given and finds its place: the index entry of its centre's id, or a new one.
fn incoming(files: &[PathBuf], index: &[IndexEntry], l: Locale) -> Result<Vec<Incoming>, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(t::accept_unreadable(l, t::AcceptUnreadable { file: &shown, error: &e.to_string() }));
                continue;
            }
        };
        let parsed = match read_centre_file(&shown, &text) {
            Ok(parsed) => parsed,
            Err(issues) => {
                problems.extend(issues.iter().map(|i| i.describe(l)));
                continue;
            }
        };
        let centre = &parsed.centre;
        if out.iter().any(|i: &Incoming| i.file == format!("{}.json", centre.id)) {
            problems.push(t::accept_twice(l, &centre.id));
            continue;
        }
        match index.iter().find(|e| e.id == centre.id) {
            Some(known) => {
                out.push(Incoming { given: shown, id: centre.id.clone(), text, file: known.file.clone(), entry: None })
            }
            None => out.push(Incoming {
                given: shown,
                id: centre.id.clone(),
                text,
                file: format!("{}.json", centre.id),
                entry: Some(IndexEntry {
                    id: centre.id.clone(),
                    file: format!("{}.json", centre.id),
                    gmina: centre.gmina.clone(),
                    teryt: centre.teryt.clone(),
                    voivodeship: centre.voivodeship.clone(),
                }),
            }),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The index with new centres added as the shipped file writes its entries: one per line, at the end.
fn index_with(text: &str, added: &[&IndexEntry]) -> Result<String, String> {
    if added.is_empty() {
        return Ok(text.to_string());
    }
    let end =
        text.rfind("\n  ]").ok_or_else(|| format!("{INDEX_FILE}: the list of centres does not end as written"))?;
    let mut out = text[..end].to_string();
    // The index keeps its fields in this order (a JSON map would write them alphabetically).
    let quoted = |v: &str| serde_json::to_string(v).unwrap_or_default();
    for e in added {
        out.push_str(&format!(
            ",\n    {{ \"id\": {}, \"file\": {}, \"gmina\": {}, \"teryt\": {}, \"voivodeship\": {} }}",
            quoted(&e.id),
            quoted(&e.file),
            quoted(&e.gmina),
            quoted(&e.teryt),
            quoted(&e.voivodeship)
        ));
    }
    out.push_str(&text[end..]);
    Ok(out)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap_or_default()))
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Every problem the catalogue in `dir` has, as `wsparcie validate` finds them with the shipped places.
fn problems_of(dir: &Path, data: &Path) -> Result<(Catalogue, Vec<Issue>), Vec<Issue>> {
    let loaded = load_dir(dir)?;
    let mut issues = loaded.issues.clone();
    if let Err(found) = load_parameters(dir) {
        issues.extend(found);
    }
    let data = load_data(data)?;
    issues.extend(check_catalogue_places(&loaded.catalogue, &data.places));
    Ok((loaded.catalogue, issues))
}

pub fn accept(files: &[PathBuf], at: Folders, dry_run: bool, date: Option<&str>) -> ExitCode {
    let l = Locale::default();
    let day = match date.map(parse_iso) {
        None => crate::report::today(),
        Some(Some(day)) => day,
        Some(None) => {
            eprintln!("{}", t::report_bad_date(l, date.unwrap_or_default()));
            return ExitCode::from(2);
        }
    };
    match run(files, &at, dry_run, day, l) {
        Ok(()) => ExitCode::SUCCESS,
        Err(lines) => {
            for line in &lines {
                eprintln!("{line}");
            }
            eprintln!("{}", t::accept_refused(l));
            ExitCode::FAILURE
        }
    }
}

fn run(files: &[PathBuf], at: &Folders, dry_run: bool, day: NaiveDate, l: Locale) -> Result<(), Vec<String>> {
    let one = |e: String| vec![e];
    let describe = |issues: Vec<Issue>| issues.iter().map(|i| i.describe(l)).collect::<Vec<_>>();
    let before = load_dir(at.catalogue).map_err(describe)?;
    let index_text = std::fs::read_to_string(at.catalogue.join(INDEX_FILE)).map_err(|e| one(e.to_string()))?;
    let index = sprawdz_wsparcie::catalogue::validate::parse_index(INDEX_FILE, &index_text).map_err(describe)?;
    let incoming = incoming(files, &index.centres, l)?;

    // The catalogue as it will be, in a folder of its own, checked as a whole with its data built.
    let staged = Scratch::new("catalogue").map_err(one)?;
    copy_dir(at.catalogue, &staged.0).map_err(one)?;
    for file in &incoming {
        std::fs::write(staged.0.join(&file.file), &file.text).map_err(|e| one(e.to_string()))?;
    }
    let added: Vec<&IndexEntry> = incoming.iter().filter_map(|i| i.entry.as_ref()).collect();
    let new_index = index_with(&index_text, &added).map_err(one)?;
    std::fs::write(staged.0.join(INDEX_FILE), &new_index).map_err(|e| one(e.to_string()))?;
    // A problem in a file given is said with the path it was given as.
    let named = |issues: Vec<Issue>| -> Vec<String> {
        issues
            .iter()
            .map(|i| match incoming.iter().find(|f| f.file == i.file) {
                Some(f) => format!("{} → {}", f.given, i.describe(l)),
                None => i.describe(l),
            })
            .collect()
    };
    let (after, issues) = problems_of(&staged.0, at.data).map_err(named)?;
    if !issues.is_empty() {
        return Err(named(issues));
    }
    let built = Scratch::new("data").map_err(one)?;
    copy_dir(at.data, &built.0).map_err(one)?;
    crate::data::build(at.sources, &staged.0, &built.0).map_err(one)?;
    let shipped = load_data(&built.0).map_err(describe)?;
    let layout = check_catalogue_layout(&after, &shipped);
    if !layout.is_empty() {
        return Err(named(layout));
    }

    let ids: BTreeSet<String> = incoming.iter().map(|i| i.id.clone()).collect();
    println!("{}", t::accept_heading(l, format_long(day, l)));
    let lines = changes(&before.catalogue, &after, &ids, day, l);
    if lines.is_empty() {
        println!("  {}", t::accept_nothing(l));
    }
    lines.iter().for_each(|line| println!("  {line}"));
    if dry_run {
        println!("{}", t::accept_dry_run(l));
        return Ok(());
    }
    for file in &incoming {
        std::fs::write(at.catalogue.join(&file.file), &file.text).map_err(|e| one(e.to_string()))?;
    }
    std::fs::write(at.catalogue.join(INDEX_FILE), &new_index).map_err(|e| one(e.to_string()))?;
    crate::data::build(at.sources, at.catalogue, at.data).map_err(one)?;
    let written: Vec<&str> = incoming.iter().map(|i| i.file.as_str()).collect();
    println!("{}", t::accept_written(l, t::AcceptWritten { files: &written.join(", "), data: &at.data.display() }));
    Ok(())
}

fn hours_words(hours: &Option<WeeklyHours>, l: Locale) -> String {
    match hours {
        None => "—".into(),
        Some(h) => h
            .days()
            .map(|(day, spans)| {
                let spans: Vec<String> = spans.iter().map(|s| s.to_string()).collect();
                let spans = if spans.is_empty() { t::hours_closed(l).to_string() } else { spans.join(", ") };
                format!("{} {spans}", weekday_name(day, l))
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// What a resident sees of a centre's contacts, field by field.
fn contacts(c: &Centre, l: Locale) -> Vec<(&'static str, String)> {
    let address = c.address.as_ref().map(|a| format!("{}, {} {}", a.street, a.postcode, a.town));
    vec![
        (t::centre_address(l), address.unwrap_or_else(|| "—".into())),
        (t::centre_phones(l), c.phones.join(", ")),
        (t::centre_email(l), c.emails.join(", ")),
        (t::centre_website(l), c.website.clone().unwrap_or_default()),
        (t::centre_hours(l), hours_words(&c.office_hours, l)),
    ]
}

/// What residents will see change, centre by centre among `ids`, then gmina by gmina.
pub fn changes(
    before: &Catalogue,
    after: &Catalogue,
    ids: &BTreeSet<String>,
    day: NaiveDate,
    l: Locale,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut gained: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut lost: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let state = |c: &Catalogue, id: &str| {
        c.project(id).map(|e| {
            let s = status(&e.project, day);
            format!("{} ({})", status_label(s.kind(), l), status_detail(&e.project, s, l))
        })
    };
    for id in ids {
        let (old, new) = (before.centre(id), after.centre(id));
        let Some(new) = new else { continue };
        match old {
            None => lines.push(t::accept_new_centre(
                l,
                t::AcceptNewCentre { name: &new.name, gmina: &new.gmina, voivodeship: &new.voivodeship },
            )),
            Some(old) => {
                for ((label, was), (_, is)) in contacts(old, l).into_iter().zip(contacts(new, l)) {
                    if was != is {
                        lines.push(t::accept_contact(
                            l,
                            t::AcceptContact { centre: &new.short_name, field: &label, was: &was, is: &is },
                        ));
                    }
                }
            }
        }
        let projects = |c: &Catalogue| -> BTreeMap<String, (String, Vec<String>, serde_json::Value)> {
            c.entries
                .iter()
                .filter(|e| c.centre_of(e).id == *id)
                .map(|e| {
                    let value = serde_json::to_value(&e.project).unwrap_or_default();
                    (e.project.id.clone(), (e.project.title.clone(), e.gmina_codes.clone(), value))
                })
                .collect()
        };
        let (was, is) = (projects(before), projects(after));
        for (pid, (title, gminas, value)) in &is {
            match was.get(pid) {
                None => {
                    lines.push(t::accept_project_added(l, t::AcceptProjectAdded { title, id: pid }));
                    lines.extend(state(after, pid).map(|s| format!("    {s}")));
                }
                Some((_, _, old_value)) => {
                    let fields = changed_fields(old_value, value);
                    if !fields.is_empty() {
                        let fields = fields.join(", ");
                        lines.push(t::accept_project_changed(l, t::AcceptProjectChanged { title, fields: &fields }));
                    }
                    let (s_old, s_new) = (state(before, pid), state(after, pid));
                    if s_old != s_new {
                        let (s_old, s_new) = (s_old.unwrap_or_default(), s_new.unwrap_or_default());
                        lines.push(t::accept_status(l, t::AcceptStatus { title, was: &s_old, is: &s_new }));
                    }
                }
            }
            let had: &[String] = was.get(pid).map(|(_, g, _)| g.as_slice()).unwrap_or_default();
            for g in gminas.iter().filter(|g| !had.contains(g)) {
                gained.entry(g.clone()).or_default().push(title.clone());
            }
        }
        for (pid, (title, gminas, _)) in &was {
            let now: &[String] = is.get(pid).map(|(_, g, _)| g.as_slice()).unwrap_or_default();
            if !is.contains_key(pid) {
                lines.push(t::accept_project_removed(l, t::AcceptProjectRemoved { title, id: pid }));
            }
            for g in gminas.iter().filter(|g| !now.contains(g)) {
                lost.entry(g.clone()).or_default().push(title.clone());
            }
        }
    }
    let name = |code: &str| {
        after.entries.iter().chain(&before.entries).find_map(|e| {
            e.gmina_codes.iter().position(|c| c == code).and_then(|i| e.gminas.get(i)).map(|n| format!("{n} ({code})"))
        })
    };
    for (code, titles) in &gained {
        let gmina = name(code).unwrap_or_else(|| code.clone());
        lines.push(t::accept_gmina_gains(l, t::AcceptGminaGains { gmina: &gmina, titles: &titles.join("; ") }));
    }
    for (code, titles) in &lost {
        let gmina = name(code).unwrap_or_else(|| code.clone());
        lines.push(t::accept_gmina_loses(l, t::AcceptGminaLoses { gmina: &gmina, titles: &titles.join("; ") }));
    }
    lines
}

/// The top-level fields of a project whose values differ, by their names in the file.
fn changed_fields(old: &serde_json::Value, new: &serde_json::Value) -> Vec<String> {
    let (Some(old), Some(new)) = (old.as_object(), new.as_object()) else { return Vec::new() };
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter().filter(|k| old.get(*k) != new.get(*k)).cloned().collect()
}
