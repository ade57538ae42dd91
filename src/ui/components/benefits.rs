//! "Pomoc, o którą możesz poprosić w każdym ośrodku": the act's benefits, on the first page and on every
//! gmina's page, each linked to its own page, with the word that a gmina council may raise the income
//! limits of two of them (art. 8 ust. 2). Built into the app: no data file is read for it.

use leptos::prelude::*;

use crate::benefits::{act, Benefit};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::context::polish_text;
use crate::ui::nav::Link;

pub fn benefits_section(l: Locale) -> impl IntoView {
    let links = Benefit::ALL.map(|b| {
        view! { <li><a href=Route::Benefit(b).link()><span lang=polish_text(l)>{b.name()}</span></a></li> }
    });
    let council = &act::COUNCIL_MAY_RAISE;
    view! {
        <section aria-labelledby="benefits">
            <h2 id="benefits">{t::benefits_heading(l)}</h2>
            <p>{t::benefits_intro(l)}</p>
            <ul class="benefit-links">{links.into_iter().collect_view()}</ul>
            <p class="note"><span lang=polish_text(l)>{format!("{} ({} {})", council.text, council.article, act::ACT_GENITIVE)}</span></p>
            <p><a href=Route::Benefits.link()>{t::benefits_more(l)}</a></p>
        </section>
    }
}
