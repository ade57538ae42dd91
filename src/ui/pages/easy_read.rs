//! The easy-to-read page (tekst łatwy do czytania): what the app does and that nothing leaves the
//! phone, in short sentences, one idea each.

use leptos::prelude::*;

use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

#[component]
pub fn EasyReadPage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::etr_title(locale.get()).to_string());
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let sections = [
        (t::etr_what_title(l), vec![t::etr_what_1(l), t::etr_what_2(l), t::etr_what_3(l)]),
        (t::etr_do_title(l), vec![t::etr_do_1(l), t::etr_do_2(l), t::etr_do_3(l), t::etr_do_4(l), t::etr_do_5(l)]),
        (t::etr_safe_title(l), vec![t::etr_safe_1(l), t::etr_safe_2(l), t::etr_safe_3(l), t::etr_safe_4(l)]),
        (t::etr_result_title(l), vec![t::etr_result_1(l), t::etr_result_2(l), t::etr_result_3(l)]),
        (t::etr_help_title(l), vec![t::etr_help_1(l), t::etr_help_2(l)]),
    ];
    view! {
        <div class="easy-read">
            <h1>{t::etr_title(l)}</h1>
            {sections.into_iter().map(|(title, lines)| view! {
                <h2>{title}</h2>
                {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            }).collect_view()}
            <p class="actions">
                <a class="button" href=Route::Home.link() rel="external">{t::etr_to_catalogue(l)}</a>
                " "
                <a class="button secondary" href=Route::CheckStart(None).link()>{t::etr_to_check(l)}</a>
            </p>
        </div>
    }
}
