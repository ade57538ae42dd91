use leptos::prelude::*;

use crate::dates::weekday_name;
use crate::hours::{OpenNow, WeeklyHours};
use crate::i18n::t;
use crate::ui::context::{now_in_poland, use_locale};

/// A week of opening hours; with `show_open_now`, whether the place is open at this moment (Polish time).
#[component]
pub fn HoursTable(
    hours: WeeklyHours,
    caption: String,
    #[prop(optional)] show_open_now: bool,
    /// The caption is for screen readers only when a visible heading already names the table.
    #[prop(optional)]
    caption_hidden: bool,
    /// The page's language unless given (the printed declaration is always Polish).
    #[prop(optional)]
    language: Option<crate::i18n::Locale>,
) -> impl IntoView {
    let page_locale = use_locale();
    let locale = Signal::derive(move || language.unwrap_or_else(|| page_locale.get()));
    // Unknown while the page is written at build time: then nothing is said to be open now.
    let now = now_in_poland().filter(|_| show_open_now);
    let today = now.map(|now| chrono::Datelike::weekday(&now));
    let open_now = now.map(|now| {
        let l = locale.get_untracked();
        let (class, text) = match hours.open_at(now) {
            OpenNow::Open { closes } => ("open-now open", t::open_now(l, crate::hours::format_time(closes))),
            OpenNow::Closed => ("open-now closed", t::closed_now(l).to_string()),
            OpenNow::Unknown => ("open-now unknown", t::open_unknown(l).to_string()),
        };
        view! { <p class=class>{text}</p> }
    });
    let rows = hours
        .days()
        .map(|(day, spans)| {
            let l = locale.get_untracked();
            let text = if spans.is_empty() {
                t::hours_closed(l).to_string()
            } else {
                spans.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ")
            };
            let current = today == Some(day);
            view! {
                <tr class:today=current>
                    <th scope="row">{weekday_name(day, l)}</th>
                    <td>{text}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {open_now}
        <table class="hours">
            <caption class:visually-hidden=caption_hidden>{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}
