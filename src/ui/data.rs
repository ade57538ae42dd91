//! The shipped place and centre data (`/data/1/`): the gmina index, the locality files and the powiat
//! files, each fetched the first time a page needs it and kept for the rest of the visit.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;

use super::load::{read_text, start_fetch};
use crate::directory::{powiat_file, PowiatFile};
use crate::i18n::Locale;
use crate::localities::{shard_file, LocalityShard};
use crate::places::{Places, PlacesFile, DATA_URL, PLACES_FILE};
use crate::problem::parse_json;

/// A data file as a page sees it.
#[derive(Debug)]
pub enum Remote<T> {
    Loading,
    /// It could not be downloaded (offline and not kept, or not on the server).
    Unavailable,
    /// It came, but is not what the app reads: the problem, placed, in Polish (a maintainer's message).
    Broken(String),
    Ready(Arc<T>),
}

// By hand: a derive would ask `T: Clone`, and only the `Arc` is cloned.
impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        match self {
            Remote::Loading => Remote::Loading,
            Remote::Unavailable => Remote::Unavailable,
            Remote::Broken(message) => Remote::Broken(message.clone()),
            Remote::Ready(value) => Remote::Ready(value.clone()),
        }
    }
}

// A list, not a map: a visit opens a handful of files, and a second map type would cost wasm.
type Files<T> = RwSignal<Vec<(String, Remote<T>)>>;

#[derive(Clone, Copy)]
struct DataCtx {
    places: RwSignal<Option<Remote<Places>>>,
    shards: Files<LocalityShard>,
    powiats: Files<PowiatFile>,
}

pub fn provide_data() {
    provide_context(DataCtx {
        places: RwSignal::new(None),
        shards: RwSignal::new(Vec::new()),
        powiats: RwSignal::new(Vec::new()),
    });
}

/// The text of a data file; `None` when it could not be downloaded. One function for every kind of
/// file, so the waiting is compiled once (a generic `async fn` per file type measured 15 KB of wasm).
async fn fetch_text(file: String) -> Option<String> {
    read_text(start_fetch(&format!("{DATA_URL}{file}"))).await
}

fn parse<T: DeserializeOwned>(file: &str, text: Option<String>) -> Remote<T> {
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
    if ctx.places.with_untracked(Option::is_none) {
        ctx.places.set(Some(Remote::Loading));
        spawn_local(async move {
            let text = fetch_text(PLACES_FILE.to_string()).await;
            let loaded = match text.map(|text| parse_json::<PlacesFile>(PLACES_FILE, &text)) {
                None => Remote::Unavailable,
                Some(Ok(file)) => Remote::Ready(Arc::new(Places::new(file))),
                Some(Err(issue)) => Remote::Broken(issue.describe(Locale::default())),
            };
            ctx.places.set(Some(loaded));
        });
    }
    ctx.places.get().unwrap_or(Remote::Loading)
}

fn file_in<T: DeserializeOwned + Send + Sync + 'static>(files: Files<T>, key: &str, file: String) -> Remote<T> {
    if !files.with_untracked(|m| m.iter().any(|(k, _)| k == key)) {
        files.update_untracked(|m| m.push((key.to_string(), Remote::Loading)));
        let key = key.to_string();
        let text = fetch_text(file.clone());
        spawn_local(async move {
            let loaded = parse::<T>(&file, text.await);
            files.update(|m| {
                if let Some(entry) = m.iter_mut().find(|(k, _)| *k == key) {
                    entry.1 = loaded;
                }
            });
        });
    }
    files.with(|m| m.iter().find(|(k, _)| k == key).map_or(Remote::Loading, |(_, r)| r.clone()))
}

/// The towns and villages whose names start with `key`'s two letters. Reactive.
pub fn shard(key: &str) -> Remote<LocalityShard> {
    file_in(expect_context::<DataCtx>().shards, key, shard_file(key))
}

/// A powiat's centres. Reactive.
pub fn powiat(code: &str) -> Remote<PowiatFile> {
    file_in(expect_context::<DataCtx>().powiats, code, powiat_file(code))
}
