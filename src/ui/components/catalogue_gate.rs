use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::Loaded;
use crate::i18n::t;
use crate::ui::context::{use_catalogue, use_locale, CatalogueState};

/// Shows loading or failure, then the page body once the catalogue is here. Files with problems are
/// listed (file, field, what is wrong) above the page; the rest of the catalogue still shows.
///
/// The body is boxed and returns a type-erased view, so one copy of this code serves every page
/// (generic, it was compiled once per page).
pub fn with_catalogue<V: IntoView + 'static>(body: impl Fn(Arc<Loaded>) -> V + Send + Sync + 'static) -> impl IntoView {
    gate(Box::new(move |loaded| body(loaded).into_any()))
}

fn gate(body: Box<dyn Fn(Arc<Loaded>) -> AnyView + Send + Sync>) -> impl IntoView {
    let state = use_catalogue();
    let locale = use_locale();
    move || match state.get() {
        CatalogueState::Loading => view! { <p class="loading" role="status">{t::loading(locale.get())}</p> }.into_any(),
        CatalogueState::Failed => {
            view! { <p class="error-box" role="alert">{t::load_failed(locale.get())}</p> }.into_any()
        }
        CatalogueState::Ready(loaded) => {
            let issues = (!loaded.issues.is_empty()).then(|| {
                let l = locale.get();
                view! {
                    <section class="error-box" aria-labelledby="catalogue-issues">
                        <h2 id="catalogue-issues">{t::catalogue_issues_title(l)}</h2>
                        <p>{t::catalogue_issues_intro(l)}</p>
                        <ul>{loaded.issues.iter().map(|i| view! { <li><code>{i.describe(l)}</code></li> }).collect_view()}</ul>
                    </section>
                }
            });
            view! { {issues} {body(loaded)} }.into_any()
        }
    }
}
