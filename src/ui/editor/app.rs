//! The editor's app: its pages under `/dla-osrodkow/`, each drawn for its address.

use leptos::prelude::*;

use crate::route::{Bundle, Route};
use crate::ui::components::site::{SiteFooter, SiteHeader};
use crate::ui::context::{in_language, provide_app_context};
use crate::ui::nav::focus_on_navigation;
use crate::ui::nav::{provide_url, use_url};
use crate::ui::pages::not_found::NotFoundPage;

#[component]
pub fn EditorApp() -> impl IntoView {
    // No device mode: the editor is a centre's tool, and its drafts are always kept on the device.
    provide_app_context();
    provide_url(Bundle::Editor);
    super::state::provide_editing();
    in_language(move || {
        let url = use_url();
        let page = Memo::new(move |_| url.with(|u| crate::route::parse_editor(&u.path, &u.query)));
        focus_on_navigation(Signal::derive(move || url.read().path.clone()));
        view! {
            <SiteHeader section=Bundle::Editor/>
            <main id="main" class="wrap editor" tabindex="-1">
                {move || {
                    // Drawn again when another tab changed the open draft.
                    super::state::use_editing().reread.track();
                    match page.get() {
                    Some(Route::EditorStart) => view! { <super::start::StartPage/> }.into_any(),
                    Some(Route::EditorCentre(draft)) => view! { <super::centre::CentrePage draft/> }.into_any(),
                    Some(Route::EditorProject { draft, project }) => view! { <super::project::ProjectPage draft project/> }.into_any(),
                    Some(Route::EditorPreview { draft, project }) => view! { <super::preview::PreviewPage draft project/> }.into_any(),
                    Some(Route::EditorFile(draft)) => view! { <super::file::FilePage draft/> }.into_any(),
                    _ => view! { <NotFoundPage/> }.into_any(),
                }}}
            </main>
            <SiteFooter section=Bundle::Editor/>
        }
    })
}
