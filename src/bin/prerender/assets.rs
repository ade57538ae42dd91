//! What trunk built, read from the pages it wrote (as HTML, by lol_html), and the site's layout that
//! `make dist` writes for everything after it (`dist/layout.json`: the service worker's build, the size
//! report): the bundles' files, the languages and where their pages are, the data folder.

use std::cell::RefCell;
use std::path::Path;

use lol_html::{element, rewrite_str, RewriteStrSettings};
use serde::{Deserialize, Serialize};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::places::DATA_URL;
use sprawdz_wsparcie::route::{in_language, Bundle};
use sprawdz_wsparcie::ui::shell::{BundleFiles, Style};

/// The layout's file in the build.
pub const LAYOUT_FILE: &str = "layout.json";

/// Where the islands bundles are built (the Makefile's `dist`): no page of the app is there. The
/// catalogue's pages have theirs, the checker's theirs (`pages-check.html`).
pub const ISLANDS_FOLDER: &str = "/strony/";
pub const CHECKER_ISLANDS_FOLDER: &str = "/strony-sprawdz/";

/// The page trunk writes for the bundle in `folder`.
fn trunk_page(folder: &str) -> String {
    format!("{}index.html", folder.trim_start_matches('/'))
}

/// The four bundles, each as trunk built it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundles {
    /// The catalogue app (`index.html`).
    pub catalogue: BundleFiles,
    /// The checker (`check.html`).
    pub checker: BundleFiles,
    /// The islands of the catalogue's written pages (`pages.html`): only its files are used.
    pub islands: BundleFiles,
    /// The islands of the checker's written pages (`pages-check.html`).
    pub checker_islands: BundleFiles,
    /// The staff editor (`editor.html`).
    pub editor: BundleFiles,
}

/// A language of the site and the folder its pages are under (`""` for the one whose addresses name none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub code: String,
    pub folder: String,
}

/// `dist/layout.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    pub languages: Vec<Language>,
    /// Where the data files are (`/data/1/`: the folder names the data format's version).
    pub data: String,
    pub bundles: Bundles,
}

impl Layout {
    /// The build in `dist`: each bundle from the page trunk wrote for it, or, where that page is already
    /// one of ours (prerender ran before on this build), from the layout that run wrote.
    pub fn read(dist: &Path) -> Result<Layout, String> {
        let earlier = || -> Result<Layout, String> {
            let path = dist.join(LAYOUT_FILE);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                format!("{}: {e} (no page trunk built, and no layout of an earlier run)", path.display())
            })?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
        };
        let mut kept: Option<Layout> = None;
        let mut bundle = |folder: &str, pick: fn(&Bundles) -> &BundleFiles| -> Result<BundleFiles, String> {
            let path = dist.join(trunk_page(folder));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            match trunk_files(&text, folder).map_err(|e| format!("{}: {e}", path.display()))? {
                Some(files) => Ok(files),
                None => {
                    if kept.is_none() {
                        kept = Some(earlier()?);
                    }
                    Ok(pick(&kept.as_ref().expect("read above").bundles).clone())
                }
            }
        };
        let bundles = Bundles {
            catalogue: bundle(Bundle::Catalogue.folder(), |b| &b.catalogue)?,
            checker: bundle(Bundle::Checker.folder(), |b| &b.checker)?,
            islands: bundle(ISLANDS_FOLDER, |b| &b.islands)?,
            checker_islands: bundle(CHECKER_ISLANDS_FOLDER, |b| &b.checker_islands)?,
            editor: bundle(Bundle::Editor.folder(), |b| &b.editor)?,
        };
        let languages = Locale::ALL
            .iter()
            .map(|&locale| Language {
                code: locale.code().to_string(),
                folder: in_language("/", locale).trim_end_matches('/').to_string(),
            })
            .collect();
        Ok(Layout { languages, data: DATA_URL.to_string(), bundles })
    }

    /// Writes `dist/layout.json`.
    pub fn write(&self, dist: &Path) -> Result<(), String> {
        let path = dist.join(LAYOUT_FILE);
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The files a page trunk wrote loads, or `None` for a page that is not trunk's (no inline module
/// script: one written by an earlier run). `folder`: where trunk was told the bundle is served.
pub fn trunk_files(page: &str, folder: &str) -> Result<Option<BundleFiles>, String> {
    let found = RefCell::new(Found::default());
    rewrite_str(
        page,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("script[type=module]", |el| {
                    found.borrow_mut().trunk_loader |= el.get_attribute("src").is_none();
                    Ok(())
                }),
                element!("link[rel=stylesheet]", |el| {
                    if let Some(href) = el.get_attribute("href") {
                        found.borrow_mut().styles.push(Style { href, integrity: el.get_attribute("integrity") });
                    }
                    Ok(())
                }),
                element!("link[rel=modulepreload]", |el| {
                    found.borrow_mut().modules.extend(el.get_attribute("href"));
                    Ok(())
                }),
                element!("link[rel=preload][type='application/wasm']", |el| {
                    found.borrow_mut().wasm = el.get_attribute("href");
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| e.to_string())?;
    let found = found.into_inner();
    if !found.trunk_loader {
        return Ok(None);
    }
    let (snippets, js): (Vec<String>, Vec<String>) = found.modules.into_iter().partition(|m| m.contains("/snippets/"));
    let under = |href: &String| href.starts_with(folder);
    match (js.as_slice(), found.wasm) {
        ([js], Some(wasm)) if under(js) && under(&wasm) && snippets.iter().all(under) => {
            Ok(Some(BundleFiles { folder: folder.to_string(), js: js.clone(), wasm, snippets, styles: found.styles }))
        }
        _ => {
            Err(format!("trunk's page does not name one script and one wasm file under {folder} (has trunk changed?)"))
        }
    }
}

#[derive(Default)]
struct Found {
    trunk_loader: bool,
    styles: Vec<Style>,
    modules: Vec<String>,
    wasm: Option<String>,
}
