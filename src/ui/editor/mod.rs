//! The staff editor: a third app under `/dla-osrodkow/`, built into its own bundle so residents never
//! download it. A clerk opens their centre's file (from the catalogue or the device) or starts one
//! for a gmina, edits the centre and its projects in forms, sees every problem `wsparcie validate`
//! would name at its field, and downloads the checked file. Drafts stay on the device.

pub mod app;
mod centre;
mod file;
pub mod form;
mod gminas;
mod preview;
mod project;
mod rules;
mod start;
pub mod state;
mod try_it;
