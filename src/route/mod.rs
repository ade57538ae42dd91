//! Every page of both apps as one typed value. A URL is read in [`Route::parse`] and written in
//! [`Route::href`], side by side, so that every link, redirect and "next question" points at a page the
//! apps know, with its ids and query values percent-encoded. Plain Rust, tested natively.
//!
//! Pages to come (a gmina, powiat or voivodeship page; the staff editor in a bundle of its own) are a
//! variant here, a line in `parse` and `href`, and a [`Bundle`] for what loads them.

use crate::catalogue::{OfferKind, Place, Query, StatusKind, TargetGroup};
use crate::questionnaire::Question;

mod editor;
mod language;
mod model;
mod percent;
mod query;

use crate::i18n::Locale;
pub use editor::parse_editor;
pub use language::{alternates, in_language, redirect_script, split_language};
pub use model::{Bundle, Route, EDITOR_ROOT};
use percent::encode_into;
pub use percent::{decode, decode_query, encode};
use query::{digits, has_key, id, param, raw_param, segments};

impl Route {
    /// The page at `path` with `query` (without its "?"); `None` for a page that does not exist. The
    /// path may start with a language (`/uk/…`, [`split_language`]) and end in a slash; a segment that is not valid percent-encoded UTF-8 finds no page.
    pub fn parse(path: &str, query: &str) -> Option<Route> {
        match Bundle::of_path(path) {
            Bundle::Catalogue => Route::parse_catalogue(path, query),
            Bundle::Checker => Route::parse_checker(path, query),
            Bundle::Editor => parse_editor(path, query),
        }
    }

    /// The page at `path` among the catalogue's pages only. Each app reads its URL with its own
    /// function, so its wasm carries the reading of its own pages and not the other app's.
    pub fn parse_catalogue(path: &str, query: &str) -> Option<Route> {
        let route = match segments(path) {
            // The list was the first page once: a filtered link from then still opens the list.
            ["", "", ""] => match filters(query) {
                filters if filters == Query::default() => Route::Home,
                filters => Route::Catalogue(filters),
            },
            ["projekty", "", ""] => Route::Catalogue(filters(query)),
            ["projekt", raw, ""] => Route::Project(id(raw)?),
            ["osrodek", raw, ""] => Route::Centre(id(raw)?),
            ["gmina", raw, ""] => {
                let via = param(query, "miejscowosc");
                Route::Gmina { code: digits(raw, 6)?, via: (!via.is_empty()).then_some(via) }
            }
            ["powiat", raw, ""] => Route::Powiat(digits(raw, 4)?),
            ["wojewodztwo", raw, ""] => Route::Voivodeship(digits(raw, 2)?),
            ["zasilki", "", ""] => Route::Benefits,
            ["zasilki", slug, ""] => Route::Benefit(crate::benefits::Benefit::from_slug(slug)?),
            _ => return None,
        };
        Some(route)
    }

    /// The page at `path` among the checker's pages only (see [`Route::parse_catalogue`]).
    pub fn parse_checker(path: &str, query: &str) -> Option<Route> {
        let ["sprawdz", rest @ ..] = segments(path) else { return None };
        let route = match rest {
            ["", ""] => Route::CheckStart(None),
            ["projekt", raw] => Route::CheckStart(Some(id(raw)?)),
            ["pytanie", slug] => {
                Route::Question { question: Question::from_slug(slug)?, changing: has_key(query, "zmiana") }
            }
            ["odpowiedzi", ""] => Route::Answers,
            ["wynik", ""] => Route::Results,
            ["dokumenty", ""] => Route::Documents,
            ["deklaracja", ""] => Route::Declaration(id(raw_param(query, "id")?)?),
            ["wydruk", ""] => Route::Print(id(raw_param(query, "id")?)?),
            ["wniosek", ""] => Route::Request(id(raw_param(query, "id")?)?),
            ["wydruk-wniosku", ""] => Route::RequestPrint(id(raw_param(query, "id")?)?),
            // The addresses before every page was a file of its own (a host with a rewrite rule).
            ["deklaracja", raw] => match raw.split_once('/') {
                None => Route::Declaration(id(raw)?),
                Some((raw, "wydruk")) => Route::Print(id(raw)?),
                Some(_) => return None,
            },
            ["urzadzenie", ""] => Route::DeviceSettings,
            ["kod", raw] => Route::ProjectQr(id(raw)?),
            ["dostepnosc", ""] => Route::Accessibility,
            ["latwy-tekst", ""] => Route::EasyRead,
            _ => return None,
        };
        Some(route)
    }

    /// The page's address, path and query, for a link or a redirect.
    pub fn href(&self) -> String {
        // Each page is a fixed start, perhaps an id (percent-encoded), and a fixed end.
        // Every page is a folder (`/projekt/<id>/`), as `make dist` writes it: a static host answers
        // the address with the folder's index.html, with no redirect and no rewrite rule. A
        // declaration's id is the device's own, so its pages are one file each, with the id asked for.
        let (start, id, end): (&str, Option<&str>, &str) = match self {
            Route::Home => return Route::HOME.to_string(),
            Route::Catalogue(query) => return catalogue_href(query),
            Route::Project(id) => ("/projekt/", Some(id), "/"),
            Route::Centre(id) => ("/osrodek/", Some(id), "/"),
            Route::Gmina { code, via: None } => ("/gmina/", Some(code), "/"),
            Route::Gmina { code, via: Some(via) } => {
                let mut out = format!("/gmina/{code}/?miejscowosc=");
                encode_into(&mut out, via);
                return out;
            }
            Route::Powiat(code) => ("/powiat/", Some(code), "/"),
            Route::Voivodeship(code) => ("/wojewodztwo/", Some(code), "/"),
            Route::Benefits => ("/zasilki/", None, ""),
            Route::Benefit(benefit) => ("/zasilki/", Some(benefit.slug()), "/"),
            Route::CheckStart(None) => ("/sprawdz/", None, ""),
            Route::CheckStart(Some(id)) => ("/sprawdz/projekt/", Some(id), "/"),
            Route::Question { question, changing } => {
                ("/sprawdz/pytanie/", Some(question.slug()), if *changing { "/?zmiana=1" } else { "/" })
            }
            Route::Answers => ("/sprawdz/odpowiedzi/", None, ""),
            Route::Results => ("/sprawdz/wynik/", None, ""),
            Route::Documents => ("/sprawdz/dokumenty/", None, ""),
            Route::Declaration(id) => ("/sprawdz/deklaracja/?id=", Some(id), ""),
            Route::Print(id) => ("/sprawdz/wydruk/?id=", Some(id), ""),
            Route::Request(id) => ("/sprawdz/wniosek/?id=", Some(id), ""),
            Route::RequestPrint(id) => ("/sprawdz/wydruk-wniosku/?id=", Some(id), ""),
            Route::DeviceSettings => ("/sprawdz/urzadzenie/", None, ""),
            Route::ProjectQr(id) => ("/sprawdz/kod/", Some(id), "/"),
            Route::Accessibility => ("/sprawdz/dostepnosc/", None, ""),
            Route::EasyRead => ("/sprawdz/latwy-tekst/", None, ""),
            editor => return editor::editor_href(editor).unwrap_or_default(),
        };
        let mut out = String::from(start);
        if let Some(id) = id {
            encode_into(&mut out, id);
        }
        out.push_str(end);
        out
    }

    /// The page's address in `locale` ([`in_language`]): a page in Polish has the address [`Route::href`]
    /// gives, the others start with their language.
    pub fn href_in(&self, locale: Locale) -> String {
        in_language(&self.href(), locale)
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
            Route::Home
            | Route::Catalogue(_)
            | Route::Project(_)
            | Route::Centre(_)
            | Route::Gmina { .. }
            | Route::Powiat(_)
            | Route::Voivodeship(_)
            | Route::Benefits
            | Route::Benefit(_) => Bundle::Catalogue,
            Route::EditorStart
            | Route::EditorCentre(_)
            | Route::EditorProject { .. }
            | Route::EditorPreview { .. }
            | Route::EditorFile(_) => Bundle::Editor,
            _ => Bundle::Checker,
        }
    }

    /// Whether a "new version, reload" notice may show here: not in the middle of the questionnaire,
    /// the review of answers, a declaration or request being filled in, or the device settings, where a reload
    /// would break someone's train of thought.
    pub fn update_notice_allowed(&self) -> bool {
        !matches!(
            self,
            Route::Question { .. } | Route::Answers | Route::Declaration(_) | Route::Request(_) | Route::DeviceSettings
        )
    }

    /// The first page, in no language: where a device goes to start afresh, in the language it asks
    /// for (`Route::Home.href()`, tested to be the same).
    pub const HOME: &'static str = "/";

    /// The list of every project, unfiltered, as a link (tested to be `Route::all_projects().href()`).
    pub const ALL_PROJECTS: &'static str = "/projekty/";

    /// The list of every project, unfiltered.
    pub fn all_projects() -> Route {
        Route::Catalogue(Query::default())
    }
}

/// `/projekty`, with the filters that are set as a query.
fn catalogue_href(query: &Query) -> String {
    let group = query.group.map_or("", |g| g.code());
    let status = query.status.map_or("", |s| s.code());
    let kind = query.kind.map_or("", |k| k.code());
    let pairs = [
        ("q", query.text.as_str()),
        ("miejsce", &query.place.code()),
        ("dla", group),
        ("status", status),
        ("rodzaj", kind),
        ("program", query.programme.as_deref().unwrap_or_default()),
    ];
    let mut out = String::from(Route::ALL_PROJECTS);
    for (key, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// The list's filters from its query.
fn filters(query: &str) -> Query {
    Query {
        text: param(query, "q"),
        place: Place::from_code(&param(query, "miejsce")),
        group: TargetGroup::from_code(&param(query, "dla")),
        status: StatusKind::from_code(&param(query, "status")),
        kind: OfferKind::from_code(&param(query, "rodzaj")),
        programme: Some(param(query, "program")).filter(|id| !id.is_empty()),
    }
}

/// A filter given in the list's address that could not be read: it did not decode, or names no place,
/// group, status or kind there is. The list then shows the projects without it, and says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnreadFilter {
    Text,
    Place,
    Group,
    Status,
    Kind,
}

/// Every filter of `query` (the list's, without its "?") that [`Route::parse`] had to leave out.
pub fn unread_filters(query: &str) -> Vec<UnreadFilter> {
    let read = |filter, value: &str| match filter {
        UnreadFilter::Text => true,
        UnreadFilter::Place => Place::from_code(value) != Place::Anywhere,
        UnreadFilter::Group => TargetGroup::from_code(value).is_some(),
        UnreadFilter::Status => StatusKind::from_code(value).is_some(),
        UnreadFilter::Kind => OfferKind::from_code(value).is_some(),
    };
    [
        ("q", UnreadFilter::Text),
        ("miejsce", UnreadFilter::Place),
        ("dla", UnreadFilter::Group),
        ("status", UnreadFilter::Status),
        ("rodzaj", UnreadFilter::Kind),
    ]
    .into_iter()
    .filter(|(key, filter)| {
        raw_param(query, key)
            .is_some_and(|raw| !raw.is_empty() && !decode_query(raw).is_some_and(|v| read(*filter, &v)))
    })
    .map(|(_, filter)| filter)
    .collect()
}

#[cfg(test)]
mod tests;
