//! Widgets used by more than one page.

pub mod as_of;
pub mod benefits;
pub mod catalogue_gate;
pub mod centre_contact;
pub mod directory_centre;
pub mod districts;
pub mod facts;
pub mod filter_select;
pub mod freshness;
pub mod gmina_picker;
pub mod hours;
pub mod keep_region;
pub mod offer;
pub mod place;
pub mod place_search;
pub mod project_card;
pub mod rules_summary;
pub mod senior;
pub mod site;
pub mod status_badge;
pub mod title;
