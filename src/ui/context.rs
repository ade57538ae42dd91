//! State shared across pages, provided once at the root through small newtypes.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;

use crate::catalogue::Loaded;
use crate::dates::poland_local_time;
use crate::i18n::Locale;

/// The catalogue as the pages see it.
#[derive(Clone, Debug, Default)]
pub enum CatalogueState {
    #[default]
    Loading,
    /// Not even the index could be read.
    Failed,
    Ready(Arc<Loaded>),
}

#[derive(Clone, Copy)]
pub struct CatalogueCtx(pub RwSignal<CatalogueState>);

/// The day statuses are computed for. `None` means today; staff may pick a past day.
#[derive(Clone, Copy)]
pub struct AsOfCtx(pub RwSignal<Option<NaiveDate>>);

#[derive(Clone, Copy)]
pub struct LocaleCtx(pub RwSignal<Locale>);

pub fn provide_app_context() {
    provide_context(CatalogueCtx(RwSignal::new(CatalogueState::Loading)));
    provide_context(AsOfCtx(RwSignal::new(None)));
    provide_context(LocaleCtx(RwSignal::new(Locale::default())));
}

pub fn use_catalogue() -> RwSignal<CatalogueState> {
    expect_context::<CatalogueCtx>().0
}

pub fn use_as_of() -> RwSignal<Option<NaiveDate>> {
    expect_context::<AsOfCtx>().0
}

pub fn use_locale() -> Signal<Locale> {
    let locale = expect_context::<LocaleCtx>().0;
    Signal::derive(move || locale.get())
}

/// Polish local time now, whatever time zone the device is set to.
pub fn now_in_poland() -> NaiveDateTime {
    let millis = js_sys::Date::now() as i64;
    let utc = chrono::DateTime::from_timestamp_millis(millis).map(|d| d.naive_utc()).unwrap_or_default();
    poland_local_time(utc)
}

pub fn today() -> NaiveDate {
    now_in_poland().date()
}

/// The day to compute statuses for: the staff's chosen day, or today.
pub fn effective_date() -> Signal<NaiveDate> {
    let as_of = use_as_of();
    Signal::derive(move || as_of.get().unwrap_or_else(today))
}
