//! Every page that does not depend on a person's answers, drawn at build time by the same components
//! as in the browser (Leptos's server-side rendering, natively) and written as a file of its own by
//! `make dist` (src/bin/prerender/). What the components read from around them comes from
//! [`super::host`]: the page's address and language, the day the pages are written for, and the data
//! files beside the build. No one's stored data is read: storage is memory only and empty for each page.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::host;
use super::host::Url;
use crate::i18n::{t, Locale};
use crate::route::{Bundle, Route};

/// A page as drawn: what goes in its `<body>`, its `<title>` and what goes on `<html>`.
#[derive(Clone, Debug)]
pub struct Drawn {
    pub body: String,
    pub title: String,
    pub lang: String,
    pub html_class: Option<String>,
    /// The data files it was drawn with, by name under `/data/1/`.
    pub data_files: Vec<String>,
    /// The last day what it says about time holds (`None`: nothing on it changes with the day).
    pub holds_until: Option<NaiveDate>,
    /// What the page says of itself to a search engine, in its language (`<meta name=description>`).
    pub description: String,
}

/// Draws the page at `route` in `locale`, with statuses for `today`.
pub fn draw(route: &Route, locale: Locale, today: NaiveDate) -> Drawn {
    let href = route.href_in(locale);
    let (path, query) = href.split_once('?').unwrap_or((&href, ""));
    draw_url(Url { path: path.to_string(), query: query.to_string() }, route.bundle(), locale, today)
}

/// Draws whatever `url` shows in `bundle` (an unknown address: the bundle's "not found" page).
pub fn draw_url(url: Url, bundle: Bundle, locale: Locale, today: NaiveDate) -> Drawn {
    host::start_page(url, locale, today);
    // Nothing of a person's: each page starts from empty storage held in memory.
    super::storage::use_memory();
    let owner = Owner::new();
    let body = owner.with(|| match bundle {
        Bundle::Catalogue => view! { <super::app::App/> }.into_any().to_html(),
        Bundle::Checker => view! { <super::check::app::CheckApp/> }.into_any().to_html(),
        // The staff editor is never drawn at build time: its pages are its bundle's empty page, which
        // says it needs JavaScript (src/bin/prerender/page.rs).
        Bundle::Editor => String::new(),
    });
    drop(owner);
    let page = host::take_page();
    let lang = page.html.iter().rev().find(|(k, _)| k == "lang").map_or(locale.code().to_string(), |(_, v)| v.clone());
    let classes: Vec<&str> = page.html.iter().filter(|(k, _)| k == "class").map(|(_, v)| v.as_str()).collect();
    // `no-js` until the app runs (it takes the class away): what only the app can do is hidden then.
    let mut classes = classes;
    classes.insert(0, "no-js");
    Drawn {
        body,
        title: page.title,
        lang,
        html_class: Some(classes.join(" ")),
        data_files: page.data_files,
        holds_until: page.holds_until,
        description: description(bundle, locale),
    }
}

/// What a bundle's pages say of themselves to a search engine (`<meta name=description>`).
pub fn description(bundle: Bundle, locale: Locale) -> String {
    match bundle {
        Bundle::Catalogue => t::meta_description_catalogue(locale),
        Bundle::Checker => t::meta_description_checker(locale),
        Bundle::Editor => t::editor_description(locale),
    }
    .to_string()
}

/// Text for HTML: the characters that could end it or start markup, escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
