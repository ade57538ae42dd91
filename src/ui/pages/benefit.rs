//! The act's benefits that every centre grants (`/zasilki/`) and a page for each (`/zasilki/<benefit>/`):
//! what it is for, who may get it, how much the act allows, what to bring, how to ask, what is still to
//! confirm and where every statement was read. Drawn from `crate::benefits`, built into the app; the
//! act's words stay Polish and are marked so.

use leptos::prelude::*;

use crate::benefits::act::{self, ActSource, BenefitDef, Condition};
use crate::benefits::amounts::{self, Parameter};
use crate::benefits::Benefit;
use crate::i18n::{t, Locale};
use crate::money::{format_number, format_pln};
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{effective_date, polish_text, use_locale};
use crate::ui::nav::Link;

/// A statement of the act, then its article and the page it was read on: the page's name as the link,
/// when it was written and when it was read (never a bare address to read through).
fn statement(c: &Condition, l: Locale) -> impl IntoView {
    let s: &ActSource = c.source;
    let name = view! { <span lang=polish_text(l)>{s.title}</span> };
    let name = match s.url.filter(|url| crate::contact::is_url(url)) {
        Some(url) => view! { <a href=url rel="external noopener noreferrer">{name}</a> }.into_any(),
        None => name.into_any(),
    };
    let mut dates = Vec::new();
    if let Some(date) = s.published {
        dates.push(t::source_published(l, date.format_long(l)));
    }
    if s.url.is_some() {
        dates.push(t::source_read_on(l, act::READ_IN.format_long(l)));
    }
    let dates = (!dates.is_empty()).then(|| format!(", {}", dates.join(", ")));
    view! {
        <li>
            <p lang=polish_text(l)>{c.text}</p>
            <p class="source"><span lang=polish_text(l)>{c.article}</span>" · "{name}{dates}</p>
        </li>
    }
}

#[component]
pub fn BenefitsPage() -> impl IntoView {
    let l = use_locale().get_untracked();
    use_page_title(move || t::benefits_title(l).to_string());
    let cards = Benefit::ALL.map(|b| {
        let def = b.def();
        view! {
            <li class="card">
                <h2 class="card-title"><a href=Route::Benefit(b).link()><span lang=polish_text(l)>{b.name()}</span></a></h2>
                <p lang=polish_text(l)>{def.summary}</p>
            </li>
        }
    });
    view! {
        <h1>{t::benefits_title(l)}</h1>
        <p class="lead">{t::benefits_lead(l)}</p>
        <ul class="cards">{cards.into_iter().collect_view()}</ul>
        <HowToApply l/>
    }
}

#[component]
pub fn BenefitPage(benefit: Benefit) -> impl IntoView {
    let l = use_locale().get_untracked();
    let def = benefit.def();
    use_page_title(move || benefit.name().to_string());
    let council = def
        .council_may_raise_limit
        .then(|| view! { <ul class="plain statements">{statement(&act::COUNCIL_MAY_RAISE, l)}</ul> });
    view! {
        <p class="back"><a href=Route::Benefits.link()>{"← "}{t::benefits_all(l)}</a></p>
        <h1><span lang=polish_text(l)>{benefit.name()}</span></h1>
        <p class="lead"><span lang=polish_text(l)>{def.summary}</span>" "
            <span class="source">"("<span lang=polish_text(l)>{format!("{} {}", benefit.article(), act::ACT_GENITIVE)}</span>")"</span></p>
        <h2>{t::benefit_conditions(l)}</h2>
        <ul class="plain statements">{def.conditions.iter().map(|c| statement(c, l)).collect_view()}</ul>
        {council}
        <h2>{t::benefit_amount(l)}</h2>
        <ul class="plain statements">{statement(&def.amount, l)}</ul>
        {amounts_table(benefit, l)}
        <h2>{t::benefit_bring(l)}</h2>
        <ul>{def.bring.iter().map(|item| view! { <li lang=polish_text(l)>{*item}</li> }).collect_view()}</ul>
        {unverified(def, l)}
        <HowToApply l/>
    }
}

/// A row of the figures: its label, the parameter, and whether it is a share (in %) or an amount.
type Figure = (fn(Locale) -> &'static str, Parameter, bool);

/// The act's figures for the benefit, each from its day and with the act that set it.
fn amounts_table(benefit: Benefit, l: Locale) -> Option<impl IntoView> {
    let rows: &[Figure] = match benefit {
        Benefit::ZasilekStaly => &[
            (t::benefit_staly_share_single, amounts::STALY_SHARE_SINGLE, true),
            (t::benefit_staly_most, amounts::STALY_MOST, false),
            (t::benefit_staly_share_family, amounts::STALY_SHARE_FAMILY, true),
            (t::benefit_staly_least, amounts::STALY_LEAST, false),
        ],
        Benefit::ZasilekOkresowy => &[
            (t::benefit_okresowy_share, amounts::OKRESOWY_SHARE, true),
            (t::benefit_okresowy_least, amounts::OKRESOWY_LEAST, false),
        ],
        _ => return None,
    };
    // The values in force on the day shown (the staff's chosen day, or today); the page holds until the
    // next known value.
    let day = effective_date().get_untracked();
    let rows = rows.iter().map(move |(label, p, share)| {
        crate::ui::host::holds_until(p.holds_until(day));
        let Some(value) = p.on(day) else {
            return view! { <div class="fact"><dt>{label(l)}</dt><dd>{t::benefit_figure_unknown(l)}</dd></div> }.into_any();
        };
        let shown = if *share { format!("{}%", format_number(value.value, 0, l)) } else { format_pln(value.value, l) };
        let since = value.from.map(|day| t::benefit_since(l, crate::dates::format_long(day, l)));
        let act = value.act.map(|a| view! { " "<span lang=polish_text(l)>{format!("({a})")}</span> });
        let mark =
            p.unverified.then(|| view! { " "<strong class="unverified">{t::benefit_unverified_mark(l)}</strong> });
        view! {
            <div class="fact"><dt>{label(l)}</dt>
                <dd>{shown}{mark}<br/><span lang=polish_text(l)>{p.article}</span>{since.map(|s| view! { ", "{s} })}{act}</dd></div>
        }
        .into_any()
    });
    Some(view! {
        <h3>{t::benefit_figures(l)}</h3>
        <dl class="facts figures">{rows.collect_view()}</dl>
    })
}

fn unverified(def: &BenefitDef, l: Locale) -> Option<impl IntoView> {
    (!def.unverified.is_empty()).then(|| {
        view! {
            <h2>{t::benefit_unverified(l)}</h2>
            <ul>{def.unverified.iter().map(|u| view! { <li lang=polish_text(l)>{*u}</li> }).collect_view()}</ul>
        }
    })
}

/// How any of them is asked for, and what a resident who is not a Polish citizen is told.
#[component]
fn HowToApply(l: Locale) -> impl IntoView {
    view! {
        <h2>{t::benefit_apply(l)}</h2>
        <ul class="plain statements">{act::HOW_TO_APPLY.iter().map(|c| statement(c, l)).collect_view()}</ul>
        <h2>{t::benefit_foreigners(l)}</h2>
        <ul class="plain statements">{statement(&act::RESIDENCE_TITLE, l)}</ul>
    }
}
