//! A centre as the directory lists it: name, address, phones, e-mail, website, office hours with "open
//! now" where the source's words state days and times, and the source with its date. Shared by a
//! gmina's page and the project page.

use leptos::prelude::*;

use crate::directory::{website_href, DirectoryCentre};
use crate::i18n::{t, Locale};
use crate::ui::components::facts::{fact, phone_links};
use crate::ui::components::hours::HoursTable;
use crate::ui::components::place::source_line;
use crate::ui::context::polish_text;

pub fn directory_centre(c: &DirectoryCentre, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    let address = c.address.clone().map(|a| {
        let town = match a.postcode {
            Some(code) => format!("{code} {}", a.town),
            None => a.town.clone(),
        };
        view! { <span lang=pl>{a.street.map(|s| view! { {s}<br/> })}{town}</span> }
    });
    let phones = (!c.phones.is_empty()).then(|| view! { <ul class="phones">{phone_links(&c.phones)}</ul> });
    let emails = (!c.emails.is_empty()).then(|| {
        let links =
            c.emails.iter().map(|e| view! { <li><a href=format!("mailto:{e}")>{e.clone()}</a></li> }).collect_view();
        view! { <ul class="plain">{links}</ul> }
    });
    let website = c.website.clone().map(|w| view! { <a href=website_href(&w)>{w.clone()}</a> });
    let hours_words = c.hours_text.clone().map(|h| view! { <span lang=pl>{h}</span> });
    let hours = c.hours.clone().map(|h| {
        view! { <HoursTable hours=h caption=t::centre_hours(l).to_string() show_open_now=true/> }
    });
    view! {
        <p class="centre-name" lang=pl>{c.name.clone()}</p>
        <dl class="facts">
            {fact(t::centre_address(l), address)}
            {fact(t::centre_phones(l), phones)}
            {fact(t::centre_email(l), emails)}
            {fact(t::centre_website(l), website)}
            {fact(t::centre_hours_words(l), hours_words)}
        </dl>
        {hours}
        {source_line(&c.source, l)}
    }
}
