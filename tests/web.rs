//! DOM tests in headless Chromium: real pages mounted into a fresh element, with the shipped catalogue.
//! Run with `make test-wasm` (cargo test --target wasm32-unknown-unknown --features web --test web).

use std::sync::Arc;

use leptos::prelude::*;
use sprawdz_wsparcie::catalogue::{assemble, validate, Loaded};
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::route::{Bundle, Route};
use sprawdz_wsparcie::ui::context::{provide_app_context, use_as_of, LocaleCtx};
use sprawdz_wsparcie::ui::data::use_catalogue;
use sprawdz_wsparcie::ui::host::Url;
use sprawdz_wsparcie::ui::load::CatalogueState;
use sprawdz_wsparcie::ui::nav::provide_url;
use sprawdz_wsparcie::ui::pages::{catalogue::CataloguePage, project::ProjectPage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn shipped() -> Loaded {
    let index = validate::parse_index("index.json", include_str!("../public/catalogue/index.json")).unwrap();
    let texts = vec![
        Some(include_str!("../public/catalogue/gops-jastkow.json").to_string()),
        Some(include_str!("../public/catalogue/ops-jastrzebie-zdroj.json").to_string()),
        Some(include_str!("../public/catalogue/ops-szamotuly.json").to_string()),
        Some(include_str!("../public/catalogue/gops-klobuck.json").to_string()),
        Some(include_str!("../public/catalogue/ops-szprotawa.json").to_string()),
    ];
    assemble(&index, texts, &Default::default())
}

/// Waits for the browser to run timers and microtasks (router navigation, effects).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn fresh_root() -> web_sys::HtmlElement {
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// The app's context in Polish, whatever language the test browser prefers.
fn provide_polish_app() {
    provide_url(Bundle::Catalogue);
    provide_app_context();
    expect_context::<LocaleCtx>().0.set(Locale::Pl);
}

/// Mounts a page with the catalogue in `state`.
fn mount_page(root: &web_sys::HtmlElement, state: CatalogueState, page: fn() -> AnyView) -> impl Drop {
    leptos::mount::mount_to(root.clone(), move || {
        provide_polish_app();
        sprawdz_wsparcie::ui::data::whole_catalogue_provided();
        use_catalogue().set(state.clone());
        page()
    })
}

/// The router's own rules are tested natively (`route.rs`); here, that the app reads the browser's URL
/// with them.
#[wasm_bindgen_test]
fn the_url_reads_as_a_route() {
    let url = Url { path: "/".into(), query: "q=k%C5%82obuck+centrum&dla=&status=ended".into() };
    let Some(Route::Catalogue(query)) = url.catalogue_route() else { panic!("{:?}", url.catalogue_route()) };
    assert_eq!(query.text, "kłobuck centrum");
    assert_eq!(
        Url { path: "/sprawdz/deklaracja/d1-ab/wydruk".into(), query: String::new() }.checker_route(),
        Some(Route::Print("d1-ab".into()))
    );
    assert_eq!(Url { path: "/nie-ma".into(), query: String::new() }.catalogue_route(), None);
    assert_eq!(Url { path: "/projekt/x".into(), query: String::new() }.checker_route(), None);
}

#[wasm_bindgen_test]
async fn catalogue_lists_every_project_as_ended_today() {
    let root = fresh_root();
    let _app = mount_page(&root, CatalogueState::Ready(Arc::new(shipped())), || view! { <CataloguePage/> }.into_any());
    settle().await;
    let titles = texts(&root, "li.card h2");
    assert_eq!(titles.len(), 5, "{titles:?}");
    assert!(texts(&root, ".card .badge").iter().all(|b| b == "Zakończony"));
    assert_eq!(texts(&root, ".result-count"), vec!["Znaleziono 5 projektów"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_address_names_the_language_and_marks_the_page() {
    let window = web_sys::window().unwrap();
    let local = window.local_storage().unwrap().unwrap();
    // A choice stored on the device does not override the address's language (the script in each
    // page's head takes an unprefixed address to the chosen one before the app starts).
    local.set_item(sprawdz_wsparcie::ui::storage::LANGUAGE, "en").unwrap();
    let history = window.history().unwrap();
    let was = window.location().href().unwrap();
    history.replace_state_with_url(&JsValue::NULL, "", Some("/uk/")).unwrap();
    let root = fresh_root();
    let _app = leptos::mount::mount_to(root.clone(), || {
        provide_url(Bundle::Catalogue);
        provide_app_context();
        sprawdz_wsparcie::ui::data::whole_catalogue_provided();
        use_catalogue().set(CatalogueState::Ready(Arc::new(shipped())));
        view! { <CataloguePage/> }
    });
    settle().await;
    let html = document().document_element().unwrap();
    let found = (html.get_attribute("lang"), texts(&root, ".result-count"), texts(&root, ".card .badge"));
    history.replace_state_with_url(&JsValue::NULL, "", Some(&was)).unwrap();
    local.remove_item(sprawdz_wsparcie::ui::storage::LANGUAGE).unwrap();
    root.remove();
    assert_eq!(found.0.as_deref(), Some("uk"));
    assert_eq!(found.1, vec!["Знайдено 5 проєктів"]);
    assert!(found.2.iter().all(|b| b == "Завершений"), "{:?}", found.2);
}

#[wasm_bindgen_test]
async fn search_ignores_diacritics_in_the_page() {
    let root = fresh_root();
    let _app = mount_page(&root, CatalogueState::Ready(Arc::new(shipped())), || view! { <CataloguePage/> }.into_any());
    settle().await;
    let input: web_sys::HtmlInputElement = root.query_selector("#search").unwrap().unwrap().unchecked_into();
    input.set_value("klobuck");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    assert_eq!(texts(&root, "li.card h2"), vec!["Kłobuckie Centrum Usług Społecznych"]);
    assert_eq!(texts(&root, ".result-count"), vec!["Znaleziono 1 projekt"]);
    // Back to the full list for the other tests sharing this page's URL.
    input.set_value("");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    root.remove();
}

#[wasm_bindgen_test]
async fn broken_catalogue_file_is_named_and_the_rest_still_shows() {
    let index = validate::parse_index("index.json", include_str!("../public/catalogue/index.json")).unwrap();
    let mut texts_in = vec![None; 5];
    texts_in[1] = Some(include_str!("../public/catalogue/ops-jastrzebie-zdroj.json").to_string());
    texts_in[2] = Some("{ \"schema\": 1, ".to_string());
    let loaded = assemble(&index, texts_in, &Default::default());
    let root = fresh_root();
    let _app = mount_page(&root, CatalogueState::Ready(Arc::new(loaded)), || view! { <CataloguePage/> }.into_any());
    settle().await;
    let issues = texts(&root, ".error-box li");
    assert!(issues.iter().any(|i| i.starts_with("ops-szamotuly.json: ") && i.contains("wiersz")), "{issues:?}");
    assert!(issues.iter().any(|i| i.starts_with("gops-jastkow.json")), "{issues:?}");
    assert_eq!(texts(&root, "li.card h2"), vec!["Jastrzębie-Zdrój – Miasto Rodziny"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn loading_and_failure_are_said_plainly() {
    let root = fresh_root();
    let _app = mount_page(&root, CatalogueState::Loading, || view! { <CataloguePage/> }.into_any());
    settle().await;
    assert_eq!(texts(&root, "[role=status].loading"), vec!["Wczytywanie katalogu…"]);
    root.remove();
    let root = fresh_root();
    let _app = mount_page(&root, CatalogueState::Failed, || view! { <CataloguePage/> }.into_any());
    settle().await;
    let alerts = texts(&root, "[role=alert]");
    let failed = "Nie udało się wczytać katalogu projektów. Sprawdź połączenie i odśwież stronę.";
    assert_eq!(alerts.iter().filter(|a| *a == failed).count(), 1, "{alerts:?}");
    root.remove();
}

#[wasm_bindgen_test]
async fn as_of_date_recomputes_the_status_on_the_project_page() {
    let root = fresh_root();
    let as_of = std::rc::Rc::new(std::cell::RefCell::new(None));
    let slot = as_of.clone();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_polish_app();
        use_catalogue().set(CatalogueState::Ready(Arc::new(shipped())));
        *slot.borrow_mut() = Some(use_as_of());
        view! { <ProjectPage id="klobuckie-centrum-uslug-spolecznych".to_string()/> }
    });
    settle().await;
    assert_eq!(texts(&root, "h1"), vec!["Kłobuckie Centrum Usług Społecznych"]);
    assert_eq!(texts(&root, ".status-box .badge"), vec!["Zakończony"]);
    let signal = as_of.borrow().unwrap();
    signal.set(Some(chrono::NaiveDate::from_ymd_opt(2022, 6, 1).unwrap()));
    settle().await;
    assert_eq!(texts(&root, ".status-box .badge"), vec!["Okres trwałości"]);
    signal.set(Some(chrono::NaiveDate::from_ymd_opt(2019, 1, 15).unwrap()));
    settle().await;
    assert_eq!(texts(&root, ".status-box .badge"), vec!["W realizacji"]);
    root.remove();
}

#[path = "web/storage.rs"]
mod storage;

/// The one form field: `aria-describedby` names the hint always, the error only while it shows, and
/// every id it names is on the page.
#[wasm_bindgen_test]
async fn a_field_describes_its_input_only_by_elements_on_the_page() {
    use sprawdz_wsparcie::ui::form::field::{Field, InputAttrs};
    let root = fresh_root();
    let error = RwSignal::new(None::<String>);
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_polish_app();
        view! {
            <Field id="wiek" label="Wiek" hint=Some("W latach") error=error
                input=|a: InputAttrs| view! { <input id=a.id aria-describedby=a.described_by aria-invalid=a.invalid/> }/>
            <Field id="gmina" label="Gmina"
                input=|a: InputAttrs| view! { <input id=a.id aria-describedby=a.described_by/> }/>
        }
    });
    settle().await;
    let input = |id: &str| root.query_selector(&format!("#{id}")).unwrap().unwrap();
    let described = |id: &str| input(id).get_attribute("aria-describedby");
    let all_exist = |ids: &str| ids.split(' ').all(|i| root.query_selector(&format!("#{i}")).unwrap().is_some());
    assert_eq!(described("wiek").as_deref(), Some("wiek-hint"));
    assert_eq!(described("gmina"), None, "nothing describes a field without hint or error");
    assert_eq!(input("wiek").get_attribute("aria-invalid"), None);
    error.set(Some("Podaj wiek".into()));
    settle().await;
    let ids = described("wiek").unwrap();
    assert_eq!(ids, "wiek-hint wiek-error");
    assert!(all_exist(&ids), "{ids}");
    assert_eq!(input("wiek").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(texts(&root, "label[for=wiek]"), vec!["Wiek"]);
    error.set(None);
    settle().await;
    assert_eq!(described("wiek").as_deref(), Some("wiek-hint"));
    assert!(root.query_selector("#wiek-error").unwrap().is_none());
    root.remove();
}

/// The inputs keep their value with `prop:value` + `on:input` (see `ui::form::field`): typed text
/// reaches the signal and a signal's change reaches the input exactly as with `bind:value`.
#[wasm_bindgen_test]
async fn a_value_kept_by_hand_behaves_as_bind_value() {
    let root = fresh_root();
    let (by_hand, bound) = (RwSignal::new("1".to_string()), RwSignal::new("1".to_string()));
    let _app = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <input id="by-hand" prop:value=move || by_hand.get() on:input=move |ev| by_hand.set(event_target_value(&ev))/>
            <input id="bound" bind:value=bound/>
        }
    });
    settle().await;
    let input = |id: &str| -> web_sys::HtmlInputElement {
        root.query_selector(&format!("#{id}")).unwrap().unwrap().unchecked_into()
    };
    for id in ["by-hand", "bound"] {
        assert_eq!(input(id).value(), "1");
        input(id).set_value("1 234,56");
        input(id).dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    }
    settle().await;
    assert_eq!((by_hand.get_untracked(), bound.get_untracked()), ("1 234,56".to_string(), "1 234,56".to_string()));
    by_hand.set("7".into());
    bound.set("7".into());
    settle().await;
    assert_eq!((input("by-hand").value(), input("bound").value()), ("7".to_string(), "7".to_string()));
    root.remove();
}

/// A page written at build time names the catalogue's files from the data files' folder.
#[wasm_bindgen_test]
fn the_catalogue_is_named_from_the_data_folder() {
    use sprawdz_wsparcie::places::DATA_URL;
    use sprawdz_wsparcie::ui::load::{CATALOGUE_FROM_DATA, CATALOGUE_URL};
    let up = DATA_URL.trim_matches('/').split('/').map(|_| "..").collect::<Vec<_>>().join("/");
    assert_eq!(CATALOGUE_FROM_DATA, format!("{up}{CATALOGUE_URL}"));
}
