//! The app shell: header, routes, footer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::components::as_of::{AsOfBanner, AsOfControl};
use super::components::site::{Section, SiteFooter, SiteHeader};
use super::context::{in_language, provide_app_context, use_catalogue};
use super::load::load_catalogue;
use super::mode::provide_device;
use super::pages::{catalogue::CataloguePage, centre::CentrePage, not_found::NotFoundPage, project::ProjectPage};

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
    provide_device();
    provide_app_context();
    let catalogue = use_catalogue();
    spawn_local(async move {
        catalogue.set(load_catalogue().await);
    });
    in_language(|| view! {
        <Router>
            <FocusOnNavigation/>
            <SiteHeader section=Section::Catalogue/>
            <crate::ui::pwa::AppChrome/>
            <main id="main" class="wrap" tabindex="-1">
                <AsOfBanner/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=CataloguePage/>
                    <Route path=path!("/projekt/:id") view=ProjectPage/>
                    <Route path=path!("/osrodek/:id") view=CentrePage/>
                </Routes>
            </main>
            <SiteFooter section=Section::Catalogue>
                <AsOfControl/>
            </SiteFooter>
        </Router>
    })
}
