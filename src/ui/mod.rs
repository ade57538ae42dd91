//! The browser app: Leptos components over the pure domain modules.
// A function a person can read: at most 80 lines (`clippy.toml`), as `make lint` checks; one over it
// needs an `allow` with a comment saying why.
#![warn(clippy::too_many_lines)]

pub mod app;
pub mod check;
pub mod components;
pub mod context;
pub mod data;
pub mod docs;
#[cfg(feature = "editor")]
pub mod editor;
pub mod form;
pub mod host;
pub mod island;
#[cfg(feature = "pages")]
pub mod islands;
pub mod keeping;
pub mod load;
pub mod mode;
pub mod nav;
pub mod notice;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod pwa;
pub mod settings;
#[cfg(feature = "ssr")]
pub mod shell;
pub mod storage;

/// A panic's message in the browser console (the panic itself then stops the app). Smaller than a
/// hook crate: the first page has a size budget.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
}

/// Starts an app in the browser. The page came drawn at build time (`make dist`, [`prerender`]): once
/// the data files it was drawn with are here ([`host::fetch_page_data`]), the app draws it again from
/// the same components, in one go, so what was read stays where it was.
#[cfg(not(feature = "ssr"))]
pub fn start<V: leptos::IntoView + 'static>(app: fn() -> V) {
    wasm_bindgen_futures::spawn_local(async move {
        host::fetch_page_data().await;
        let document = leptos::prelude::document();
        // What had the focus (a part of a written page the resident used before the app took it over)
        // has it again in the page drawn anew.
        let focused = document.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(app);
        if let Some(el) = focused.and_then(|id| document.get_element_by_id(&id)) {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
        }
        // Says the page is the app's now (the end-to-end tests wait for it).
        if let Some(html) = leptos::prelude::document().document_element() {
            let _ = html.set_attribute("data-app", "started");
            let _ = html.class_list().remove_1("no-js");
        }
    });
}
