//! What kind of offer a project is and who pays for it, where its dates come from, and the page its
//! facts were read from: the same words on a card, a project's page and a gmina's page.

use leptos::prelude::*;

use crate::catalogue::labels::kind_label;
use crate::catalogue::programme::funding_of;
use crate::catalogue::{Funding, OfferKind, ProgrammeDef, ProgrammesFile, Project, Source};
use crate::i18n::{t, Locale};
use crate::ui::components::facts::fact;
use crate::ui::context::polish_text;
use crate::ui::nav::Link;

/// Who pays, as a resident reads it: the EU (and its fund, when the source names it) only for an EU
/// project or an EU programme; otherwise the programme's funder as its documents name it.
pub fn funding_text(p: &Project, programmes: &ProgrammesFile, l: Locale) -> Option<String> {
    let def = p.runs_programme.as_deref().and_then(|id| programmes.get(id));
    match (funding_of(p, programmes)?, def) {
        (Funding::Eu, None) => {
            let fund = p.programme.as_ref().and_then(|prog| prog.fund.clone());
            Some(match fund {
                Some(fund) => t::funding_eu_fund(l, fund),
                None => t::funding_eu_only(l).to_string(),
            })
        }
        (Funding::Eu, Some(d)) => Some(t::funding_eu_fund(l, &d.funder)),
        (Funding::National, Some(d)) => Some(t::funding_national(l, &d.funder)),
        (Funding::National, None) => None,
    }
}

/// The facts of an offer's kind, for a facts list: its kind, the programme an edition belongs to, the
/// edition, who pays, and where its dates come from when the centre's page gives none.
pub fn offer_facts(p: &Project, programmes: &ProgrammesFile, l: Locale) -> impl IntoView {
    let def = p.runs_programme.as_deref().and_then(|id| programmes.get(id));
    let pl = polish_text(l);
    let programme = def.map(|d| view! { <span lang=pl>{d.name.clone()}</span> });
    let edition = def.and_then(|d| d.edition.clone()).map(|e| view! { <span lang=pl>{e}</span> });
    let dates = (p.from_programme.period).then(|| def.and_then(|d| d.period_source.clone())).flatten();
    let dates = dates.map(|s| t::period_from_programme(l, source_words(&s, l)));
    view! {
        {fact(t::offer_kind(l), Some(kind_label(p.kind, l)))}
        {fact(t::offer_programme(l), programme)}
        {fact(t::offer_edition(l), edition)}
        {fact(t::offer_funding(l), funding_text(p, programmes, l))}
        {fact(t::offer_dates(l), dates)}
    }
}

/// "Strona Gminnego Ośrodka Pomocy Społecznej w Dobrej (gops.gminadobra.pl/…), odczytana 28 listopada
/// 2026": who published it, where, and when we read it; never a file name.
pub fn source_words(s: &Source, l: Locale) -> String {
    let mut words = s.title.clone();
    if let Some(url) = &s.url {
        words.push_str(&format!(" ({})", shown_address(url)));
    }
    if let Some(site) = s.site.as_ref().filter(|_| s.url.is_none()) {
        words.push_str(&format!(", {}", t::source_site(l, site)));
    }
    if let Some(date) = s.published {
        words.push_str(&format!(", {}", t::source_published(l, date.format_long(l))));
    }
    if let Some(date) = s.read_on {
        words.push_str(&format!(", {}", t::source_read_on(l, date.format_long(l))));
    }
    words
}

/// An address as people read it: without "https://" and "www." and a trailing slash.
fn shown_address(url: &str) -> &str {
    let rest = url.trim_start_matches("https://").trim_start_matches("http://");
    rest.trim_start_matches("www.").trim_end_matches('/')
}

/// The source of a project's facts: the page with its address as a link, and a word when our copy has
/// only the opening of it.
pub fn source_block(s: &Source, l: Locale) -> impl IntoView {
    // Only an http(s) address is a link: a file's `javascript:` or other text is never one.
    let link = s.url.clone().filter(|url| crate::catalogue::is_url(url)).map(|url| {
        let text = shown_address(&url).to_string();
        view! { " "<a href=url rel="external noopener noreferrer">{text}</a> }
    });
    let mut rest = Vec::new();
    if let Some(site) = s.site.as_ref().filter(|_| s.url.is_none()) {
        rest.push(t::source_site(l, site));
    }
    if let Some(date) = s.published {
        rest.push(t::source_published(l, date.format_long(l)));
    }
    if let Some(date) = s.read_on {
        rest.push(t::source_read_on(l, date.format_long(l)));
    }
    let rest = (!rest.is_empty()).then(|| format!(", {}", rest.join(", ")));
    let cut = s.cut_off.then(|| view! { <p class="note">{t::source_cut_off(l)}</p> });
    view! {
        <p class="source"><span lang=polish_text(l)>{s.title.clone()}</span>{link}{rest}</p>
        {cut}
    }
}

/// Programmes running (or starting) on `day` that none of `running_here` (the programme ids of the
/// editions serving a gmina) is an edition of.
pub fn programmes_elsewhere<'a>(
    programmes: &'a ProgrammesFile,
    running_here: &[&str],
    day: chrono::NaiveDate,
) -> Vec<&'a ProgrammeDef> {
    programmes
        .programmes
        .iter()
        .filter(|d| !running_here.contains(&d.id.as_str()))
        .filter(|d| d.period.and_then(|p| p.end).is_none_or(|end| end.last_day() >= day))
        .collect()
}

/// A national programme as a card: what it gives and who pays, and that the resident's centre is to be
/// asked whether it runs it, never that it does. Its title is one level below the list's heading
/// (`nested`: under an `h3`).
pub fn programme_card(d: &ProgrammeDef, ask: String, nested: bool, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    let funding = match d.funding {
        Funding::Eu => t::funding_eu_fund(l, &d.funder),
        Funding::National => t::funding_national(l, &d.funder),
    };
    let kind = if d.kind == OfferKind::Benefit { t::kind_benefit(l) } else { t::kind_programme_edition(l) };
    let editions =
        crate::route::Route::Catalogue(crate::catalogue::Query { programme: Some(d.id.clone()), ..Default::default() })
            .link();
    view! {
        <li class="card programme-card">
            {card_title(d.name.clone(), nested, l)}
            <p lang=pl>{d.summary.clone()}</p>
            <dl class="card-facts">
                <div><dt>{t::offer_kind(l)}</dt><dd>{kind}</dd></div>
                <div><dt>{t::offer_funding(l)}</dt><dd>{funding}</dd></div>
            </dl>
            <p class="note">{ask}</p>
            <p><a href=editions>{t::programme_editions_link(l)}</a></p>
        </li>
    }
}

/// A programme card's title, one level below its list's heading: `h4` under an `h3`, else `h3`.
fn card_title(text: String, nested: bool, l: Locale) -> AnyView {
    let pl = polish_text(l);
    if nested {
        view! { <h4 class="programme-title" lang=pl>{text}</h4> }.into_any()
    } else {
        view! { <h3 class="programme-title" lang=pl>{text}</h3> }.into_any()
    }
}
