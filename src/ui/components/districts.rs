//! Warszawa's districts on its page: each has a centre of its own, and a resident applies at their
//! district's. Every district with its centre as the working list found it (each field with its page and
//! date, to confirm), or a plain word that the list has none; the district the resident came through
//! (Bemowo typed in the place search) named first, as a link to its centre.

use leptos::prelude::*;

use crate::directory::PowiatFile;
use crate::i18n::{t, Locale};
use crate::ui::components::directory_centre::directory_centre;
use crate::ui::context::polish_text;

/// The anchor of a district's part of the page.
pub fn district_anchor(code: &str) -> String {
    format!("dzielnica-{code}")
}

/// The gmina's districts and their centres; `None` for a gmina without districts of their own.
pub fn districts_view(file: &PowiatFile, gmina: &str, via: Option<&str>, l: Locale) -> Option<AnyView> {
    let districts: Vec<_> = file.districts_of(gmina).collect();
    if districts.is_empty() {
        return None;
    }
    let pl = polish_text(l);
    let yours = via.and_then(|town| districts.iter().find(|d| d.name == town)).map(|d| {
        let link = view! { <a href=format!("#{}", district_anchor(&d.code)) lang=pl>{d.name.clone()}</a> };
        view! { <p class="lead">{t::district_yours(l)}" "{link}</p> }
    });
    let jump = districts
        .iter()
        .map(|d| view! { <li><a href=format!("#{}", district_anchor(&d.code)) lang=pl>{d.name.clone()}</a></li> })
        .collect_view();
    let parts = districts
        .iter()
        .map(|d| {
            let (id, labelled) = (district_anchor(&d.code), district_anchor(&d.code));
            let centre = match file.centre_of_district(&d.code) {
                Some(c) => directory_centre(c, l).into_any(),
                None => view! { <p class="note">{t::district_no_centre(l)}</p> }.into_any(),
            };
            view! {
                <section class="district" aria-labelledby=labelled>
                    <h3 id=id lang=pl>{d.name.clone()}</h3>
                    {centre}
                </section>
            }
        })
        .collect_view();
    Some(
        view! {
            <p>{t::districts_intro(l)}</p>
            {yours}
            <p class="note">{t::districts_to_confirm(l)}</p>
            <nav aria-labelledby="districts-jump">
                <h3 id="districts-jump">{t::districts_jump(l)}</h3>
                <ul class="place-list columns">{jump}</ul>
            </nav>
            {parts}
        }
        .into_any(),
    )
}
