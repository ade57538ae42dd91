//! A gmina: its social welfare centre and how to reach it, with the source and its date; and the
//! projects open to its residents, its own centre's and those of other centres that serve it.

use leptos::prelude::*;

use crate::catalogue::labels::kind_label;
use crate::catalogue::{OfferKind, StatusKind};
use crate::i18n::{t, Locale};
use crate::places::{powiat_of, GminaIn};
use crate::route::Route;
use crate::ui::components::catalogue_gate::with_catalogue_part;
use crate::ui::components::centre_contact::contact_facts;
use crate::ui::components::directory_centre::directory_centre;
use crate::ui::components::districts::districts_view;
use crate::ui::components::filter_select::FilterSelect;
use crate::ui::components::freshness::freshness_note;
use crate::ui::components::offer::{funding_text, programme_card};
use crate::ui::components::place::{source_line, where_it_is_linked, with_places};
use crate::ui::components::project_card::ProjectCard;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{effective_date, period_seen_on, polish_text, use_locale, with_polish};
use crate::ui::data::{places, powiat, Part, Remote};
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

#[component]
pub fn GminaPage(code: String, via: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let title_code = code.clone();
    use_page_title(move || match places() {
        Remote::Ready(p) => match p.gmina(&title_code) {
            Some(g) => t::gmina_title(locale.get(), g.gmina.name.clone()),
            None => t::not_found_title(locale.get()).to_string(),
        },
        _ => t::app_name(locale.get()).to_string(),
    });
    with_places(move |places| {
        let l = locale.get();
        let Some(g) = places.gmina(&code) else {
            return view! { <NotFound message=Signal::derive(move || t::not_found_gmina(locale.get()).to_string())/> }
                .into_any();
        };
        let via_town = via.clone();
        let via = via.clone().map(|town| {
            view! {
                <p class="note">{t::gmina_via_town(l, town)}" "
                    <a href=Route::Home.link()>{t::gmina_search_again(l)}</a>
                </p>
            }
        });
        let centre = centre_section(g, via_town.clone(), l);
        let projects = projects_section(g.gmina.code.clone(), g.gmina.name.clone(), l);
        view! {
            <p class="back"><a href=Route::Home.link()>{"← "}{t::gmina_back(l)}</a></p>
            <h1>{t::gmina_heading(l, &g.gmina.name)}</h1>
            <p class="lead">{where_it_is_linked(g, l)}</p>
            {via}
            {centre}
            {crate::ui::components::benefits::benefits_section(l)}
            {crate::ui::components::senior::senior_section(g.gmina.code.clone(), l)}
            {projects}
            {source_line(places.source(), l)}
        }
        .into_any()
    })
}

/// The gmina's centre from the directory; the centres of its districts where each has its own
/// (Warszawa); else the catalogue's centre of the gmina; else what to do.
fn centre_section(g: GminaIn<'_>, via: Option<String>, l: Locale) -> impl IntoView {
    let code = g.gmina.code.clone();
    let office = t::gmina_no_centre(
        l,
        t::GminaNoCentre { gmina: &g.gmina.name, powiat: &g.powiat.name, voivodeship: &g.voivodeship.name },
    );
    let body = move || match powiat(powiat_of(&code)) {
        Remote::Loading => view! { <p class="loading" role="status">{t::centre_loading(l)}</p> }.into_any(),
        Remote::Unavailable => view! { <p class="error-box" role="alert">{t::centre_unavailable(l)}</p> }.into_any(),
        Remote::Broken(issue) => {
            view! { <p class="error-box" role="alert">{t::places_broken(l)}" "<code>{issue}</code></p> }.into_any()
        }
        Remote::Ready(file) => match (file.centre_of(&code), districts_view(&file, &code, via.as_deref(), l)) {
            (Some(c), _) => directory_centre(c, l).into_any(),
            (None, Some(districts)) => districts,
            (None, None) => catalogue_centre(code.clone(), office.clone(), l).into_any(),
        },
    };
    view! {
        <section aria-labelledby="gmina-centre">
            <h2 id="gmina-centre">{t::gmina_centre(l)}</h2>
            {body}
        </section>
    }
}

/// No directory lists the gmina's centre: the catalogue's centre of the gmina if it has one, else what
/// the resident can do.
fn catalogue_centre(code: String, office: String, l: Locale) -> impl IntoView {
    let part = Part::Powiat(powiat_of(&code).to_string());
    with_catalogue_part(part, move |loaded| match loaded.catalogue.centres.iter().find(|c| c.teryt == code) {
        Some(c) => view! {
            <p class="centre-name" lang=polish_text(l)>{c.name.clone()}</p>
            <dl class="facts">{contact_facts(c, l)}</dl>
            {freshness_note(c.checked_on, effective_date().get(), l)}
            <p><a href=Route::Centre(c.id.clone()).link()>{t::centre_link(l)}</a></p>
        }
        .into_any(),
        None => view! { <p class="note">{office.clone()}</p> }.into_any(),
    })
}

/// The projects open to the gmina's residents, what runs now first, then what starts soon, then what
/// has ended; a filter by kind of offer; and the national programmes no edition here is known of, with
/// a word to ask the centre.
fn projects_section(code: String, name: String, l: Locale) -> impl IntoView {
    let as_of = effective_date();
    // The kind chosen on the page as written, before the app came to draw it (`ui::islands`).
    let kind = RwSignal::new(crate::ui::island::handed_over(crate::ui::island::Handover::Kind).unwrap_or_default());
    // On a page written at build time the list below is for every kind: choosing one brings the app
    // to draw it for that kind (an island, `ui::islands`).
    let filter = if cfg!(feature = "ssr") {
        crate::ui::island::island(
            crate::ui::island::Part::GminaKindFilter,
            kind_filter(Signal::derive(String::new), |_| {}, l),
        )
    } else {
        kind_filter(Signal::derive(move || kind.get()), move |v| kind.set(v), l).into_any()
    };
    let cards = with_catalogue_part(Part::Powiat(powiat_of(&code).to_string()), move |loaded| {
        let catalogue = &loaded.catalogue;
        let day = as_of.get();
        let found = catalogue.for_gmina(&code, day);
        for (e, _) in &found {
            crate::ui::host::holds_until(crate::catalogue::status_holds_until(&e.project, day));
        }
        for d in &catalogue.programmes.programmes {
            period_seen_on(d.period, day);
        }
        let chosen = OfferKind::from_code(&kind.get());
        let shown: Vec<_> = found.iter().filter(|(e, _)| chosen.is_none_or(|k| e.project.kind == k)).collect();
        let part = |heading: &'static str, id: &'static str, which: fn(StatusKind) -> bool| {
            let cards: Vec<_> = shown.iter().filter(|(_, s)| which(s.kind())).collect();
            (!cards.is_empty()).then(|| {
                let cards = cards
                    .iter()
                    .map(|(e, s)| {
                        let funding = funding_text(&e.project, &catalogue.programmes, l);
                        view! { <ProjectCard entry=(*e).clone() centre=catalogue.centre_of(e).clone() status=*s funding nested=true/> }
                    })
                    .collect_view();
                view! { <h3 id=id>{heading}</h3><ul class="cards" aria-labelledby=id>{cards}</ul> }
            })
        };
        let none = shown.is_empty().then(|| view! { <p class="note">{t::gmina_no_projects(l)}</p> });
        let national = national_cards(catalogue, &found, chosen, &name, day, l);
        view! {
            {none}
            {part(t::gmina_now(l), "gmina-now", |k| matches!(k, StatusKind::Recruiting | StatusKind::Running))
                .map(|v| v.into_any())
                .or_else(|| {
                    // Entries here, none running on the day: said plainly under the heading.
                    (!shown.is_empty()).then(|| view! {
                        <h3 id="gmina-now">{t::gmina_now(l)}</h3>
                        <p class="note">{t::gmina_now_none(l)}</p>
                    }.into_any())
                })}
            {part(t::gmina_soon(l), "gmina-soon", |k| k == StatusKind::Planned)}
            {part(t::gmina_past(l), "gmina-past", |k| matches!(k, StatusKind::Durability | StatusKind::Ended))}
            {national}
        }
        .into_any()
    });
    view! {
        <section aria-labelledby="gmina-projects">
            <h2 id="gmina-projects">{t::gmina_projects(l)}</h2>
            {filter}
            {cards}
        </section>
    }
}

fn kind_filter(value: Signal<String>, on_change: impl Fn(String) + 'static, l: Locale) -> impl IntoView {
    let kind_options =
        OfferKind::ALL.iter().map(|k| view! { <option value=k.code()>{kind_label(*k, l)}</option> }).collect_view();
    view! {
        <FilterSelect id="filter-kind" name="rodzaj" label=t::filter_kind(l) any_label=t::filter_kind_any(l)
            value on_change>
            {kind_options}
        </FilterSelect>
    }
}

/// The kind filter as written, brought to life by the islands bundle: a choice hands it to the app,
/// which draws the gmina's page filtered.
#[cfg(feature = "pages")]
pub fn kind_filter_alive(el: &web_sys::HtmlElement) {
    use crate::ui::island::{find, hand_over_to_app, on, Handover};
    use wasm_bindgen::JsCast;
    let Some(select) = find(el, "select") else { return };
    on(&select.clone(), "change", move |_| {
        let kind = select.clone().unchecked_into::<web_sys::HtmlSelectElement>().value();
        hand_over_to_app(Handover::Kind, &kind);
    });
}

/// The national programmes no edition here runs now, each with a word to ask the centre (again, when
/// an edition here has ended).
fn national_cards(
    catalogue: &crate::catalogue::Catalogue,
    found: &[(&crate::catalogue::Entry, crate::catalogue::Status)],
    chosen: Option<OfferKind>,
    name: &str,
    day: chrono::NaiveDate,
    l: Locale,
) -> Option<impl IntoView> {
    let here: Vec<(&str, bool)> = found
        .iter()
        .filter_map(|(e, s)| e.project.runs_programme.as_deref().map(|id| (id, s.kind().is_open())))
        .collect();
    let elsewhere: Vec<_> = catalogue
        .programmes
        .elsewhere(&here, day)
        .into_iter()
        .filter(|d| chosen.is_none_or(|k| d.kind == k))
        .map(|d| {
            // An edition here that has ended (a year's contract of a programme of several years).
            let ran_here = found.iter().find(|(e, _)| e.project.runs_programme.as_deref() == Some(d.id.as_str()));
            let ask = match ran_here.and_then(|(e, _)| e.project.period).and_then(|p| p.end) {
                Some(end) => {
                    let around = t::programme_ask_again(l, chrono::Datelike::year(&end.last_day()));
                    with_polish(around, name.to_string(), l).into_any()
                }
                None => {
                    let around = t::programme_ask_gmina(l);
                    with_polish(around, name.to_string(), l).into_any()
                }
            };
            programme_card(d, ask, true, day, l)
        })
        .collect();
    (!elsewhere.is_empty()).then(|| {
        view! {
            <h3 id="gmina-national">{t::national_heading(l)}</h3>
            <ul class="cards" aria-labelledby="gmina-national">{elsewhere.collect_view()}</ul>
        }
    })
}
