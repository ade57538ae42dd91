//! "Gdzie mieszkasz?": type a gmina, town or village and pick it from the matches, each shown with its
//! powiat and voivodeship (two gminas are called Konopnica). Gminas come from the index the page already
//! has; towns and villages from the one small file their first two letters name.

use leptos::prelude::*;

use crate::i18n::{t, Locale};
use crate::localities::{shard_key, Locality};
use crate::route::Route;
use crate::ui::components::place::{
    gmina_named, named_view, powiat_named, voivodeship_named, where_it_is_view, with_places,
};
use crate::ui::context::{polish_text, use_locale};
use crate::ui::data::{shard, Remote};
use crate::ui::island::{island, Part};
use crate::ui::nav::go;
use crate::ui::nav::Link;

const GMINAS_SHOWN: usize = 10;
// Ten towns at most (besides every place of an exact name): twenty took a keystroke's answer on a
// phone-speed CPU from 49 to 62 ms (median, `make bench`), the list being drawn again on every key.
const LOCALITIES_SHOWN: usize = 10;

/// What picking a place does: open its gmina's page (a link), or choose the gmina for a form (a button).
#[derive(Clone, Copy)]
pub enum Pick {
    Open,
    Choose(Callback<Picked>),
}

/// A gmina picked from the matches, directly or through a town in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked {
    pub code: String,
    pub name: String,
    pub town: Option<String>,
    /// Through a district with a centre of its own (Bemowo): its 7-digit code.
    pub district: Option<String>,
}

impl Picked {
    /// A gmina picked by itself, not through a town in it.
    pub fn gmina(code: String, name: String) -> Picked {
        Picked { code, name, town: None, district: None }
    }
}

/// One match: a link to the gmina's page, or a button that chooses it.
fn pick_item(pick: Pick, label: String, picked: Picked) -> AnyView {
    match pick {
        Pick::Open => {
            let href = Route::Gmina { code: picked.code, via: picked.town }.link();
            view! { <a href=href>{label}</a> }.into_any()
        }
        Pick::Choose(choose) => {
            let picked = std::cell::Cell::new(Some(picked));
            view! {
                <button type="button" class="link-button" on:click=move |_| {
                    if let Some(p) = picked.take() {
                        choose.run(p);
                    }
                }>{label}</button>
            }
            .into_any()
        }
    }
}

/// The towns and villages found, each with its gmina, powiat and voivodeship, to pick.
fn town_items(towns: &[Locality], places: &crate::places::Places, pick: Pick, l: Locale) -> impl IntoView {
    towns
        .iter()
        .filter_map(|town| {
            let g = places.gmina(&town.gmina)?;
            let picked = Picked {
                code: town.gmina.clone(),
                name: g.gmina.name.clone(),
                town: Some(town.name.clone()),
                district: town.district.clone(),
            };
            let place = view! {
                {named_view(gmina_named(&g.gmina.name, l), l)}", "{named_view(powiat_named(g.powiat, l), l)}", "
                {named_view(voivodeship_named(&g.voivodeship.name, l), l)}
            };
            // The kind is GUS's Polish word ("wieś", "osada").
            Some(view! {
                <li>
                    <span lang=polish_text(l)>{pick_item(pick, town.name.clone(), picked)}</span>" "
                    <span class="place-where"><span lang=polish_text(l)>{town.kind.clone()}</span>", "{place}</span>
                </li>
            })
        })
        .collect_view()
}

/// "Show all N places of this name", for the name `asked`; the button goes and focus moves to the
/// first place it showed.
fn show_all_button(show_all: RwSignal<Option<String>>, asked: String, hidden: usize, l: Locale) -> impl IntoView {
    let label = t::place_search_show_all(l, t::towns_count(l, hidden as i64));
    view! {
        <p><button type="button" class="button secondary" on:click=move |_| {
            show_all.set(Some(asked.clone()));
            request_animation_frame(move || {
                let next = format!("#place-results .place-list li:nth-child({}) :is(a, button)", LOCALITIES_SHOWN + 1);
                if let Ok(Some(el)) = document().query_selector(&next) {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                }
            });
        }>{label}</button></p>
    }
}

/// The gminas and towns matching what was typed, each with its powiat and voivodeship; the gmina index
/// is downloaded once the resident has `started` (focus or typing), not with the page.
pub fn place_matches(typed: RwSignal<String>, started: RwSignal<bool>, pick: Pick) -> impl IntoView {
    let locale = use_locale();
    // What was typed when the resident asked for every place of that name: they stay shown until the
    // text changes.
    let show_all = RwSignal::new(None::<String>);
    let results = move |places: std::sync::Arc<crate::places::Places>| {
        let text = typed.get();
        let text = text.trim();
        if text.is_empty() {
            return ().into_any();
        }
        let l = locale.get();
        let mut hidden_named = 0;
        let (gminas, gminas_total) = places.find(text, GMINAS_SHOWN);
        // Only a file there is: letters no place starts with find no town without asking the server.
        let key = shard_key(text);
        let no_file = key.as_ref().is_some_and(|key| !places.file.locality_files.contains(key));
        let localities = key.filter(|_| !no_file).map(|key| shard(&key));
        let (towns, towns_total, towns_note) = match &localities {
            Some(Remote::Ready(shard)) => {
                let (found, total) = shard.find(text, LOCALITIES_SHOWN);
                // The town that is its gmina's seat and bears its name (Konopnica in gmina Konopnica)
                // is already offered as the gmina.
                let seat = |t: &Locality| gminas.iter().any(|g| g.gmina.code == t.gmina && g.gmina.name == t.name);
                let mut shown: Vec<_> = found.into_iter().filter(|t| !seat(t)).cloned().collect();
                let seats = shard.localities.iter().filter(|t| seat(t)).count();
                // A name many places share (116 are called Nowa Wieś) shows ten, and all on request:
                // drawing a hundred rows on a key took that keystroke to 226 ms on a phone-speed CPU.
                if shown.len() > LOCALITIES_SHOWN && show_all.read().as_deref() != Some(text) {
                    hidden_named = shown.len();
                    shown.truncate(LOCALITIES_SHOWN);
                }
                (shown, total - seats.min(total), None)
            }
            Some(Remote::Loading) => (Vec::new(), 0, Some(t::place_search_towns_loading(l))),
            Some(Remote::Unavailable | Remote::Broken(_)) => {
                (Vec::new(), 0, Some(t::place_search_towns_unavailable(l)))
            }
            None if no_file => (Vec::new(), 0, None),
            None => (Vec::new(), 0, Some(t::place_search_towns_more_letters(l))),
        };
        let gmina_items = gminas
            .iter()
            .map(|g| {
                let picked = Picked::gmina(g.gmina.code.clone(), g.gmina.name.clone());
                let item = pick_item(pick, g.gmina.name.clone(), picked);
                view! { <li><span lang=polish_text(l)>{item}</span>" "<span class="place-where">{where_it_is_view(*g, l)}</span></li> }
            })
            .collect_view();
        let town_items = town_items(&towns, &places, pick, l);
        let status = if gminas_total + towns_total == 0 && towns_note.is_none() {
            t::place_search_none(l).to_string()
        } else {
            t::place_search_found(
                l,
                t::PlaceSearchFound {
                    gminas: &t::gminas_count(l, gminas_total as i64),
                    towns: &t::towns_count(l, towns_total as i64),
                },
            )
        };
        let all_named = (hidden_named > 0).then(|| show_all_button(show_all, text.to_string(), hidden_named, l));
        let more = (hidden_named == 0 && (gminas_total > gminas.len() || towns_total > towns.len()))
            .then(|| view! { <p class="hint">{t::place_search_more(l)}</p> });
        view! {
            <p class="result-count" role="status" aria-live="polite">{status}</p>
            {(!gminas.is_empty()).then(|| view! {
                <h3>{t::place_search_gminas(l)}</h3>
                <ul class="place-list">{gmina_items}</ul>
            })}
            {(!towns.is_empty()).then(|| view! {
                <h3>{t::place_search_towns(l)}</h3>
                <p class="hint">{t::place_search_towns_note(l)}</p>
                <ul class="place-list">{town_items}</ul>
                {all_named}
            })}
            {towns_note.map(|note| view! { <p class="hint">{note}</p> })}
            {more}
        }
        .into_any()
    };
    move || started.get().then(|| with_places(results))
}

/// An island on a page written at build time (`ui::islands`): nothing of it depends on the page's data.
/// `typed` is what a resident quicker than the islands bundle typed in the field as written: searched
/// at once.
#[component]
pub fn PlaceSearch(#[prop(optional)] typed: String) -> impl IntoView {
    let locale = use_locale();
    let started = RwSignal::new(!typed.is_empty());
    let typed = RwSignal::new(typed);
    let start = move || {
        if !started.get_untracked() {
            started.set(true);
        }
    };
    let l = locale.get_untracked();
    // Enter opens the place when only one is found; otherwise the list stays for the resident to pick.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(links) = document().query_selector_all("#place-results .place-list a") else { return };
        if links.length() == 1 {
            let href = links.get(0).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok());
            if let Some(href) = href.and_then(|a| a.get_attribute("href")) {
                go(&href, false);
            }
        }
    };
    let search = view! {
        <section class="place-search js-only" aria-labelledby="place-search-title">
            <h2 id="place-search-title">{t::place_search_title(l)}</h2>
            <form role="search" on:submit=on_submit>
                <div class="field">
                    <label for="place-search">{t::place_search_label(l)}</label>
                    <p class="hint" id=crate::hint_id!("place-search")>{t::place_search_hint(l)}</p>
                    <input type="search" id="place-search" name="gdzie" autocomplete="off" spellcheck="false"
                        aria-describedby=crate::hint_id!("place-search") aria-controls="place-results"
                        prop:value=move || typed.get() on:focus=move |_| start() on:input=move |ev| {
                            typed.set(event_target_value(&ev));
                            start();
                        }/>
                </div>
            </form>
            <div id="place-results">{place_matches(typed, started, Pick::Open)}</div>
        </section>
    };
    island(Part::PlaceSearch, search)
}
