//! State shared across pages, provided once at the root through small newtypes.

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

use crate::i18n::Locale;
use crate::ui::storage;

/// The day statuses are computed for. `None` means today; staff may pick a past day.
#[derive(Clone, Copy)]
pub struct AsOfCtx(pub RwSignal<Option<NaiveDate>>);

#[derive(Clone, Copy)]
pub struct LocaleCtx(pub RwSignal<Locale>);

/// Call after [`crate::ui::mode::provide_device`]: where the chosen language is kept depends on the
/// device's mode.
pub fn provide_app_context() {
    super::data::provide_data();
    provide_context(AsOfCtx(RwSignal::new(None)));
    // The address names the language; the first script of every page took a device that asked for
    // another language from a Polish address to its own (`crate::route::redirect_script`).
    let locale = super::nav::page_language();
    mark_language(locale);
    provide_context(LocaleCtx(RwSignal::new(locale)));
}

fn mark_language(locale: Locale) {
    super::host::mark_html("lang", locale.code());
}

/// The language switch was used: the choice is kept for the next visit to an address in no language
/// (the link itself leads to the page in the new language, [`in_language`]).
pub fn choose_language(locale: Locale) {
    storage::save_language(locale.code());
}

/// The app's body, drawn afresh whenever the language changes: when the address moves to another
/// language (the switch's links). Pages read their words once, which keeps the bundle small; the state
/// they show lives outside (catalogue, device, stored answers). What the person entered and saved
/// stays; so does the page they are on.
pub fn in_language<V: IntoView + 'static>(body: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView {
    let locale = expect_context::<LocaleCtx>().0;
    let url = super::nav::use_url();
    let language = Memo::new(move |_| crate::route::split_language(&url.read().path).0);
    move || {
        let now = language.get();
        if now != locale.get_untracked() {
            mark_language(now);
            locale.set(now);
        }
        body()
    }
}

pub fn use_as_of() -> RwSignal<Option<NaiveDate>> {
    expect_context::<AsOfCtx>().0
}

pub fn use_locale() -> Signal<Locale> {
    let locale = expect_context::<LocaleCtx>().0;
    Signal::derive(move || locale.get())
}

/// `lang` for catalogue text (names, descriptions, addresses as the centres wrote them): Polish, said
/// so when the page is in another language.
pub fn polish_text(l: Locale) -> Option<&'static str> {
    (l != Locale::Pl).then_some("pl")
}

/// A message's words around a Polish text (`{name:pl}`), the text marked Polish. An empty part is left
/// out: a page written at build time would show an empty text as a space ("powiat lubelski ,").
pub fn with_polish<T: IntoView + AsRef<str> + 'static>(
    around: crate::i18n::Around<T>,
    text: String,
    l: Locale,
) -> impl IntoView {
    let part = |s: T| (!s.as_ref().is_empty()).then_some(s);
    view! { {part(around.before)}<span lang=polish_text(l)>{text}</span>{part(around.after)} }
}

/// Polish local time now, whatever time zone the device is set to; `None` while a page is written at
/// build time, when no time of day is known.
pub fn now_in_poland() -> Option<NaiveDateTime> {
    super::host::now()
}

/// Today in Poland; the day the pages are written for at build time.
pub fn today() -> NaiveDate {
    super::host::today()
}

/// The day to compute statuses for: the staff's chosen day, or today.
pub fn effective_date() -> Signal<NaiveDate> {
    let as_of = use_as_of();
    Signal::derive(move || as_of.get().unwrap_or_else(today))
}

/// A project's status on `day`, noted for a page written at build time: the page says it holds only
/// until the status changes ([`super::host::holds_until`]).
pub fn status_on(project: &crate::catalogue::Project, day: NaiveDate) -> crate::catalogue::Status {
    super::host::holds_until(crate::catalogue::status_holds_until(project, day));
    crate::catalogue::status(project, day)
}

/// For an ended edition of a programme run in yearly editions: that the centre knows whether it runs
/// this year's, the year as of `day` (so what the page says holds until the year's end).
pub fn next_edition_on(
    project: &crate::catalogue::Project,
    status: crate::catalogue::Status,
    day: NaiveDate,
    l: crate::i18n::Locale,
) -> Option<String> {
    let ended = matches!(status, crate::catalogue::Status::Ended { .. });
    (project.from_programme.yearly && ended).then(|| next_edition_note_on(day, l))
}

/// That a programme runs in yearly editions and to ask about this year's, noted as holding until the
/// year's end.
pub fn next_edition_note_on(day: NaiveDate, l: crate::i18n::Locale) -> String {
    super::host::holds_until(NaiveDate::from_ymd_opt(chrono::Datelike::year(&day), 12, 31));
    crate::catalogue::labels::next_edition_note(day, l)
}

/// A page shows (or leaves out) a programme for `day` by its period: noted the same way.
pub fn period_seen_on(period: Option<crate::catalogue::Period>, day: NaiveDate) {
    super::host::holds_until(period.and_then(|p| p.holds_until(day)));
}
