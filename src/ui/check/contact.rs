//! A centre's contacts under a result: its name, phones and office hours, with the directory's source.

use leptos::prelude::*;

use crate::i18n::{t, Locale};
use crate::ui::components::facts::phone_links;
use crate::ui::components::hours::HoursTable;
use crate::ui::components::place::source_line;
use crate::ui::context::polish_text;

/// A centre's name, phones and office hours under "Kontakt z ośrodkiem", with the directory's source
/// when the directory gave them; nothing when there is no phone and no hours to show.
pub(super) fn contact_view(
    name: String,
    phones: Vec<String>,
    hours: Option<crate::hours::WeeklyHours>,
    source: Option<crate::places::DataSource>,
    l: Locale,
) -> Option<impl IntoView> {
    (!phones.is_empty() || hours.is_some()).then(|| {
        let hours = hours.map(|h| view! { <HoursTable hours=h caption=t::centre_hours(l).to_string() show_open_now=true/> });
        view! {
            <div class="verdict-contact">
                <h3>{t::verdict_contact(l)}" "<span lang=polish_text(l)>{name}</span></h3>
                {(!phones.is_empty()).then(|| view! { <ul class="phones" lang=polish_text(l)>{phone_links(&phones)}</ul> })}
                {hours}
                {source.map(|s| source_line(&s, l))}
            </div>
        }
    })
}
