use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::t;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;

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
    view! {
        <h1>{move || t::not_found_title(locale.get())}</h1>
        <p>{move || message.get()}</p>
        <p><A href="/">{move || t::not_found_home(locale.get())}</A></p>
    }
}
