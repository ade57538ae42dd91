//! The browser app: Leptos components over the pure domain modules.

pub mod app;
pub mod check;
pub mod components;
pub mod context;
pub mod data;
pub mod docs;
pub mod load;
pub mod mode;
pub mod nav;
pub mod notice;
pub mod pages;
pub mod pwa;
pub mod settings;
pub mod storage;

/// A panic's message in the browser console (the panic itself then stops the app). Smaller than a
/// hook crate: the first page has a size budget.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
}
