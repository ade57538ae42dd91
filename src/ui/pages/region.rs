//! A voivodeship and a powiat: the way down to a gmina by browsing, for those who would rather pick
//! than type, each gmina with its type.

use leptos::prelude::*;

use crate::ui::components::keep_region::KeepVoivodeship;

use crate::i18n::{t, Locale};
use crate::places::{Gmina, Places};
use crate::route::Route;
use crate::ui::components::place::{
    kind_label, named_text, named_view, powiat_name, powiat_named, source_line, voivodeship_named, with_places,
};
use crate::ui::components::title::use_page_title;
use crate::ui::context::{polish_text, use_locale};
use crate::ui::data::{places, Remote};
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

/// The page title once the index is here: `name` of the place, "not found" when the code is unknown.
fn use_place_title(name: impl Fn(&Places, Locale) -> Option<String> + Send + Sync + 'static) {
    let locale = use_locale();
    use_page_title(move || match places() {
        Remote::Ready(p) => name(&p, locale.get()).unwrap_or_else(|| t::not_found_title(locale.get()).to_string()),
        _ => t::app_name(locale.get()).to_string(),
    });
}

fn not_found() -> AnyView {
    let locale = use_locale();
    view! { <NotFound message=Signal::derive(move || t::not_found_place(locale.get()).to_string())/> }.into_any()
}

fn gmina_list<'a>(gminas: impl Iterator<Item = &'a Gmina>, l: Locale) -> impl IntoView {
    let items = gminas
        .map(|g| {
            let href = Route::Gmina { code: g.code.clone(), via: None }.link();
            view! { <li><a href=href lang=polish_text(l)>{g.name.clone()}</a>" "<span class="place-where">{kind_label(g.kind, l)}</span></li> }
        })
        .collect_view();
    view! { <ul class="place-list columns">{items}</ul> }
}

#[component]
pub fn PowiatPage(code: String) -> impl IntoView {
    let locale = use_locale();
    let title_code = code.clone();
    use_place_title(move |p, l| Some(powiat_name(p.powiat(&title_code)?, l)));
    with_places(move |places| {
        let l = locale.get();
        let Some(powiat) = places.powiat(&code) else { return not_found() };
        let Some(voivodeship) = places.voivodeship(crate::places::voivodeship_of(&code)) else { return not_found() };
        view! {
            <p class="back"><a href=Route::Voivodeship(voivodeship.code.clone()).link()>{"← "}
                {named_view(voivodeship_named(&voivodeship.name, l), l)}</a></p>
            <h1>{named_view(powiat_named(powiat, l), l)}</h1>
            <h2>{t::region_gminas(l)}</h2>
            {gmina_list(places.gminas_in(&code), l)}
            {source_line(places.source(), l)}
        }
        .into_any()
    })
}

#[component]
pub fn VoivodeshipPage(code: String) -> impl IntoView {
    let locale = use_locale();
    let title_code = code.clone();
    use_place_title(move |p, l| Some(named_text(voivodeship_named(&p.voivodeship(&title_code)?.name, l))));
    with_places(move |places| {
        let l = locale.get();
        let Some(voivodeship) = places.voivodeship(&code) else { return not_found() };
        let powiats = places
            .powiats_in(&code)
            .map(|p| {
                let id = format!("powiat-{}", p.code);
                view! {
                    <section aria-labelledby=id.clone()>
                        <h2 id=id.clone()><a href=Route::Powiat(p.code.clone()).link()>{named_view(powiat_named(p, l), l)}</a></h2>
                        {gmina_list(places.gminas_in(&p.code), l)}
                    </section>
                }
            })
            .collect_view();
        view! {
            <p class="back"><a href=Route::Home.link()>{"← "}{t::gmina_back(l)}</a></p>
            <h1>{named_view(voivodeship_named(&voivodeship.name, l), l)}</h1>
            <KeepVoivodeship code=code.clone() name=voivodeship.name.clone()/>
            {powiats}
            {source_line(places.source(), l)}
        }
        .into_any()
    })
}

/// The sixteen voivodeships as links, under the place search on the first page: a disclosure whose
/// list (from the gmina index) is downloaded when it is first opened, not with the page.
#[component]
pub fn VoivodeshipLinks() -> impl IntoView {
    let l = use_locale().get_untracked();
    // The app downloads the gmina index when the list is opened; a page written at build time has the
    // sixteen links in it already.
    let opened = RwSignal::new(cfg!(feature = "ssr"));
    let list = move |places: std::sync::Arc<Places>| {
        let items = places
            .file
            .voivodeships
            .iter()
            .map(|v| {
                let href = Route::Voivodeship(v.code.clone()).link();
                view! { <li><a href=href lang=polish_text(l)>{v.name.clone()}</a></li> }
            })
            .collect_view();
        view! { <ul class="place-list columns">{items}</ul> }.into_any()
    };
    view! {
        <details class="voivodeships" on:toggle=move |_| opened.set(true)>
            <summary>{t::region_browse(l)}</summary>
            {move || opened.get().then(|| with_places(list))}
        </details>
    }
}
