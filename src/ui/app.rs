//! The app shell: header, routes, footer.

use leptos::prelude::*;

use super::components::as_of::{AsOfBanner, AsOfControl};
use super::components::site::{SiteFooter, SiteHeader};
use super::context::{in_language, provide_app_context};
use super::data::{catalogue_part, Part, Remote};
use super::mode::provide_device;
use super::nav::{focus_on_navigation, provide_url, use_url};
use super::pages::benefit::{BenefitPage, BenefitsPage};
use super::pages::gmina::GminaPage;
use super::pages::home::HomePage;
use super::pages::region::{PowiatPage, VoivodeshipPage};
use super::pages::{catalogue::CataloguePage, centre::CentrePage, not_found::NotFoundPage, project::ProjectPage};
use crate::route::{Bundle, Route};

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
                    Some(Route::Benefits) => view! { <BenefitsPage/> }.into_any(),
                    Some(Route::Benefit(benefit)) => view! { <BenefitPage benefit/> }.into_any(),
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
