//! The catalogue bundle's own navigation: three routes, the filters in the query string, and links
//! that change the page without loading it again. The checker uses leptos_router; here it cost the
//! first page 44 KB (gzip) for what these few lines do.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app is: the path and the query string without its "?".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Url {
    pub path: String,
    pub query: String,
}

impl Url {
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

/// The catalogue bundle's pages.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Catalogue,
    Project(String),
    Centre(String),
    NotFound,
}

pub fn route(path: &str) -> Route {
    let id = |rest: &str| js_sys::decode_uri_component(rest).map(String::from).unwrap_or_default();
    match path {
        "/" | "" => Route::Catalogue,
        _ => match (path.strip_prefix("/projekt/"), path.strip_prefix("/osrodek/")) {
            (Some(rest), _) if !rest.is_empty() && !rest.contains('/') => Route::Project(id(rest)),
            (_, Some(rest)) if !rest.is_empty() && !rest.contains('/') => Route::Centre(id(rest)),
            _ => Route::NotFound,
        },
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
/// Links to the checker (`/sprawdz…`), to files, to other sites, with `rel="external"`, a target,
/// a download or a modifier key are left to the browser.
pub fn provide_url() {
    let url = RwSignal::new(current());
    URL.with(|u| u.set(Some(url)));
    let back = window_event_listener(leptos::ev::popstate, move |_| url.set(current()));
    let click = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
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
            || path.starts_with("/sprawdz")
            || path.rsplit('/').next().is_some_and(|last| last.contains('.'))
            || (!link.hash().is_empty() && path == here.pathname().unwrap_or_default())
        {
            return;
        }
        ev.prevent_default();
        go(&format!("{path}{}", link.search()), false);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    std::mem::forget((back, click));
}

/// Moves to `to` (a path with its query): a new history entry, or in place of the current one
/// (the filters, so that Back leaves the list rather than undoing each keystroke).
pub fn go(to: &str, replace: bool) {
    let history = window().history().expect("history");
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(to))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(to))
    };
    use_url().set(current());
}
