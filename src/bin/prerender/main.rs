//! `make dist`'s last build step: writes the HTML of every page that does not depend on a person's
//! answers into the release build, one file per address (`projekt/<id>/index.html`…), drawn by the
//! app's own components ([`sprawdz_wsparcie::ui::prerender`]), each whole document by the shell
//! ([`sprawdz_wsparcie::ui::shell`]) with the files trunk built for its bundle (read from trunk's pages:
//! `assets`), its module script in a file of its own and the policy in a `<meta>` (`policy`). Then
//! `dist/layout.json` says what the build holds for the steps after it. A static host answers every
//! deep link with a real file, and the page reads before any script.
//!
//!     prerender dist [--date 2026-12-02] [--site https://example.org]
//!
//! Every page is written in each language under its own address (`/uk/…`, `/en/…`;
//! `sprawdz_wsparcie::route::split_language`), naming the others (`hreflang`, full addresses when
//! `--site` says where the pages are served). Statuses are computed for `--date` (default: today in
//! Poland) and say so until the app runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use clap::Parser;
use sprawdz_wsparcie::catalogue::{assemble_with, validate, INDEX_FILE};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::places::{Places, PlacesFile, PLACES_FILE};
use sprawdz_wsparcie::questionnaire::Question;
use sprawdz_wsparcie::route::{alternates, Bundle, Route};
use sprawdz_wsparcie::ui::host::Url;
use sprawdz_wsparcie::ui::{host, prerender};

mod assets;
mod page;
mod policy;
#[cfg(test)]
mod tests;

use assets::Layout;
use page::Site;

fn main() {
    if let Err(message) = run() {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}

/// Writes every page that does not depend on a person's answers into the release build.
#[derive(Parser)]
#[command(name = "prerender")]
struct Args {
    /// The release build trunk wrote (`dist`).
    dist: PathBuf,
    /// The day the statuses are computed for (YYYY-MM-DD); today in Poland when not given.
    #[arg(long, value_parser = day)]
    date: Option<NaiveDate>,
    /// Where the pages are served (https://…), for the full addresses of the other languages.
    #[arg(long, value_parser = site, default_value = "")]
    site: String,
}

fn day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| format!("{text}: {e}"))
}

fn site(text: &str) -> Result<String, String> {
    match text {
        "" => Ok(String::new()),
        _ if text.starts_with("https://") || text.starts_with("http://") => Ok(text.trim_end_matches('/').to_string()),
        _ => Err(format!("{text}: not an address like https://…")),
    }
}

fn run() -> Result<(), String> {
    let Args { dist, date: today, site: site_address } = Args::parse();
    let today = today.unwrap_or_else(|| {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let utc = chrono::DateTime::from_timestamp(since.as_secs() as i64, 0).unwrap_or_default().naive_utc();
        sprawdz_wsparcie::dates::poland_local_time(utc).date()
    });
    let started = Instant::now();
    let data = dist.join("data/1");
    let read_data = move |file: &str| std::fs::read_to_string(data.join(file)).ok();
    let routes = routes(&dist, &read_data)?;
    let site = Site::new(Layout::read(&dist)?);
    policy::check_conf(Path::new(policy::NGINX_CONF), &site.header)?;
    // The bundles' pages with nothing drawn, which the app draws: what the service worker answers with
    // for a page it has not kept, offline; and every page of the editor, whose draft is in the query.
    write_checked(&site, &dist, Path::new("app.html"), &site.empty_page(Bundle::Catalogue))?;
    write_checked(&site, &dist, Path::new("sprawdz/app.html"), &site.empty_page(Bundle::Checker))?;
    let editor = site.empty_page(Bundle::Editor);
    for route in
        [Route::EditorStart, Route::EditorCentre("-".into()), Route::EditorProject { draft: "-".into(), project: 0 }]
            .into_iter()
            .chain([Route::EditorPreview { draft: "-".into(), project: 0 }, Route::EditorFile("-".into())])
    {
        write_checked(&site, &dist, &file_for(&route.href())?, &editor)?;
    }
    let job = Job { dist: &dist, routes: &routes, site: &site, today, site_address: &site_address };
    // Each language on a thread of its own: the components are drawn with what each thread holds
    // (`ui::host`), so the languages share nothing but the routes and the site.
    let bytes = std::thread::scope(|scope| {
        let threads: Vec<_> = Locale::ALL
            .iter()
            .map(|&locale| {
                let read_data = read_data.clone();
                scope.spawn(move || {
                    host::set_data_source(Box::new(read_data));
                    job.write_language(locale)
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|_| Err("a language's pages stopped".into())))
            .sum::<Result<usize, String>>()
    })?;
    // The page a static host shows for an address it has no file for.
    host::set_data_source(Box::new(read_data));
    let missing = Url { path: "/nie-ma-takiej-strony/".into(), query: String::new() };
    let drawn = prerender::draw_url(missing.clone(), Bundle::Catalogue, Locale::Pl, today);
    let page = site.islands_page(Bundle::Catalogue, &drawn, &[], &missing.path, today, false);
    write_checked(&site, &dist, Path::new("404.html"), &page)?;
    // The module scripts, the layout for the build's later steps; trunk's pages of the islands bundles,
    // which are no pages of the site, go (their files are in the layout).
    for (file, code) in &site.boots {
        write(&dist, Path::new(file), code)?;
    }
    // Those of an earlier run on this build that no page names now (a bundle built again since).
    for entry in std::fs::read_dir(&dist).map_err(|e| format!("{}: {e}", dist.display()))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if policy::is_boot_file(&name) && !site.boots.iter().any(|(file, _)| *file == name) {
            std::fs::remove_file(entry.path()).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    site.layout.write(&dist)?;
    for folder in [assets::ISLANDS_FOLDER, assets::CHECKER_ISLANDS_FOLDER] {
        let islands_page = dist.join(folder.trim_start_matches('/')).join("index.html");
        if islands_page.exists() {
            std::fs::remove_file(&islands_page).map_err(|e| format!("{}: {e}", islands_page.display()))?;
        }
    }
    println!(
        "{}: {} pages in {} languages written for {today} in {:.1} s ({:.1} MB), {} module scripts",
        dist.display(),
        routes.len() * Locale::ALL.len() + 1,
        Locale::ALL.len(),
        started.elapsed().as_secs_f64(),
        bytes as f64 / 1e6,
        site.boots.len()
    );
    Ok(())
}

/// What every language's pages are written from.
#[derive(Clone, Copy)]
struct Job<'a> {
    dist: &'a Path,
    routes: &'a [Route],
    site: &'a Site,
    today: NaiveDate,
    /// Where the pages are served (`--site`), for the full addresses of the other languages.
    site_address: &'a str,
}

impl Job<'_> {
    /// Writes every page in `locale`; returns how many bytes.
    fn write_language(&self, locale: Locale) -> Result<usize, String> {
        let mut bytes = 0;
        for route in self.routes {
            let mut drawn = prerender::draw(route, locale, self.today);
            // The checker app reads its whole catalogue itself when it comes to draw a page: a page of
            // its with islands names no data files (the list of every centre file, on each of the
            // national catalogue's 24,790 start pages, made them 2.4 GB instead of 0.4, measured by
            // `make bench`).
            if route.bundle() == Bundle::Checker && has_islands(route) {
                drawn.data_files.clear();
            }
            let href = route.href_in(locale);
            let alternates: Vec<(&str, String)> = alternates(&href)
                .into_iter()
                .map(|(lang, href)| (lang, format!("{}{href}", self.site_address)))
                .collect();
            let html = if has_islands(route) {
                let answers_shown = matches!(route, Route::CheckStart(_));
                self.site.islands_page(route.bundle(), &drawn, &alternates, &href, self.today, answers_shown)
            } else {
                self.site.app_page(route.bundle(), &drawn, &alternates)
            };
            bytes += html.len();
            write_checked(self.site, self.dist, &file_for(&href)?, &html)?;
        }
        Ok(bytes)
    }
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
    routes.push(Route::Benefits);
    routes.extend(sprawdz_wsparcie::benefits::Benefit::ALL.map(Route::Benefit));
    routes.extend([Route::CheckStart(None), Route::Answers, Route::Results, Route::Documents, Route::DeviceSettings]);
    routes.extend([Route::Accessibility, Route::EasyRead]);
    // A declaration's and a request's pages are one file each (its id is the device's own, in the query): drawn for
    // any id, they show what they show until the app has read the device's declarations.
    routes.extend([Route::Declaration("-".into()), Route::Print("-".into())]);
    routes.extend([Route::Request("-".into()), Route::RequestPrint("-".into())]);
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
        Bundle::Editor => false,
    }
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

/// Writes a page, once checked against the policy (the build fails on what it would block).
fn write_checked(site: &Site, dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let refused = policy::refused(html, &site.first_script);
    if let Some(first) = refused.first() {
        return Err(format!(
            "{}: the Content-Security-Policy allows none of this: {first} ({} in all)",
            file.display(),
            refused.len()
        ));
    }
    write(dist, file, html)
}

fn write(dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let path = dist.join(file);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
}
