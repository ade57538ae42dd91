//! The editor's first page: the drafts kept on this device; a gmina picked to open its centre's file
//! from the catalogue or to start a new one; a file opened from the device.

use leptos::prelude::*;
#[cfg(not(feature = "ssr"))]
use leptos::task::spawn_local;

use super::state::{keep_new, use_editing};
use crate::editor::draft::Draft;
use crate::editor::stored::{migrate_draft, Stored, DRAFT_SCHEMA};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::components::gmina_picker::GminaPicker;
use crate::ui::components::place_search::Picked;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::data::{places, Remote};
use crate::ui::form::field::{Field, InputAttrs};
use crate::ui::nav::{go, Link};
use crate::ui::storage::{self, SaveProblem};

/// The largest centre file opened from the device: the largest shipped file is under 40 KB.
#[cfg(not(feature = "ssr"))]
const MAX_FILE: usize = 1_000_000;

/// A draft kept on the device, as the list shows it.
#[derive(Clone)]
struct Kept {
    key: String,
    centre: String,
    gmina: String,
    projects: usize,
    saved_on: String,
}

fn kept_drafts() -> Vec<Kept> {
    let mut kept: Vec<Kept> = storage::document_keys(storage::DRAFT_PREFIX)
        .into_iter()
        .filter_map(|stored_key| {
            let key = stored_key.strip_prefix(storage::DRAFT_PREFIX)?.to_string();
            let stored = storage::load::<Stored>(&stored_key, DRAFT_SCHEMA, migrate_draft).ok()??;
            let saved_on = stored.saved_on.clone();
            let (draft, _) = stored.into_draft(|_, _| Ok(None)).ok()?;
            Some(Kept {
                key,
                centre: draft.file.text("centre.name"),
                gmina: draft.file.text("centre.gmina"),
                projects: draft.project_keys.len(),
                saved_on,
            })
        })
        .collect();
    kept.sort_by(|a, b| b.saved_on.cmp(&a.saved_on).then_with(|| a.key.cmp(&b.key)));
    kept
}

fn saved_on_text(day: &str, l: Locale) -> String {
    match day.parse::<chrono::NaiveDate>() {
        Ok(day) => crate::dates::format_long(day, l),
        Err(_) => day.to_string(),
    }
}

/// Why a draft could not be started or a file opened, as the page says it.
fn save_message(problem: SaveProblem, l: Locale) -> String {
    match problem {
        SaveProblem::Full => t::editor_storage_full(l).to_string(),
        SaveProblem::Unavailable => t::editor_storage_unavailable(l).to_string(),
        SaveProblem::Changed => t::editor_changed_elsewhere(l).to_string(),
    }
}

fn start_with(draft: Draft, teryt: &str, error: RwSignal<Option<String>>, l: Locale) {
    match keep_new(draft, teryt) {
        Ok(key) => go(&Route::EditorCentre(key).link(), false),
        Err(problem) => error.set(Some(save_message(problem, l))),
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let l = use_locale().get_untracked();
    use_page_title(move || t::editor_title(l).to_string());
    // Nothing is open on the first page.
    use_editing().draft.set(None);
    let kept = kept_drafts();
    let chosen = RwSignal::new(None::<Picked>);
    let typed = RwSignal::new(String::new());
    let gmina_error = RwSignal::new(None::<String>);
    // What became of opening or starting a gmina's file, said below the buttons (the picker shows the
    // chosen gmina in place of its field, so not at the field).
    let gmina_note = RwSignal::new(None::<String>);
    let file_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        if chosen.with(Option::is_some) {
            gmina_error.set(None);
        }
    });

    let new_for_gmina = move |_| {
        let Some(picked) = chosen.get_untracked() else {
            gmina_error.set(Some(t::editor_pick_gmina(l).to_string()));
            return;
        };
        let Remote::Ready(places) = places() else { return };
        let Some(found) = places.gmina(&picked.code) else { return };
        let draft = Draft::for_gmina(&found.gmina.name, &found.gmina.code, &found.voivodeship.name);
        start_with(draft, &picked.code, gmina_note, l);
    };
    let from_catalogue = move |_| {
        let Some(picked) = chosen.get_untracked() else {
            gmina_error.set(Some(t::editor_pick_gmina(l).to_string()));
            return;
        };
        busy.set(true);
        gmina_note.set(None);
        #[cfg(not(feature = "ssr"))]
        spawn_local(async move {
            let result = catalogue_file(&picked.code).await;
            busy.set(false);
            match result {
                Some(text) => match Draft::open(&text) {
                    Ok(draft) => start_with(draft, &picked.code, gmina_note, l),
                    Err(_) => gmina_note.set(Some(t::editor_catalogue_failed(l).to_string())),
                },
                None => gmina_note.set(Some(t::editor_no_centre_file(l, &picked.name))),
            }
        });
        #[cfg(feature = "ssr")]
        let _ = picked;
    };
    let drafts = (!kept.is_empty()).then(|| drafts_section(kept, l));

    view! {
        <h1>{t::editor_title(l)}</h1>
        <p class="lead">{t::editor_intro(l)}</p>
        <p>{t::editor_offline(l)}</p>
        {drafts}
        <section aria-labelledby="gmina-title">
            <h2 id="gmina-title">{t::editor_by_gmina(l)}</h2>
            <GminaPicker id="editor-gmina" label=t::editor_gmina_label(l) chosen typed
                error=Signal::derive(move || gmina_error.get()) disabled=Signal::derive(move || busy.get())/>
            <div class="button-group">
                <button type="button" class="button" on:click=from_catalogue disabled=move || busy.get()>{t::editor_open_catalogue(l)}</button>
                <button type="button" class="button button-secondary" on:click=new_for_gmina disabled=move || busy.get()>{t::editor_new_file(l)}</button>
            </div>
            <div role="status" id="editor-gmina-note">
                {move || gmina_note.get().map(|note| view! { <p class="error-box">{note}</p> })}
            </div>
        </section>
        {file_section(file_error, l)}
    }
}

/// The drafts kept on this device, each a link to its centre's page.
fn drafts_section(kept: Vec<Kept>, l: Locale) -> impl IntoView {
    view! {
        <section aria-labelledby="drafts-title">
            <h2 id="drafts-title">{t::editor_drafts(l)}</h2>
            <ul class="draft-list">
                {kept.into_iter().map(|k| {
                    let name = if k.centre.is_empty() { t::editor_unnamed_centre(l).to_string() } else { k.centre.clone() };
                    view! {
                        <li>
                            <a href=Route::EditorCentre(k.key.clone()).link() lang="pl">{name}</a>
                            " "
                            <span class="hint">{t::editor_draft_line(l, t::EditorDraftLine { gmina: &k.gmina, projects: &k.projects, saved_on: &saved_on_text(&k.saved_on, l) })}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A centre's file opened from the device: read, checked, and kept as a draft; what is wrong with it
/// said at the field.
fn file_section(file_error: RwSignal<Option<String>>, l: Locale) -> impl IntoView {
    let open_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        file_error.set(None);
        #[cfg(not(feature = "ssr"))]
        spawn_local(async move {
            use crate::editor::draft::OpenError;
            use crate::ui::docs::file::{read_chosen, ReadFile};
            let message = match read_chosen(&input, MAX_FILE).await {
                None => return,
                Some(ReadFile::TooLarge(_)) => t::editor_file_too_large(l).to_string(),
                Some(ReadFile::Failed) => t::editor_file_unreadable(l).to_string(),
                Some(ReadFile::Bytes(bytes)) => {
                    match String::from_utf8(bytes).map_err(|_| None).and_then(|text| Draft::open(&text).map_err(Some)) {
                        Ok(draft) => {
                            let teryt = draft.file.text("centre.teryt");
                            let teryt = if teryt.is_empty() { "plik".to_string() } else { teryt };
                            return start_with(draft, &teryt, file_error, l);
                        }
                        Err(Some(OpenError::Syntax { line, column })) => {
                            t::editor_file_syntax(l, t::EditorFileSyntax { line: &line, column: &column })
                        }
                        Err(Some(OpenError::NotACentreFile)) => t::editor_file_not_centre(l).to_string(),
                        Err(None) => t::editor_file_unreadable(l).to_string(),
                    }
                }
            };
            file_error.set(Some(message));
        });
        #[cfg(feature = "ssr")]
        let _ = input;
    };

    view! {
        <section aria-labelledby="file-title">
            <h2 id="file-title">{t::editor_from_device(l)}</h2>
            <Field id="editor-file" label=t::editor_file_label(l) hint=Some(t::editor_file_hint(l))
                error=Signal::derive(move || file_error.get())
                input=move |a: InputAttrs| view! {
                    <input id=a.id type="file" accept=".json,application/json" aria-describedby=a.described_by
                        aria-invalid=a.invalid on:change=open_file/>
                }/>
        </section>
    }
}

/// The catalogue's current file of the centre serving the gmina `code`, if the catalogue has one.
#[cfg(not(feature = "ssr"))]
async fn catalogue_file(code: &str) -> Option<String> {
    use crate::ui::host::{read_text, start_fetch};
    use crate::ui::load::CATALOGUE_URL;
    let index_text = read_text(start_fetch(&format!("{CATALOGUE_URL}{}", crate::catalogue::INDEX_FILE))).await?;
    let index = crate::catalogue::validate::parse_index(crate::catalogue::INDEX_FILE, &index_text).ok()?;
    let entry = index.centres.iter().find(|c| c.teryt == code)?;
    read_text(start_fetch(&format!("{CATALOGUE_URL}{}", entry.file))).await
}
