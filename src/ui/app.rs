//! The app shell: header, routes, footer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::components::as_of::{AsOfBanner, AsOfControl};
use super::context::{provide_app_context, use_catalogue, use_locale};
use super::load::load_catalogue;
use super::pages::{catalogue::CataloguePage, centre::CentrePage, not_found::NotFoundPage, project::ProjectPage};
use crate::i18n::t;

fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// The router would treat "#main" as a navigation; move focus to the content ourselves.
pub fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

/// After moving to another page (not on the first load, nor when only the query changes, as filters
/// do), focus the content so that screen readers announce the new page and Tab starts from it.
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

#[component]
pub fn App() -> impl IntoView {
    provide_app_context();
    let catalogue = use_catalogue();
    spawn_local(async move {
        catalogue.set(load_catalogue().await);
    });
    let locale = use_locale();

    view! {
        <Router>
            <FocusOnNavigation/>
            <a class="skip-link" href="#main" on:click=skip_to_main>{move || t::skip_to_content(locale.get())}</a>
            <header class="site-header">
                <div class="wrap header-row">
                    <A href="/" attr:class="brand">
                        <span class="brand-mark" aria-hidden="true">"✓"</span>
                        <span>{move || t::app_name(locale.get())}</span>
                    </A>
                    <nav aria-label=move || t::nav_main(locale.get())>
                        <A href="/">{move || t::nav_catalogue(locale.get())}</A>
                        // The checker is a separate app: a full page load, not a route of this one.
                        <a href="/sprawdz" rel="external">{move || t::nav_check(locale.get())}</a>
                    </nav>
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">
                <AsOfBanner/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=CataloguePage/>
                    <Route path=path!("/projekt/:id") view=ProjectPage/>
                    <Route path=path!("/osrodek/:id") view=CentrePage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <AsOfControl/>
                    <p>{move || t::footer_privacy(locale.get())}</p>
                    <p>{move || t::footer_indicative(locale.get())}</p>
                </div>
            </footer>
        </Router>
    }
}
