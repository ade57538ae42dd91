//! The checker's app: its pages under `/sprawdz/`, each drawn for its address, with what they share
//! provided once.

use leptos::prelude::*;

use super::data::provide_verdicts;
use super::state::provide_check_state;
use crate::route::{Bundle, Route};
use crate::ui::components::site::{SiteFooter, SiteHeader};
use crate::ui::context::{in_language, provide_app_context};
use crate::ui::data::{catalogue_part, Part, Remote};
use crate::ui::docs::{form::DeclarationPage, list::DocumentsPage, print::PrintPage};
use crate::ui::nav::focus_on_navigation;
use crate::ui::nav::{provide_url, use_url};
use crate::ui::notice::StorageBanner;
use crate::ui::pages::not_found::NotFoundPage;

#[component]
pub fn CheckApp() -> impl IntoView {
    // First: on a shared device, storage becomes memory before anything is read.
    crate::ui::mode::provide_device();
    provide_app_context();
    let notices = crate::ui::notice::provide_notices();
    provide_check_state(notices);
    let check = super::state::use_check();
    super::state::resolve_stored_gmina(check);
    super::data::provide_data(check);
    provide_verdicts(check);
    super::question::go_on_when_ready(check);
    crate::ui::docs::provide_docs(notices);
    provide_url(Bundle::Checker);
    // A counter set up by its centre finds the centre's gmina in the centre's part of the catalogue.
    let counter_place = crate::ui::mode::counter_place(move |id| match catalogue_part(&Part::Centre(id.to_string())) {
        Remote::Ready(loaded) => loaded.catalogue.centre(id).map(|c| c.teryt.clone()),
        _ => None,
    });
    in_language(move || {
        let url = use_url();
        let page = Memo::new(move |_| url.read().checker_route());
        focus_on_navigation(Signal::derive(move || url.read().path.clone()));
        view! {
            <SiteHeader section=Bundle::Checker/>
            <crate::ui::pwa::AppChrome counter_place=counter_place/>
            <crate::ui::pwa::UpdateGuard/>
            <main id="main" class="wrap" tabindex="-1">
                <NeedsScript/>
                <StorageBanner/>
                {move || match page.get() {
                    Some(Route::CheckStart(project)) => view! { <super::start::StartPage project/> }.into_any(),
                    Some(Route::Question { question, changing }) => view! { <super::question::QuestionPage question changing/> }.into_any(),
                    Some(Route::Answers) => view! { <super::answers::AnswersPage/> }.into_any(),
                    Some(Route::Results) => view! { <super::results::ResultsPage/> }.into_any(),
                    Some(Route::Documents) => Suspend::new(documents_page()).into_any(),
                    Some(Route::Declaration(id)) => Suspend::new(declaration_page(id)).into_any(),
                    Some(Route::Print(id)) => Suspend::new(print_page(id)).into_any(),
                    Some(Route::Request(id)) => Suspend::new(request_page(id)).into_any(),
                    Some(Route::RequestPrint(id)) => Suspend::new(request_print_page(id)).into_any(),
                    Some(Route::DeviceSettings) => Suspend::new(settings_page()).into_any(),
                    Some(Route::ProjectQr(id)) => Suspend::new(project_qr_page(id)).into_any(),
                    Some(Route::Accessibility) => Suspend::new(accessibility_page()).into_any(),
                    Some(Route::EasyRead) => Suspend::new(easy_read_page()).into_any(),
                    // A catalogue page is the other bundle's, which the host serves for its paths.
                    _ => view! { <NotFoundPage/> }.into_any(),
                }}
            </main>
            <SiteFooter section=Bundle::Checker/>
        }
    })
}

/// Said where a written page's content starts, in place of what shows once the app runs: only in the
/// pages written at build time (a browser running the app never shows a `<noscript>`).
#[component]
fn NeedsScript() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let locale = crate::ui::context::use_locale();
        view! { <noscript><p class="note noscript">{move || crate::i18n::t::checker_needs_script(locale.get())}</p></noscript> }
    }
}

/// A page off the way to a result: those opened after it, and the accessibility statement and the
/// easy-to-read text, linked from every footer (15 KB of text in three languages; 9.8 KB gzip of the
/// wasm before the first question, measured). In the checker's release build (feature `split`) each
/// is a split point: its code is a part of the wasm of its own, fetched when the page is first drawn
/// (scripts/split-wasm.sh, docs/decisions/0010-checker-in-parts.md). In every other build (the wasm
/// tests, the pages written at build time) it is a plain function.
macro_rules! part {
    ($(fn $name:ident($($arg:ident: $ty:ty),*) $body:block)*) => {$(
        #[cfg_attr(feature = "split", leptos::prelude::lazy)]
        async fn $name($($arg: $ty),*) -> AnyView $body
    )*};
}

part! {
    fn documents_page() { view! { <DocumentsPage/> }.into_any() }
    fn declaration_page(id: String) { view! { <DeclarationPage id/> }.into_any() }
    fn print_page(id: String) { view! { <PrintPage id/> }.into_any() }
    fn request_page(id: String) { view! { <crate::ui::docs::request::RequestPage id/> }.into_any() }
    fn request_print_page(id: String) { view! { <crate::ui::docs::request::print::RequestPrintPage id/> }.into_any() }
    fn settings_page() { view! { <crate::ui::settings::DeviceSettingsPage/> }.into_any() }
    fn project_qr_page(id: String) { view! { <crate::ui::settings::ProjectQrPage id/> }.into_any() }
    fn accessibility_page() { view! { <crate::ui::pages::accessibility::AccessibilityPage/> }.into_any() }
    fn easy_read_page() { view! { <crate::ui::pages::easy_read::EasyReadPage/> }.into_any() }
}
