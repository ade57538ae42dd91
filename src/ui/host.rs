//! What a page reads from around it while it is drawn: its address (and so its language), the day,
//! and where its title goes. In the browser these are the browser's. When `make dist` draws every page
//! at build time (the `ssr` build: [`crate::ui::prerender`]), they are the page being written: the
//! same components then run natively, and nothing here touches a browser API. Effects and event
//! handlers never run at build time, so only what a component reads while it is drawn comes here.

use chrono::{NaiveDate, NaiveDateTime};

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::route::Route;

/// Where the app is: the path and the query string without its "?".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Url {
    pub path: String,
    pub query: String,
}

impl Url {
    /// The catalogue page this URL shows; `None` for one that does not exist or is the checker's.
    pub fn catalogue_route(&self) -> Option<Route> {
        Route::parse_catalogue(&self.path, &self.query)
    }

    /// The checker page this URL shows; `None` for one that does not exist or is the catalogue's.
    pub fn checker_route(&self) -> Option<Route> {
        Route::parse_checker(&self.path, &self.query)
    }
}

/// Starts a request now; the returned future only waits for it.
pub fn start_fetch(url: &str) -> Option<JsFuture> {
    Some(JsFuture::from(web_sys::window()?.fetch_with_str(url)))
}

pub async fn read_text(request: Option<JsFuture>) -> Option<String> {
    let response: web_sys::Response = request?.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::*;
    use crate::dates::poland_local_time;

    pub fn url() -> Url {
        let location = leptos::prelude::window().location();
        Url {
            path: location.pathname().unwrap_or_default(),
            query: location.search().unwrap_or_default().trim_start_matches('?').to_string(),
        }
    }

    /// Polish local time now, whatever time zone the device is set to.
    pub fn now() -> Option<NaiveDateTime> {
        let millis = js_sys::Date::now() as i64;
        let utc = chrono::DateTime::from_timestamp_millis(millis).map(|d| d.naive_utc()).unwrap_or_default();
        Some(poland_local_time(utc))
    }

    pub fn today() -> NaiveDate {
        now().unwrap_or_default().date()
    }

    pub fn mark_html(attribute: &str, value: &str) {
        if let Some(html) = leptos::prelude::document().document_element() {
            if attribute == "class" {
                let _ = html.class_list().add_1(value);
            } else {
                let _ = html.set_attribute(attribute, value);
            }
        }
    }

    pub fn set_title(title: &str) {
        leptos::prelude::document().set_title(title);
    }

    /// Only a page written at build time keeps track of how long it holds.
    pub fn holds_until(_until: Option<NaiveDate>) {}

    thread_local! {
        /// The data files the page was drawn with at build time, fetched before the app draws it again.
        static FETCHED: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    /// A data file fetched before the app started ([`fetch_page_data`]); `None` for any other, which
    /// the page fetches when it needs it.
    pub fn data_file(file: &str) -> Option<Option<String>> {
        FETCHED.with(|f| f.borrow().iter().find(|(name, _)| name == file).map(|(_, text)| Some(text.clone())))
    }

    /// Fetches, side by side, the data files the page was drawn with at build time (each named by a
    /// `<link rel=preload data-file>` that the build wrote in its head, so the browser has already
    /// started them), so that the app draws the page again as it was, with no "loading" in between
    /// (which moved the page: a layout shift of 0.12 on a gmina's page, measured).
    pub async fn fetch_page_data() {
        let Ok(links) = leptos::prelude::document().query_selector_all("link[data-file]") else { return };
        let mut names: Vec<String> = (0..links.length())
            .filter_map(|i| links.item(i))
            .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            .filter_map(|link| link.get_attribute("data-file"))
            .collect();
        // A page whose islands need none of its data names the files on `<html>` instead, so that
        // nothing is downloaded unless the app comes to draw it again (`ui::islands`).
        let listed =
            leptos::prelude::document().document_element().and_then(|h| h.get_attribute(crate::written::mark::FILES));
        names.extend(listed.iter().flat_map(|l| l.split_whitespace()).map(str::to_string));
        let requests: Vec<_> =
            names.iter().map(|name| start_fetch(&format!("{}{name}", crate::places::DATA_URL))).collect();
        for (name, request) in names.into_iter().zip(requests) {
            if let Some(text) = read_text(request).await {
                FETCHED.with(|f| f.borrow_mut().push((name, text)));
            }
        }
    }
}

#[cfg(not(feature = "ssr"))]
pub use browser::*;

#[cfg(feature = "ssr")]
mod build {
    use std::cell::RefCell;

    use super::*;
    use crate::i18n::Locale;

    /// The page being written, and what the components told it while it was drawn.
    #[derive(Clone, Debug, Default)]
    pub struct Page {
        pub url: Url,
        pub locale: Locale,
        pub today: NaiveDate,
        /// `document.title` as the page would set it.
        pub title: String,
        /// The classes and attributes the app puts on `<html>` (`lang`, a device mode's class).
        pub html: Vec<(String, String)>,
        /// The data files the page was drawn with, by name under `/data/1/`, each once.
        pub data_files: Vec<String>,
        /// The last day on which everything the page says about time (statuses, what runs now) is
        /// still true; `None`: nothing on it changes with the day.
        pub holds_until: Option<NaiveDate>,
    }

    /// Reads a data file by its name under `/data/1/` (`None`: no such file).
    pub type DataSource = Box<dyn Fn(&str) -> Option<String>>;

    thread_local! {
        static PAGE: RefCell<Page> = RefCell::new(Page::default());
        static DATA: RefCell<Option<DataSource>> = const { RefCell::new(None) };
    }

    /// Where the data files are read from while pages are written.
    pub fn set_data_source(source: DataSource) {
        DATA.with(|d| *d.borrow_mut() = Some(source));
    }

    /// Starts a page: what [`take_page`] returns once it is drawn.
    pub fn start_page(url: Url, locale: Locale, today: NaiveDate) {
        PAGE.with(|p| *p.borrow_mut() = Page { url, locale, today, ..Page::default() });
    }

    pub fn take_page() -> Page {
        PAGE.with(|p| std::mem::take(&mut *p.borrow_mut()))
    }

    pub fn url() -> Url {
        PAGE.with(|p| p.borrow().url.clone())
    }

    /// No time of day at build time: nothing is said to be open "now".
    pub fn now() -> Option<NaiveDateTime> {
        None
    }

    /// The day the pages are written for.
    pub fn today() -> NaiveDate {
        PAGE.with(|p| p.borrow().today)
    }

    pub fn mark_html(attribute: &str, value: &str) {
        PAGE.with(|p| p.borrow_mut().html.push((attribute.to_string(), value.to_string())));
    }

    pub fn set_title(title: &str) {
        PAGE.with(|p| p.borrow_mut().title = title.to_string());
    }

    /// `Some`: the file's text, read now (`None` inside when there is no such file).
    pub fn data_file(file: &str) -> Option<Option<String>> {
        note_data_file(file);
        DATA.with(|d| d.borrow().as_ref().map(|read| read(file)))
    }

    /// Something the page says is true until `until` (`None`: for good): the page as a whole holds
    /// until the first of those days.
    pub fn holds_until(until: Option<NaiveDate>) {
        if let Some(until) = until {
            PAGE.with(|p| {
                let mut page = p.borrow_mut();
                page.holds_until = Some(page.holds_until.map_or(until, |u| u.min(until)));
            });
        }
    }

    /// The page was drawn with `file`, which the browser is then to fetch before the app draws it again.
    pub fn note_data_file(file: &str) {
        PAGE.with(|p| {
            let mut page = p.borrow_mut();
            if !page.data_files.iter().any(|f| f == file) {
                page.data_files.push(file.to_string());
            }
        });
    }
}

#[cfg(feature = "ssr")]
pub use build::*;
