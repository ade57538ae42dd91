//! Fetching the catalogue files from the app's own origin.

use std::sync::Arc;

use wasm_bindgen_futures::JsFuture;

use super::host::{read_text, start_fetch};
use crate::catalogue::{assemble_with, validate, Loaded, ProgrammesFile, ReadCentreFile, INDEX_FILE, PROGRAMMES_FILE};

/// Where the catalogue is served, relative to the site root.
pub const CATALOGUE_URL: &str = "/catalogue/";

/// The catalogue's folder as [`super::host::data_file`] names files: from the data files' folder
/// (`/data/1/`, [`crate::places::DATA_URL`]), up to the site's root and down into [`CATALOGUE_URL`]
/// (a test holds the three together).
pub const CATALOGUE_FROM_DATA: &str = "../../catalogue/";

/// A catalogue file by the name [`super::host::data_file`] knows it.
pub fn catalogue_data_file(file: &str) -> String {
    format!("{CATALOGUE_FROM_DATA}{file}")
}

/// The catalogue as the pages see it.
#[derive(Clone, Debug, Default)]
pub enum CatalogueState {
    #[default]
    Loading,
    /// Not even the index could be read.
    Failed,
    Ready(Arc<Loaded>),
}

/// Reads the index and the programmes, then every centre file the index lists, in parallel, each with
/// `read`. A broken file is reported and left out; the rest of the catalogue still shows.
pub async fn load_catalogue(read: ReadCentreFile) -> CatalogueState {
    let Some(index_text) = read_text(start_fetch(&format!("{CATALOGUE_URL}{INDEX_FILE}"))).await else {
        return CatalogueState::Failed;
    };
    let programmes = built_in_programmes();
    let index = match validate::parse_index(INDEX_FILE, &index_text) {
        Ok(index) => index,
        Err(issues) => {
            return CatalogueState::Ready(Arc::new(crate::catalogue::Loaded { issues, ..Default::default() }));
        }
    };
    // Every request is sent before the first is awaited, so the files download side by side.
    let requests: Vec<Option<JsFuture>> =
        index.centres.iter().map(|c| start_fetch(&format!("{CATALOGUE_URL}{}", c.file))).collect();
    let mut texts = Vec::with_capacity(requests.len());
    for request in requests {
        texts.push(read_text(request).await);
    }
    let (programmes, programme_issue) = programmes;
    let mut loaded = assemble_with(&index, texts, read, &programmes);
    loaded.issues.extend(programme_issue);
    CatalogueState::Ready(Arc::new(loaded))
}

/// The whole catalogue read at once, from the files `load_catalogue` would fetch, through
/// [`super::host::data_file`] ([`catalogue_data_file`]):
/// at build time, read once for all the pages; in the browser when they were fetched before the app
/// started. `None` otherwise: the page fetches them.
pub fn whole_catalogue_now() -> Option<CatalogueState> {
    #[cfg(feature = "ssr")]
    {
        thread_local! {
            static READ: std::cell::OnceCell<(Option<CatalogueState>, Vec<String>)> = const { std::cell::OnceCell::new() };
        }
        // Read once; every page drawn with it names the same files for the browser to fetch (but the
        // checker's, whose app reads the catalogue itself: naming 2,479 files a page, one by one,
        // took the national page writer from about a minute to five, measured by `make bench`).
        let (state, files) = READ.with(|r| r.get_or_init(read_whole_catalogue).clone());
        if super::host::url().checker_route().is_none() {
            files.iter().for_each(|f| super::host::note_data_file(f));
        }
        state
    }
    #[cfg(not(feature = "ssr"))]
    read_whole_catalogue().0
}

/// The catalogue from the files read at once, and their names.
fn read_whole_catalogue() -> (Option<CatalogueState>, Vec<String>) {
    let mut names = Vec::new();
    let mut read = |file: &str| {
        let name = catalogue_data_file(file);
        let text = super::host::data_file(&name);
        names.push(name);
        text
    };
    let Some(Some(index_text)) = read(INDEX_FILE) else { return (None, names) };
    let index = match validate::parse_index(INDEX_FILE, &index_text) {
        Ok(index) => index,
        Err(issues) => {
            let loaded = crate::catalogue::Loaded { issues, ..Default::default() };
            return (Some(CatalogueState::Ready(Arc::new(loaded))), names);
        }
    };
    let mut texts = Vec::with_capacity(index.centres.len());
    for centre in &index.centres {
        match read(&centre.file) {
            Some(text) => texts.push(text),
            None => return (None, names),
        }
    }
    let (programmes, programme_issue) = built_in_programmes();
    let mut loaded = assemble_with(&index, texts, crate::catalogue::validate::read_centre_file, &programmes);
    loaded.issues.extend(programme_issue);
    (Some(CatalogueState::Ready(Arc::new(loaded))), names)
}

/// The programmes the editions run: `public/catalogue/programmes.json`, built into the app rather than
/// downloaded (2 KB gzip), so that the first page's "Trwa teraz" is in its first paint instead of
/// moving the page down when a download arrives (Lighthouse measured CLS 0.2 on `/` that way), and no
/// page waits for it. The same file `wsparcie validate` checks; a new file comes with a new build, as
/// every catalogue file does. Read once.
pub fn built_in_programmes() -> (Arc<ProgrammesFile>, Option<crate::problem::Issue>) {
    const TEXT: &str = include_str!("../../public/catalogue/programmes.json");
    thread_local! {
        static READ: (Arc<ProgrammesFile>, Option<crate::problem::Issue>) =
            match crate::problem::parse_json::<ProgrammesFile>(PROGRAMMES_FILE, TEXT) {
                Ok(file) => (Arc::new(file), None),
                Err(issue) => (Arc::default(), Some(issue)),
            };
    }
    READ.with(|read| read.clone())
}

/// Reads the dated parameters (income criterion). Only the checker needs them.
pub async fn load_parameters() -> Result<crate::parameters::ParametersFile, Vec<crate::problem::Issue>> {
    let file = crate::parameters::PARAMETERS_FILE;
    match read_text(start_fetch(&format!("{CATALOGUE_URL}{file}"))).await {
        Some(text) => crate::parameters::parse_parameters(file, &text),
        None => Err(vec![crate::problem::Issue::new(file, "", crate::problem::Problem::FileMissing)]),
    }
}
