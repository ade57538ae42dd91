//! The list of every project with search and filters (`/projekty`). Filters live in the URL
//! (`?q=…&miejsce=…&dla=…&status=…`) so a filtered list can be bookmarked, shared and reloaded. It reads
//! the whole catalogue; a resident's way to their gmina's projects (the first page) does not.

use leptos::prelude::*;

use crate::ui::nav::{go, use_url};

use crate::catalogue::labels::{group_label, kind_label, status_label};
use crate::catalogue::{OfferKind, Place, Query, StatusKind, TargetGroup};
use crate::device::Mode;
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::route::UnreadFilter;
use crate::ui::components::catalogue_gate::with_catalogue;
use crate::ui::components::filter_select::FilterSelect;
use crate::ui::components::offer::funding_text;
use crate::ui::components::project_card::ProjectCard;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{effective_date, polish_text, use_locale};
use crate::ui::mode::use_device;
use crate::ui::nav::Link;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::catalogue_all_projects(locale.get()).to_string());
    let url = use_url();
    // Read from the URL where it is needed (parsing it is cheaper than a memo's code in the wasm).
    let query = move || match url.read().catalogue_route() {
        Some(Route::Catalogue(query)) => query,
        _ => Query::default(),
    };
    // Each filter change replaces the history entry, so that Back leaves the list rather than undoing
    // each keystroke.
    let change = move |edit: &dyn Fn(&mut Query)| {
        let mut next = untrack(query);
        edit(&mut next);
        go(&Route::Catalogue(next).link(), true);
    };
    let as_of = effective_date();

    let intro = move || t::catalogue_intro(locale.get());
    let body = with_catalogue(move |loaded| {
        let catalogue = &loaded.catalogue;
        let l = locale.get_untracked();
        let (centre_options, gmina_options) = place_options(catalogue, l);
        let group_options = code_options(TargetGroup::ALL.iter().map(move |g| (g.code(), group_label(*g, l))));
        let status_options = code_options(StatusKind::ALL.iter().map(move |k| (k.code(), status_label(*k, l))));
        let on_text = move |ev| change(&|q| q.text = event_target_value(&ev));
        let on_place = move |v: String| change(&|q| q.place = Place::from_code(&v));
        let on_group = move |v: String| change(&|q| q.group = TargetGroup::from_code(&v));
        let on_status = move |v: String| change(&|q| q.status = StatusKind::from_code(&v));
        let on_kind = move |v: String| change(&|q| q.kind = OfferKind::from_code(&v));
        let kind_options = code_options(OfferKind::ALL.iter().map(move |k| (k.code(), kind_label(*k, l))));
        let on_clear = move |_| go(&Route::all_projects().link(), true);

        let results_loaded = loaded.clone();
        // At a counter, the projects open to its gmina's residents first.
        let device = use_device();
        let own_gmina = (device.mode == Mode::Counter).then_some(device.gmina).flatten();
        let results = move || {
            let catalogue = &results_loaded.catalogue;
            let mut found = catalogue.search(&query(), as_of.get());
            if let Some(gmina) = &own_gmina {
                found = crate::catalogue::Catalogue::own_gmina_first(found, gmina);
            }
            found_view(catalogue, &found, query().programme, &url.read().query, locale.get())
        };

        view! {
            <search class="filters js-only" aria-labelledby="filters-title">
                <h2 id="filters-title" class="visually-hidden">{t::filters_title(l)}</h2>
                <div class="field field-search">
                    <label for="search">{t::search_label(l)}</label>
                    <p class="hint" id=crate::hint_id!("search")>{t::search_hint(l)}</p>
                    <input type="search" id="search" name="q" autocomplete="off" aria-describedby=crate::hint_id!("search")
                        prop:value=move || query().text on:input=on_text/>
                </div>
                <FilterSelect id="filter-place" name="miejsce" label=t::filter_place(l) any_label=t::filter_place_any(l)
                    value=Signal::derive(move || query().place.code()) on_change=on_place>
                    <optgroup label=t::filter_place_centres(l)>{centre_options}</optgroup>
                    <optgroup label=t::filter_place_gminas(l)>{gmina_options}</optgroup>
                </FilterSelect>
                <FilterSelect id="filter-group" name="dla" label=t::filter_group(l) any_label=t::filter_group_any(l)
                    value=Signal::derive(move || query().group.map(|g| g.code().to_string()).unwrap_or_default()) on_change=on_group>
                    {group_options}
                </FilterSelect>
                <FilterSelect id="filter-status" name="status" label=t::filter_status(l) any_label=t::filter_status_any(l)
                    value=Signal::derive(move || query().status.map(|k| k.code().to_string()).unwrap_or_default()) on_change=on_status>
                    {status_options}
                </FilterSelect>
                <FilterSelect id="filter-kind" name="rodzaj" label=t::filter_kind(l) any_label=t::filter_kind_any(l)
                    value=Signal::derive(move || query().kind.map(|k| k.code().to_string()).unwrap_or_default()) on_change=on_kind>
                    {kind_options}
                </FilterSelect>
                <button type="button" class="button secondary" on:click=on_clear>{t::filters_clear(l)}</button>
            </search>
            <section class="results" aria-label=t::nav_catalogue(l)>{results}</section>
        }
    });

    view! {
        <h1>{move || t::catalogue_all_projects(locale.get())}</h1>
        <p class="lead">{intro}</p>
        {body}
    }
}

/// A select's options, each a code and its words.
fn code_options(list: impl Iterator<Item = (&'static str, &'static str)>) -> impl IntoView {
    list.map(|(code, label)| view! { <option value=code>{label}</option> }).collect_view()
}

/// A filter the address gave that could not be read is named, not silently dropped.
fn unread_note(query: &str, l: Locale) -> Option<impl IntoView> {
    let unread = crate::route::unread_filters(query)
        .into_iter()
        .map(|f| match f {
            UnreadFilter::Text => t::search_label(l),
            UnreadFilter::Place => t::filter_place(l),
            UnreadFilter::Group => t::filter_group(l),
            UnreadFilter::Status => t::filter_status(l),
            UnreadFilter::Kind => t::filter_kind(l),
        })
        .collect::<Vec<_>>()
        .join(", ");
    (!unread.is_empty()).then(|| view! { <p class="note">{t::catalogue_filters_unread(l, unread)}</p> })
}

/// The projects found, with their count, what the address asked that could not be read, and a note
/// when none of them is open.
fn found_view(
    catalogue: &crate::catalogue::Catalogue,
    found: &[(&crate::catalogue::Entry, crate::catalogue::Status)],
    programme: Option<String>,
    query: &str,
    l: Locale,
) -> impl IntoView {
    let none_open = !found.is_empty() && !found.iter().any(|(_, s)| s.kind().is_open());
    let cards = found
        .iter()
        .map(|(e, s)| {
            view! { <ProjectCard entry=(*e).clone() centre=catalogue.centre_of(e).clone() status=*s funding=funding_text(&e.project, &catalogue.programmes, l)/> }
        })
        .collect_view();
    let count = found.len() as i64;
    let programme = programme.and_then(|id| catalogue.programmes.get(&id).map(|d| d.name.clone()));
    let programme = programme.map(|name| {
        view! { <p class="note">{t::catalogue_programme_only(l)}" "<span lang=crate::ui::context::polish_text(l)>{name}</span></p> }
    });
    let unread = unread_note(query, l);
    view! {
        {programme}
        {unread}
        <p class="result-count" role="status" aria-live="polite">{t::projects_found(l, count)}</p>
        {none_open.then(|| view! { <p class="note">{t::none_open_note(l)}</p> })}
        {(count == 0).then(|| view! { <p class="note">{t::no_projects(l)}</p> })}
        <ul class="cards">{cards}</ul>
    }
}

/// The places the list filters by: each centre by its short name, each gmina a project is open to.
fn place_options(catalogue: &crate::catalogue::Catalogue, l: Locale) -> (impl IntoView, impl IntoView) {
    let centres = catalogue
        .centres
        .iter()
        .map(|c| view! { <option value=Place::Centre(c.id.clone()).code() lang=polish_text(l)>{c.short_name.clone()}</option> })
        .collect_view();
    let gminas = catalogue
        .gminas()
        .into_iter()
        .map(|g| view! { <option value=Place::Gmina(g.clone()).code() lang=polish_text(l)>{g.clone()}</option> })
        .collect_view();
    (centres, gminas)
}
