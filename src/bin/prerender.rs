//! `make dist`'s last build step: writes the HTML of every page that does not depend on a person's
//! answers into the release build, one file per address (`projekt/<id>/index.html`…), drawn by the
//! app's own components ([`sprawdz_wsparcie::ui::prerender`]) into the page trunk built for each bundle.
//! A static host then answers every deep link with a real file, and the page reads before any script.
//!
//!     prerender dist [--date 2026-12-02]
//!
//! Statuses are computed for `--date` (default: today in Poland) and say so until the app runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use sprawdz_wsparcie::catalogue::{assemble_with, validate, INDEX_FILE};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::places::{Places, PlacesFile, DATA_URL, PLACES_FILE};
use sprawdz_wsparcie::questionnaire::Question;
use sprawdz_wsparcie::route::{Bundle, Route};
use sprawdz_wsparcie::ui::nav::Url;
use sprawdz_wsparcie::ui::{host, prerender};

fn main() {
    if let Err(message) = run() {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dist = PathBuf::from(args.next().ok_or("usage: prerender <dist> [--date YYYY-MM-DD]")?);
    let today = match (args.next().as_deref(), args.next()) {
        (Some("--date"), Some(day)) => {
            NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|e| format!("--date {day}: {e}"))?
        }
        (None, _) => {
            let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let utc = chrono::DateTime::from_timestamp(since.as_secs() as i64, 0).unwrap_or_default().naive_utc();
            sprawdz_wsparcie::dates::poland_local_time(utc).date()
        }
        _ => return Err("usage: prerender <dist> [--date YYYY-MM-DD]".into()),
    };
    let started = Instant::now();
    let data = dist.join("data/1");
    let read_data = {
        let data = data.clone();
        move |file: &str| std::fs::read_to_string(data.join(file)).ok()
    };
    host::set_data_source(Box::new(read_data.clone()));
    let routes = routes(&dist, &read_data)?;
    // trunk's page, or the copy of it an earlier run kept (trunk's own index.html is then a drawn page).
    let trunk_page = |folder: &Path| {
        let kept = folder.join("app.html");
        template(&if kept.exists() { kept } else { folder.join("index.html") })
    };
    let templates = [(Bundle::Catalogue, trunk_page(&dist)?), (Bundle::Checker, trunk_page(&dist.join("sprawdz"))?)];
    // The bundles' pages as trunk wrote them, empty until the app draws them: what the service worker
    // answers with for a page it has not kept, offline.
    for (bundle, shell) in [(Bundle::Catalogue, "app.html"), (Bundle::Checker, "sprawdz/app.html")] {
        let text = &templates.iter().find(|(b, _)| *b == bundle).expect("both bundles").1;
        write(&dist, Path::new(shell), text)?;
    }
    let template_of = |bundle: Bundle| &templates.iter().find(|(b, _)| *b == bundle).expect("both bundles").1;
    // Most pages come to life with the islands bundle, their bundle's app loaded only if needed.
    let islands_page = template(&dist.join("strony/index.html"))?;
    let islands = [
        (Bundle::Catalogue, islands_template(template_of(Bundle::Catalogue), &islands_page)?),
        (Bundle::Checker, islands_template(template_of(Bundle::Checker), &islands_page)?),
    ];
    let islands_of = |bundle: Bundle| &islands.iter().find(|(b, _)| *b == bundle).expect("both bundles").1;
    let mut bytes = 0usize;
    for route in &routes {
        let mut drawn = prerender::draw(route, Locale::Pl, today);
        // The checker app reads its whole catalogue itself when it comes to draw a page: a page of its
        // with islands names no data files (the list of every centre file, on each of the national
        // catalogue's 24,790 start pages, made them 2.4 GB instead of 0.4, measured by `make bench`).
        if route.bundle() == Bundle::Checker && has_islands(route) {
            drawn.data_files.clear();
        }
        let href = route.href();
        let html = if has_islands(route) {
            fill_islands(islands_of(route.bundle()), &drawn, &href, today, matches!(route, Route::CheckStart(_)))
        } else {
            fill(template_of(route.bundle()), &drawn)
        };
        bytes += html.len();
        write(&dist, &file_for(&href)?, &html)?;
    }
    // The page a static host shows for an address it has no file for.
    let missing = Url { path: "/nie-ma-takiej-strony/".into(), query: String::new() };
    let drawn = prerender::draw_url(missing.clone(), Bundle::Catalogue, Locale::Pl, today);
    write(
        &dist,
        Path::new("404.html"),
        &fill_islands(islands_of(Bundle::Catalogue), &drawn, &missing.path, today, false),
    )?;
    println!(
        "{}: {} pages written for {today} in {:.1} s ({:.1} MB)",
        dist.display(),
        routes.len() + 1,
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6
    );
    Ok(())
}

/// Every page that reads the same for everyone: the catalogue's, and the checker's as they first show.
fn routes(dist: &Path, read: &dyn Fn(&str) -> Option<String>) -> Result<Vec<Route>, String> {
    let places_text = read(PLACES_FILE).ok_or(format!("{}: no {PLACES_FILE}", dist.display()))?;
    let places = Places::new(
        sprawdz_wsparcie::problem::parse_json::<PlacesFile>(PLACES_FILE, &places_text)
            .map_err(|issue| issue.describe(Locale::Pl))?,
    );
    let catalogue_dir = dist.join("catalogue");
    let read_catalogue = |file: &str| std::fs::read_to_string(catalogue_dir.join(file)).ok();
    let index_text = read_catalogue(INDEX_FILE).ok_or(format!("{}: no catalogue index", dist.display()))?;
    let index = validate::parse_index(INDEX_FILE, &index_text)
        .map_err(|issues| issues.iter().map(|i| i.describe(Locale::Pl)).collect::<Vec<_>>().join("\n"))?;
    let texts = index.centres.iter().map(|c| read_catalogue(&c.file)).collect();
    let (programmes, _) = sprawdz_wsparcie::ui::load::built_in_programmes();
    let loaded = assemble_with(&index, texts, validate::read_centre_file, &programmes);
    let catalogue = &loaded.catalogue;

    let mut routes = vec![Route::Home, Route::all_projects()];
    routes.extend(places.file.voivodeships.iter().map(|v| Route::Voivodeship(v.code.clone())));
    routes.extend(places.file.powiats.iter().map(|p| Route::Powiat(p.code.clone())));
    routes.extend(places.file.gminas.iter().map(|g| Route::Gmina { code: g.code.clone(), via: None }));
    routes.extend(catalogue.centres.iter().map(|c| Route::Centre(c.id.clone())));
    for entry in &catalogue.entries {
        let id = &entry.project.id;
        routes.extend([Route::Project(id.clone()), Route::CheckStart(Some(id.clone())), Route::ProjectQr(id.clone())]);
    }
    routes.extend([Route::CheckStart(None), Route::Answers, Route::Results, Route::Documents, Route::DeviceSettings]);
    routes.extend([Route::Accessibility, Route::EasyRead]);
    // A declaration's pages are one file each (its id is the device's own, in the query): drawn for
    // any id, they show what they show until the app has read the device's declarations.
    routes.extend([Route::Declaration("-".into()), Route::Print("-".into())]);
    routes.extend(Question::ALL.iter().map(|&question| Route::Question { question, changing: false }));
    Ok(routes)
}

/// Whether the page comes to life with the islands bundle: every catalogue page but the list of every
/// project, whose filters are the whole app's (it loads the app itself); and the checker's start
/// pages, its accessibility statement and easy-to-read page. Not the checker's pages of a person's
/// answers and documents, nor the device settings: those read the device, so the checker draws them.
fn has_islands(route: &Route) -> bool {
    match route.bundle() {
        Bundle::Catalogue => !matches!(route, Route::Catalogue(_)),
        Bundle::Checker => matches!(route, Route::CheckStart(_) | Route::Accessibility | Route::EasyRead),
    }
}

/// trunk's tags that load a bundle: its module script, and the links that preload its files.
fn loader_tags(page: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        let tail = &rest[start..];
        let end = if tail.starts_with("<script type=module>") {
            tail.find("</script>").map(|e| e + "</script>".len())
        } else if tail.starts_with("<link ") {
            tail.find('>').map(|e| e + 1).filter(|&e| {
                let tag = &tail[..e];
                tag.contains("rel=modulepreload") || tag.contains("type=application/wasm")
            })
        } else {
            None
        };
        match end {
            Some(end) => {
                tags.push(&tail[..end]);
                rest = &tail[end..];
            }
            None => rest = &tail[1..],
        }
    }
    tags
}

/// The catalogue's page with a loader of the islands bundle in place of trunk's loader of the app, and
/// the app's files named for the islands to load when a visit needs the whole app
/// (`ui::islands::load_app`).
///
/// The loader starts once the page has painted, with nothing preloaded before: on a slow line the
/// page's HTML and style sheet have the connection to themselves, and the first paint is the largest
/// (Lighthouse counted the bundle's 130 KB, preloaded with the page, into the largest paint: 1.8 s
/// with it, measured in docs/PERFORMANCE.md). Its script, snippets and wasm then come side by side.
fn islands_template(app: &str, islands: &str) -> Result<String, String> {
    let (app_tags, app_js, app_wasm) = bundle_files(app, "app.html")?;
    let (island_tags, js, wasm) = bundle_files(islands, "strony/index.html")?;
    let snippets: Vec<String> = island_tags
        .iter()
        .filter(|t| t.contains("rel=modulepreload") && t.contains("/snippets/"))
        .filter_map(|t| t.split_once("href=").and_then(|(_, rest)| rest.split([' ', '>']).next()))
        .map(|href| format!("{href:?}"))
        .collect();
    let mut page = app.to_string();
    for tag in app_tags {
        page = page.replacen(tag, "", 1);
    }
    let meta = format!(
        "<meta name=sprawdz-wsparcie-app data-js=\"{}\" data-wasm=\"{}\">",
        prerender::escape(&app_js),
        prerender::escape(&app_wasm)
    );
    let loader = format!(
        "<script type=module>requestAnimationFrame(()=>setTimeout(()=>{{\
         for(const href of [{}]){{const l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.append(l)}}\
         const wasm=fetch({wasm:?});import({js:?}).then((m)=>m.default({{module_or_path:wasm}}))}}))</script>",
        snippets.join(",")
    );
    Ok(page.replacen("</head>", &format!("{meta}{loader}</head>"), 1))
}

/// trunk's loader tags in `page`, and the bundle's script and wasm they load.
fn bundle_files<'a>(page: &'a str, name: &str) -> Result<(Vec<&'a str>, String, String), String> {
    let quoted = |text: &str, after: &str| {
        text.split_once(after).and_then(|(_, rest)| rest.split_once('\'').map(|(file, _)| file.to_string()))
    };
    let tags = loader_tags(page);
    let script = tags.iter().find(|t| t.starts_with("<script")).ok_or(format!("{name}: no trunk script"))?;
    match (quoted(script, " from '"), quoted(script, "module_or_path: '")) {
        (Some(js), Some(wasm)) => Ok((tags.clone(), js, wasm)),
        _ => Err(format!("{name}: trunk's script names no files (has trunk changed?)")),
    }
}

/// A catalogue page with its islands: it says which address and day it was drawn for and how long it
/// holds (`crate::written`), and names its data files for the app, should the app come to draw it
/// again, rather than preloading them: the islands need none of them.
/// The checker's start page (`answers_shown`) is written as for a device with no answers.
fn fill_islands(template: &str, drawn: &prerender::Drawn, href: &str, today: NaiveDate, answers_shown: bool) -> String {
    let path = href.split('?').next().unwrap_or(href);
    let mut marks = format!(" data-drawn-at=\"{}\" data-drawn-for={today}", prerender::escape(path));
    if answers_shown {
        marks.push_str(" data-answers-shown");
    }
    if let Some(until) = drawn.holds_until {
        marks.push_str(&format!(" data-holds-until={until}"));
    }
    if !drawn.data_files.is_empty() {
        marks.push_str(&format!(" data-files=\"{}\"", prerender::escape(&drawn.data_files.join(" "))));
    }
    // No `no-js` to wait for: what acts shows from the first paint (hidden by CSS without scripts).
    let class =
        drawn.html_class.as_deref().unwrap_or_default().split(' ').filter(|c| *c != "no-js").collect::<Vec<_>>();
    let drawn = prerender::Drawn {
        html_class: (!class.is_empty()).then(|| class.join(" ")),
        data_files: Vec::new(),
        ..drawn.clone()
    };
    fill_marked(template, &drawn, &marks)
}

/// A page trunk built, with `<title>…</title>` and `<body>…</body>` to fill.
fn template(path: &Path) -> Result<String, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e} (build both bundles first)", path.display()))?;
    for needed in ["<html lang=pl>", "<title>", "</title>", "</head>", "<body>", "</body>"] {
        if !text.contains(needed) {
            return Err(format!("{}: no {needed} to fill (has trunk's minifier changed?)", path.display()));
        }
    }
    Ok(text)
}

fn fill(template: &str, drawn: &prerender::Drawn) -> String {
    fill_marked(template, drawn, "")
}

/// [`fill`], with more attributes on `<html>` (`marks`, each after a space).
fn fill_marked(template: &str, drawn: &prerender::Drawn, marks: &str) -> String {
    let (head, rest) = template.split_once("<title>").expect("checked");
    let (own_title, rest) = rest.split_once("</title>").expect("checked");
    // A page that names itself only once its data is read keeps its bundle's title.
    let title = if drawn.title.is_empty() { own_title.to_string() } else { prerender::escape(&drawn.title) };
    let (middle, rest) = rest.split_once("<body>").expect("checked");
    let (_, tail) = rest.split_once("</body>").expect("checked");
    let class = drawn.html_class.as_ref().map(|c| format!(" class=\"{}\"", prerender::escape(c))).unwrap_or_default();
    let head = head.replacen("<html lang=pl>", &format!("<html lang={}{class}{marks}>", drawn.lang), 1);
    // The data the page was drawn with, fetched by the browser while the app loads (the app waits for
    // it before it draws the page again: `ui::host::fetch_page_data`).
    let preload: String = drawn
        .data_files
        .iter()
        .map(|file| {
            let href = prerender::escape(&format!("{DATA_URL}{file}"));
            format!("<link rel=preload as=fetch crossorigin href=\"{href}\" data-file=\"{}\">", prerender::escape(file))
        })
        .collect();
    let middle = middle.replacen("</head>", &format!("{preload}</head>"), 1);
    format!("{head}<title>{title}</title>{middle}<body>{}</body>{tail}", drawn.body)
}

/// `/projekt/a%20b/` → `projekt/a b/index.html`: the file a static host answers that address with
/// (hosts decode the address before they look for the file). An id that does not decode is refused.
fn file_for(href: &str) -> Result<PathBuf, String> {
    let path = href.split('?').next().unwrap_or(href);
    let mut file = PathBuf::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let name = sprawdz_wsparcie::route::decode(segment).ok_or(format!("{href}: not an address to write"))?;
        if name == "." || name == ".." || name.contains(['/', '\\', '\0']) {
            return Err(format!("{href}: not an address to write"));
        }
        file.push(name);
    }
    Ok(file.join("index.html"))
}

fn write(dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let path = dist.join(file);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
