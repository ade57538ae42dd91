use leptos::prelude::*;

use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::not_found_title(locale.get()).to_string());
    view! { <NotFound message=Signal::derive(move || t::not_found_text(locale.get()).to_string())/> }
}

/// The body of a "nothing here" page, also used for a project or centre id that does not exist.
#[component]
pub fn NotFound(message: Signal<String>) -> impl IntoView {
    let locale = use_locale();
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    view! {
        <h1>{t::not_found_title(l)}</h1>
        <p>{move || message.get()}</p>
        <p><a href=Route::all_projects().link()>{t::not_found_home(l)}</a></p>
    }
}
