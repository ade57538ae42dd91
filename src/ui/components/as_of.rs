use leptos::prelude::*;

use crate::dates::{format_long, parse_iso};
use crate::i18n::t;
use crate::ui::context::{today, use_as_of, use_locale};
use crate::ui::form::field::described_by;
use crate::ui::island::{handed_over, island, Handover, Part};

/// For staff: recompute every status as of a past (or future) day.
///
/// An island on a page written at build time (`ui::islands`): the app then comes to draw the page for
/// the day typed.
#[component]
pub fn AsOfControl() -> impl IntoView {
    let as_of = use_as_of();
    let locale = use_locale();
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    // What staff typed on a page written at build time, before the app came to draw it (`ui::islands`):
    // applied as if typed here.
    let handed = handed_over(Handover::AsOf);
    let handed_day = handed.as_deref().and_then(parse_iso);
    let (error, set_error) = signal(handed.is_some() && handed_day.is_none());
    let (draft, set_draft) = signal(handed.unwrap_or_default());
    if handed_day.is_some() {
        as_of.set(handed_day);
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_iso(&draft.get_untracked()) {
            Some(day) => {
                set_error.set(false);
                as_of.set(Some(day));
            }
            None => set_error.set(true),
        }
    };
    let control = view! {
        <details class="staff js-only" open=move || as_of.get().is_some() || error.get()>
            <summary>{t::as_of_hint(l)}</summary>
            <form class="as-of-form" on:submit=on_submit novalidate>
                <div class="field">
                    <label for="as-of">{t::as_of_label(l)}</label>
                    <Show when=move || error.get()>
                        <p class="field-error" id="as-of-error">{t::as_of_invalid(l)}</p>
                    </Show>
                    <input
                        type="date"
                        id="as-of"
                        name="as-of"
                        aria-invalid=move || error.get().then_some("true")
                        aria-describedby=move || described_by("as-of", false, error.get(), false)
                        prop:value=move || draft.get()
                        on:input=move |ev| set_draft.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button">{t::as_of_apply(l)}</button>
                <Show when=move || as_of.get().is_some()>
                    <button type="button" class="button secondary" on:click=move |_| {
                        as_of.set(None);
                        set_draft.set(String::new());
                    }>{t::as_of_today(l)}</button>
                </Show>
            </form>
        </details>
    };
    island(Part::AsOfControl, control)
}

/// The day the statuses on the page are for, on every page: today (or, in a page written at build
/// time, the day it was written, until the app runs and counts them for today), and a banner while
/// staff have chosen another day.
#[component]
pub fn AsOfBanner() -> impl IntoView {
    let as_of = use_as_of();
    let locale = use_locale();
    move || {
        let l = locale.get();
        match as_of.get() {
            // The day the page was written for, until the page runs and says today.
            None => island(
                Part::StatusesDay,
                view! { <p class="as-of-line">{t::statuses_as_of(l, format_long(today(), l))}</p> },
            ),
            Some(day) => view! {
                <div class="as-of-banner" role="status">
                    <p>{t::as_of_banner(l, format_long(day, l))}</p>
                    <button type="button" class="button secondary" on:click=move |_| as_of.set(None)>
                        {t::as_of_today(l)}
                    </button>
                </div>
            }
            .into_any(),
        }
    }
}

/// [`AsOfBanner`]'s line as written, brought to life by the islands bundle: the day it says becomes today.
#[cfg(feature = "pages")]
pub fn statuses_day_alive(el: &web_sys::HtmlElement, l: crate::i18n::Locale) {
    if let Some(line) = crate::ui::island::find(el, ".as-of-line") {
        line.set_text_content(Some(&t::statuses_as_of(l, format_long(today(), l))));
    }
}

/// [`AsOfControl`] as written: the day typed is handed to the app, which draws the page for it.
#[cfg(feature = "pages")]
pub fn as_of_control_alive(el: &web_sys::HtmlElement) {
    crate::ui::island::hand_over_day(crate::ui::island::find(el, "form"), "as-of", Handover::AsOf);
}
