use leptos::prelude::*;

use crate::catalogue::labels::{kind_label, period_text, status_detail};
use crate::catalogue::{Centre, Entry, Status};
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::freshness::freshness_note;
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::context::{effective_date, next_edition_on, polish_text, use_locale};
use crate::ui::nav::Link;

/// A project in a list: its status in words, its kind and who pays (`funding`, from
/// [`crate::ui::components::offer::funding_text`]), its centre and period.
/// `nested`: the list sits under an `h3` (a gmina's "Trwa teraz"), so the title is an `h4`, not an `h2`.
#[component]
pub fn ProjectCard(
    entry: Entry,
    centre: Centre,
    status: Status,
    funding: Option<crate::ui::components::offer::FundingWords>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let locale = use_locale();
    let l = locale.get_untracked();
    let href = Route::Project(entry.project.id.clone()).link();
    let title = entry.project.title.clone();
    let next_edition = next_edition_on(&entry.project, status, effective_date().get_untracked(), l)
        .map(|note| view! { <p class="card-status">{note}</p> });
    view! {
        <li class="card">
            {if nested {
                view! { <h4 class="card-title" lang=polish_text(l)><a href=href>{title}</a></h4> }.into_any()
            } else {
                view! { <h2 class="card-title" lang=polish_text(l)><a href=href>{title}</a></h2> }.into_any()
            }}
            <p class="card-status">
                <StatusBadge kind=status.kind()/>
                " "
                <span>{status_detail(&entry.project, status, l)}</span>
            </p>
            {next_edition}
            <dl class="card-facts">
                <div><dt>{t::offer_kind(l)}</dt><dd>{kind_label(entry.project.kind, l)}</dd></div>
                {funding.map(|f| view! { <div><dt>{t::offer_funding(l)}</dt><dd>{f.view(l)}</dd></div> })}
                <div><dt>{t::card_centre(l)}</dt><dd lang=polish_text(l)>{centre.short_name.clone()}</dd></div>
                <div><dt>{t::card_period(l)}</dt><dd>{period_text(&entry.project, l)}</dd></div>
            </dl>
            {freshness_note(entry.project.checked_on, effective_date().get_untracked(), l)}
        </li>
    }
}
