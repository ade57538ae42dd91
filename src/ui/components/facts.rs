use leptos::prelude::*;

use crate::contact::tel_href;

/// A label and its value in a facts list (`<dl class="facts">`); nothing at all when the source is silent.
pub fn fact(label: &'static str, value: Option<impl IntoView>) -> Option<impl IntoView> {
    value.map(|v| view! { <div class="fact"><dt>{label}</dt><dd>{v}</dd></div> })
}

/// Phone numbers as written by the source, each a `tel:` link.
pub fn phone_links(phones: &[String]) -> impl IntoView {
    phones
        .iter()
        .map(|p| {
            let href = tel_href(p).unwrap_or_default();
            view! { <li><a href=href>{p.clone()}</a></li> }
        })
        .collect_view()
}
