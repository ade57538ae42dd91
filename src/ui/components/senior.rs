//! A gmina's Senior+ day homes and clubs, where a list has them: places that run all year, with their
//! kind, places, address and phones, and who may attend and what it costs left to the centre to say
//! (the list does not say it).

use leptos::prelude::*;

use crate::directory::SeniorPlace;
use crate::i18n::{t, Locale};
use crate::places::powiat_of;
use crate::ui::components::facts::{fact, phone_links};
use crate::ui::components::place::source_line;
use crate::ui::context::polish_text;
use crate::ui::data::{powiat, Remote};

fn place_view(p: &SeniorPlace, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    let a = &p.address;
    let town = match &a.postcode {
        Some(code) => format!("{code} {}", a.town),
        None => a.town.clone(),
    };
    let address = view! { <span lang=pl>{a.street.clone().map(|s| view! { {s}<br/> })}{town}</span> }.into_any();
    let phones =
        (!p.phones.is_empty()).then(|| view! { <ul class="phones" lang=pl>{phone_links(&p.phones)}</ul> }.into_any());
    let places = p.places.map(|n| view! { {n} }.into_any());
    view! {
        <li class="card">
            <h3 class="card-title" lang="pl">{p.kind.name()}</h3>
            <dl class="facts">
                {fact(t::senior_places(l), places)}
                {fact(t::centre_address(l), Some(address))}
                {fact(t::centre_phones(l), phones)}
                {fact(t::senior_runner(l), Some(view! { <span lang=pl>{p.runner.clone()}</span> }.into_any()))}
            </dl>
        </li>
    }
}

/// The Senior+ places of the gmina `code`, from its powiat's file; nothing where the list has none.
pub fn senior_section(code: String, l: Locale) -> impl IntoView {
    move || {
        let Remote::Ready(file) = powiat(powiat_of(&code)) else { return None };
        let here = match file.senior_in(&code) {
            Ok(here) => here,
            Err(issue) => {
                let broken =
                    view! { <p class="error-box">{t::places_broken(l)}" "<code>{issue.describe(l)}</code></p> };
                return Some(broken.into_any());
            }
        };
        let source = here.first()?.source.clone();
        Some(
            view! {
                <section aria-labelledby="gmina-senior">
                    <h2 id="gmina-senior">{t::senior_heading(l)}</h2>
                    <p>{t::senior_intro(l)}</p>
                    <ul class="cards">{here.iter().map(|p| place_view(p, l)).collect_view()}</ul>
                    <p class="note">{t::senior_ask(l)}</p>
                    {source_line(&source, l)}
                </section>
            }
            .into_any(),
        )
    }
}
