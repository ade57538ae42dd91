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

/// Who pays, in the reader's language around the funder's Polish name (marked `lang="pl"` where drawn).
#[derive(Clone, Debug, PartialEq)]
pub struct FundingWords {
    before: &'static str,
    polish: Option<String>,
    after: &'static str,
}

impl FundingWords {
    fn around(around: crate::i18n::Around<&'static str>, polish: &str) -> FundingWords {
        FundingWords { before: around.before, polish: Some(polish.to_string()), after: around.after }
    }

    fn of(def_funding: Funding, funder: &str, l: Locale) -> FundingWords {
        match def_funding {
            Funding::Eu => FundingWords::around(t::funding_eu_fund(l), funder),
            Funding::National => FundingWords::around(t::funding_national(l), funder),
        }
    }

    pub fn view(self, l: Locale) -> impl IntoView {
        let around = crate::i18n::Around { before: self.before, after: self.after };
        match self.polish {
            Some(polish) => crate::ui::context::with_polish(around, polish, l).into_any(),
            None => self.before.into_any(),
        }
    }
}

/// Who pays, as a resident reads it: the EU (and its fund, when the source names it) only for an EU
/// project or an EU programme; otherwise the programme's funder as its documents name it.
pub fn funding_text(p: &Project, programmes: &ProgrammesFile, l: Locale) -> Option<FundingWords> {
    let def = p.runs_programme.as_deref().and_then(|id| programmes.get(id));
    match (funding_of(p, programmes)?, def) {
        (Funding::Eu, None) => {
            let fund = p.programme.as_ref().and_then(|prog| prog.fund.clone());
            Some(match fund {
                Some(fund) => FundingWords::around(t::funding_eu_fund(l), &fund),
                None => FundingWords { before: t::funding_eu_only(l), polish: None, after: "" },
            })
        }
        (funding, Some(d)) => Some(FundingWords::of(funding, &d.funder, l)),
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
    let dates = dates.map(|s| view! { {t::period_from_programme(l)}" "{source_words(&s, l)}"." });
    view! {
        {fact(t::offer_kind(l), Some(kind_label(p.kind, l)))}
        {fact(t::offer_programme(l), programme)}
        {fact(t::offer_edition(l), edition)}
        {fact(t::offer_funding(l), funding_text(p, programmes, l).map(|f| f.view(l)))}
        {fact(t::offer_dates(l), dates)}
    }
}

/// "Strona Gminnego Ośrodka Pomocy Społecznej w Dobrej (gops.gminadobra.pl/…), odczytano 28 listopada
/// 2026": who published it, where, and when we read it; never a file name. The title is Polish and
/// marked so inside a sentence in another language.
pub fn source_words(s: &Source, l: Locale) -> impl IntoView {
    let mut rest = String::new();
    if let Some(url) = &s.url {
        rest.push_str(&format!(" ({})", shown_address(url)));
    }
    if let Some(site) = s.site.as_ref().filter(|_| s.url.is_none()) {
        rest.push_str(&format!(", {}", t::source_site(l, site)));
    }
    if let Some(date) = s.published {
        rest.push_str(&format!(", {}", t::source_published(l, date.format_long(l))));
    }
    if let Some(date) = s.read_on {
        rest.push_str(&format!(", {}", t::source_read_on(l, date.format_long(l))));
    }
    view! { <span lang=polish_text(l)>{s.title.clone()}</span>{rest} }
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
    let link = s.url.clone().filter(|url| crate::contact::is_url(url)).map(|url| {
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

/// A national programme as a card: what it gives and who pays, its edition's dates and where they come
/// from, and that the resident's centre is to be asked whether it runs it (`ask`), never that it does.
/// An edition of a programme run yearly that has ended on `day` says so, and to ask about this year's.
/// Its title is one level below the list's heading (`nested`: under an `h3`).
pub fn programme_card(
    d: &ProgrammeDef,
    ask: AnyView,
    nested: bool,
    day: chrono::NaiveDate,
    l: Locale,
) -> impl IntoView {
    let pl = polish_text(l);
    let funding = FundingWords::of(d.funding, &d.funder, l).view(l);
    let kind = if d.kind == OfferKind::Benefit { t::kind_benefit(l) } else { t::kind_programme_edition(l) };
    let editions =
        crate::route::Route::Catalogue(crate::catalogue::Query { programme: Some(d.id.clone()), ..Default::default() })
            .link();
    let period = d.period.map(|p| crate::catalogue::labels::period_words(p, l));
    let dates = d.period_source.as_ref().map(|s| source_words(s, l));
    crate::ui::context::period_seen_on(d.period, day);
    let (ended, ask) = match d.ended_by(day).filter(|_| d.yearly.is_some()) {
        Some(end) => (
            Some(crate::catalogue::labels::edition_ended(end, l)),
            crate::ui::context::next_edition_note_on(day, l).into_any(),
        ),
        None => (None, ask),
    };
    view! {
        <li class="card programme-card">
            {card_title(d.name.clone(), nested, l)}
            <p lang=pl>{d.summary.clone()}</p>
            {ended.map(|e| view! { <p class="card-status">{e}</p> })}
            <dl class="card-facts">
                <div><dt>{t::offer_kind(l)}</dt><dd>{kind}</dd></div>
                <div><dt>{t::offer_funding(l)}</dt><dd>{funding}</dd></div>
                {period.map(|p| view! { <div><dt>{t::card_period(l)}</dt><dd>{p}</dd></div> })}
                {dates.map(|s| view! { <div><dt>{t::offer_dates(l)}</dt><dd>{s}</dd></div> })}
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
