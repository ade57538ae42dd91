//! Each page written, as the document the shell draws ([`sprawdz_wsparcie::ui::shell`]): what a page
//! drew (its title, `<html>`'s marks, the data it was drawn with, its body), with the files of its
//! bundle, its module script and the policy.

use chrono::NaiveDate;
use sprawdz_wsparcie::i18n::{t, Locale};
use sprawdz_wsparcie::places::DATA_URL;
use sprawdz_wsparcie::route::{redirect_script, Bundle};
use sprawdz_wsparcie::ui::prerender::{self, Drawn};
use sprawdz_wsparcie::ui::shell::{BundleFiles, Document, Loads};
use sprawdz_wsparcie::ui::storage::LANGUAGE;
use sprawdz_wsparcie::written::{mark, Written};

use crate::assets::Layout;
use crate::policy::{boot_file, policy, script_hash};

/// What every page is written with: the build's files, its policy, and the module scripts.
pub struct Site {
    pub layout: Layout,
    /// The language redirect, the one inline script.
    pub first_script: String,
    /// The policy as every page's `<meta>` says it.
    pub policy: String,
    /// The policy as the server's header says it.
    pub header: String,
    /// Each module script: its file and its code.
    pub boots: Vec<(String, String)>,
}

impl Site {
    pub fn new(layout: Layout) -> Site {
        let first_script = redirect_script(LANGUAGE);
        let hashes = [script_hash(&first_script)];
        let b = &layout.bundles;
        let boots = [
            app_boot(&b.catalogue),
            app_boot(&b.checker),
            app_boot(&b.editor),
            islands_boot(&b.islands),
            islands_boot(&b.checker_islands),
        ]
        .into_iter()
        .map(|code| (boot_file(&code), code))
        .collect();
        Site { policy: policy(&hashes, false), header: policy(&hashes, true), first_script, boots, layout }
    }

    /// The islands bundle of `bundle`'s written pages: the checker's has its own.
    fn islands(&self, bundle: Bundle) -> &BundleFiles {
        let b = &self.layout.bundles;
        match bundle {
            Bundle::Checker => &b.checker_islands,
            _ => &b.islands,
        }
    }

    fn files(&self, bundle: Bundle) -> &BundleFiles {
        let b = &self.layout.bundles;
        match bundle {
            Bundle::Catalogue => &b.catalogue,
            Bundle::Checker => &b.checker,
            Bundle::Editor => &b.editor,
        }
    }

    fn boot(&self, code: &str) -> String {
        format!("/{}", boot_file(code))
    }

    /// A page that loads its bundle's app.
    pub fn app_page(&self, bundle: Bundle, drawn: &Drawn, alternates: &[(&str, String)]) -> String {
        let files = self.files(bundle);
        let document = Document {
            boot: self.boot(&app_boot(files)),
            loads: Loads::App(files.clone()),
            marks: Vec::new(),
            ..self.document(bundle, drawn, alternates)
        };
        document.to_html()
    }

    /// A page that comes to life with the islands: it says which address and day it was drawn for and
    /// how long it holds (`crate::written`), and names its data files for the app, should the app come
    /// to draw it again, rather than preloading them: the islands need none of them. The checker's start
    /// page (`answers_shown`) is written as for a device with no answers.
    pub fn islands_page(
        &self,
        bundle: Bundle,
        drawn: &Drawn,
        alternates: &[(&str, String)],
        href: &str,
        today: NaiveDate,
        answers_shown: bool,
    ) -> String {
        let written = Written {
            path: href.split('?').next().unwrap_or(href).to_string(),
            // Written by the page itself (`lang`), not among the marks.
            locale: Locale::Pl,
            drawn_for: today,
            holds_until: drawn.holds_until,
            answers_shown,
        };
        let mut marks = written.marks();
        if !drawn.data_files.is_empty() {
            marks.push((mark::FILES, Some(drawn.data_files.join(" "))));
        }
        // No `no-js` to wait for: what acts shows from the first paint (hidden by CSS without scripts).
        let class: Vec<&str> = drawn
            .html_class
            .as_deref()
            .unwrap_or_default()
            .split(' ')
            .filter(|c| !c.is_empty() && *c != "no-js")
            .collect();
        let document = Document {
            class: (!class.is_empty()).then(|| class.join(" ")),
            marks,
            data_files: Vec::new(),
            boot: self.boot(&islands_boot(self.islands(bundle))),
            loads: Loads::Islands { app: self.files(bundle).clone() },
            ..self.document(bundle, drawn, alternates)
        };
        document.to_html()
    }

    /// A bundle's page with nothing drawn, in Polish: the editor's every page, and the page the service
    /// worker answers with offline for a page it has not kept (`app.html`), which the app then draws.
    pub fn empty_page(&self, bundle: Bundle) -> String {
        let locale = Locale::Pl;
        let needs_script = match bundle {
            Bundle::Editor => t::editor_needs_script(locale),
            _ => t::page_needs_script(locale),
        };
        let drawn = Drawn {
            body: format!("<noscript>{}</noscript>", prerender::escape(needs_script)),
            title: String::new(),
            lang: locale.code().to_string(),
            html_class: None,
            data_files: Vec::new(),
            holds_until: None,
            description: String::new(),
        };
        self.app_page(bundle, &drawn, &[])
    }

    /// What every page has: its language, title, description, style sheets, data files, the other
    /// languages' addresses and its body.
    fn document(&self, bundle: Bundle, drawn: &Drawn, alternates: &[(&str, String)]) -> Document {
        let locale = Locale::from_code(&drawn.lang).unwrap_or(Locale::Pl);
        // A page that names itself only once its data is read has its bundle's title.
        let title = if drawn.title.is_empty() { bundle_title(bundle, locale) } else { drawn.title.clone() };
        let description = if drawn.description.is_empty() {
            prerender::description(bundle, locale)
        } else {
            drawn.description.clone()
        };
        let files = self.files(bundle);
        Document {
            lang: drawn.lang.clone(),
            class: drawn.html_class.clone(),
            marks: Vec::new(),
            policy: self.policy.clone(),
            // The editor's pages are Polish only.
            first_script: (bundle != Bundle::Editor).then(|| self.first_script.clone()),
            title,
            description,
            styles: files.styles.clone(),
            loads: Loads::App(files.clone()),
            // The data the page was drawn with, fetched by the browser while the app loads (the app
            // waits for it before it draws the page again: `ui::host::fetch_page_data`).
            data_files: drawn.data_files.iter().map(|file| (format!("{DATA_URL}{file}"), file.clone())).collect(),
            alternates: alternates.iter().map(|(lang, href)| (lang.to_string(), href.clone())).collect(),
            boot: String::new(),
            body: drawn.body.clone(),
        }
    }
}

/// The title of a bundle's page that names itself only once the app has read its data.
fn bundle_title(bundle: Bundle, locale: Locale) -> String {
    match bundle {
        Bundle::Catalogue => t::app_name(locale).to_string(),
        Bundle::Checker => format!("{}{}", t::check_title(locale), t::page_title_suffix(locale)),
        Bundle::Editor => format!("{}{}", t::editor_title(locale), t::page_title_suffix(locale)),
    }
}

/// The module script that starts a bundle's app as the page loads.
fn app_boot(files: &BundleFiles) -> String {
    format!("import init from {:?};init({{module_or_path:{:?}}})", files.js, files.wasm)
}

/// The module script that starts the islands once the page has painted, with nothing preloaded
/// before: on a slow line the page's HTML and style sheet have the connection to themselves, and the
/// first paint is the largest (Lighthouse counted the bundle's 130 KB, preloaded with the page, into the
/// largest paint: 1.8 s with it, measured in docs/PERFORMANCE.md). Its script, snippets and wasm then
/// come side by side. A page the service worker answers (a visit after the first) shares no line: its
/// islands start at once, as the page is read (on the slow phone profile, acting at 0.80 s against
/// 0.86 s in one pair of `make bench` runs: docs/PERFORMANCE.md).
fn islands_boot(islands: &BundleFiles) -> String {
    let snippets: Vec<String> = islands.snippets.iter().map(|href| format!("{href:?}")).collect();
    format!(
        "{{const go=()=>{{\
         for(const href of [{}]){{const l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.append(l)}}\
         const wasm=fetch({:?});import({:?}).then((m)=>m.default({{module_or_path:wasm}}))}};\
         navigator.serviceWorker?.controller?go():requestAnimationFrame(()=>setTimeout(go))}}",
        snippets.join(","),
        islands.wasm,
        islands.js
    )
}
