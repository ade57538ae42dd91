//! What the checker reads and what it works out from it, shared by its pages, the documents and the
//! device settings: the catalogue with each project's rules and the parameters, the verdicts for the
//! answers so far, and the order of the questions.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::state::{CheckCtx, CheckState};
use crate::catalogue::{Entry, Loaded};
use crate::i18n::t;
use crate::parameters::ParametersFile;
use crate::problem::Issue;
use crate::route::Route;
use crate::rules::{evaluate, rank, Eligibility, ProjectVerdict};
use crate::ui::context::{today, use_locale};
use crate::ui::load::CatalogueState;
use crate::ui::nav::Link;

/// Everything the checker reads: the catalogue, each project's rules, the dated parameters.
pub struct CheckData {
    pub loaded: Arc<Loaded>,
    pub rules: HashMap<String, Eligibility>,
    /// Problems in rules or parameters, shown and never hidden; the affected projects say "no rules".
    pub issues: Vec<Issue>,
    pub params: Option<ParametersFile>,
}

impl CheckData {
    pub fn rules_of(&self, entry: &Entry) -> Option<&Eligibility> {
        self.rules.get(&entry.project.id)
    }
}

#[derive(Clone)]
pub enum DataState {
    Loading,
    Failed,
    Ready(Arc<CheckData>),
}

#[derive(Clone, Copy)]
pub struct DataCtx(pub RwSignal<DataState>);

pub fn use_data() -> RwSignal<DataState> {
    expect_context::<DataCtx>().0
}

#[cfg(not(feature = "ssr"))]
pub(super) async fn load_all() -> DataState {
    let CatalogueState::Ready(loaded) =
        crate::ui::load::load_catalogue(crate::catalogue::validate::parse_centre_file).await
    else {
        return DataState::Failed;
    };
    assemble(loaded, crate::ui::load::load_parameters().await)
}

/// At build time, for the start pages and the accessibility statement (its centres' contacts), which
/// are written as they show with the data (they come to life with the islands bundle,
/// `ui::islands`); the other pages are written as they first show, before the checker app has read
/// its data.
#[cfg(feature = "ssr")]
pub(super) fn data_at_build() -> DataState {
    let start = matches!(crate::ui::host::url().checker_route(), Some(Route::CheckStart(_) | Route::Accessibility));
    let Some(CatalogueState::Ready(loaded)) = start.then(crate::ui::load::whole_catalogue_now).flatten() else {
        return DataState::Loading;
    };
    let file = crate::parameters::PARAMETERS_FILE;
    let name = crate::ui::load::catalogue_data_file(file);
    thread_local! {
        // Assembled once for all the pages: every project's rules, for each of the national
        // catalogue's 24,790 start pages, took the page writer from a minute to over a quarter of an
        // hour (measured by `make bench`).
        static ASSEMBLED: std::cell::OnceCell<DataState> = const { std::cell::OnceCell::new() };
    }
    ASSEMBLED.with(|a| {
        a.get_or_init(|| {
            let params = match crate::ui::host::data_file(&name) {
                Some(Some(text)) => crate::parameters::parse_parameters(file, &text),
                _ => Err(vec![Issue::new(file, "", crate::problem::Problem::FileMissing)]),
            };
            assemble(loaded, params)
        })
        .clone()
    })
}

/// Every project's rules read from the catalogue, with the parameters; problems kept to be shown.
fn assemble(loaded: Arc<Loaded>, params: Result<ParametersFile, Vec<Issue>>) -> DataState {
    let mut issues = Vec::new();
    let mut rules = HashMap::new();
    for entry in &loaded.catalogue.entries {
        match crate::rules::eligibility_of(entry, &loaded.catalogue.programmes) {
            Ok(Some(e)) => {
                rules.insert(entry.project.id.clone(), e);
            }
            Ok(None) => {}
            Err(found) => issues.extend(found),
        }
    }
    let params = params.map_err(|found| issues.extend(found)).ok();
    DataState::Ready(Arc::new(CheckData { loaded, rules, issues, params }))
}

/// The chosen projects' verdicts for the answers so far, best first: computed once per change of the
/// answers or the data, and passed on to the results and the declaration form.
#[derive(Clone, Default)]
pub struct SharedVerdicts(pub Arc<Vec<ProjectVerdict>>);

/// Every computation gives a new list: compared by identity, so no code compares verdicts field by field.
impl PartialEq for SharedVerdicts {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Copy)]
pub struct Verdicts(pub Memo<SharedVerdicts>);

pub fn use_verdicts() -> Memo<SharedVerdicts> {
    expect_context::<Verdicts>().0
}

pub(super) fn provide_verdicts(data: RwSignal<DataState>, check: CheckCtx) {
    let verdicts = Memo::new(move |_| {
        let DataState::Ready(d) = data.get() else { return SharedVerdicts::default() };
        let state = check.state.get();
        let Some(params) = &d.params else { return SharedVerdicts::default() };
        let day = state.as_of.map(|p| p.first_day()).unwrap_or_else(today);
        let mut found: Vec<ProjectVerdict> =
            chosen(&d, &state).into_iter().map(|e| evaluate(e, d.rules_of(e), &state.household, params, day)).collect();
        rank(&mut found);
        SharedVerdicts(Arc::new(found))
    });
    provide_context(Verdicts(verdicts));
}

/// The projects being checked: those chosen, or every project.
pub fn chosen<'a>(d: &'a CheckData, state: &CheckState) -> Vec<&'a Entry> {
    let all = &d.loaded.catalogue.entries;
    if state.projects.is_empty() {
        all.iter().collect()
    } else {
        all.iter().filter(|e| state.projects.contains(&e.project.id)).collect()
    }
}

/// The questions for the chosen projects and the answers so far.
pub fn question_list(d: &CheckData, state: &CheckState) -> Vec<crate::questionnaire::Question> {
    crate::questionnaire::questions(chosen(d, state).into_iter().filter_map(|e| d.rules_of(e)), &state.household)
}

/// Where a question's "Dalej" leads: the next question, or "check your answers".
pub fn after(d: &CheckData, state: &CheckState, current: crate::questionnaire::Question) -> String {
    match crate::questionnaire::next(&question_list(d, state), current) {
        Some(question) => Route::Question { question, changing: false }.link(),
        None => Route::Answers.link(),
    }
}

/// Shows loading or failure, then the page once the data is here.
pub fn with_data<V: IntoView + 'static>(body: impl Fn(Arc<CheckData>) -> V + Send + Sync + 'static) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    move || match data.get() {
        DataState::Loading => view! { <p class="loading" role="status">{t::loading(locale.get())}</p> }.into_any(),
        DataState::Failed => view! { <p class="error-box" role="alert">{t::load_failed(locale.get())}</p> }.into_any(),
        DataState::Ready(d) => {
            let l = locale.get();
            let issues = (!d.issues.is_empty() || !d.loaded.issues.is_empty()).then(|| {
                view! {
                    <section class="error-box" aria-labelledby="data-issues">
                        <h2 id="data-issues">{t::catalogue_issues_title(l)}</h2>
                        <ul>{d.loaded.issues.iter().chain(d.issues.iter()).map(|i| view! { <li><code>{i.describe(l)}</code></li> }).collect_view()}</ul>
                    </section>
                }
            });
            view! { {issues} {body(d)} }.into_any()
        }
    }
}
