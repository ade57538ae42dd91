//! A project of the draft as residents will see it once the file is in the catalogue: its card in a
//! list and its page, drawn by the catalogue's own components from the draft read as the app reads a
//! catalogue file; then "try it" with a sample household. Links in the preview lead nowhere yet.

use std::sync::Arc;

use leptos::prelude::*;

use super::centre::{not_open, ProblemSummary};
use super::state::{file_name, open, titled_project, use_editing};
use super::try_it::TryIt;
use crate::editor::sample::preview;
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::offer::funding_text;
use crate::ui::components::project_card::ProjectCard;
use crate::ui::context::{status_on, use_locale};
use crate::ui::nav::Link;

/// Keeps a click on a link inside the preview from leaving the editor: the project is not in the
/// catalogue yet.
fn stay(ev: leptos::ev::MouseEvent) {
    let in_link = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|el| el.closest("a").ok().flatten())
        .is_some();
    if in_link {
        ev.prevent_default();
    }
}

#[component]
pub fn PreviewPage(draft: String, project: u32) -> impl IntoView {
    let l = use_locale().get_untracked();
    open(&draft);
    let editing = use_editing();
    let (at, heading) =
        titled_project(project, t::editor_preview_title, |l, title| t::editor_preview_title_of(l, title));
    let Some(i) = at else {
        return not_open(editing.opened.get_untracked(), l);
    };
    let back = Route::EditorProject { draft: draft.clone(), project };
    let (programmes, _) = crate::ui::load::built_in_programmes();
    let built = editing.draft.with_untracked(|d| d.as_ref().map(|d| preview(d, &file_name(d), &programmes, i)));
    let params = LocalResource::new(crate::ui::load::load_parameters);
    let body = match built {
        Some(Ok((loaded, entry))) => {
            let loaded = Arc::new(loaded);
            let e = loaded.catalogue.entries[entry].clone();
            let centre = loaded.catalogue.centre_of(&e).clone();
            let status = status_on(&e.project, crate::ui::context::today());
            let funding = funding_text(&e.project, &loaded.catalogue.programmes, l);
            let kinds: Vec<crate::rules::CriterionCode> =
                crate::rules::eligibility_of(&e, &loaded.catalogue.programmes)
                    .ok()
                    .flatten()
                    .map(|rules| rules.all_criteria().iter().map(|c| c.kind.code()).collect())
                    .unwrap_or_default();
            let page = crate::ui::pages::project::project_view(loaded.clone(), e.clone(), l);
            let try_it = move || {
                params.get().map(|p| {
                    let (loaded, kinds) = (loaded.clone(), kinds.clone());
                    view! { <TryIt loaded entry kinds params=p.ok() l/> }
                })
            };
            view! {
                <section aria-labelledby="preview-card">
                    <h2 id="preview-card">{t::editor_preview_card(l)}</h2>
                    <div class="preview-frame" on:click=stay><ul class="cards">
                        <ProjectCard entry=e centre status funding/>
                    </ul></div>
                </section>
                <section aria-labelledby="preview-page">
                    <h2 id="preview-page">{t::editor_preview_page(l)}</h2>
                    <div class="preview-frame" on:click=stay>{page}</div>
                </section>
                {try_it}
            }
            .into_any()
        }
        _ => view! {
            <p class="error-box">{t::editor_preview_unreadable(l)}</p>
            <ProblemSummary only=Some(format!("projects[{i}]"))/>
        }
        .into_any(),
    };
    view! {
        <p><a href=back.link() class="back-link">{t::editor_back_to_project(l)}</a></p>
        <h1>{move || heading.get()}</h1>
        <p>{t::editor_preview_intro(l)}</p>
        {body}
        <p><a class="button" href=back.link()>{t::editor_back_to_project(l)}</a></p>
    }
    .into_any()
}
