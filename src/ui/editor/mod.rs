//! The staff editor: a third app under `/dla-osrodkow/`, built into its own bundle so residents never
//! download it. A clerk opens their centre's file (from the catalogue or the device) or starts one
//! for a gmina, edits the centre and its projects in forms, sees every problem `wsparcie validate`
//! would name at its field, and downloads the checked file. Drafts stay on the device.

mod centre;
mod file;
pub mod form;
mod gminas;
mod preview;
mod project;
mod rules;
mod start;
pub mod state;
mod try_it;

use leptos::prelude::*;

use crate::route::{Bundle, Route};
use crate::ui::app::focus_on_navigation;
use crate::ui::components::site::{SiteFooter, SiteHeader};
use crate::ui::context::{in_language, provide_app_context};
use crate::ui::nav::{provide_url, use_url};
use crate::ui::pages::not_found::NotFoundPage;

#[component]
pub fn EditorApp() -> impl IntoView {
    // No device mode: the editor is a centre's tool, and its drafts are always kept on the device.
    provide_app_context();
    provide_url(Bundle::Editor);
    state::provide_editing();
    in_language(move || {
        let url = use_url();
        let page = Memo::new(move |_| url.with(|u| crate::route::parse_editor(&u.path, &u.query)));
        focus_on_navigation(Signal::derive(move || url.read().path.clone()));
        view! {
            <SiteHeader section=Bundle::Editor/>
            <main id="main" class="wrap editor" tabindex="-1">
                {move || {
                    // Drawn again when another tab changed the open draft.
                    state::use_editing().reread.track();
                    match page.get() {
                    Some(Route::EditorStart) => view! { <start::StartPage/> }.into_any(),
                    Some(Route::EditorCentre(draft)) => view! { <centre::CentrePage draft/> }.into_any(),
                    Some(Route::EditorProject { draft, project }) => view! { <project::ProjectPage draft project/> }.into_any(),
                    Some(Route::EditorPreview { draft, project }) => view! { <preview::PreviewPage draft project/> }.into_any(),
                    Some(Route::EditorFile(draft)) => view! { <file::FilePage draft/> }.into_any(),
                    _ => view! { <NotFoundPage/> }.into_any(),
                }}}
            </main>
            <SiteFooter section=Bundle::Editor/>
        }
    })
}
