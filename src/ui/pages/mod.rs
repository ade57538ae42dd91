//! One module per route.

pub mod accessibility;
pub mod benefit;
pub mod catalogue;
pub mod centre;
pub mod easy_read;
pub mod gmina;
pub mod home;
pub mod not_found;
pub mod project;
pub mod region;
