//! Every page of both apps as one typed value. A URL is read in [`Route::parse`] and written in
//! [`Route::href`], side by side, so that every link, redirect and "next question" points at a page the
//! apps know, with its ids and query values percent-encoded. Plain Rust, tested natively.
//!
//! Pages to come (a gmina, powiat or voivodeship page; the staff editor in a bundle of its own) are a
//! variant here, a line in `parse` and `href`, and a [`Bundle`] for what loads them.

use crate::catalogue::{Place, Query, StatusKind, TargetGroup};
use crate::questionnaire::Question;

mod percent;

use percent::encode_into;
pub use percent::{decode, encode};

/// Which app (and so which wasm bundle) serves a page. A link within the same bundle changes the page
/// in place; a link to another bundle loads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The first page: the list, project and centre pages.
    Catalogue,
    /// Everything under `/sprawdz`: the questions, results, declarations and the staff's device settings.
    Checker,
}

impl Bundle {
    /// The bundle that answers `path`, whether or not a page of it is there.
    pub fn of_path(path: &str) -> Bundle {
        if path == CHECKER_ROOT || path.starts_with("/sprawdz/") {
            Bundle::Checker
        } else {
            Bundle::Catalogue
        }
    }
}

const CHECKER_ROOT: &str = "/sprawdz";

/// One page of the apps, with what it shows named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: every project, filtered by `?q=&miejsce=&dla=&status=`.
    Catalogue(Query),
    /// `/projekt/<id>`
    Project(String),
    /// `/osrodek/<id>`
    Centre(String),
    /// `/sprawdz`, or `/sprawdz/projekt/<id>` for one project.
    CheckStart(Option<String>),
    /// `/sprawdz/pytanie/<question>`; `?zmiana=1` when changing an answer from the answers page.
    Question { question: Question, changing: bool },
    /// `/sprawdz/odpowiedzi`
    Answers,
    /// `/sprawdz/wynik`
    Results,
    /// `/sprawdz/dokumenty`
    Documents,
    /// `/sprawdz/deklaracja/<id>`
    Declaration(String),
    /// `/sprawdz/deklaracja/<id>/wydruk`
    Print(String),
    /// `/sprawdz/urzadzenie`
    DeviceSettings,
    /// `/sprawdz/kod/<id>`
    ProjectQr(String),
    /// `/sprawdz/dostepnosc`
    Accessibility,
    /// `/sprawdz/latwy-tekst`
    EasyRead,
}

impl Route {
    /// The page at `path` with `query` (without its "?"); `None` for a page that does not exist. A path
    /// may end in a slash; a segment that is not valid percent-encoded UTF-8 finds no page.
    pub fn parse(path: &str, query: &str) -> Option<Route> {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            p => p,
        };
        // The fixed words of a path are plain ASCII; only ids are decoded.
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        let id = |raw: &str| decode(raw);
        let route = match segments.as_slice() {
            [""] => {
                let params = Params::parse(query);
                Route::Catalogue(Query {
                    text: params.get("q"),
                    place: Place::from_code(&params.get("miejsce")),
                    group: TargetGroup::from_code(&params.get("dla")),
                    status: StatusKind::from_code(&params.get("status")),
                })
            }
            ["projekt", raw] => Route::Project(id(raw)?),
            ["osrodek", raw] => Route::Centre(id(raw)?),
            ["sprawdz"] => Route::CheckStart(None),
            ["sprawdz", "projekt", raw] => Route::CheckStart(Some(id(raw)?)),
            ["sprawdz", "pytanie", slug] => {
                Route::Question { question: Question::from_slug(slug)?, changing: Params::parse(query).has("zmiana") }
            }
            ["sprawdz", "odpowiedzi"] => Route::Answers,
            ["sprawdz", "wynik"] => Route::Results,
            ["sprawdz", "dokumenty"] => Route::Documents,
            ["sprawdz", "deklaracja", raw] => Route::Declaration(id(raw)?),
            ["sprawdz", "deklaracja", raw, "wydruk"] => Route::Print(id(raw)?),
            ["sprawdz", "urzadzenie"] => Route::DeviceSettings,
            ["sprawdz", "kod", raw] => Route::ProjectQr(id(raw)?),
            ["sprawdz", "dostepnosc"] => Route::Accessibility,
            ["sprawdz", "latwy-tekst"] => Route::EasyRead,
            _ => return None,
        };
        Some(route)
    }

    /// The page's address, path and query, for a link or a redirect.
    pub fn href(&self) -> String {
        match self {
            Route::Catalogue(query) => {
                let pairs = [
                    ("q", query.text.clone()),
                    ("miejsce", query.place.code()),
                    ("dla", query.group.map(|g| g.code().to_string()).unwrap_or_default()),
                    ("status", query.status.map(|s| s.code().to_string()).unwrap_or_default()),
                ];
                let mut out = String::from("/");
                for (key, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
                    out.push(if out.len() == 1 { '?' } else { '&' });
                    out.push_str(key);
                    out.push('=');
                    encode_into(&mut out, value);
                }
                out
            }
            Route::Project(id) => path(&["projekt", id]),
            Route::Centre(id) => path(&["osrodek", id]),
            Route::CheckStart(None) => CHECKER_ROOT.to_string(),
            Route::CheckStart(Some(id)) => path(&["sprawdz", "projekt", id]),
            Route::Question { question, changing } => {
                let at = path(&["sprawdz", "pytanie", question.slug()]);
                if *changing {
                    at + "?zmiana=1"
                } else {
                    at
                }
            }
            Route::Answers => path(&["sprawdz", "odpowiedzi"]),
            Route::Results => path(&["sprawdz", "wynik"]),
            Route::Documents => path(&["sprawdz", "dokumenty"]),
            Route::Declaration(id) => path(&["sprawdz", "deklaracja", id]),
            Route::Print(id) => path(&["sprawdz", "deklaracja", id, "wydruk"]),
            Route::DeviceSettings => path(&["sprawdz", "urzadzenie"]),
            Route::ProjectQr(id) => path(&["sprawdz", "kod", id]),
            Route::Accessibility => path(&["sprawdz", "dostepnosc"]),
            Route::EasyRead => path(&["sprawdz", "latwy-tekst"]),
        }
    }

    /// The address of a part of the page (`/sprawdz/dokumenty#odlozone`); `anchor` is an element id.
    pub fn href_to(&self, anchor: &str) -> String {
        let mut out = self.href();
        out.push('#');
        encode_into(&mut out, anchor);
        out
    }

    /// The app that serves the page.
    pub fn bundle(&self) -> Bundle {
        match self {
            Route::Catalogue(_) | Route::Project(_) | Route::Centre(_) => Bundle::Catalogue,
            _ => Bundle::Checker,
        }
    }

    /// Whether a "new version, reload" notice may show here: not in the middle of the questionnaire,
    /// the review of answers, a declaration being filled in, or the device settings, where a reload
    /// would break someone's train of thought.
    pub fn update_notice_allowed(&self) -> bool {
        !matches!(self, Route::Question { .. } | Route::Answers | Route::Declaration(_) | Route::DeviceSettings)
    }

    /// The catalogue's first page, unfiltered.
    pub fn home() -> Route {
        Route::Catalogue(Query::default())
    }
}

/// An absolute path from its segments, each percent-encoded.
fn path(segments: &[&str]) -> String {
    let mut out = String::new();
    for segment in segments {
        out.push('/');
        encode_into(&mut out, segment);
    }
    out
}

/// The query's pairs, decoded ("+" is a space, as forms send it). A pair that does not decode is
/// treated as absent.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(query: &str) -> Params {
        let pairs = query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                Some((decode(&k.replace('+', " "))?, decode(&v.replace('+', " "))?))
            })
            .collect();
        Params(pairs)
    }

    fn get(&self, key: &str) -> String {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
}

#[cfg(test)]
mod tests;
