//! How places are written on pages: a gmina with its type, powiat and voivodeship; a data source with
//! its date; and the gate that waits for the gmina index.
//!
//! Place names are proper names, which WCAG 3.1.2 leaves out of "language of parts": they are written
//! into the sentence of the page's language as they are, with no `lang` of their own. That also keeps
//! these lines plain text, which is cheaper in the wasm than a view per name.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{t, Locale};
use crate::places::{DataSource, GminaIn, GminaKind, Places, Powiat};
use crate::route::Route;
use crate::ui::context::use_locale;
use crate::ui::data::{places, Remote};
use crate::ui::nav::Link;

pub fn kind_label(kind: GminaKind, l: Locale) -> &'static str {
    match kind {
        GminaKind::Urban => t::gmina_kind_urban(l),
        GminaKind::Rural => t::gmina_kind_rural(l),
        GminaKind::UrbanRural => t::gmina_kind_urban_rural(l),
    }
}

/// "powiat lubelski", or "miasto na prawach powiatu Jastrzębie-Zdrój".
pub fn powiat_name(p: &Powiat, l: Locale) -> String {
    if p.city {
        t::place_city_powiat(l, &p.name)
    } else {
        t::place_powiat(l, &p.name)
    }
}

/// "gmina wiejska, powiat lubelski, województwo lubelskie".
pub fn where_it_is(g: GminaIn<'_>, l: Locale) -> String {
    format!(
        "{}, {}, {}",
        kind_label(g.gmina.kind, l),
        powiat_name(g.powiat, l),
        t::place_voivodeship(l, &g.voivodeship.name)
    )
}

/// The same, with the powiat and the voivodeship as links to their pages.
pub fn where_it_is_linked(g: GminaIn<'_>, l: Locale) -> impl IntoView {
    view! {
        {kind_label(g.gmina.kind, l)}", "
        <a href=Route::Powiat(g.powiat.code.clone()).link()>{powiat_name(g.powiat, l)}</a>", "
        <a href=Route::Voivodeship(g.voivodeship.code.clone()).link()>{t::place_voivodeship(l, &g.voivodeship.name)}</a>
    }
}

/// "Źródło: GUS, rejestr TERYT, stan na 1 stycznia 2026."
pub fn source_line(source: &DataSource, l: Locale) -> impl IntoView {
    let date = source.date.format_long(l);
    let text = t::data_source(l, t::DataSource { date: &date, title: &source.title });
    view! {
        <p class="source">
            {text}{source.unverified.then(|| view! { " "<strong>{t::data_source_unverified(l)}</strong> })}
        </p>
    }
}

/// Shows loading or failure, then the body once the gmina index is here. The body is boxed: one copy
/// of this code serves every page that waits for the index.
pub fn with_places(body: impl Fn(Arc<Places>) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let body: Box<dyn Fn(Arc<Places>) -> AnyView + Send + Sync> = Box::new(body);
    let locale = use_locale();
    move || match places() {
        Remote::Loading => view! { <p class="loading" role="status">{t::places_loading(locale.get())}</p> }.into_any(),
        Remote::Unavailable => {
            view! { <p class="error-box" role="alert">{t::places_unavailable(locale.get())}</p> }.into_any()
        }
        Remote::Broken(issue) => {
            view! { <p class="error-box" role="alert">{t::places_broken(locale.get())}" "<code>{issue}</code></p> }
                .into_any()
        }
        Remote::Ready(places) => body(places),
    }
}
