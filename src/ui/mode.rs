//! The device's mode, read once at start: a shared device (outreach) keeps nothing and wipes itself
//! after the idle time or on "Zakończ"; a counter (a clerk's desk) has large type and "Następna
//! osoba". The bars that say so are drawn by [`crate::ui::pwa::AppChrome`].

use leptos::prelude::*;

use crate::device::{DeviceSettings, Mode};
use crate::route::Route;
use crate::ui::storage;

#[derive(Clone)]
pub struct DeviceCtx(pub DeviceSettings);

pub fn use_device() -> DeviceSettings {
    use_context::<DeviceCtx>().map(|c| c.0).unwrap_or_default()
}

/// Reads the device settings and sets the app up for them, before anything of a person's is read:
/// on a shared device storage becomes memory only. Also marks `<html>` for the mode's styles.
pub fn provide_device() -> DeviceSettings {
    let settings = storage::device_settings();
    if settings.memory_only() {
        storage::use_memory();
        // A page brought back from the browser's back-forward cache would still hold the last
        // person's answers in memory: load it afresh instead.
        let back = window_event_listener_untyped("pageshow", |ev| {
            if js_sys::Reflect::get(&ev, &"persisted".into()).is_ok_and(|p| p.is_truthy()) {
                let _ = window().location().reload();
            }
        });
        std::mem::forget(back);
    }
    let class = match settings.mode {
        Mode::Resident => None,
        Mode::Counter => Some("counter"),
        Mode::Shared => Some("shared"),
    };
    if let (Some(class), Some(html)) = (class, document().document_element()) {
        let _ = html.class_list().add_1(class);
    }
    provide_context(DeviceCtx(settings.clone()));
    settings
}

/// Everything of the person's goes, and the app starts again at its first page. On a shared device
/// the memory goes with the page; on a counter the stored answers and declarations are removed. The
/// language chosen goes too.
pub fn end_session() {
    storage::remove_all();
    // The next person starts in the browser's language, not in the last person's.
    storage::forget_language();
    let _ = window().location().replace(Route::HOME);
}
