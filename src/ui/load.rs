//! Fetching the catalogue files from the app's own origin.

use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::context::CatalogueState;
use crate::catalogue::{assemble_with, validate, ProgrammesFile, ReadCentreFile, INDEX_FILE, PROGRAMMES_FILE};

/// Where the catalogue is served, relative to the site root.
pub const CATALOGUE_URL: &str = "/catalogue/";

/// Starts a request now; the returned future only waits for it.
pub(crate) fn start_fetch(url: &str) -> Option<JsFuture> {
    Some(JsFuture::from(web_sys::window()?.fetch_with_str(url)))
}

pub(crate) async fn read_text(request: Option<JsFuture>) -> Option<String> {
    let response: web_sys::Response = request?.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Reads the index and the programmes, then every centre file the index lists, in parallel, each with
/// `read`. A broken file is reported and left out; the rest of the catalogue still shows.
pub async fn load_catalogue(read: ReadCentreFile) -> CatalogueState {
    let programmes_request = start_fetch(&format!("{CATALOGUE_URL}{PROGRAMMES_FILE}"));
    let Some(index_text) = read_text(start_fetch(&format!("{CATALOGUE_URL}{INDEX_FILE}"))).await else {
        return CatalogueState::Failed;
    };
    let programmes = read_programmes(read_text(programmes_request).await);
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

/// The programmes file as read (the maintainers' checks ran before it shipped), or none and why: the
/// editions then show without what they take from their programme.
pub fn read_programmes(text: Option<String>) -> (ProgrammesFile, Option<crate::problem::Issue>) {
    let missing = || crate::problem::Issue::new(PROGRAMMES_FILE, "", crate::problem::Problem::FileMissing);
    match text.map(|t| crate::problem::parse_json::<ProgrammesFile>(PROGRAMMES_FILE, &t)) {
        Some(Ok(file)) => (file, None),
        Some(Err(issue)) => (ProgrammesFile::default(), Some(issue)),
        None => (ProgrammesFile::default(), Some(missing())),
    }
}

/// Reads the dated parameters (income criterion). Only the checker needs them.
pub async fn load_parameters() -> Result<crate::parameters::ParametersFile, Vec<crate::problem::Issue>> {
    let file = crate::parameters::PARAMETERS_FILE;
    match read_text(start_fetch(&format!("{CATALOGUE_URL}{file}"))).await {
        Some(text) => crate::parameters::parse_parameters(file, &text),
        None => Err(vec![crate::problem::Issue::new(file, "", crate::problem::Problem::FileMissing)]),
    }
}
