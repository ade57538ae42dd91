//! Navigation for both apps: the URL as a signal and links that change the page without loading it
//! again. What a URL means is [`crate::route::Route`]'s to say. leptos_router did the same at a cost of 44 KB
//! (gzip) per bundle, a sixth of the first page's budget.

use leptos::prelude::*;
#[cfg(not(feature = "ssr"))]
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::i18n::Locale;
use crate::route::{split_language, Bundle, Route};
use crate::ui::host::Url;

/// The page's language: the one its address names (`crate::route::split_language`).
pub fn page_language() -> Locale {
    split_language(&current().path).0
}

/// A link to a page in the language of the page it is on: a Ukrainian page's links lead to
/// Ukrainian pages (`/uk/…`), each written at build time in that language.
pub trait Link {
    fn link(&self) -> String;
    /// The link to a part of the page (`…/dokumenty/#odlozone`); `anchor` is an element id.
    fn link_to(&self, anchor: &str) -> String;
}

impl Link for Route {
    fn link(&self) -> String {
        self.href_in(page_language())
    }

    fn link_to(&self, anchor: &str) -> String {
        crate::route::in_language(&self.href_to(anchor), page_language())
    }
}

thread_local! {
    /// Set once by [`provide_url`]; event handlers, which run outside any reactive owner, reach it here.
    static URL: std::cell::Cell<Option<RwSignal<Url>>> = const { std::cell::Cell::new(None) };
}

fn current() -> Url {
    super::host::url()
}

/// This page's address (path and query), tracked where the app keeps the URL as a signal.
pub fn current_address() -> String {
    let url = URL.with(|u| u.get()).map_or_else(current, |url| url.get());
    if url.query.is_empty() {
        url.path
    } else {
        format!("{}?{}", url.path, url.query)
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
    // A page written at build time has no one clicking.
    #[cfg(not(feature = "ssr"))]
    listen(url, bundle);
    #[cfg(feature = "ssr")]
    let _ = bundle;
}

#[cfg(not(feature = "ssr"))]
fn listen(url: RwSignal<Url>, bundle: Bundle) {
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
            || Bundle::of_path(&path) != bundle
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

/// Moves to `to` (a page's [`Route::href`]): a new history entry at the top of the new page, or in
/// place of the current one (the filters, so that Back leaves the list rather than undoing each
/// keystroke, and the page stays where it is).
pub fn go(to: &str, replace: bool) {
    // A page written at build time, with only its islands running, has no router: the browser loads
    // the next page.
    if URL.with(|u| u.get()).is_none() {
        let location = window().location();
        let _ = if replace { location.replace(to) } else { location.assign(to) };
        return;
    }
    let history = window().history().expect("history");
    if replace {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(to));
    } else {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(to));
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    use_url().set(current());
}

/// The page's content, focused.
fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(main).focus();
    }
}

/// The router would treat "#main" as a navigation; move focus to the content ourselves.
pub fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

/// After moving to another page (not on the first load, nor when only the query changes, as filters
/// do), focus the content so that screen readers announce the new page and Tab starts from it.
pub fn focus_on_navigation(path: Signal<String>) {
    Effect::new(move |previous: Option<String>| {
        // `/projekty` as typed and `/projekty/` as the app writes it are the same page.
        let path = path.get().trim_end_matches('/').to_string();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}
