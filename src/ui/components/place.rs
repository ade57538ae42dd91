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

/// A place's Polish name in the words of the reader's language around it ("повіт {name}").
type Named = (crate::i18n::Around<&'static str>, String);

/// As text, where no element can mark it (a page's title, an option).
pub fn named_text((around, name): Named) -> String {
    format!("{}{name}{}", around.before, around.after)
}

/// As drawn: the Polish name marked `lang="pl"` inside a sentence in another language.
pub fn named_view((around, name): Named, l: Locale) -> impl IntoView {
    crate::ui::context::with_polish(around, name, l)
}

/// "powiat lubelski", or "miasto na prawach powiatu Jastrzębie-Zdrój".
pub fn powiat_named(p: &Powiat, l: Locale) -> Named {
    let around = if p.city { t::place_city_powiat(l) } else { t::place_powiat(l) };
    (around, p.name.clone())
}

pub fn powiat_name(p: &Powiat, l: Locale) -> String {
    named_text(powiat_named(p, l))
}

/// "województwo lubelskie".
pub fn voivodeship_named(name: &str, l: Locale) -> Named {
    (t::place_voivodeship(l), name.to_string())
}

/// "gmina Dobra".
pub fn gmina_named(name: &str, l: Locale) -> Named {
    (t::place_gmina(l), name.to_string())
}

/// "gmina wiejska, powiat lubelski, województwo lubelskie".
pub fn where_it_is(g: GminaIn<'_>, l: Locale) -> String {
    format!(
        "{}, {}, {}",
        kind_label(g.gmina.kind, l),
        powiat_name(g.powiat, l),
        named_text(voivodeship_named(&g.voivodeship.name, l))
    )
}

/// The same, drawn with the names marked Polish.
pub fn where_it_is_view(g: GminaIn<'_>, l: Locale) -> impl IntoView {
    view! {
        {kind_label(g.gmina.kind, l)}", "{named_view(powiat_named(g.powiat, l), l)}", "
        {named_view(voivodeship_named(&g.voivodeship.name, l), l)}
    }
}

/// The same, with the powiat and the voivodeship as links to their pages.
pub fn where_it_is_linked(g: GminaIn<'_>, l: Locale) -> impl IntoView {
    view! {
        {kind_label(g.gmina.kind, l)}", "
        <a href=Route::Powiat(g.powiat.code.clone()).link()>{named_view(powiat_named(g.powiat, l), l)}</a>", "
        <a href=Route::Voivodeship(g.voivodeship.code.clone()).link()>{named_view(voivodeship_named(&g.voivodeship.name, l), l)}</a>
    }
}

/// "Źródło: GUS, rejestr TERYT, stan na 1 stycznia 2026."
pub fn source_line(source: &DataSource, l: Locale) -> impl IntoView {
    let date = source.date.format_long(l);
    // The source's Polish title inside a sentence in the reader's language.
    let around = t::data_source(l, &date);
    let text = crate::ui::context::with_polish(around, source.title.clone(), l);
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
