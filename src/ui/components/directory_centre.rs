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

/// The label of a field as the facts list shows it.
fn field_label(field: DirectoryField, l: Locale) -> &'static str {
    match field {
        DirectoryField::Entry => t::centre_entry(l),
        DirectoryField::Name => t::centre_name(l),
        DirectoryField::Address => t::centre_address(l),
        DirectoryField::Phones => t::centre_phones(l),
        DirectoryField::Emails => t::centre_email(l),
        DirectoryField::Website => t::centre_website(l),
        DirectoryField::Hours => t::centre_hours_words(l),
    }
}

/// Where a district's centre's fields come from: that list gives every field its page, most pages for
/// several fields, so each page is said once with the fields it gives ("Nazwa, Strona internetowa:
/// źródło: opsbemowo.waw.pl (…)"), and the list's notes on the entry after them.
fn field_sources(c: &DirectoryCentre, l: Locale) -> impl IntoView {
    let mut pages: Vec<(Vec<&'static str>, &str)> = Vec::new();
    for mark in c.to_confirm.iter().filter(|m| m.field != DirectoryField::Entry) {
        match pages.iter_mut().find(|(_, why)| *why == mark.why) {
            Some((fields, _)) => fields.push(field_label(mark.field, l)),
            None => pages.push((vec![field_label(mark.field, l)], &mark.why)),
        }
    }
    let items = pages
        .into_iter()
        .map(|(fields, why)| {
            // "Nazwa, strona internetowa": the labels after the first in lower case.
            let fields: Vec<String> = fields
                .iter()
                .enumerate()
                .map(|(i, f)| if i == 0 { f.to_string() } else { crate::text::lowercase(f) })
                .collect();
            view! { <li>{fields.join(", ")}": "<span lang=polish_text(l)>{why.to_string()}</span></li> }
        })
        .collect_view();
    let notes = to_confirm(c, DirectoryField::Entry, l).map(|m| view! { <p>{m}</p> });
    view! { <p>{t::field_sources_title(l)}</p><ul>{items}</ul>{notes} }
}

pub fn directory_centre(c: &DirectoryCentre, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    // A district's centre says its pages in one list below (`field_sources`), not beside each field.
    let by_field = c.district.is_none();
    let marked = |field, value: Option<AnyView>| {
        let mark = to_confirm(c, field, l).filter(|_| by_field);
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
        {to_confirm(c, DirectoryField::Entry, l).filter(|_| by_field).map(|m| view! { <p>{m}</p> })}
        {to_confirm(c, DirectoryField::Name, l).filter(|_| by_field).map(|m| view! { <p>{m}</p> })}
        <dl class="facts">
            {fact(t::centre_address(l), marked(DirectoryField::Address, address))}
            {fact(t::centre_phones(l), marked(DirectoryField::Phones, phones))}
            {fact(t::centre_email(l), marked(DirectoryField::Emails, emails))}
            {fact(t::centre_website(l), marked(DirectoryField::Website, website))}
            {fact(t::centre_hours_words(l), marked(DirectoryField::Hours, hours_words))}
        </dl>
        {hours}
        {(!by_field).then(|| field_sources(c, l))}
        {source_line(&c.source, l)}
    }
}
