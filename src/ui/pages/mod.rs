//! One module per route.

pub mod catalogue;
pub mod centre;
pub mod not_found;
pub mod project;
