//! How to reach a centre: its address, phones and e-mail as facts, shared by the centre's page and the
//! project page (where a project gives no contact of its own).

use leptos::prelude::*;

use crate::catalogue::Centre;
use crate::i18n::{t, Locale};
use crate::ui::components::facts::{fact, phone_links};
use crate::ui::context::polish_text;

/// Address, phones and e-mail as rows of a facts list (`<dl class="facts">`); a row the source is silent
/// on is left out.
pub fn contact_facts(c: &Centre, l: Locale) -> impl IntoView {
    let address =
        c.address.clone().map(|a| view! { <span lang=polish_text(l)>{a.street}<br/>{a.postcode}" "{a.town}</span> });
    let phones = (!c.phones.is_empty()).then(|| view! { <ul class="phones">{phone_links(&c.phones)}</ul> });
    let emails = (!c.emails.is_empty()).then(|| {
        let links =
            c.emails.iter().map(|e| view! { <li><a href=format!("mailto:{e}")>{e.clone()}</a></li> }).collect_view();
        view! { <ul class="plain">{links}</ul> }
    });
    view! {
        {fact(t::centre_address(l), address)}
        {fact(t::centre_phones(l), phones)}
        {fact(t::centre_email(l), emails)}
    }
}

/// Whether the source gives any way to reach the centre.
pub fn has_contact(c: &Centre) -> bool {
    c.address.is_some() || !c.phones.is_empty() || !c.emails.is_empty()
}
