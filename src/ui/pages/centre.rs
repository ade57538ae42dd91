//! A centre: how to reach it, when it is open, and its projects.

use leptos::prelude::*;

use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::catalogue_gate::with_catalogue_part;
use crate::ui::components::centre_contact::{contact_facts, has_contact};
use crate::ui::components::facts::fact;
use crate::ui::components::freshness::freshness_note;
use crate::ui::components::hours::HoursTable;
use crate::ui::components::offer::funding_text;
use crate::ui::components::offer::source_block;
use crate::ui::components::project_card::ProjectCard;
use crate::ui::components::title::use_item_title;
use crate::ui::context::{effective_date, polish_text, status_on, use_locale};
use crate::ui::data::Part;
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

#[component]
pub fn CentrePage(id: String) -> impl IntoView {
    let locale = use_locale();
    use_item_title(Part::Centre(id.clone()), |c, id| c.centre(id).map(|c| c.name.clone()));
    let as_of = effective_date();
    with_catalogue_part(Part::Centre(id.clone()), move |loaded| {
        let l = locale.get();
        let Some(c) = loaded.catalogue.centre(&id).cloned() else {
            return view! { <NotFound message=Signal::derive(move || t::not_found_centre(locale.get()).to_string())/> }
                .into_any();
        };
        let no_contact = (!has_contact(&c)).then(|| view! { <p class="note">{t::centre_no_contact(l)}</p> });
        let hours = c.office_hours.clone().map(|h| {
            view! {
                <section aria-labelledby="hours">
                    <h2 id="hours">{t::centre_hours(l)}</h2>
                    <HoursTable hours=h caption=t::centre_hours(l).to_string() show_open_now=true caption_hidden=true/>
                </section>
            }
        });
        let checked_on = c.checked_on;
        let cards_loaded = loaded.clone();
        let centre_id = c.id.clone();
        let cards = move || {
            let catalogue = &cards_loaded.catalogue;
            catalogue
                .projects_of(&centre_id)
                .map(|e| {
                    let s = status_on(&e.project, as_of.get());
                    view! { <ProjectCard entry=e.clone() centre=catalogue.centre_of(e).clone() status=s funding=funding_text(&e.project, &catalogue.programmes, l)/> }
                })
                .collect_view()
        };
        view! {
            <p class="back"><a href=Route::all_projects().link()>{"← "}{t::project_back(l)}</a></p>
            <h1 lang=polish_text(l)>{c.name.clone()}</h1>
            <dl class="facts">
                {contact_facts(&c, l)}
                {fact(t::centre_gmina(l), Some(c.gmina.clone()))}
                {fact(t::centre_voivodeship(l), Some(view! { <span lang=polish_text(l)>{c.voivodeship.clone()}</span> }))}
                {fact(t::centre_nip(l), c.nip.clone())}
                {fact(t::centre_regon(l), c.regon.clone())}
            </dl>
            {no_contact}
            {hours}
            <section aria-labelledby="centre-projects">
                <h2 id="centre-projects">{t::centre_projects(l)}</h2>
                <ul class="cards">{cards}</ul>
            </section>
            <section aria-labelledby="centre-source">
                <h2 id="centre-source">{t::project_source(l)}</h2>
                {source_block(&c.source, l)}
                {move || freshness_note(checked_on, as_of.get(), l)}
            </section>
        }
        .into_any()
    })
}
