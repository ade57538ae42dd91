use leptos::prelude::*;

use crate::catalogue::labels::status_label;
use crate::catalogue::StatusKind;
use crate::ui::context::use_locale;

/// The status as a word (never colour alone), styled by kind.
#[component]
pub fn StatusBadge(kind: StatusKind) -> impl IntoView {
    let locale = use_locale();
    view! {
        <span class=format!("badge badge-{}", kind.code())>{move || status_label(kind, locale.get())}</span>
    }
}
