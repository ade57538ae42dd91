//! The catalogue's pages as `make dist` wrote them, brought to life in the browser by a small bundle
//! (src/bin/pages.rs, the `pages` feature). The page stays as it was written, and only its islands,
//! the few parts that act ([`Part`]: the place search, the language switch, keeping a voivodeship
//! offline, the day of the statuses and the staff's day, office hours open now, a gmina's filter), are
//! drawn again where they stand, alive: their code is all the bundle holds.
//!
//! Drawn again, not hydrated: Leptos's hydration (`hydrate` and `islands`) was measured at 176 KB
//! gzip of wasm for these islands, drawing them again 128.4 KB (decision 0007); an island is written at build
//! time exactly as the bundle draws it, so nothing moves.
//!
//! When the page as written is not what this visit is to see ([`crate::written`]: a
//! counter or shared device, a query, a day past what its statuses hold for), or when an island needs
//! more than it can do (a filter, another day for the statuses), the whole catalogue app is loaded
//! ([`super::island::load_app`]) and draws the page again, as it does a page never written.

use leptos::prelude::*;

use super::island::{load_app, Part};

/// Starts the islands bundle: keeps the page as written and draws its islands again, alive, or loads
/// the app.
pub fn start() {
    use crate::written::{Visit, Written};
    use wasm_bindgen::JsCast;

    let html = document().document_element().expect("<html>");
    let written = Written::read_marks(|name| html.get_attribute(name));
    let device = super::storage::device_settings();
    let locale = super::nav::page_language();
    let url = super::host::url();
    let has_answers = super::storage::raw_text(super::storage::ANSWERS).is_some();
    let visit = Visit {
        today: super::host::today(),
        locale,
        mode: device.mode,
        has_answers,
        path: &url.path,
        query: &url.query,
    };
    if written.is_none_or(|w| w.redraw_for(&visit).is_some()) {
        load_app();
        return;
    }
    // Effects and the data's downloads run on the browser's event loop.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // One owner for the page, holding what every island reads (the device, the language, the data).
    let owner = Owner::new();
    owner.set();
    super::mode::provide_device();
    super::context::provide_app_context();
    super::pwa::start_bars(Signal::derive(|| None));
    let Ok(found) = document().query_selector_all("[data-island]") else { return };
    for el in (0..found.length()).filter_map(|i| found.item(i)) {
        let el: web_sys::HtmlElement = el.unchecked_into();
        let json = el.get_attribute("data-island").unwrap_or_default();
        match serde_json::from_str::<Part>(&json) {
            Ok(part) => bring_to_life(part, el),
            Err(e) => web_sys::console::error_1(&format!("data-island {json}: {e}").into()),
        }
    }
    std::mem::forget(owner);
    let _ = html.set_attribute("data-app", "islands");
}

/// An island that shows what it holds (the place search, keeping a voivodeship) is drawn again in
/// place, by its component. The others are written exactly as they are to show, and only told what
/// they could not know at build time (the time, today) or given what to do when used: each is a few
/// lines beside its component rather than the component's view code, which cost the bundle 14 KB
/// gzip, measured.
fn bring_to_life(part: Part, el: web_sys::HtmlElement) {
    match part {
        Part::LanguageSwitch => super::components::site::language_switch_alive(&el),
        #[cfg(not(feature = "pages-checker"))]
        catalogue_part => catalogue_island(catalogue_part, el, super::context::use_locale().get_untracked()),
        #[cfg(feature = "pages-checker")]
        checker_part => checker_island(checker_part, el),
    }
}

/// The islands of the catalogue's pages (pages.html).
#[cfg(not(feature = "pages-checker"))]
fn catalogue_island(part: Part, el: web_sys::HtmlElement, l: crate::i18n::Locale) {
    use super::components::{as_of, hours, keep_region::KeepVoivodeship, place_search::PlaceSearch};

    match part {
        Part::PlaceSearch => {
            // What was typed in the field as written before the bundle came.
            let typed = el
                .query_selector("input")
                .ok()
                .flatten()
                .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlInputElement>);
            let typed = typed.map(|input| input.value()).unwrap_or_default();
            redraw(el, move || view! { <PlaceSearch typed/> })
        }
        Part::KeepVoivodeship { code, name } => redraw(el, move || view! { <KeepVoivodeship code name/> }),
        Part::StatusesDay => as_of::statuses_day_alive(&el, l),
        Part::OpenHours { hours } => hours::open_hours_alive(&el, &hours, l),
        Part::AsOfControl => as_of::as_of_control_alive(&el),
        Part::GminaKindFilter => super::pages::gmina::kind_filter_alive(&el),
        _ => not_here(),
    }
}

/// The islands of the checker's pages (pages-check.html).
#[cfg(feature = "pages-checker")]
fn checker_island(part: Part, el: web_sys::HtmlElement) {
    match part {
        Part::CheckStart => super::check::start::check_start_alive(&el),
        Part::CheckGmina => super::check::start::first_question_alive(&el),
        Part::CheckAsOf => super::check::start::check_as_of_alive(&el),
        _ => not_here(),
    }
}

/// A part of the other bundle's pages: a page written with the wrong bundle, said in the console.
fn not_here() {
    web_sys::console::error_1(&"data-island: an island of the other islands bundle's pages".into());
}

/// Draws an island's component in its place; where the focus was (a resident quicker than the
/// bundle), it is again (and what was typed there, given to the component by its caller).
#[cfg(not(feature = "pages-checker"))]
fn redraw<V: IntoView + 'static>(el: web_sys::HtmlElement, view: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    let focused = document().active_element().filter(|a| el.contains(Some(a))).map(|a| a.id());
    el.set_inner_html("");
    leptos::mount::mount_to(el, view).forget();
    if let Some(target) = focused.and_then(|id| document().get_element_by_id(&id)) {
        let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
