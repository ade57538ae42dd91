use leptos::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::t;
use crate::ui::context::{use_catalogue, use_locale, CatalogueState};

/// Keeps `document.title` naming the page, so screen-reader users and tab lists know where they are.
/// An effect, because the title lives outside the app's DOM.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let locale = use_locale();
    Effect::new(move |_| {
        document().set_title(&format!("{}{}", title(), t::page_title_suffix(locale.get())));
    });
}

/// The title of a page about one catalogue item: its name once the catalogue is here, "not found"
/// when the id is unknown.
pub fn use_item_title(
    id: impl Fn() -> String + Send + Sync + 'static,
    name_of: fn(&Catalogue, &str) -> Option<String>,
) {
    let locale = use_locale();
    let state = use_catalogue();
    use_page_title(move || match state.get() {
        CatalogueState::Ready(loaded) => {
            name_of(&loaded.catalogue, &id()).unwrap_or_else(|| t::not_found_title(locale.get()).to_string())
        }
        _ => t::app_name(locale.get()).to_string(),
    });
}
