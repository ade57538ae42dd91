//! The form kit, after GOV.UK Frontend's one macro per control: a field with its label, hint and
//! error; radio buttons; the error summary. `aria-describedby` is built here and nowhere else.

pub mod error;
pub mod field;
pub mod radios;
