//! The app shell: header, routes, footer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::components::as_of::{AsOfBanner, AsOfControl};
use super::components::site::{SiteFooter, SiteHeader};
use super::context::{in_language, provide_app_context};
use super::data::{catalogue_part, Part, Remote};
use super::mode::provide_device;
use super::nav::{provide_url, use_url};
use super::pages::gmina::GminaPage;
use super::pages::home::HomePage;
use super::pages::region::{PowiatPage, VoivodeshipPage};
use super::pages::{catalogue::CataloguePage, centre::CentrePage, not_found::NotFoundPage, project::ProjectPage};
use crate::route::{Bundle, Route};

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
pub fn focus_on_navigation(path: Signal<String>) {
    Effect::new(move |previous: Option<String>| {
        // `/projekty` as typed and `/projekty/` as the app writes it are the same page.
        let path = path.get().trim_end_matches('/').to_string();
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
    provide_url(Bundle::Catalogue);
    // A counter set up by its centre finds the centre's gmina in the part of the catalogue holding it.
    let counter_place = crate::ui::mode::counter_place(|id| match catalogue_part(&Part::Centre(id.to_string())) {
        Remote::Ready(loaded) => loaded.catalogue.centre(id).map(|c| c.teryt.clone()),
        _ => None,
    });
    in_language(move || {
        let url = use_url();
        // The filters change the query on every keystroke: the page stays, and reads its query itself.
        let page = Memo::new(move |_| match url.read().catalogue_route() {
            Some(Route::Catalogue(_)) => Some(Route::all_projects()),
            other => other,
        });
        focus_on_navigation(Signal::derive(move || url.read().path.clone()));
        view! {
            <SiteHeader section=Bundle::Catalogue/>
            <crate::ui::pwa::AppChrome counter_place=counter_place/>
            <main id="main" class="wrap" tabindex="-1">
                <AsOfBanner/>
                {move || match page.get() {
                    Some(Route::Home) => view! { <HomePage/> }.into_any(),
                    Some(Route::Catalogue(_)) => view! { <CataloguePage/> }.into_any(),
                    Some(Route::Project(id)) => view! { <ProjectPage id/> }.into_any(),
                    Some(Route::Centre(id)) => view! { <CentrePage id/> }.into_any(),
                    Some(Route::Gmina { code, via }) => view! { <GminaPage code via/> }.into_any(),
                    Some(Route::Powiat(code)) => view! { <PowiatPage code/> }.into_any(),
                    Some(Route::Voivodeship(code)) => view! { <VoivodeshipPage code/> }.into_any(),
                    // A checker page is the other bundle's, which the host serves for its paths.
                    _ => view! { <NotFoundPage/> }.into_any(),
                }}
            </main>
            <SiteFooter section=Bundle::Catalogue>
                <AsOfControl/>
            </SiteFooter>
        }
    })
}
