//! The checked file: to download or copy, with what to do with it. A file with problems is not given:
//! the page lists them, each linked to its field.

use leptos::prelude::*;

use super::centre::{not_open, ProblemSummary};
use super::state::{file_name, open, problems, use_editing};
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

#[component]
pub fn FilePage(draft: String) -> impl IntoView {
    let l = use_locale().get_untracked();
    open(&draft);
    let editing = use_editing();
    use_page_title(move || t::editor_file_title(l).to_string());
    if editing.draft.with_untracked(Option::is_none) {
        return not_open(editing.opened.get_untracked(), l);
    }
    let all = problems();
    let text = move || editing.draft.with(|d| d.as_ref().map(|d| d.text()).unwrap_or_default());
    let name = move || editing.draft.with(|d| d.as_ref().map(file_name).unwrap_or_default());
    let download = move |_| {
        #[cfg(not(feature = "ssr"))]
        crate::ui::docs::file::download(&name(), &text(), "application/json");
    };
    let select_all = |_| {
        if let Some(area) = document().get_element_by_id("file-text") {
            if let Ok(select) = js_sys::Reflect::get(&area, &"select".into()) {
                let _ = js_sys::Function::from(select).call0(&area);
            }
        }
    };
    let centre = Route::EditorCentre(draft.clone());
    view! {
        <p><a href=centre.link() class="back-link">{t::editor_back_to_centre(l)}</a></p>
        <h1>{t::editor_file_title(l)}</h1>
        <ProblemSummary only=None/>
        {move || all.with(Vec::is_empty).then(|| view! {
            <section aria-labelledby="file-ready">
                <h2 id="file-ready">{t::editor_file_ready(l)} " " <code>{name()}</code></h2>
                <div class="button-group">
                    <button type="button" class="button" on:click=download>{t::editor_download(l)}</button>
                    <button type="button" class="button button-secondary" on:click=select_all>{t::editor_select_all(l)}</button>
                </div>
                <label for="file-text">{t::editor_file_text(l)}</label>
                <textarea id="file-text" class="file-text" rows="12" readonly spellcheck="false" lang="pl" prop:value=text></textarea>
                <h2>{t::editor_next_steps(l)}</h2>
                <ol class="steps">
                    <li>{t::editor_step_send(l)}</li>
                    <li>{t::editor_step_index(l)}</li>
                    <li>{t::editor_step_check(l)}</li>
                </ol>
            </section>
        })}
    }
    .into_any()
}
