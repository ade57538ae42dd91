//! The accessibility statement (deklaracja dostępności): the fields the template asks for, with the
//! dates from [`crate::accessibility`], and where to reach the centres: each on its gmina's page (a
//! list of the country's 2,479 would be no contact at all).

use leptos::prelude::*;

use crate::accessibility::{day, next_review, LAST_REVIEW, LAST_UPDATE, PREPARED, PUBLISHED};
use crate::dates::format_long;
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::a11y_title(locale.get()).to_string());
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let date = |d| format_long(day(d), l);
    let dates = [
        (t::a11y_published(l), date(PUBLISHED)),
        (t::a11y_updated(l), date(LAST_UPDATE)),
        (t::a11y_prepared(l), date(PREPARED)),
        (t::a11y_reviewed(l), date(LAST_REVIEW)),
    ];
    let gaps = [
        t::a11y_gap_sign_language(l),
        t::a11y_gap_polish_only(l),
        t::a11y_gap_print(l),
        t::a11y_gap_plain(l),
        t::a11y_gap_file_picker(l),
    ];
    let procedure = [t::a11y_procedure_1(l), t::a11y_procedure_2(l), t::a11y_procedure_3(l), t::a11y_procedure_4(l)];
    view! {
        <h1>{t::a11y_title(l)}</h1>
        <p class="lead">{t::a11y_intro(l)}</p>
        <h2>{t::a11y_dates_title(l)}</h2>
        <dl class="facts">
            {dates.into_iter().map(|(label, value)| view! { <div class="fact"><dt>{label}</dt><dd>{value}</dd></div> }).collect_view()}
        </dl>
        <p>{t::a11y_next_review(l, format_long(next_review(day(LAST_REVIEW)), l))}</p>
        <h2>{t::a11y_status_title(l)}</h2>
        <p>{t::a11y_status(l)}</p>
        <h2>{t::a11y_gaps_title(l)}</h2>
        <ul>{gaps.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
        <h2>{t::a11y_method_title(l)}</h2>
        <p>{t::a11y_method(l)}</p>
        <h2>{t::a11y_keyboard_title(l)}</h2>
        <p>{t::a11y_keyboard(l)}</p>
        <h2>{t::a11y_contact_title(l)}</h2>
        <p>{t::a11y_contact(l)}" "<a href=Route::Home.link() rel="external">{t::a11y_contact_find(l)}</a></p>
        <h2>{t::a11y_procedure_title(l)}</h2>
        {procedure.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <p class="note"><strong>{t::unverified(l)}</strong>" "{t::a11y_procedure_source(l)}</p>
    }
}
