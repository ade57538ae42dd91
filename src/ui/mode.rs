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
    if let Some(class) = class {
        super::host::mark_html("class", class);
    }
    provide_context(DeviceCtx(settings.clone()));
    settings
}

/// The counter's gmina for the counter bar ("gmina Szamotuły"), once the gmina index is here; `None`
/// off a counter. A counter set up by its centre (settings of schema 1) moves to the centre's gmina as
/// soon as `centre_gmina` finds it in the catalogue, and is stored so (each app finds a centre its own
/// way: the catalogue app by its part, the checker in the whole catalogue).
pub fn counter_place(centre_gmina: impl Fn(&str) -> Option<String> + 'static) -> Signal<Option<String>> {
    let settings = use_device();
    if settings.mode != Mode::Counter {
        return Signal::derive(|| None);
    }
    let gmina = RwSignal::new(settings.gmina.clone());
    if let (None, Some(centre)) = (settings.gmina.clone(), settings.centre.clone()) {
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(code) = centre_gmina(&centre) else { return false };
            let _ = storage::save_device_settings(&settings.clone().at_gmina(Some(code.clone())));
            gmina.set(Some(code));
            true
        });
    }
    let locale = crate::ui::context::use_locale();
    Signal::derive(move || {
        let code = gmina.get()?;
        match crate::ui::data::places() {
            crate::ui::data::Remote::Ready(p) => p.gmina(&code).map(|g| {
                crate::ui::components::place::named_text(crate::ui::components::place::gmina_named(
                    &g.gmina.name,
                    locale.get(),
                ))
            }),
            _ => None,
        }
    })
}

/// Everything of the person's goes, and the app starts again at its first page. On a shared device
/// the memory goes with the page; on a counter the stored answers and declarations are removed. The
/// language chosen goes too.
pub fn end_session() {
    storage::remove_all();
    // The next person starts in the browser's language, not in the last person's: the first page in
    // no language takes them to theirs.
    storage::forget_language();
    let _ = window().location().replace(Route::HOME);
}
