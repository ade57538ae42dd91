use leptos::prelude::*;

use crate::dates::weekday_name;
use crate::hours::{OpenNow, WeeklyHours};
use crate::i18n::{t, Locale};
use crate::ui::context::{now_in_poland, use_locale};
use crate::ui::island::{island, Part};

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
    language: Option<Locale>,
) -> impl IntoView {
    if show_open_now {
        return view! { <OpenHours hours caption caption_hidden/> }.into_any();
    }
    let l = language.unwrap_or_else(|| use_locale().get_untracked());
    hours_table(&hours, caption, caption_hidden, None, l).into_any()
}

/// The hours with whether the place is open now, and today's row marked. At build time no time of day
/// is known: the page is written with a line kept free for it, which the page fills once it runs (an
/// island, `ui::islands`), so that nothing moves.
#[component]
pub fn OpenHours(hours: WeeklyHours, caption: String, caption_hidden: bool) -> impl IntoView {
    let l = use_locale().get_untracked();
    let now = now_in_poland();
    let (class, text) = match now {
        Some(now) => open_now_line(&hours, now, l),
        None => ("open-now pending", "\u{a0}".to_string()),
    };
    let open_now = view! { <p class=class aria-hidden=now.is_none().then_some("true")>{text}</p> };
    let today = now.map(|now| chrono::Datelike::weekday(&now));
    let table = hours_table(&hours, caption, caption_hidden, today, l);
    island(Part::OpenHours { hours }, view! { {open_now} {table} })
}

/// Whether the place is open at `now`, as the line above its hours says it: its classes and words.
pub fn open_now_line(hours: &WeeklyHours, now: chrono::NaiveDateTime, l: Locale) -> (&'static str, String) {
    match hours.open_at(now) {
        OpenNow::Open { closes } => ("open-now open", t::open_now(l, crate::hours::format_time(closes))),
        OpenNow::Closed => ("open-now closed", t::closed_now(l).to_string()),
        OpenNow::Holiday => ("open-now closed", t::closed_holiday(l).to_string()),
        OpenNow::Unknown => ("open-now unknown", t::open_unknown(l).to_string()),
    }
}

fn hours_table(
    hours: &WeeklyHours,
    caption: String,
    caption_hidden: bool,
    today: Option<chrono::Weekday>,
    l: Locale,
) -> impl IntoView {
    let rows = hours
        .days()
        .map(|(day, spans)| {
            let text = if spans.is_empty() {
                t::hours_closed(l).to_string()
            } else {
                spans.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ")
            };
            let current = today == Some(day);
            view! {
                <tr class:today=current data-weekday=day.num_days_from_monday()>
                    <th scope="row">{weekday_name(day, l)}</th>
                    <td>{text}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="hours">
            <caption class:visually-hidden=caption_hidden>{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// [`OpenHours`] as written, brought to life by the islands bundle: the line says whether the place is
/// open now, and today's row is marked.
#[cfg(feature = "pages")]
pub fn open_hours_alive(el: &web_sys::HtmlElement, hours: &WeeklyHours, l: Locale) {
    use crate::ui::island::find;
    let Some(now) = now_in_poland() else { return };
    if let Some(line) = find(el, ".open-now") {
        let (class, text) = open_now_line(hours, now, l);
        line.set_class_name(class);
        line.set_text_content(Some(&text));
        let _ = line.remove_attribute("aria-hidden");
    }
    let weekday = chrono::Datelike::weekday(&now).num_days_from_monday();
    if let Some(row) = find(el, &format!("tr[data-weekday=\"{weekday}\"]")) {
        let _ = row.class_list().add_1("today");
    }
}
