//! The form kit, after GOV.UK Frontend's one macro per control: a field with its label, hint and
//! error ([`field`]), radio buttons and checkboxes ([`choices`]), a date in three boxes ([`date`]), a select of typed values ([`select`]),
//! and the error summary ([`error`]). `aria-describedby` is built here and nowhere else (a test in
//! `tests/layers.rs` holds every other file to it).

pub mod choices;
pub mod date;
pub mod error;
pub mod field;
pub mod select;

/// The id of a hint drawn beside a control that is not a kit's field (a search box, a file picker):
/// `{id}-hint`, as the kit names every hint, known when the app is built.
#[macro_export]
macro_rules! hint_id {
    ($id:literal) => {
        concat!($id, "-hint")
    };
}
