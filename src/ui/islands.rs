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
//! ([`load_app`]) and draws the page again, as it does a page never written.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::hours::WeeklyHours;

/// Each part of a written page that the `pages` bundle brings to life, with what it is drawn from.
/// Written on the page as JSON (`data-island`), read back by the bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Part {
    LanguageSwitch,
    /// "Stan naborów i projektów na …": the day written for, then today.
    StatusesDay,
    AsOfControl,
    PlaceSearch,
    KeepVoivodeship {
        code: String,
        name: String,
    },
    OpenHours {
        hours: WeeklyHours,
    },
    GminaKindFilter,
    /// The checker's "Zacznij" on its start page.
    CheckStart,
    /// The staff's day on the checker's start page.
    CheckAsOf,
}

/// What the checker's start page, as written, hands to the checker app: "Zacznij" was pressed, or
/// staff typed a day.
pub const CHECK_START: &str = "check-start";
pub const CHECK_AS_OF: &str = "check-as-of";

/// A part that acts, as a page written at build time holds it: inside a `<div class="island">` (laid
/// out as if it were not there) that names it and what it is drawn from. Elsewhere, the part itself.
pub fn island(part: Part, view: impl IntoView + 'static) -> AnyView {
    #[cfg(feature = "ssr")]
    {
        let json = serde_json::to_string(&part).expect("a part is plain data");
        view! { <div class="island" data-island=json>{view}</div> }.into_any()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = part;
        view.into_any()
    }
}

#[cfg(feature = "pages")]
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function import_app(js, wasm) {
  import(js).then((m) => m.default({ module_or_path: wasm })).catch((e) => console.error(e));
}
"#)]
extern "C" {
    fn import_app(js: &str, wasm: &str);
}

/// Loads the whole catalogue app, which draws the page again (`ui::start`), keeping the focus where
/// it was. Its files are named on the page (`<meta name="sprawdz-wsparcie-app">`, written by
/// `make dist`). Outside the islands bundle there is nothing to load.
pub fn load_app() {
    #[cfg(feature = "pages")]
    {
        let meta = document().query_selector("meta[name=sprawdz-wsparcie-app]").ok().flatten();
        let file = |name: &str| meta.as_ref().and_then(|m| m.get_attribute(name));
        if let (Some(js), Some(wasm)) = (file("data-js"), file("data-wasm")) {
            import_app(&js, &wasm);
        }
    }
}

/// Starts the islands bundle: keeps the page as written and draws its islands again, alive, or loads
/// the app.
#[cfg(feature = "pages")]
pub fn start() {
    use crate::written::{Visit, Written};
    use wasm_bindgen::JsCast;

    let html = document().document_element().expect("<html>");
    let attr = |name: &str| html.get_attribute(name);
    let written = Written::read(
        &attr("data-drawn-at").unwrap_or_default(),
        &attr("lang").unwrap_or_default(),
        &attr("data-drawn-for").unwrap_or_default(),
        attr("data-holds-until").as_deref(),
        html.has_attribute("data-answers-shown"),
    );
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
/// lines here rather than its component's view code, which cost the bundle 14 KB gzip, measured.
#[cfg(feature = "pages")]
fn bring_to_life(part: Part, el: web_sys::HtmlElement) {
    use super::components::{hours, keep_region::KeepVoivodeship, place_search::PlaceSearch};
    use crate::i18n::t;
    use wasm_bindgen::JsCast;

    let l = super::context::use_locale().get_untracked();
    let find = |selector: &str| el.query_selector(selector).ok().flatten();
    match part {
        Part::PlaceSearch => redraw(el, || view! { <PlaceSearch/> }),
        Part::KeepVoivodeship { code, name } => redraw(el, move || view! { <KeepVoivodeship code name/> }),
        Part::StatusesDay => {
            let today = crate::dates::format_long(super::host::today(), l);
            if let Some(line) = find(".as-of-line") {
                line.set_text_content(Some(&t::statuses_as_of(l, today)));
            }
        }
        Part::OpenHours { hours } => {
            let Some(now) = super::host::now() else { return };
            if let Some(line) = find(".open-now") {
                let (class, text) = hours::open_now_line(&hours, now, l);
                line.set_class_name(class);
                line.set_text_content(Some(&text));
                let _ = line.remove_attribute("aria-hidden");
            }
            let weekday = chrono::Datelike::weekday(&now).num_days_from_monday();
            if let Some(row) = find(&format!("tr[data-weekday=\"{weekday}\"]")) {
                let _ = row.class_list().add_1("today");
            }
        }
        // Its links lead to the page in each language; the choice is kept for the next visit.
        Part::LanguageSwitch => {
            let Ok(links) = el.query_selector_all("a[lang]") else { return };
            for link in (0..links.length()).filter_map(|i| links.item(i)) {
                let link: web_sys::Element = link.unchecked_into();
                let code = link.get_attribute("lang").unwrap_or_default();
                on(&link, "click", move |_| super::storage::save_language(&code));
            }
        }
        Part::AsOfControl => hand_over_day(find("form"), "as-of", super::context::AS_OF_HANDED_OVER),
        Part::CheckStart => {
            let Some(button) = find("button") else { return };
            on(&button, "click", |_| hand_over_to_app(CHECK_START, "yes"));
        }
        Part::CheckAsOf => hand_over_day(find("form"), "check-as-of", CHECK_AS_OF),
        Part::GminaKindFilter => {
            let Some(select) = find("select") else { return };
            on(&select.clone(), "change", move |_| {
                let kind = select.clone().unchecked_into::<web_sys::HtmlSelectElement>().value();
                hand_over_to_app(super::pages::gmina::KIND_HANDED_OVER, &kind);
            });
        }
    }
}

/// A staff's day typed in `form` (its field `input`), handed to the app under `key` when sent: the app
/// reads it as if typed there, and says so when it is no day.
#[cfg(feature = "pages")]
fn hand_over_day(form: Option<web_sys::Element>, input: &'static str, key: &'static str) {
    use wasm_bindgen::JsCast;
    let Some(form) = form else { return };
    on(&form, "submit", move |ev| {
        ev.prevent_default();
        let typed = document()
            .get_element_by_id(input)
            .map(|field| field.unchecked_into::<web_sys::HtmlInputElement>().value())
            .unwrap_or_default();
        hand_over_to_app(key, &typed);
    });
}

/// Draws an island's component in its place; where the focus was (a resident quicker than the
/// bundle), it is again.
#[cfg(feature = "pages")]
fn redraw<V: IntoView + 'static>(el: web_sys::HtmlElement, view: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    let focused = document().active_element().filter(|a| el.contains(Some(a))).map(|a| a.id());
    el.set_inner_html("");
    leptos::mount::mount_to(el, view).forget();
    if let Some(target) = focused.and_then(|id| document().get_element_by_id(&id)) {
        let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

#[cfg(feature = "pages")]
fn on(target: &web_sys::Element, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(handler).into_js_value();
    let _ = target.add_event_listener_with_callback(event, wasm_bindgen::JsCast::unchecked_ref(&handler));
}

/// What an island asked for before the app took over (the staff's day, a filter's choice), for the app
/// to start with: kept on the page's `window` between the two bundles, never stored.
#[cfg(not(feature = "ssr"))]
const HANDED_OVER: &str = "sprawdzWsparcieHandedOver";

/// Leaves `value` under `key` for the app, then loads it ([`load_app`]).
pub fn hand_over_to_app(key: &str, value: &str) {
    #[cfg(feature = "ssr")]
    let _ = (key, value);
    #[cfg(not(feature = "ssr"))]
    hand_over(key, value);
}

#[cfg(not(feature = "ssr"))]
fn hand_over(key: &str, value: &str) {
    let window = leptos::prelude::window();
    let all = js_sys::Reflect::get(&window, &HANDED_OVER.into())
        .ok()
        .filter(|v| v.is_object())
        .unwrap_or_else(|| js_sys::Object::new().into());
    let _ = js_sys::Reflect::set(&all, &key.into(), &value.into());
    let _ = js_sys::Reflect::set(&window, &HANDED_OVER.into(), &all);
    load_app();
}

/// What an island left under `key` ([`hand_over_to_app`]), taken: the page drawn again later (the
/// resident back on it) starts afresh. `None` at build time and on a page the app opened itself.
pub fn handed_over(key: &str) -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        let all = js_sys::Reflect::get(&leptos::prelude::window(), &HANDED_OVER.into()).ok()?;
        let value = js_sys::Reflect::get(&all, &key.into()).ok()?.as_string();
        if let Some(all) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Object>(&all) {
            let _ = js_sys::Reflect::delete_property(all, &key.into());
        }
        value
    }
    #[cfg(feature = "ssr")]
    {
        let _ = key;
        None
    }
}
