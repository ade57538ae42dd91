use leptos::prelude::*;

use crate::catalogue::labels::{period_text, status_detail};
use crate::catalogue::{Centre, Entry, Status};
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::context::{polish_text, use_locale};

#[component]
pub fn ProjectCard(entry: Entry, centre: Centre, status: Status) -> impl IntoView {
    let locale = use_locale();
    let l = locale.get_untracked();
    let href = Route::Project(entry.project.id.clone()).href();
    let title = entry.project.title.clone();
    view! {
        <li class="card">
            <h2 class="card-title" lang=polish_text(l)><a href=href>{title}</a></h2>
            <p class="card-status">
                <StatusBadge kind=status.kind()/>
                " "
                <span>{status_detail(&entry.project, status, l)}</span>
            </p>
            <dl class="card-facts">
                <div><dt>{t::card_centre(l)}</dt><dd lang=polish_text(l)>{centre.short_name.clone()}</dd></div>
                <div><dt>{t::card_period(l)}</dt><dd>{period_text(&entry.project, l)}</dd></div>
            </dl>
        </li>
    }
}
