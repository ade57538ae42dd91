//! The shipped data (`/data/1/`): the gmina index, the locality files, the powiat files (centres and
//! projects) and the locator files, each fetched the first time a page needs it and kept for the rest of
//! the visit. And the part of the catalogue a page shows, from the files it needs and no others.

use std::any::Any;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;

use super::host::{read_text, start_fetch};
use super::load::{load_catalogue, CatalogueState};
use crate::catalogue::validate::read_centre_file;
use crate::catalogue::{Loaded, ProgrammesFile};
use crate::directory::{locator_file, locator_key, powiat_file, LocatorFile, PowiatFile};
use crate::i18n::Locale;
use crate::localities::{shard_file, LocalityShard};
use crate::places::{Places, PlacesFile, DATA_URL, PLACES_FILE};
use crate::problem::parse_json;

/// A data file as a page sees it.
#[derive(Debug)]
pub enum Remote<T: ?Sized> {
    Loading,
    /// It could not be downloaded (offline and not kept, or not on the server).
    Unavailable,
    /// It came, but is not what the app reads: the problem, placed, in Polish (a maintainer's message).
    Broken(String),
    Ready(Arc<T>),
}

// By hand: a derive would ask `T: Clone`, and only the `Arc` is cloned.
impl<T: ?Sized> Clone for Remote<T> {
    fn clone(&self) -> Self {
        match self {
            Remote::Loading => Remote::Loading,
            Remote::Unavailable => Remote::Unavailable,
            Remote::Broken(message) => Remote::Broken(message.clone()),
            Remote::Ready(value) => Remote::Ready(value.clone()),
        }
    }
}

impl<T: ?Sized> Remote<T> {
    /// The next step once the file is here; a file not yet here or unreadable stays so.
    fn then<U: ?Sized>(self, next: impl FnOnce(Arc<T>) -> Remote<U>) -> Remote<U> {
        match self {
            Remote::Loading => Remote::Loading,
            Remote::Unavailable => Remote::Unavailable,
            Remote::Broken(message) => Remote::Broken(message),
            Remote::Ready(value) => next(value),
        }
    }
}

/// A file of any kind, as read.
type AnyFile = dyn Any + Send + Sync;

// One list for every kind of file, by file name, not a map: a visit opens a handful of files, and a
// map type, or a list and its code per kind of file, would cost wasm (a third kind measured 4 KB).
type Files = RwSignal<Vec<(String, Remote<AnyFile>)>>;

#[derive(Clone, Copy)]
struct DataCtx {
    places: RwSignal<Option<Remote<Places>>>,
    files: Files,
    /// Whether the whole catalogue has been asked for (only the list of every project needs it).
    whole: StoredValue<bool>,
}

/// The catalogue as it is read, for every page.
#[derive(Clone, Copy)]
pub struct CatalogueCtx(pub RwSignal<CatalogueState>);

pub fn use_catalogue() -> RwSignal<CatalogueState> {
    expect_context::<CatalogueCtx>().0
}

pub fn provide_data() {
    provide_context(CatalogueCtx(RwSignal::new(CatalogueState::Loading)));
    provide_context(DataCtx {
        places: RwSignal::new(None),
        files: RwSignal::new(Vec::new()),
        whole: StoredValue::new(false),
    });
}

/// The text of a data file; `None` when it could not be downloaded. One function for every kind of
/// file, so the waiting is compiled once (a generic `async fn` per file type measured 15 KB of wasm).
async fn fetch_text(file: String) -> Option<String> {
    read_text(start_fetch(&format!("{DATA_URL}{file}"))).await
}

fn parse<T: DeserializeOwned + Send + Sync + 'static>(file: &str, text: Option<String>) -> Remote<AnyFile> {
    match text {
        None => Remote::Unavailable,
        Some(text) => match parse_json::<T>(file, &text) {
            Ok(value) => Remote::Ready(Arc::new(value)),
            Err(issue) => Remote::Broken(issue.describe(Locale::default())),
        },
    }
}

/// The gmina index, asked for the first time any page reads it. Reactive.
pub fn places() -> Remote<Places> {
    let ctx = expect_context::<DataCtx>();
    if let Some(places) = ctx.places.with_untracked(Option::is_none).then(read_places_now).flatten() {
        ctx.places.set(Some(places));
    }
    if ctx.places.with_untracked(Option::is_none) {
        ctx.places.set(Some(Remote::Loading));
        spawn_local(async move {
            ctx.places.set(Some(read_places(fetch_text(PLACES_FILE.to_string()).await)));
        });
    }
    ctx.places.get().unwrap_or(Remote::Loading)
}

/// A data file by name, fetched and read by `read` the first time it is asked for. Reactive.
fn file_in<T: Send + Sync + 'static>(file: String, read: fn(&str, Option<String>) -> Remote<AnyFile>) -> Remote<T> {
    any_file(file, read).then(|any| any.downcast::<T>().map_or(Remote::Unavailable, Remote::Ready))
}

// Not generic: one copy of the fetching and the bookkeeping for every kind of file.
fn any_file(file: String, read: fn(&str, Option<String>) -> Remote<AnyFile>) -> Remote<AnyFile> {
    let files = expect_context::<DataCtx>().files;
    if !files.with_untracked(|m| m.iter().any(|(k, _)| *k == file)) {
        if let Some(loaded) = read_now(&file, read) {
            files.update_untracked(|m| m.push((file.clone(), loaded)));
        }
    }
    if !files.with_untracked(|m| m.iter().any(|(k, _)| *k == file)) {
        files.update_untracked(|m| m.push((file.clone(), Remote::Loading)));
        let text = fetch_text(file.clone());
        let name = file.clone();
        spawn_local(async move {
            let loaded = read(&name, text.await);
            files.update(|m| {
                if let Some(entry) = m.iter_mut().find(|(k, _)| *k == name) {
                    entry.1 = loaded;
                }
            });
        });
    }
    files.with(|m| m.iter().find(|(k, _)| *k == file).map_or(Remote::Loading, |(_, r)| r.clone()))
}

/// A data file read at once: at build time from the files beside the build (each read once for all
/// the pages), in the browser if it was fetched before the app started (see
/// [`super::host::fetch_page_data`]); `None` otherwise, and the page fetches it.
fn read_now(file: &str, read: fn(&str, Option<String>) -> Remote<AnyFile>) -> Option<Remote<AnyFile>> {
    #[cfg(feature = "ssr")]
    thread_local! {
        static READ: std::cell::RefCell<std::collections::HashMap<String, Remote<AnyFile>>> = Default::default();
    }
    #[cfg(feature = "ssr")]
    if let Some(found) = READ.with(|r| r.borrow().get(file).cloned()) {
        super::host::note_data_file(file);
        return Some(found);
    }
    let loaded = read(file, super::host::data_file(file)?);
    #[cfg(feature = "ssr")]
    READ.with(|r| r.borrow_mut().insert(file.to_string(), loaded.clone()));
    Some(loaded)
}

/// The gmina index from its file's text, as fetched (`None`: it could not be fetched).
fn read_places(text: Option<String>) -> Remote<Places> {
    match text.map(|text| parse_json::<PlacesFile>(PLACES_FILE, &text)) {
        None => Remote::Unavailable,
        Some(Ok(file)) => Remote::Ready(Arc::new(Places::new(file))),
        Some(Err(issue)) => Remote::Broken(issue.describe(Locale::default())),
    }
}

/// The gmina index, read at once where [`read_now`] reads a file.
fn read_places_now() -> Option<Remote<Places>> {
    let read = || super::host::data_file(PLACES_FILE).map(read_places);
    #[cfg(feature = "ssr")]
    {
        thread_local! {
            static READ: std::cell::OnceCell<Option<Remote<Places>>> = const { std::cell::OnceCell::new() };
        }
        super::host::note_data_file(PLACES_FILE);
        READ.with(|r| r.get_or_init(read).clone())
    }
    #[cfg(not(feature = "ssr"))]
    read()
}

/// The towns and villages whose names start with `key`'s two letters. Reactive.
pub fn shard(key: &str) -> Remote<LocalityShard> {
    file_in(shard_file(key), parse::<LocalityShard>)
}

/// The programmes the editions run, built into the app (`load::built_in_programmes`): always here.
pub fn programmes() -> Remote<ProgrammesFile> {
    match super::load::built_in_programmes() {
        (file, None) => Remote::Ready(file),
        (_, Some(issue)) => Remote::Broken(issue.describe(Locale::default())),
    }
}

/// A powiat's centres. Reactive.
pub fn powiat(code: &str) -> Remote<PowiatFile> {
    file_in(powiat_file(code), parse::<PowiatFile>)
}

/// The whole catalogue is provided by someone else (a test sets it): [`whole_catalogue`] does not read
/// it again.
pub fn whole_catalogue_provided() {
    expect_context::<DataCtx>().whole.set_value(true);
}

/// Where the projects and centres whose ids share `key` are. Reactive.
fn locator(key: &str) -> Remote<LocatorFile> {
    file_in(locator_file(key), parse::<LocatorFile>)
}

/// Every centre and project, fetched the first time a page asks for it: only the list of all projects
/// needs it, and it grows with the country. Not a [`Part`], so that an app with no such page (the
/// checker) has none of its reading built in (5.7 KB of the checker's wasm, gzip, measured). Reactive.
pub fn whole_catalogue() -> Remote<Loaded> {
    let state = use_catalogue();
    let whole = expect_context::<DataCtx>().whole;
    if !whole.get_value() {
        whole.set_value(true);
        match super::load::whole_catalogue_now() {
            Some(loaded) => state.set(loaded),
            // Read without the maintainers' checks: see `read_centre_file`.
            None => spawn_local(async move { state.set(load_catalogue(read_centre_file).await) }),
        }
    }
    match state.get() {
        CatalogueState::Loading => Remote::Loading,
        CatalogueState::Failed => Remote::Unavailable,
        CatalogueState::Ready(loaded) => Remote::Ready(loaded),
    }
}

/// The part of the catalogue a page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The projects open to a powiat's residents (its 4-digit code), with their centres.
    Powiat(String),
    /// The part that holds a project, found by its id through its locator file.
    Project(String),
    /// The part that holds a centre and all its projects (its own powiat's).
    Centre(String),
}

/// The part of the catalogue, fetched the first time a page asks for it. An id no locator names gives
/// an empty catalogue: the page says it does not know the project or centre. Reactive.
pub fn catalogue_part(part: &Part) -> Remote<Loaded> {
    match part {
        Part::Powiat(code) => programmes().then(|programmes| {
            powiat(code).then(|file| {
                Remote::Ready(Arc::new(Loaded { catalogue: file.catalogue(&programmes), issues: Vec::new() }))
            })
        }),
        Part::Project(id) | Part::Centre(id) => {
            let project = matches!(part, Part::Project(_));
            // The whole catalogue, when a page has already read it, has every project and centre.
            if let CatalogueState::Ready(loaded) = use_catalogue().get() {
                let found = if project {
                    loaded.catalogue.project(id).is_some()
                } else {
                    loaded.catalogue.centre(id).is_some()
                };
                if found {
                    return Remote::Ready(loaded);
                }
            }
            // Already here, as when a gmina's page links to a project: no locator needed. Any copy of a
            // project is whole; a centre has all its projects only in its own powiat's file.
            let here = expect_context::<DataCtx>().files.with(|files| {
                files.iter().find_map(|(_, file)| match file {
                    Remote::Ready(f) => f
                        .downcast_ref::<PowiatFile>()
                        .filter(|f| f.catalogue.iter().any(|c| holds(c, id, project, &f.powiat)))
                        .map(|f| f.powiat.clone()),
                    _ => None,
                })
            });
            match here {
                Some(code) => {
                    keep_locator(id);
                    catalogue_part(&Part::Powiat(code))
                }
                None => located(id, project),
            }
        }
    }
}

/// A page drawn from a powiat file already here (reached by a click) asks for its id's locator file too,
/// once and without waiting for it, so that the worker keeps it: the same address then opens offline
/// from the device however it is reached (a reload, a bookmark, a scanned QR code).
fn keep_locator(id: &str) {
    #[cfg(not(feature = "ssr"))]
    untrack(|| {
        let _ = locator(&locator_key(id));
    });
    #[cfg(feature = "ssr")]
    let _ = id;
}

fn holds(file: &crate::catalogue::CentreFile, id: &str, project: bool, powiat: &str) -> bool {
    if project {
        file.projects.iter().any(|p| p.id == id)
    } else {
        file.centre.id == id && crate::places::powiat_of(&file.centre.teryt) == powiat
    }
}

/// The part holding a project or centre, by way of its locator file.
fn located(id: &str, project: bool) -> Remote<Loaded> {
    locator(&locator_key(id)).then(|file| {
        let found = if project { file.project(id) } else { file.centre(id) };
        match found {
            Some(code) => catalogue_part(&Part::Powiat(code.to_string())),
            None => Remote::Ready(Arc::new(Loaded::default())),
        }
    })
}
