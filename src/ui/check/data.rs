//! What the checker reads and what it works out from it, shared by its pages, the documents and the
//! device settings: the part of the catalogue a page needs with each project's rules, the parameters,
//! the verdicts for the answers so far, and the order of the questions.
//!
//! A check reads only what its answers point at: a check of one project that project's part of the
//! catalogue (its powiat's file, found through its locator file), a general check the projects open to
//! the residents of the gmina's powiat once the gmina is answered, and nothing before. The whole
//! catalogue is read only by the pages that list every centre or any declaration's project (the
//! documents, the device settings, the accessibility statement), as they are opened.

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
use crate::ui::data::{catalogue_part, Part, Remote};
use crate::ui::nav::Link;

/// Everything the checker reads for a page: its part of the catalogue, each project's rules, the dated
/// parameters.
pub struct CheckData {
    pub loaded: Arc<Loaded>,
    pub rules: HashMap<String, Eligibility>,
    /// Problems in rules or parameters, shown and never hidden; the affected projects say "no rules".
    pub issues: Vec<Issue>,
    pub params: Option<ParametersFile>,
    /// The projects of the gmina's powiat could not be read (offline, never opened here): the act's
    /// benefits are still checked, and the page says the projects are missing.
    pub projects_missing: bool,
    /// The districts with a centre of their own in the gmina's powiat (Warszawa's), for a general check.
    pub districts: Vec<crate::directory::District>,
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

/// Compared by identity: the same part assembled once is the same data, so no page is drawn again
/// for it.
impl PartialEq for DataState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (DataState::Ready(a), DataState::Ready(b)) => Arc::ptr_eq(a, b),
            (DataState::Loading, DataState::Loading) | (DataState::Failed, DataState::Failed) => true,
            _ => false,
        }
    }
}

type Params = Result<ParametersFile, Vec<Issue>>;

#[derive(Clone, Copy)]
pub struct DataCtx {
    /// `None` until the parameters file has been read.
    params: RwSignal<Option<Params>>,
    /// Each part assembled once, with its rules, for the rest of the visit.
    assembled: StoredValue<Vec<(Option<Part>, Arc<CheckData>)>>,
    /// The part the check under way reads.
    check: Memo<Option<Part>>,
}

/// The part of the catalogue a check reads: the one project's, else the gmina's powiat's, else none.
pub fn check_part(state: &CheckState) -> Option<Part> {
    match state.projects.as_slice() {
        [one] => Some(Part::Project(one.clone())),
        _ => state.household.gmina_code.as_deref().map(|code| Part::Powiat(crate::places::powiat_of(code).to_string())),
    }
}

/// Provides what the checker reads: the parameters, read once (at build time from the files beside
/// the build, in the browser fetched at the start), and the parts as pages ask for them.
pub fn provide_data(check: CheckCtx) {
    let params = RwSignal::new(None);
    #[cfg(feature = "ssr")]
    params.set(Some(params_at_build()));
    #[cfg(not(feature = "ssr"))]
    leptos::task::spawn_local(async move { params.set(Some(crate::ui::load::load_parameters().await)) });
    let part = Memo::new(move |_| check.state.with(check_part));
    provide_context(DataCtx { params, assembled: StoredValue::new(Vec::new()), check: part });
}

#[cfg(feature = "ssr")]
fn params_at_build() -> Params {
    let file = crate::parameters::PARAMETERS_FILE;
    match crate::ui::host::data_file(&crate::ui::load::catalogue_data_file(file)) {
        Some(Some(text)) => crate::parameters::parse_parameters(file, &text),
        _ => Err(vec![Issue::new(file, "", crate::problem::Problem::FileMissing)]),
    }
}

/// The data of the check under way. Reactive.
pub fn check_data() -> DataState {
    let ctx = expect_context::<DataCtx>();
    data_of(ctx.check.get())
}

/// The data of `part` (`None`: no catalogue, the act's benefits only). Reactive until it is ready.
pub fn data_of(part: Option<Part>) -> DataState {
    let ctx = expect_context::<DataCtx>();
    // At build time only the start pages and the accessibility statement are written with data (they
    // come to life with the islands bundle, `ui::islands`); the others as they first show, before the
    // checker app has read its data.
    #[cfg(feature = "ssr")]
    if !matches!(crate::ui::host::url().checker_route(), Some(Route::CheckStart(_) | Route::Accessibility)) {
        return DataState::Loading;
    }
    if let Some(found) = ctx.assembled.with_value(|a| a.iter().find(|(p, _)| *p == part).map(|(_, d)| d.clone())) {
        return DataState::Ready(found);
    }
    let Some(params) = ctx.params.get() else { return DataState::Loading };
    let (loaded, projects_missing) = match &part {
        None => (Arc::new(Loaded::default()), false),
        Some(p) => match catalogue_part(p) {
            Remote::Loading => return DataState::Loading,
            Remote::Ready(loaded) => (loaded, false),
            // A general check goes on with the act's benefits; anything else needs its project.
            Remote::Unavailable | Remote::Broken(_) if matches!(p, Part::Powiat(_)) => {
                (Arc::new(Loaded::default()), true)
            }
            Remote::Unavailable | Remote::Broken(_) => return DataState::Failed,
        },
    };
    // The powiat's file is here once its part is (or could not come: no districts then).
    let districts = match &part {
        Some(Part::Powiat(code)) => match crate::ui::data::powiat(code) {
            Remote::Ready(file) => file.districts.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let data = assembled_once(&part, loaded, params, projects_missing, districts);
    ctx.assembled.update_value(|a| a.push((part, data.clone())));
    DataState::Ready(data)
}

/// Assembled once for all the pages at build time: every project's rules, for each of the national
/// catalogue's 24,790 start pages, took the page writer from a minute to over a quarter of an hour
/// (measured by `make bench`).
fn assembled_once(
    part: &Option<Part>,
    loaded: Arc<Loaded>,
    params: Params,
    missing: bool,
    districts: Vec<crate::directory::District>,
) -> Arc<CheckData> {
    #[cfg(feature = "ssr")]
    {
        thread_local! {
            static ASSEMBLED: std::cell::RefCell<Vec<(Option<Part>, Arc<CheckData>)>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        if let Some(found) = ASSEMBLED.with(|a| a.borrow().iter().find(|(p, _)| p == part).map(|(_, d)| d.clone())) {
            return found;
        }
        let data = assemble(loaded, params, missing, districts);
        ASSEMBLED.with(|a| a.borrow_mut().push((part.clone(), data.clone())));
        data
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = part;
        assemble(loaded, params, missing, districts)
    }
}

/// Every project's rules read from the part, with the parameters; problems kept to be shown.
fn assemble(
    loaded: Arc<Loaded>,
    params: Params,
    projects_missing: bool,
    districts: Vec<crate::directory::District>,
) -> Arc<CheckData> {
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
    Arc::new(CheckData { loaded, rules, issues, params, projects_missing, districts })
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

pub(super) fn provide_verdicts(check: CheckCtx) {
    let verdicts = Memo::new(move |_| {
        let DataState::Ready(d) = check_data() else { return SharedVerdicts::default() };
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

/// The questions for the chosen projects and the answers so far; a general check (no project chosen)
/// checks the act's benefits too.
pub fn question_list(d: &CheckData, state: &CheckState) -> Vec<crate::questionnaire::Question> {
    let rules = chosen(d, state).into_iter().filter_map(|e| d.rules_of(e));
    if with_benefits(state) {
        crate::questionnaire::questions_with_benefits(rules, &d.districts, &state.household)
    } else {
        crate::questionnaire::questions(rules, &state.household)
    }
}

/// Whether the act's benefits are checked: in a general check, not in one started from a project.
pub fn with_benefits(state: &CheckState) -> bool {
    state.projects.is_empty()
}

/// Where a question's "Dalej" leads: the next question, or "check your answers".
pub fn after(d: &CheckData, state: &CheckState, current: crate::questionnaire::Question) -> String {
    match crate::questionnaire::next(&question_list(d, state), current) {
        Some(question) => Route::Question { question, changing: false }.link(),
        None => Route::Answers.link(),
    }
}

/// Shows loading or failure, then the page once the data of the check under way is here.
pub fn with_data<V: IntoView + 'static>(body: impl Fn(Arc<CheckData>) -> V + Send + Sync + 'static) -> impl IntoView {
    let data = Memo::new(move |_| check_data());
    showing(data, body)
}

/// The same for the data of `part`: a start page's project, or the whole catalogue.
pub fn with_data_of<V: IntoView + 'static>(
    part: Option<Part>,
    body: impl Fn(Arc<CheckData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = Memo::new(move |_| data_of(part.clone()));
    showing(data, body)
}

fn showing<V: IntoView + 'static>(
    data: Memo<DataState>,
    body: impl Fn(Arc<CheckData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
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
            let missing =
                d.projects_missing.then(|| view! { <p class="note" role="status">{t::check_projects_missing(l)}</p> });
            view! { {issues} {missing} {body(d)} }.into_any()
        }
    }
}
