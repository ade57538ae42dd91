use leptos::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::t;
use crate::ui::context::use_locale;
use crate::ui::data::{catalogue_part, Part, Remote};

/// Keeps `document.title` naming the page, so screen-reader users and tab lists know where they are.
/// An effect, because the title lives outside the app's DOM; at build time, where effects do not run,
/// the page's `<title>` is written from it directly.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let locale = use_locale();
    let text = move || format!("{}{}", title(), t::page_title_suffix(locale.get()));
    #[cfg(feature = "ssr")]
    crate::ui::host::set_title(&text());
    Effect::new(move |_| crate::ui::host::set_title(&text()));
}

/// The title of a page about one catalogue item (a project or a centre, by its id): its name once its
/// part of the catalogue is here, "not found" when the id is unknown.
pub fn use_item_title(part: Part, name_of: fn(&Catalogue, &str) -> Option<String>) {
    let locale = use_locale();
    use_page_title(move || match (catalogue_part(&part), &part) {
        (Remote::Ready(loaded), Part::Project(id) | Part::Centre(id)) => {
            name_of(&loaded.catalogue, id).unwrap_or_else(|| t::not_found_title(locale.get()).to_string())
        }
        (Remote::Unavailable | Remote::Broken(_), _) => t::page_unavailable_title(locale.get()).to_string(),
        _ => t::app_name(locale.get()).to_string(),
    });
}
