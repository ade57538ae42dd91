//! The whole document of every page `make dist` writes, drawn by one component in the `ssr` build, as
//! Leptos's islands examples draw theirs: `<html>` with the page's marks, a `<head>` that names what
//! the page loads and the policy it keeps, and the `<body>` the app's components drew
//! ([`super::prerender`]). trunk's own pages are only read for the names of the files it built
//! (src/bin/prerender/assets.rs); nothing of them is kept.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::view::RenderHtml;
use serde::{Deserialize, Serialize};

/// The colour of the browser's bar on a phone (the site header's).
pub const THEME_COLOUR: &str = "#0b4f8a";

/// A style sheet trunk built, with the integrity it wrote for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Style {
    pub href: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<String>,
}

/// A bundle's files as trunk built them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleFiles {
    /// The address its files are served under (`/`, `/sprawdz/`…).
    pub folder: String,
    /// Its script (wasm-bindgen's), which starts the wasm.
    pub js: String,
    pub wasm: String,
    /// The small scripts its code imports (wasm-bindgen's snippets).
    pub snippets: Vec<String>,
    pub styles: Vec<Style>,
}

/// How a page comes to life.
#[derive(Clone, Debug)]
pub enum Loads {
    /// Its bundle's app, preloaded with the page.
    App(BundleFiles),
    /// The islands bundle, once the page has painted; the app's files named for the islands to load
    /// when a visit needs the whole app (`ui::island::load_app`).
    Islands { app: BundleFiles },
}

/// Everything a written page says.
#[derive(Clone, Debug)]
pub struct Document {
    pub lang: String,
    pub class: Option<String>,
    /// More attributes on `<html>` (`crate::written::mark`): a name, and a value unless it is a flag.
    pub marks: Vec<(&'static str, Option<String>)>,
    /// The Content-Security-Policy, for hosts that cannot send it as a header.
    pub policy: String,
    /// The one inline script, run before anything else (`crate::route::redirect_script`).
    pub first_script: Option<String>,
    pub title: String,
    pub description: String,
    pub styles: Vec<Style>,
    pub loads: Loads,
    /// The data files the page was drawn with, full addresses: fetched while the app loads.
    pub data_files: Vec<(String, String)>,
    /// The same page in each language: `hreflang` and address.
    pub alternates: Vec<(String, String)>,
    /// The page's module script, a file of its own.
    pub boot: String,
    pub body: String,
}

impl Document {
    /// The page as HTML.
    pub fn to_html(self) -> String {
        let owner = Owner::new();
        let html = owner.with(|| view! { <Shell document=self/> }.to_html());
        drop(owner);
        html
    }
}

/// `<!DOCTYPE html><html>…</html>`.
#[component]
fn Shell(mut document: Document) -> impl IntoView {
    // Taken out of the document rather than copied: the body is most of the page, on every page.
    let lang = std::mem::take(&mut document.lang);
    let body = std::mem::take(&mut document.body);
    // Only the attributes it has (a `class` with no classes is left out).
    let marks: Vec<AnyAttribute> = document
        .class
        .take()
        .map(|class| ("class", Some(class)))
        .into_iter()
        .chain(std::mem::take(&mut document.marks))
        .map(|(name, value)| custom_attribute(name, value.unwrap_or_default()).into_any_attr())
        .collect();
    view! {
        <!DOCTYPE html>
        <html lang={lang} {..marks}>
            <Head document/>
            <body inner_html=body></body>
        </html>
    }
}

#[component]
fn Head(document: Document) -> impl IntoView {
    let Document { policy, first_script, title, description, styles, loads, data_files, alternates, boot, .. } =
        document;
    view! {
        <head>
            <meta charset="utf-8"/>
            <meta http-equiv="Content-Security-Policy" content=policy/>
            {first_script.map(|code| view! { <script inner_html=code></script> })}
            <meta name="viewport" content="width=device-width,initial-scale=1"/>
            <meta name="description" content=description/>
            <meta name="theme-color" content=THEME_COLOUR/>
            <title>{title}</title>
            {styles
                .into_iter()
                .map(|s| view! { <link rel="stylesheet" href=s.href integrity=s.integrity/> })
                .collect_view()}
            <link rel="icon" href="/icons/icon.svg" type="image/svg+xml"/>
            <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"/>
            <link rel="manifest" href="/manifest.webmanifest"/>
            <LoadTags loads/>
            {data_files
                .into_iter()
                .map(|(href, file)| view! { <link rel="preload" r#as="fetch" crossorigin="" href=href data-file=file/> })
                .collect_view()}
            {alternates
                .into_iter()
                .map(|(lang, href)| view! { <link rel="alternate" hreflang=lang href=href/> })
                .collect_view()}
            <script type="module" src=boot></script>
        </head>
    }
}

/// What the head says about the page's bundle: its app's files preloaded, or named for the islands.
#[component]
fn LoadTags(loads: Loads) -> impl IntoView {
    match loads {
        Loads::App(files) => {
            let BundleFiles { js, wasm, snippets, .. } = files;
            view! {
                <link rel="modulepreload" crossorigin="" href=js/>
                {snippets
                    .into_iter()
                    .map(|href| view! { <link rel="modulepreload" crossorigin="" href=href/> })
                    .collect_view()}
                <link rel="preload" r#as="fetch" type="application/wasm" crossorigin="" href=wasm/>
            }
            .into_any()
        }
        Loads::Islands { app } => {
            view! { <meta name="sprawdz-wsparcie-app" data-js=app.js data-wasm=app.wasm/> }.into_any()
        }
    }
}
