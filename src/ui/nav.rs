//! Navigation for both apps: the URL as a signal, each app's routes, the query string, and links
//! that change the page without loading it again. leptos_router did the same at a cost of 44 KB
//! (gzip) per bundle, a sixth of the first page's budget.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app is: the path and the query string without its "?".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Url {
    pub path: String,
    pub query: String,
}

impl Url {
    /// Whether the query has `key`, with or without a value.
    pub fn has(&self, key: &str) -> bool {
        self.query.split('&').any(|pair| pair.split('=').next() == Some(key))
    }

    /// A query parameter, decoded; empty when absent.
    pub fn param(&self, key: &str) -> String {
        self.query
            .split('&')
            .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| js_sys::decode_uri_component(&v.replace('+', " ")).ok())
            .map(String::from)
            .unwrap_or_default()
    }
}

fn decode(text: &str) -> String {
    js_sys::decode_uri_component(text).map(String::from).unwrap_or_default()
}

/// A path without the slash a link may end with ("/sprawdz/" is "/sprawdz").
fn trimmed(path: &str) -> &str {
    match path.trim_end_matches('/') {
        "" => "/",
        p => p,
    }
}

/// The catalogue bundle's pages.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Catalogue,
    Project(String),
    Centre(String),
    NotFound,
}

pub fn route(path: &str) -> Route {
    let segments: Vec<&str> = trimmed(path).split('/').skip(1).collect();
    match segments.as_slice() {
        [""] => Route::Catalogue,
        ["projekt", id] => Route::Project(decode(id)),
        ["osrodek", id] => Route::Centre(decode(id)),
        _ => Route::NotFound,
    }
}

/// The checker bundle's pages (everything under `/sprawdz`).
#[derive(Clone, Debug, PartialEq)]
pub enum CheckRoute {
    Start(Option<String>),
    Question(String),
    Answers,
    Results,
    Documents,
    Declaration(String),
    Print(String),
    Settings,
    ProjectQr(String),
    Accessibility,
    EasyRead,
    NotFound,
}

pub fn check_route(path: &str) -> CheckRoute {
    let segments: Vec<&str> = trimmed(path).split('/').skip(1).collect();
    match segments.as_slice() {
        ["sprawdz"] => CheckRoute::Start(None),
        ["sprawdz", "projekt", id] => CheckRoute::Start(Some(decode(id))),
        ["sprawdz", "pytanie", slug] => CheckRoute::Question(decode(slug)),
        ["sprawdz", "odpowiedzi"] => CheckRoute::Answers,
        ["sprawdz", "wynik"] => CheckRoute::Results,
        ["sprawdz", "dokumenty"] => CheckRoute::Documents,
        ["sprawdz", "deklaracja", id] => CheckRoute::Declaration(decode(id)),
        ["sprawdz", "deklaracja", id, "wydruk"] => CheckRoute::Print(decode(id)),
        ["sprawdz", "urzadzenie"] => CheckRoute::Settings,
        ["sprawdz", "kod", id] => CheckRoute::ProjectQr(decode(id)),
        ["sprawdz", "dostepnosc"] => CheckRoute::Accessibility,
        ["sprawdz", "latwy-tekst"] => CheckRoute::EasyRead,
        _ => CheckRoute::NotFound,
    }
}

/// Which app a path belongs to: links within the same app change the page in place.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Catalogue,
    Checker,
}

impl Bundle {
    fn owns(self, path: &str) -> bool {
        let checker = path == "/sprawdz" || path.starts_with("/sprawdz/");
        (self == Bundle::Checker) == checker
    }
}

thread_local! {
    /// Set once by [`provide_url`]; event handlers, which run outside any reactive owner, reach it here.
    static URL: std::cell::Cell<Option<RwSignal<Url>>> = const { std::cell::Cell::new(None) };
}

fn current() -> Url {
    let location = window().location();
    Url {
        path: location.pathname().unwrap_or_default(),
        query: location.search().unwrap_or_default().trim_start_matches('?').to_string(),
    }
}

pub fn use_url() -> RwSignal<Url> {
    URL.with(|u| u.get()).expect("provide_url first")
}

/// Listens to the back button and to clicks on this bundle's own links, once for the page's life.
/// Links to the other bundle, to files, to other sites, with `rel="external"`, a target, a download
/// or a modifier key are left to the browser.
pub fn provide_url(bundle: Bundle) {
    let url = RwSignal::new(current());
    URL.with(|u| u.set(Some(url)));
    let back = window_event_listener(leptos::ev::popstate, move |_| url.set(current()));
    let click = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
        else {
            return;
        };
        if link.has_attribute("target")
            || link.has_attribute("download")
            || link.get_attribute("rel").is_some_and(|r| r.contains("external"))
        {
            return;
        }
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        let path = link.pathname();
        let here = window().location();
        if link.origin() != here.origin().unwrap_or_default()
            || !bundle.owns(&path)
            || path.rsplit('/').next().is_some_and(|last| last.contains('.'))
            || (!link.hash().is_empty() && path == here.pathname().unwrap_or_default())
        {
            return;
        }
        ev.prevent_default();
        go(&format!("{path}{}", link.search()), false);
    });
    std::mem::forget((back, click));
}

/// Moves to `to` (a path with its query): a new history entry at the top of the new page, or in
/// place of the current one (the filters, so that Back leaves the list rather than undoing each
/// keystroke, and the page stays where it is).
pub fn go(to: &str, replace: bool) {
    let history = window().history().expect("history");
    if replace {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(to));
    } else {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(to));
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    use_url().set(current());
}
