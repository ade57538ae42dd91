use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::context::use_locale;

/// Keeps `document.title` naming the page, so screen-reader users and tab lists know where they are.
/// An effect, because the title lives outside the app's DOM.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let locale = use_locale();
    Effect::new(move |_| {
        document().set_title(&format!("{}{}", title(), t::page_title_suffix(locale.get())));
    });
}
