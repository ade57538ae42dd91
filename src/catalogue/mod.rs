//! The catalogue of centres and their projects: reading, checking, status and search.

pub mod freshness;
mod kinds;
pub mod labels;
pub mod model;
pub mod programme;
mod sources;
/// An http(s) address: what a page may link to (a file's other text stays text).
pub mod status;
pub mod upgrade;
pub mod validate;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

pub use model::*;
pub use programme::{ProgrammeDef, ProgrammesFile, PROGRAMMES_FILE};
pub use status::{status, status_holds_until, Status, StatusKind};

use crate::problem::{Issue, Problem};
use crate::text;

/// Name of the index file inside the catalogue folder.
pub const INDEX_FILE: &str = "index.json";

/// A project with what the app derives from it once, at load time.
#[derive(Clone, Debug)]
pub struct Entry {
    pub project: Project,
    /// Position of the running centre in [`Catalogue::centres`].
    pub centre: usize,
    /// Every gmina whose residents the project serves: the centre's, its partners', any named area.
    pub gminas: Vec<String>,
    /// The same gminas' 6-digit TERYT codes: what pages and filters match on.
    pub gmina_codes: Vec<String>,
    /// The file the project came from and where its rules sit in it, for messages about them.
    pub file: String,
    position: String,
    /// Folded text that search looks in.
    haystack: String,
}

/// Everything the app knows, as read from the index and the centre files.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub centres: Vec<Centre>,
    pub entries: Vec<Entry>,
    /// The programmes the editions run: what they took from there, and their funder and edition.
    pub programmes: ProgrammesFile,
    by_project: HashMap<String, usize>,
}

/// A place filter: one centre, or everything serving one gmina.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Place {
    #[default]
    Anywhere,
    Centre(String),
    Gmina(String),
}

impl Place {
    /// As the place filter writes it: `o:<centre id>`, `g:<gmina>`, or empty for anywhere.
    pub fn code(&self) -> String {
        match self {
            Place::Anywhere => String::new(),
            Place::Centre(id) => format!("o:{id}"),
            Place::Gmina(gmina) => format!("g:{gmina}"),
        }
    }

    /// Reads [`Place::code`]; anything else is anywhere.
    pub fn from_code(code: &str) -> Place {
        if let Some(id) = code.strip_prefix("o:") {
            Place::Centre(id.to_string())
        } else if let Some(gmina) = code.strip_prefix("g:") {
            Place::Gmina(gmina.to_string())
        } else {
            Place::Anywhere
        }
    }
}

/// What the catalogue page asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub place: Place,
    pub group: Option<TargetGroup>,
    pub status: Option<StatusKind>,
    pub kind: Option<OfferKind>,
    /// The editions of one programme (its id in `programmes.json`).
    pub programme: Option<String>,
}

/// The outcome of loading: what could be read, and every problem found on the way.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub catalogue: Catalogue,
    pub issues: Vec<Issue>,
}

/// Reads a centre file's text: with every check ([`validate::parse_centre_file`]), or as JSON of the
/// right shape only ([`validate::read_centre_file`]).
pub type ReadCentreFile = fn(&str, &str) -> Result<CentreFile, Vec<Issue>>;

/// Builds the catalogue from the index and the text of each file it lists (`None`: the file could not
/// be read), every file checked. A file with problems is left out whole and its problems reported; the
/// rest still loads.
pub fn assemble(index: &CatalogueIndex, texts: Vec<Option<String>>, programmes: &ProgrammesFile) -> Loaded {
    assemble_with(index, texts, validate::parse_centre_file, programmes)
}

/// [`assemble`], each file read by `read`.
pub fn assemble_with(
    index: &CatalogueIndex,
    texts: Vec<Option<String>>,
    read: ReadCentreFile,
    programmes: &ProgrammesFile,
) -> Loaded {
    let mut issues = Vec::new();
    let mut files = Vec::new();
    for (at, (entry, text)) in index.centres.iter().zip(texts).enumerate() {
        let Some(text) = text else {
            issues.push(Issue::new(&entry.file, "", Problem::FileMissing));
            continue;
        };
        match read(&entry.file, &text) {
            Ok(file) => {
                let mismatch = validate::check_against_index(INDEX_FILE, at, entry, &file);
                if mismatch.is_empty() {
                    files.push((entry.file.clone(), file));
                } else {
                    issues.extend(mismatch);
                }
            }
            Err(found) => issues.extend(found),
        }
    }
    let (catalogue, duplicates) = Catalogue::from_files(files, programmes);
    issues.extend(duplicates);
    Loaded { catalogue, issues }
}

impl Catalogue {
    /// Joins checked centre files, each edition completed from its programme; a project id used twice
    /// across files is reported and kept once.
    pub fn from_files(files: Vec<(String, CentreFile)>, programmes: &ProgrammesFile) -> (Catalogue, Vec<Issue>) {
        let mut catalogue = Catalogue { programmes: programmes.clone(), ..Catalogue::default() };
        let mut issues = Vec::new();
        for (file_name, file) in files {
            let centre_at = catalogue.centres.len();
            for (i, mut project) in file.projects.into_iter().enumerate() {
                programmes.resolve(&mut project);
                if catalogue.by_project.contains_key(&project.id) {
                    issues.push(Issue::new(&file_name, format!("projects[{i}].id"), Problem::DuplicateId(project.id)));
                    continue;
                }
                let entry = Entry::new(project, centre_at, &file.centre, &file_name, i);
                catalogue.by_project.insert(entry.project.id.clone(), catalogue.entries.len());
                catalogue.entries.push(entry);
            }
            catalogue.centres.push(file.centre);
        }
        (catalogue, issues)
    }

    pub fn project(&self, id: &str) -> Option<&Entry> {
        self.by_project.get(id).map(|&i| &self.entries[i])
    }

    pub fn centre(&self, id: &str) -> Option<&Centre> {
        self.centres.iter().find(|c| c.id == id)
    }

    pub fn centre_of(&self, entry: &Entry) -> &Centre {
        &self.centres[entry.centre]
    }

    pub fn projects_of<'a>(&'a self, centre_id: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| self.centres[e.centre].id == centre_id)
    }

    /// Every gmina served by some project, in Polish alphabetical order (ignoring diacritics).
    pub fn gminas(&self) -> Vec<String> {
        let mut by_key: BTreeMap<String, String> = BTreeMap::new();
        for gmina in self.entries.iter().flat_map(|e| e.gminas.iter()) {
            by_key.entry(text::fold(gmina)).or_insert_with(|| gmina.clone());
        }
        by_key.into_values().collect()
    }

    /// Every project whose residents include the gmina's (by its 6-digit TERYT code): its own centre's and
    /// those of other centres that serve it.
    pub fn serving<'a>(&'a self, gmina_code: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.gmina_codes.iter().any(|c| c == gmina_code))
    }

    /// Projects matching the query, those a resident can still use first, then by title.
    pub fn search(&self, query: &Query, as_of: NaiveDate) -> Vec<(&Entry, Status)> {
        let mut found: Vec<(&Entry, Status)> = self
            .entries
            .iter()
            .filter(|e| match &query.place {
                Place::Anywhere => true,
                Place::Centre(id) => self.centres[e.centre].id == *id,
                Place::Gmina(g) => e.gminas.iter().any(|x| text::fold(x) == text::fold(g)),
            })
            .filter(|e| query.group.is_none_or(|g| e.project.target_groups.contains(&g)))
            .filter(|e| query.kind.is_none_or(|k| e.project.kind == k))
            .filter(|e| query.programme.is_none() || e.project.runs_programme == query.programme)
            .filter(|e| text::matches_all_words(&e.haystack, &query.text))
            .map(|e| (e, status(&e.project, as_of)))
            .filter(|(_, s)| query.status.is_none_or(|k| s.kind() == k))
            .collect();
        sort_for_residents(&mut found);
        found
    }

    /// The projects open to a gmina's residents (see [`Catalogue::serving`]) with their status on the
    /// day, ordered as [`Catalogue::search`] orders them.
    pub fn for_gmina<'a>(&'a self, gmina_code: &'a str, as_of: NaiveDate) -> Vec<(&'a Entry, Status)> {
        let mut found: Vec<(&Entry, Status)> =
            self.serving(gmina_code).map(|e| (e, status(&e.project, as_of))).collect();
        sort_for_residents(&mut found);
        found
    }

    /// At a counter the projects open to its gmina's residents come first (its centre's and those of
    /// other centres that serve the gmina); each part keeps the order it had.
    pub fn own_gmina_first<'a>(mut found: Vec<(&'a Entry, Status)>, gmina_code: &str) -> Vec<(&'a Entry, Status)> {
        crate::order::sort_by_key(&mut found, |(e, _)| !e.gmina_codes.iter().any(|c| c == gmina_code));
        found
    }
}

/// Those a resident can still use first, then by title.
fn sort_for_residents(found: &mut [(&Entry, Status)]) {
    crate::order::sort_by(found, |(a, sa), (b, sb)| {
        sa.kind().cmp(&sb.kind()).then_with(|| text::fold(&a.project.title).cmp(&text::fold(&b.project.title)))
    });
}

impl Entry {
    /// Where the project's rules sit in its file ("projects[0].eligibility"), for messages about them.
    pub fn rules_at(&self) -> &str {
        &self.position
    }

    fn new(project: Project, centre: usize, c: &Centre, file: &str, at: usize) -> Entry {
        let mut gminas = vec![c.gmina.clone()];
        gminas.extend(project.partners.iter().filter_map(|p| p.gmina.clone()));
        if let Some(area) = &project.area {
            gminas.extend(area.gminas.iter().cloned());
        }
        let mut seen = std::collections::HashSet::new();
        gminas.retain(|g| seen.insert(text::fold(g)));
        let mut gmina_codes = vec![c.teryt.clone()];
        gmina_codes.extend(project.partners.iter().filter_map(|p| p.teryt.clone()));
        if let Some(area) = &project.area {
            gmina_codes.extend(area.teryt.iter().cloned());
        }
        let mut seen = std::collections::HashSet::new();
        gmina_codes.retain(|g| seen.insert(g.clone()));
        let mut hay = vec![project.title.as_str(), c.name.as_str(), c.short_name.as_str(), &project.target_groups_text];
        hay.extend(gminas.iter().map(String::as_str));
        hay.extend(project.partners.iter().map(|p| p.name.as_str()));
        hay.extend(project.services.iter().map(String::as_str));
        if let Some(p) = &project.programme {
            hay.push(&p.name);
        }
        let haystack = text::fold(&hay.join(" "));
        Entry {
            project,
            centre,
            gminas,
            gmina_codes,
            file: file.to_string(),
            position: format!("projects[{at}].eligibility"),
            haystack,
        }
    }
}
