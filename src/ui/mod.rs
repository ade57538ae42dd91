//! The browser app: Leptos components over the pure domain modules.

pub mod app;
pub mod check;
pub mod components;
pub mod context;
pub mod docs;
pub mod load;
pub mod notice;
pub mod pages;
pub mod storage;
