//! One island of a page written at build time: which [`Part`] it is, how the page holds it, and what
//! it hands over to the app when it needs more than it can do. Shared by the components that are
//! islands, the islands bundle that brings them to life ([`super::islands`]) and the apps that take
//! over from them.

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
    /// The checker's "Zacznij" on a project's start page.
    CheckStart,
    /// The general check's first question and "Zacznij" on its start page.
    CheckGmina,
    /// The staff's day on the checker's start page.
    CheckAsOf,
}

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

/// What an island hands over to the app that takes over from it, each under its own name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handover {
    /// The staff's day, typed in the catalogue's "Stan na dzień".
    AsOf,
    /// "Zacznij" pressed on the checker's start page as written.
    CheckStart,
    /// The first question's answer given on the general check's start page as written.
    CheckGmina,
    /// The staff's day typed on the checker's start page.
    CheckAsOf,
    /// The kind chosen in a gmina's filter.
    Kind,
}

impl Handover {
    pub fn key(self) -> &'static str {
        match self {
            Handover::AsOf => "as-of",
            Handover::CheckStart => "check-start",
            Handover::CheckGmina => "check-gmina",
            Handover::CheckAsOf => "check-as-of",
            Handover::Kind => "kind",
        }
    }
}

// The app's script imported and its wasm compiled as it downloads, once: by `prepare_app` ahead of
// need, or by `import_app` when the app is to start (then with what `prepare_app` began).
#[cfg(feature = "pages")]
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
let app = null;
export function prepare_app(js, wasm) {
  if (!app) app = Promise.all([import(js), WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm)]);
  return app;
}
// Started once the page has painted what the tap changed (the answer said taken): the app's start is
// one long task (about 150 ms at a phone's speed, measured by `make bench`), which, run at once when
// its files are already here (a repeat visit), held that paint back by as much. In a hidden tab, where
// no frame comes, after 100 ms.
const painted = () => new Promise((ok) => { requestAnimationFrame(() => setTimeout(ok)); setTimeout(ok, 100); });
export function import_app(js, wasm) {
  prepare_app(js, wasm).then(([m, module]) => painted().then(() => m.default({ module_or_path: module }))).catch((e) => console.error(e));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = prepare_app)]
    fn prepare_app_files(js: &str, wasm: &str);
    fn import_app(js: &str, wasm: &str);
}

/// The app's files as the page names them (`<meta name="sprawdz-wsparcie-app">`, written by `make dist`).
#[cfg(feature = "pages")]
fn app_files() -> Option<(String, String)> {
    let meta = document().query_selector("meta[name=sprawdz-wsparcie-app]").ok().flatten()?;
    Some((meta.get_attribute("data-js")?, meta.get_attribute("data-wasm")?))
}

/// Loads the whole catalogue app, which draws the page again (`ui::start`), keeping the focus where
/// it was. Outside the islands bundle there is nothing to load.
pub fn load_app() {
    #[cfg(feature = "pages")]
    if let Some((js, wasm)) = app_files() {
        import_app(&js, &wasm);
    }
}

/// Downloads and compiles the app without starting it: on the checker's start page, the checker app
/// comes while the resident answers the first question, so that "Zacznij" starts it at once. Only
/// once the islands have come: before, it would share the slow link with them.
#[cfg(feature = "pages")]
pub fn prepare_app() {
    if let Some((js, wasm)) = app_files() {
        prepare_app_files(&js, &wasm);
    }
}

/// Asks the browser now for a file the app reads as it starts (a preload, which the app's own request
/// then takes): on a slow line it comes while the app does, not after it.
#[cfg(feature = "pages-checker")]
pub fn preload(href: &str) {
    let document = document();
    let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else { return };
    for (name, value) in [("rel", "preload"), ("as", "fetch"), ("crossorigin", ""), ("href", href)] {
        let _ = link.set_attribute(name, value);
    }
    let _ = head.append_child(&link);
}

#[cfg(feature = "pages")]
pub fn on(target: &web_sys::Element, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(handler).into_js_value();
    let _ = target.add_event_listener_with_callback(event, wasm_bindgen::JsCast::unchecked_ref(&handler));
}

/// What an island asked for before the app took over (the staff's day, a filter's choice), for the app
/// to start with: kept on the page's `window` between the two bundles, never stored.
#[cfg(not(feature = "ssr"))]
const HANDED_OVER: &str = "sprawdzWsparcieHandedOver";

/// Leaves `value` under `key` for the app, then loads it ([`load_app`]).
pub fn hand_over_to_app(key: Handover, value: &str) {
    #[cfg(feature = "ssr")]
    let _ = (key, value);
    #[cfg(not(feature = "ssr"))]
    hand_over(key.key(), value);
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
pub fn handed_over(key: Handover) -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        let key = key.key();
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

/// The first element of an island matching `selector`.
#[cfg(feature = "pages")]
pub fn find(el: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::Element> {
    el.query_selector(selector).ok().flatten()
}

/// A staff's day typed in `form` (its field `input`), handed to the app under `key` when sent: the app
/// reads it as if typed there, and says so when it is no day.
#[cfg(feature = "pages")]
pub fn hand_over_day(form: Option<web_sys::Element>, input: &'static str, key: Handover) {
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
