//! Every page of both apps as one typed value. A URL is read in [`Route::parse`] and written in
//! [`Route::href`], side by side, so that every link, redirect and "next question" points at a page the
//! apps know, with its ids and query values percent-encoded. Plain Rust, tested natively.
//!
//! Pages to come (a gmina, powiat or voivodeship page; the staff editor in a bundle of its own) are a
//! variant here, a line in `parse` and `href`, and a [`Bundle`] for what loads them.

use crate::catalogue::{Place, Query, StatusKind, TargetGroup};
use crate::questionnaire::Question;

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
        let raw: Vec<&str> = path.split('/').skip(1).collect();
        let segments: Vec<String> = raw.iter().map(|s| decode(s)).collect::<Option<_>>()?;
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        let params = Params::parse(query);
        let route = match segments.as_slice() {
            [""] => Route::Catalogue(Query {
                text: params.get("q"),
                place: Place::from_code(&params.get("miejsce")),
                group: TargetGroup::from_code(&params.get("dla")),
                status: StatusKind::from_code(&params.get("status")),
            }),
            ["projekt", id] => Route::Project(id.to_string()),
            ["osrodek", id] => Route::Centre(id.to_string()),
            ["sprawdz"] => Route::CheckStart(None),
            ["sprawdz", "projekt", id] => Route::CheckStart(Some(id.to_string())),
            ["sprawdz", "pytanie", slug] => {
                Route::Question { question: Question::from_slug(slug)?, changing: params.has("zmiana") }
            }
            ["sprawdz", "odpowiedzi"] => Route::Answers,
            ["sprawdz", "wynik"] => Route::Results,
            ["sprawdz", "dokumenty"] => Route::Documents,
            ["sprawdz", "deklaracja", id] => Route::Declaration(id.to_string()),
            ["sprawdz", "deklaracja", id, "wydruk"] => Route::Print(id.to_string()),
            ["sprawdz", "urzadzenie"] => Route::DeviceSettings,
            ["sprawdz", "kod", id] => Route::ProjectQr(id.to_string()),
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
                let filled: Vec<String> =
                    pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode(v))).collect();
                if filled.is_empty() {
                    "/".to_string()
                } else {
                    format!("/?{}", filled.join("&"))
                }
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
        format!("{}#{}", self.href(), encode(anchor))
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
    segments.iter().map(|s| format!("/{}", encode(s))).collect()
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

/// Percent-encodes every byte but the unreserved ones, as JavaScript's `encodeURIComponent` does.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences; `None` when one is malformed or the bytes are not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids as a maintainer might write them, and as no one should but someone will.
    const IDS: &[&str] = &["ops-szamotuly", "a b", "Łódź żółć", "100%", "a/b", "co?", "x#y&z=1+2", ""];

    fn every_route(id: &str) -> Vec<Route> {
        let mut all = vec![
            Route::home(),
            Route::Catalogue(Query {
                text: id.to_string(),
                place: Place::Centre(id.to_string()),
                group: Some(TargetGroup::ALL[0]),
                status: Some(StatusKind::ALL[0]),
            }),
            Route::Catalogue(Query { place: Place::Gmina(id.to_string()), ..Query::default() }),
            Route::Project(id.to_string()),
            Route::Centre(id.to_string()),
            Route::CheckStart(None),
            Route::CheckStart(Some(id.to_string())),
            Route::Answers,
            Route::Results,
            Route::Documents,
            Route::Declaration(id.to_string()),
            Route::Print(id.to_string()),
            Route::DeviceSettings,
            Route::ProjectQr(id.to_string()),
            Route::Accessibility,
            Route::EasyRead,
        ];
        for question in Question::ALL {
            all.push(Route::Question { question, changing: false });
            all.push(Route::Question { question, changing: true });
        }
        all
    }

    fn split(href: &str) -> (&str, &str) {
        href.split_once('?').unwrap_or((href, ""))
    }

    #[test]
    fn every_route_reads_back_from_its_own_link() {
        for id in IDS.iter().filter(|id| !id.is_empty()) {
            for route in every_route(id) {
                let href = route.href();
                let (path, query) = split(&href);
                assert_eq!(Route::parse(path, query), Some(route.clone()), "{href}");
                assert_eq!(Bundle::of_path(path), route.bundle(), "{href}");
                assert!(!path[1..].contains("//"), "{href}");
            }
        }
    }

    #[test]
    fn ids_are_encoded_so_that_no_character_changes_the_path_or_query() {
        assert_eq!(Route::Project("a/b".into()).href(), "/projekt/a%2Fb");
        assert_eq!(Route::Project("co?".into()).href(), "/projekt/co%3F");
        assert_eq!(Route::Project("100%".into()).href(), "/projekt/100%25");
        assert_eq!(Route::Project("a b".into()).href(), "/projekt/a%20b");
        assert_eq!(Route::Print("Łódź".into()).href(), "/sprawdz/deklaracja/%C5%81%C3%B3d%C5%BA/wydruk");
        let query = Query { text: "x#y&z=1+2".into(), ..Query::default() };
        assert_eq!(Route::Catalogue(query).href(), "/?q=x%23y%26z%3D1%2B2");
        assert_eq!(Route::Documents.href_to("odlozone"), "/sprawdz/dokumenty#odlozone");
    }

    #[test]
    fn the_links_the_apps_have_always_used_still_lead_to_the_same_pages() {
        // (path as typed, query, the page, the link the apps write for it)
        let cases = [
            ("/", "", Route::home(), "/"),
            ("/projekt/ops-szamotuly", "", Route::Project("ops-szamotuly".into()), "/projekt/ops-szamotuly"),
            ("/sprawdz/", "", Route::CheckStart(None), "/sprawdz"),
            (
                "/sprawdz/pytanie/gmina",
                "zmiana=1",
                Route::Question { question: Question::Gmina, changing: true },
                "/sprawdz/pytanie/gmina?zmiana=1",
            ),
            ("/sprawdz/deklaracja/d1/wydruk/", "", Route::Print("d1".into()), "/sprawdz/deklaracja/d1/wydruk"),
            ("/sprawdz/latwy-tekst", "", Route::EasyRead, "/sprawdz/latwy-tekst"),
        ];
        for (path, query, route, href) in cases {
            assert_eq!(Route::parse(path, query), Some(route.clone()), "{path}?{query}");
            assert_eq!(route.href(), href);
        }
        let filtered = Route::parse("/", "?q=dom+dziecka&miejsce=g:%C5%81%C3%B3d%C5%BA&dla=seniorzy&status=x&inne=1");
        let Some(Route::Catalogue(q)) = filtered else { panic!("{filtered:?}") };
        assert_eq!(q.text, "dom dziecka");
        assert_eq!(q.place, Place::Gmina("Łódź".into()));
        assert_eq!(q.status, None, "an unknown status filters nothing");
    }

    #[test]
    fn routes_and_query_parameters() {
        let route = |path: &str| Route::parse(path, "");
        assert_eq!(route("/"), Some(Route::home()));
        assert_eq!(route("/projekt/klobuckie-centrum"), Some(Route::Project("klobuckie-centrum".into())));
        assert_eq!(route("/osrodek/ops-szprotawa"), Some(Route::Centre("ops-szprotawa".into())));
        assert_eq!(route("/osrodek/"), None);
        assert_eq!(route("/projekt/a/b"), None);
        assert_eq!(route("/nie-ma"), None);
        assert_eq!(route("/sprawdz/"), Some(Route::CheckStart(None)));
        assert_eq!(route("/sprawdz/projekt/jastrzebie"), Some(Route::CheckStart(Some("jastrzebie".into()))));
        assert_eq!(
            route("/sprawdz/pytanie/rodzina"),
            Some(Route::Question { question: Question::Family, changing: false })
        );
        assert_eq!(route("/sprawdz/deklaracja/d1-ab"), Some(Route::Declaration("d1-ab".into())));
        assert_eq!(route("/sprawdz/deklaracja/d1-ab/wydruk"), Some(Route::Print("d1-ab".into())));
        assert_eq!(route("/sprawdz/dostepnosc"), Some(Route::Accessibility));
        assert_eq!(route("/sprawdz/wynik/x"), None);
        let Some(Route::Catalogue(query)) = Route::parse("/", "q=k%C5%82obuck+centrum&dla=&status=ended") else {
            panic!("not the catalogue")
        };
        assert_eq!(query.text, "kłobuck centrum");
        assert_eq!(query.group, None);
        assert_eq!(query.status, Some(StatusKind::Ended));
        assert_eq!(query.place, Place::Anywhere);
    }

    #[test]
    fn unknown_pages_and_broken_encodings_find_nothing() {
        for (path, query) in [
            ("/nie-ma", ""),
            ("/projekt", ""),
            ("/projekt/a/b", ""),
            ("/sprawdz/pytanie/nie-ma-takiego", ""),
            ("/sprawdz/deklaracja/d1/edycja", ""),
            ("/projekt/%C5", ""),
            ("/projekt/%zz", ""),
            ("/projekt/%4", ""),
        ] {
            assert_eq!(Route::parse(path, query), None, "{path}");
        }
        assert_eq!(Bundle::of_path("/sprawdz/nie-ma"), Bundle::Checker);
        assert_eq!(Bundle::of_path("/sprawdzam"), Bundle::Catalogue);
        // A query value that does not decode is left out, the page still opens.
        assert_eq!(Route::parse("/", "q=%E2%82"), Some(Route::home()));
    }

    #[test]
    fn the_update_notice_waits_while_someone_is_answering_or_filling_in() {
        let allowed =
            ["/", "/projekt/x", "/sprawdz", "/sprawdz/wynik", "/sprawdz/dokumenty", "/sprawdz/deklaracja/d1/wydruk"];
        for path in allowed {
            assert!(Route::parse(path, "").unwrap().update_notice_allowed(), "{path}");
        }
        let busy = [
            "/sprawdz/pytanie/gmina",
            "/sprawdz/odpowiedzi",
            "/sprawdz/deklaracja/d1",
            "/sprawdz/deklaracja/d1/",
            "/sprawdz/urzadzenie",
        ];
        for path in busy {
            assert!(!Route::parse(path, "").unwrap().update_notice_allowed(), "{path}");
        }
    }

    #[test]
    fn encoding_matches_encode_uri_component() {
        // Values from JavaScript's encodeURIComponent.
        assert_eq!(encode("Zażółć gęślą jaźń"), "Za%C5%BC%C3%B3%C5%82%C4%87%20g%C4%99%C5%9Bl%C4%85%20ja%C5%BA%C5%84");
        assert_eq!(encode("-_.!~*'()"), "-_.!~*'()");
        assert_eq!(encode("a+b c/d?e"), "a%2Bb%20c%2Fd%3Fe");
        for text in IDS.iter().chain(&["Zażółć", "😀 €"]) {
            assert_eq!(decode(&encode(text)).as_deref(), Some(*text));
        }
    }
}
