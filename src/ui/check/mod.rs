//! The eligibility checker: a second app under `/sprawdz/`, built into its own bundle. It asks only the
//! questions the chosen projects (and, in a general check, the act's benefits) need, one per page, and
//! explains each verdict.

mod answers;
pub mod app;
mod benefits;
mod contact;
pub mod data;
pub(crate) mod first_question;
mod labels;
mod question;
pub(crate) mod results;
pub(crate) mod start;
pub mod state;
