//! A centre as the directory lists it: name, address, phones, e-mail, website, office hours with "open
//! now" where the source's words state days and times, and the source with its date. Shared by a
//! gmina's page and the project page.

use leptos::prelude::*;

use crate::directory::{website_href, DirectoryCentre, DirectoryField};
use crate::i18n::{t, Locale};
use crate::ui::components::facts::{fact, phone_links};
use crate::ui::components::hours::HoursTable;
use crate::ui::components::place::source_line;
use crate::ui::context::polish_text;

/// A maintainer's mark beside a field: the value stays as the source gives it, and says it is to confirm.
fn to_confirm(c: &DirectoryCentre, field: DirectoryField, l: Locale) -> Option<impl IntoView> {
    let why = c.to_confirm(field)?.to_string();
    Some(view! { <span class="to-confirm">{t::to_confirm(l)}" "<span lang=polish_text(l)>{why}</span></span> })
}

pub fn directory_centre(c: &DirectoryCentre, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    let marked = |field, value: Option<AnyView>| {
        let mark = to_confirm(c, field, l);
        value.map(|v| view! { {v}{mark} })
    };
    let address = c.address.clone().map(|a| {
        let town = match a.postcode {
            Some(code) => format!("{code} {}", a.town),
            None => a.town.clone(),
        };
        view! { <span lang=pl>{a.street.map(|s| view! { {s}<br/> })}{town}</span> }.into_any()
    });
    let phones =
        (!c.phones.is_empty()).then(|| view! { <ul class="phones" lang=pl>{phone_links(&c.phones)}</ul> }.into_any());
    let emails = (!c.emails.is_empty()).then(|| {
        let links =
            c.emails.iter().map(|e| view! { <li><a href=format!("mailto:{e}")>{e.clone()}</a></li> }).collect_view();
        view! { <ul class="plain">{links}</ul> }.into_any()
    });
    let website = c.website.clone().map(|w| view! { <a href=website_href(&w)>{w.clone()}</a> }.into_any());
    let hours_words = c.hours_text.clone().map(|h| view! { <span lang=pl>{h}</span> }.into_any());
    let hours = c.hours.clone().map(|h| {
        view! { <HoursTable hours=h caption=t::centre_hours(l).to_string() show_open_now=true/> }
    });
    view! {
        <p class="centre-name" lang=pl>{c.name.clone()}</p>
        {to_confirm(c, DirectoryField::Entry, l).map(|m| view! { <p>{m}</p> })}
        {to_confirm(c, DirectoryField::Name, l).map(|m| view! { <p>{m}</p> })}
        <dl class="facts">
            {fact(t::centre_address(l), marked(DirectoryField::Address, address))}
            {fact(t::centre_phones(l), marked(DirectoryField::Phones, phones))}
            {fact(t::centre_email(l), marked(DirectoryField::Emails, emails))}
            {fact(t::centre_website(l), marked(DirectoryField::Website, website))}
            {fact(t::centre_hours_words(l), marked(DirectoryField::Hours, hours_words))}
        </dl>
        {hours}
        {source_line(&c.source, l)}
    }
}
