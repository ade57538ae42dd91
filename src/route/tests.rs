//! The routes read back from their own links, the links the apps have always used, and pages that
//! do not exist.

use super::*;

/// Ids as a maintainer might write them, and as no one should but someone will.
const IDS: &[&str] = &["ops-szamotuly", "a b", "Łódź żółć", "100%", "a/b", "co?", "x#y&z=1+2", ""];

fn every_route(id: &str) -> Vec<Route> {
    let mut all = vec![
        Route::Home,
        Route::all_projects(),
        Route::Catalogue(Query {
            text: id.to_string(),
            place: Place::Centre(id.to_string()),
            group: Some(TargetGroup::ALL[0]),
            status: Some(StatusKind::ALL[0]),
            kind: Some(crate::catalogue::OfferKind::Benefit),
            programme: Some(id.to_string()),
        }),
        Route::Catalogue(Query { place: Place::Gmina(id.to_string()), ..Query::default() }),
        Route::Project(id.to_string()),
        Route::Centre(id.to_string()),
        Route::Gmina { code: "060908".into(), via: None },
        Route::Gmina { code: "060908".into(), via: Some(id.to_string()) },
        Route::Powiat("0609".into()),
        Route::Voivodeship("06".into()),
        Route::Benefits,
        Route::Benefit(a_benefit()),
        Route::CheckStart(None),
        Route::CheckStart(Some(id.to_string())),
        Route::Answers,
        Route::Results,
        Route::Documents,
        Route::Declaration(id.to_string()),
        Route::Print(id.to_string()),
        Route::Request(id.to_string()),
        Route::RequestPrint(id.to_string()),
        Route::DeviceSettings,
        Route::ProjectQr(id.to_string()),
        Route::Accessibility,
        Route::EasyRead,
        Route::EditorStart,
        Route::EditorCentre(id.to_string()),
        Route::EditorProject { draft: id.to_string(), project: 3 },
        Route::EditorPreview { draft: id.to_string(), project: 0 },
        Route::EditorFile(id.to_string()),
    ];
    for question in Question::ALL {
        all.push(Route::Question { question, changing: false });
        all.push(Route::Question { question, changing: true });
    }
    all
}

/// Each benefit's page is in `every_route` by one of them; the rest are read back below.
fn a_benefit() -> crate::benefits::Benefit {
    crate::benefits::Benefit::SpecjalnyZasilekCelowy
}

#[test]
fn every_benefit_has_its_page() {
    for benefit in crate::benefits::Benefit::ALL {
        let route = Route::Benefit(benefit);
        assert_eq!(Route::parse(&route.href(), ""), Some(route.clone()));
        assert_eq!(route.bundle(), Bundle::Catalogue);
    }
    assert_eq!(Route::parse("/zasilki/", ""), Some(Route::Benefits));
    assert_eq!(
        Route::parse("/uk/zasilki/zasilek-staly/", ""),
        Some(Route::Benefit(crate::benefits::Benefit::ZasilekStaly))
    );
    assert_eq!(Route::parse("/zasilki/zasilek-inny/", ""), None);
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
fn every_route_in_every_language_reads_back_as_the_same_page() {
    for route in every_route("ops-szamotuly") {
        for &locale in Locale::ALL {
            let href = route.href_in(locale);
            let (path, query) = split(&href);
            assert_eq!(Route::parse(path, query), Some(route.clone()), "{href}");
            assert_eq!(Bundle::of_path(path), route.bundle(), "{href}");
            assert_eq!(split_language(path).0, locale, "{href}");
            for &other in Locale::ALL {
                assert_eq!(in_language(&href, other), route.href_in(other), "{href} in {other:?}");
            }
        }
    }
}

#[test]
fn a_language_is_the_first_segment_of_an_address_and_polish_has_none() {
    assert_eq!(Route::Home.href_in(Locale::Uk), "/uk/");
    assert_eq!(Route::Gmina { code: "120703".into(), via: None }.href_in(Locale::En), "/en/gmina/120703/");
    assert_eq!(Route::Documents.href_in(Locale::Pl), "/sprawdz/dokumenty/");
    assert_eq!(split_language("/uk"), (Locale::Uk, "/"));
    assert_eq!(split_language("/en/sprawdz/"), (Locale::En, "/sprawdz/"));
    // A word that starts like a language is no language; Polish is never written out.
    assert_eq!(split_language("/ukraina/"), (Locale::Pl, "/ukraina/"));
    assert_eq!(split_language("/pl/gmina/120703/"), (Locale::Pl, "/pl/gmina/120703/"));
    assert_eq!(Route::parse("/pl/gmina/120703/", ""), None);
    assert_eq!(Route::parse("/uk/uk/", ""), None);
    assert_eq!(Bundle::of_path("/en/sprawdz"), Bundle::Checker);
    assert_eq!(in_language("/uk/projekty/?q=a#wyniki", Locale::En), "/en/projekty/?q=a#wyniki");
    assert_eq!(in_language("/sprawdz/wydruk/?id=x", Locale::Uk), "/uk/sprawdz/wydruk/?id=x");
    assert_eq!(in_language("/en/", Locale::Pl), "/");
}

#[test]
fn each_page_names_itself_in_every_language() {
    let alternates = alternates("/uk/gmina/120703/");
    let expected = [
        ("pl", "/gmina/120703/"),
        ("uk", "/uk/gmina/120703/"),
        ("en", "/en/gmina/120703/"),
        ("x-default", "/gmina/120703/"),
    ];
    assert_eq!(alternates, expected.map(|(l, h)| (l, h.to_string())));
}

#[test]
fn the_first_script_reads_addresses_as_the_apps_do() {
    let script = redirect_script("sprawdz-wsparcie.jezyk");
    assert!(script.contains(r#"k="sprawdz-wsparcie.jezyk""#), "{script}");
    // Every language but Polish is named in addresses, and only those.
    let named: Vec<&str> = Locale::ALL
        .iter()
        .filter(|&&l| split_language(&format!("/{}/", l.code())).0 == l && l != Locale::Pl)
        .map(|l| l.code())
        .collect();
    assert!(script.contains(&format!(r"/^\/({})(\/|$)/", named.join("|"))), "{script}");
    let codes: Vec<String> = Locale::ALL.iter().map(|l| format!("{:?}", l.code())).collect();
    assert!(script.contains(&format!("codes=[{}]", codes.join(","))), "{script}");
    assert!(script.len() < 600, "{} bytes", script.len());
}

#[test]
fn ids_are_encoded_so_that_no_character_changes_the_path_or_query() {
    assert_eq!(Route::Project("a/b".into()).href(), "/projekt/a%2Fb/");
    assert_eq!(Route::Project("co?".into()).href(), "/projekt/co%3F/");
    assert_eq!(Route::Project("100%".into()).href(), "/projekt/100%25/");
    assert_eq!(Route::Project("a b".into()).href(), "/projekt/a%20b/");
    assert_eq!(Route::Print("Łódź".into()).href(), "/sprawdz/wydruk/?id=%C5%81%C3%B3d%C5%BA");
    let query = Query { text: "x#y&z=1+2".into(), ..Query::default() };
    assert_eq!(Route::Catalogue(query).href(), "/projekty/?q=x%23y%26z%3D1%2B2");
    assert_eq!(Route::Documents.href_to("odlozone"), "/sprawdz/dokumenty/#odlozone");
}

#[test]
fn the_links_the_apps_have_always_used_still_lead_to_the_same_pages() {
    // (path as typed, query, the page, the link the apps write for it)
    let cases = [
        ("/", "", Route::Home, "/"),
        ("/projekty/", "", Route::all_projects(), "/projekty/"),
        // The list was the first page once: its filtered links still open it.
        (
            "/",
            "status=ended",
            Route::Catalogue(Query { status: Some(StatusKind::Ended), ..Query::default() }),
            "/projekty/?status=ended",
        ),
        ("/projekt/ops-szamotuly", "", Route::Project("ops-szamotuly".into()), "/projekt/ops-szamotuly/"),
        ("/sprawdz/", "", Route::CheckStart(None), "/sprawdz/"),
        (
            "/sprawdz/pytanie/gmina",
            "zmiana=1",
            Route::Question { question: Question::Gmina, changing: true },
            "/sprawdz/pytanie/gmina/?zmiana=1",
        ),
        ("/sprawdz/deklaracja/d1/wydruk/", "", Route::Print("d1".into()), "/sprawdz/wydruk/?id=d1"),
        ("/sprawdz/deklaracja/d1", "", Route::Declaration("d1".into()), "/sprawdz/deklaracja/?id=d1"),
        ("/sprawdz/deklaracja/", "id=d1", Route::Declaration("d1".into()), "/sprawdz/deklaracja/?id=d1"),
        ("/sprawdz/wydruk/", "id=d%201", Route::Print("d 1".into()), "/sprawdz/wydruk/?id=d%201"),
        ("/sprawdz/wniosek/", "id=w1-ab", Route::Request("w1-ab".into()), "/sprawdz/wniosek/?id=w1-ab"),
        ("/sprawdz/wydruk-wniosku/", "id=w1", Route::RequestPrint("w1".into()), "/sprawdz/wydruk-wniosku/?id=w1"),
        ("/sprawdz/latwy-tekst", "", Route::EasyRead, "/sprawdz/latwy-tekst/"),
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
    // A declaration's page without an id, or with an empty one, is no page.
    assert_eq!(Route::parse("/sprawdz/deklaracja/", ""), None);
    assert_eq!(Route::parse("/sprawdz/wydruk/", "id="), None);
}

#[test]
fn routes_and_query_parameters() {
    assert_eq!(Route::Home.href(), Route::HOME);
    assert_eq!(Route::all_projects().href(), Route::ALL_PROJECTS);
    let route = |path: &str| Route::parse(path, "");
    assert_eq!(route("/"), Some(Route::Home));
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
    let Some(Route::Catalogue(query)) = Route::parse("/projekty", "q=k%C5%82obuck+centrum&dla=&status=ended") else {
        panic!("not the catalogue")
    };
    assert_eq!(query.text, "kłobuck centrum");
    assert_eq!(query.group, None);
    assert_eq!(query.status, Some(StatusKind::Ended));
    assert_eq!(query.place, Place::Anywhere);
    let Some(Route::Catalogue(query)) =
        Route::parse("/projekty", "rodzaj=programme_edition&program=asystent-osobisty-2026")
    else {
        panic!("not the catalogue")
    };
    assert_eq!(query.kind, Some(crate::catalogue::OfferKind::ProgrammeEdition));
    assert_eq!(query.programme.as_deref(), Some("asystent-osobisty-2026"));
    assert_eq!(Route::Catalogue(query).href(), "/projekty/?rodzaj=programme_edition&program=asystent-osobisty-2026");
}

#[test]
fn place_pages_by_their_teryt_codes() {
    assert_eq!(Route::parse("/gmina/060908", ""), Some(Route::Gmina { code: "060908".into(), via: None }));
    assert_eq!(
        Route::parse("/gmina/120713/", "miejscowosc=Nowa+Wie%C5%9B"),
        Some(Route::Gmina { code: "120713".into(), via: Some("Nowa Wieś".into()) })
    );
    assert_eq!(
        Route::Gmina { code: "120713".into(), via: Some("Nowa Wieś".into()) }.href(),
        "/gmina/120713/?miejscowosc=Nowa%20Wie%C5%9B"
    );
    assert_eq!(Route::Powiat("0609".into()).href(), "/powiat/0609/");
    assert_eq!(Route::parse("/wojewodztwo/24", ""), Some(Route::Voivodeship("24".into())));
    assert_eq!(Route::Voivodeship("24".into()).bundle(), Bundle::Catalogue);
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
        ("/sprawdz/projekt/", ""),
        ("/sprawdz/deklaracja//wydruk", ""),
        ("/sprawdz/kod/a/b", ""),
        ("/sprawdz/pytanie/gmina/x", ""),
        ("//projekt/x", ""),
        ("/gmina/0609082", ""),
        ("/gmina/06090", ""),
        ("/gmina/06090a", ""),
        ("/powiat/060", ""),
        ("/wojewodztwo/6", ""),
        ("/gmina/060908/x", ""),
    ] {
        assert_eq!(Route::parse(path, query), None, "{path}");
    }
    assert_eq!(Bundle::of_path("/sprawdz/nie-ma"), Bundle::Checker);
    assert_eq!(Bundle::of_path("/sprawdzam"), Bundle::Catalogue);
    // A query value that does not decode is left out, the page still opens.
    assert_eq!(Route::parse("/", "q=%E2%82"), Some(Route::Home));
    assert_eq!(Route::parse("/projekty", "q=%E2%82"), Some(Route::all_projects()));
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
fn the_editor_names_a_draft_and_a_project_by_their_keys() {
    let project = Route::EditorProject { draft: "120705-1".into(), project: 2 };
    assert_eq!(project.href(), "/dla-osrodkow/projekt/?szkic=120705-1&p=2");
    assert_eq!(Route::EditorStart.href(), "/dla-osrodkow/");
    assert_eq!(Route::parse("/dla-osrodkow", ""), Some(Route::EditorStart));
    assert_eq!(Bundle::of_path("/dla-osrodkow/plik/"), Bundle::Editor);
    assert_eq!(Bundle::of_path("/dla-osrodkowa"), Bundle::Catalogue);
    // A page without its draft, a project without its key or with one that is no number, finds nothing.
    for (path, query) in [
        ("/dla-osrodkow/osrodek/", ""),
        ("/dla-osrodkow/projekt/", "szkic=a"),
        ("/dla-osrodkow/projekt/", "szkic=a&p=-1"),
        ("/dla-osrodkow/podglad/", "szkic=&p=1"),
        ("/dla-osrodkow/nie-ma/", "szkic=a"),
        ("/dla-osrodkow/plik/x/", "szkic=a"),
    ] {
        assert_eq!(Route::parse(path, query), None, "{path}?{query}");
    }
}

#[test]
fn a_filter_the_list_cannot_read_is_named() {
    use super::{unread_filters, UnreadFilter};
    assert_eq!(unread_filters("q=pomoc&status=recruiting"), []);
    assert_eq!(unread_filters("q=%E0%A4%A&miejsce=%zz"), [UnreadFilter::Text, UnreadFilter::Place]);
    assert_eq!(
        unread_filters("dla=nikt&status=nie-ma&rodzaj=x"),
        [UnreadFilter::Group, UnreadFilter::Status, UnreadFilter::Kind]
    );
    // An empty value is no filter, not a wrong one.
    assert_eq!(unread_filters("q=&miejsce="), []);
}
