//! Sprawdź wsparcie: the projects of Polish social welfare centres, checked on the resident's own device.
//!
//! The domain modules below are plain Rust with no web imports: they compile and are tested natively.
//! The browser app lives in [`ui`], compiled only with the `web` feature.

// Leptos views are deeply nested types: the build-time pages (`ssr`, not type-erased) need the room.
#![recursion_limit = "256"]

pub mod accessibility;
pub mod benefits;
pub mod catalogue;
pub mod contact;
pub mod dates;
pub mod declaration;
pub mod device;
pub mod directory;
pub mod editor;
pub mod folder;
pub mod holidays;
pub mod hours;
pub mod household;
pub mod i18n;
pub mod keep;
pub mod localities;
pub mod money;
pub mod order;
pub mod parameters;
pub mod pesel;
pub mod places;
pub mod problem;
pub mod qr;
pub mod questionnaire;
pub mod refusal;
pub mod request;
pub mod route;
pub mod rules;
pub mod saved;
pub mod text;
pub mod transfer;
pub mod written;

#[cfg(feature = "ui")]
pub mod ui;
