//! Staff pages of the checker bundle: the device's mode (`/sprawdz/urzadzenie`) and, for the counter,
//! a project's link as a QR code for the resident's own phone (`/sprawdz/kod/:id`).

use leptos::prelude::*;

use crate::device::{parse_idle_minutes, DeviceSettings, IdleError, Mode, IDLE_MINUTES_RANGE};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::check::data::with_data_of;
use crate::ui::components::gmina_picker::{only_gmina_named, GminaPicker};
use crate::ui::components::place_search::Picked;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::data::Part;
use crate::ui::form::choices::{options_view, Choice, Control};
use crate::ui::form::error::{focus_by_id, focus_error_summary, ErrorSummary, FieldError};
use crate::ui::form::field::{Field, InputAttrs};
use crate::ui::mode::use_device;
use crate::ui::nav::Link;
use crate::ui::storage;

/// What saving would do that needs a yes first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ask {
    /// Turning shared mode on: the person data on the device (this many values) will be removed.
    RemoveData(usize),
    /// Turning shared mode off: from now on what people type is kept.
    StartKeeping,
}

#[component]
pub fn DeviceSettingsPage() -> impl IntoView {
    let locale = use_locale();
    let current = use_device();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    use_page_title(move || {
        let title = t::settings_title(locale.get()).to_string();
        if errors.with(Vec::is_empty) {
            title
        } else {
            t::error_title(locale.get(), title)
        }
    });
    with_data_of(legacy_centre(&current), move |data| {
        let l = locale.get();
        let mode = RwSignal::new(current.mode);
        let minutes = RwSignal::new(current.idle_minutes.to_string());
        // A counter set up before gminas were kept named its centre: its gmina is offered instead.
        let gmina = current.gmina.clone().or_else(|| {
            let centre = current.centre.as_deref()?;
            data.loaded.catalogue.centre(centre).map(|c| c.teryt.clone())
        });
        let chosen_gmina = RwSignal::new(gmina.map(|code| Picked::gmina(code, String::new())));
        let typed = RwSignal::new(String::new());
        let asking = RwSignal::new(None::<Ask>);
        let failed = RwSignal::new(false);
        let was_shared = current.mode == Mode::Shared;

        let chosen = move || -> Result<DeviceSettings, Vec<FieldError>> {
            let idle = parse_idle_minutes(&minutes.get_untracked())
                .map_err(|e| vec![FieldError::new("idle-minutes", idle_problem(e, l))])?;
            let gmina = chosen_gmina.get_untracked().or_else(|| only_gmina_named(&typed.get_untracked()));
            let settings =
                DeviceSettings { mode: mode.get_untracked(), idle_minutes: idle, ..DeviceSettings::default() };
            Ok(settings.at_gmina(gmina.map(|g| g.code)))
        };
        // Stored, then the whole app starts again in the new mode (storage is chosen at start).
        let store = move || match chosen() {
            Ok(settings) => failed.set(!store_settings(&settings)),
            Err(found) => errors.set(found),
        };
        let on_submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if let Err(found) = chosen() {
                errors.set(found);
                focus_error_summary();
                return;
            }
            errors.set(Vec::new());
            let to_shared = mode.get_untracked() == Mode::Shared;
            let ask = ask_first(was_shared, to_shared, kept_values());
            match ask {
                Some(a) => {
                    asking.set(Some(a));
                    focus_by_id("confirm");
                }
                None => store(),
            }
        };

        let modes = mode_choices(mode, l);
        let idle_error = Signal::derive(crate::ui::form::error::error_for(errors.read_only(), "idle-minutes"));

        let confirm = move || asking.get().map(|a| confirm_view(a, asking, store, l));

        view! {
            <h1>{t::settings_title(l)}</h1>
            <p class="lead">{t::settings_lead(l)}</p>
            <ErrorSummary errors=errors.read_only()/>
            <form class="settings" on:submit=on_submit novalidate>
                <fieldset>
                    <legend>{t::settings_mode(l)}</legend>
                    {options_view(Control::Radio, "mode", modes)}
                </fieldset>
                <Field id="idle-minutes" label=t::settings_idle(l) hint=Some(t::settings_idle_hint(l)) error=idle_error
                    input=move |a: InputAttrs| view! {
                        <input id=a.id class="short" type="text" inputmode="numeric" autocomplete="off"
                            aria-describedby=a.described_by aria-invalid=a.invalid prop:value=move || minutes.get() on:input=move |ev| minutes.set(event_target_value(&ev))/>
                    }/>
                {counter_gmina(chosen_gmina, typed, l)}
                {confirm}
                {move || failed.get().then(|| view! { <p class="error-box" role="alert">{t::settings_not_saved(l)}</p> })}
                <button type="submit" class="button">{t::settings_save(l)}</button>
            </form>
        }
    })
}

/// Stores the settings, then starts the whole app again in the new mode (storage is chosen at start);
/// `false` when they could not be stored.
fn store_settings(settings: &DeviceSettings) -> bool {
    if settings.mode == Mode::Shared {
        storage::remove_all();
        // Each person on a shared device starts in their browser's language: a language chosen while
        // the device was someone's own would take everyone to it.
        storage::forget_language();
    }
    let stored = storage::save_device_settings(settings).is_ok();
    if stored {
        let _ = window().location().replace(Route::HOME);
    }
    stored
}

/// The gmina a counter serves, whose centre and projects come first.
fn counter_gmina(chosen: RwSignal<Option<Picked>>, typed: RwSignal<String>, l: Locale) -> impl IntoView {
    view! {
        <section class="counter-gmina-setting" aria-labelledby="counter-gmina-title">
            <h2 id="counter-gmina-title">{t::settings_gmina(l)}</h2>
            <p class="hint">{t::settings_gmina_hint(l)}</p>
            <GminaPicker id="counter-gmina" label=t::place_search_label(l) chosen typed
                error=Signal::derive(|| None::<String>) disabled=Signal::derive(|| false)/>
        </section>
    }
}

/// What a wrong number of minutes is, in words.
fn idle_problem(e: IdleError, l: Locale) -> String {
    match e {
        IdleError::NotANumber => t::settings_idle_not_number(l).to_string(),
        IdleError::OutOfRange => t::settings_idle_range(
            l,
            t::SettingsIdleRange { max: IDLE_MINUTES_RANGE.end(), min: IDLE_MINUTES_RANGE.start() },
        ),
    }
}

/// How many values this device keeps, its own settings aside.
fn kept_values() -> usize {
    if storage::in_memory() {
        0
    } else {
        storage::keys_with(storage::PREFIX).into_iter().filter(|k| k != storage::DEVICE).count()
    }
}

/// What to ask before a change of mode: removing what is kept when a device becomes shared, keeping
/// from now on when it stops being shared.
fn ask_first(was_shared: bool, to_shared: bool, kept: usize) -> Option<Ask> {
    match (was_shared, to_shared) {
        (false, true) if kept > 0 => Some(Ask::RemoveData(kept)),
        (true, false) => Some(Ask::StartKeeping),
        _ => None,
    }
}

/// The three modes as radio buttons, each with what it means.
fn mode_choices(mode: RwSignal<Mode>, l: Locale) -> Vec<Choice> {
    [
        (Mode::Resident, t::mode_resident(l), t::mode_resident_hint(l)),
        (Mode::Counter, t::mode_counter(l), t::mode_counter_hint(l)),
        (Mode::Shared, t::mode_shared(l), t::mode_shared_hint(l)),
    ]
    .into_iter()
    .map(|(m, label, hint)| {
        Choice::new(label, Signal::derive(move || mode.get() == m), move |_| mode.set(m)).hint(hint)
    })
    .collect()
}

/// The question asked before a change of mode is stored, with yes (`store`) and cancel.
fn confirm_view(a: Ask, asking: RwSignal<Option<Ask>>, store: impl Fn() + Copy + 'static, l: Locale) -> impl IntoView {
    let (question, yes) = match a {
        Ask::RemoveData(n) => (t::settings_confirm_remove(l, n), t::settings_confirm_remove_yes(l)),
        Ask::StartKeeping => (t::settings_confirm_keep(l).to_string(), t::settings_confirm_keep_yes(l)),
    };
    view! {
        <div class="confirm" id="confirm" tabindex="-1" role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">{question}</p>
            <div class="actions">
                <button type="button" class="button warning" on:click=move |_| store()>{yes}</button>
                <button type="button" class="button secondary" on:click=move |_| asking.set(None)>{t::cancel(l)}</button>
            </div>
        </div>
    }
}

/// The part of the catalogue with the centre of a counter set up before gminas were kept: the centre's
/// gmina is offered instead. No part for any other device.
fn legacy_centre(current: &DeviceSettings) -> Option<Part> {
    current.centre.clone().filter(|_| current.gmina.is_none()).map(Part::Centre)
}

/// A project's public link as a large QR code: the resident opens it on their own phone and reads
/// on there, while the clerk's screen moves on to the next person.
#[component]
pub fn ProjectQrPage(id: String) -> impl IntoView {
    let locale = use_locale();
    let part = Some(Part::Project(id.clone()));
    let id = move || id.clone();
    use_page_title(move || t::project_qr_title(locale.get()).to_string());
    with_data_of(part, move |data| {
        let l = locale.get();
        let id = id();
        let Some(entry) = data.loaded.catalogue.project(&id) else {
            return view! { <h1>{t::not_found_title(l)}</h1><p><a href=Route::Home.link() rel="external">{t::nav_catalogue(l)}</a></p> }.into_any();
        };
        let origin = window().location().origin().unwrap_or_default();
        // In no language: whoever scans it gets the page in their own (the first script of every
        // page takes a Ukrainian phone from a Polish address to the Ukrainian page).
        let link = format!("{origin}{}", Route::Project(id.clone()).href());
        let qr = crate::qr::svg(&link, t::project_qr_label(l)).unwrap_or_default();
        let title = entry.project.title.clone();
        view! {
            <h1>{t::project_qr_title(l)}</h1>
            <p class="lead" lang=crate::ui::context::polish_text(l)>{title}</p>
            <figure class="qr project-qr">
                <div class="qr-code" inner_html=qr></div>
                <figcaption>{t::project_qr_caption(l)}" "<code class="link-text">{link.clone()}</code></figcaption>
            </figure>
            <p><a href=Route::Project(id.clone()).link() rel="external">{t::project_qr_back(l)}</a></p>
        }
        .into_any()
    })
}
