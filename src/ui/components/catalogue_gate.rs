use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::Loaded;
use crate::i18n::t;
use crate::ui::context::use_locale;
use crate::ui::data::{catalogue_part, whole_catalogue, Part, Remote};

/// Shows loading or failure, then the page body once the whole catalogue is here (the list of every
/// project). Files with problems are listed (file, field, what is wrong) above the page; the rest of
/// the catalogue still shows.
pub fn with_catalogue<V: IntoView + 'static>(body: impl Fn(Arc<Loaded>) -> V + Send + Sync + 'static) -> impl IntoView {
    gate(false, Box::new(whole_catalogue), Box::new(move |loaded| body(loaded).into_any()))
}

/// The same for the part of the catalogue a page needs: a powiat's projects, or the part holding one
/// project or centre.
///
/// The body is boxed and returns a type-erased view, so one copy of this code serves every page
/// (generic, it was compiled once per page).
pub fn with_catalogue_part<V: IntoView + 'static>(
    part: Part,
    body: impl Fn(Arc<Loaded>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    // A project's or centre's page is all about the item: when its part cannot come (offline, never
    // opened before), the page still has a heading that says so.
    let whole_page = matches!(part, Part::Project(_) | Part::Centre(_));
    gate(whole_page, Box::new(move || catalogue_part(&part)), Box::new(move |loaded| body(loaded).into_any()))
}

type Source = Box<dyn Fn() -> Remote<Loaded> + Send + Sync>;

fn gate(whole_page: bool, source: Source, body: Box<dyn Fn(Arc<Loaded>) -> AnyView + Send + Sync>) -> impl IntoView {
    let locale = use_locale();
    move || match source() {
        Remote::Loading => view! { <p class="loading" role="status">{t::loading(locale.get())}</p> }.into_any(),
        Remote::Unavailable => view! {
            {whole_page.then(|| view! { <h1>{t::page_unavailable_title(locale.get())}</h1> })}
            <p class="error-box" role="alert">{t::load_failed(locale.get())}</p>
        }
        .into_any(),
        Remote::Broken(issue) => view! {
            <p class="error-box" role="alert">{t::places_broken(locale.get())}" "<code>{issue}</code></p>
        }
        .into_any(),
        Remote::Ready(loaded) => {
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
