//! The checker's answers: kept in a signal at the root, saved to the device on every change, restored
//! on reload, cleared in one step.

use leptos::prelude::*;

use crate::dates::PartialDate;
pub use crate::saved::CheckState;
use crate::saved::{migrate_answers, SavedAnswers, ANSWERS_SCHEMA};
use crate::ui::context::today;
use crate::ui::notice::NoticeCtx;
use crate::ui::storage::{self, SaveProblem, ANSWERS};

#[derive(Clone, Copy)]
pub struct CheckCtx {
    pub state: RwSignal<CheckState>,
    /// The day the answers were last saved (`None` before schema 2 or when nothing is saved).
    pub saved_on: RwSignal<Option<PartialDate>>,
}

pub fn use_check() -> CheckCtx {
    expect_context::<CheckCtx>()
}

pub fn provide_check_state(notices: NoticeCtx) {
    let (initial, saved_on) = match storage::load::<SavedAnswers>(ANSWERS, ANSWERS_SCHEMA, migrate_answers) {
        Ok(Some(saved)) => (saved.state, saved.saved_on),
        Ok(None) => (CheckState::default(), None),
        Err(problem) => {
            notices.load_problem(problem);
            (CheckState::default(), None)
        }
    };
    let state = RwSignal::new(initial);
    let saved_on = RwSignal::new(saved_on);
    // The answers as the device now has them (another tab changed them): shown, not saved again.
    let reloading = StoredValue::new(false);
    let reload = move || {
        let (now, day) = match storage::load::<SavedAnswers>(ANSWERS, ANSWERS_SCHEMA, migrate_answers) {
            Ok(Some(saved)) => (saved.state, saved.saved_on),
            _ => (CheckState::default(), None),
        };
        reloading.set_value(true);
        state.set(now);
        saved_on.set(day);
    };
    storage::on_change(move |key| {
        if key == ANSWERS {
            reload();
        }
    });
    // Effects exist to sync with the outside world: here, the device's storage.
    Effect::new(move |first: Option<()>| {
        let current = state.get();
        if reloading.get_value() {
            reloading.set_value(false);
            return;
        }
        // Nothing answered is nothing to keep: no key at all rather than an empty value.
        if current == CheckState::default() {
            storage::remove(ANSWERS);
            return;
        }
        // Loading is not a change: the stored value (and its day) stays as it is.
        if first.is_none() {
            return;
        }
        let day = PartialDate::Day(today());
        match storage::save(ANSWERS, ANSWERS_SCHEMA, &SavedAnswers { state: current, saved_on: Some(day) }) {
            Ok(()) => saved_on.set(Some(day)),
            // Newer answers from another tab win: shown, and this tab's last change said to be lost.
            Err(SaveProblem::Changed) => {
                notices.save_problem(SaveProblem::Changed);
                reload();
            }
            Err(problem) => notices.save_problem(problem),
        }
    });
    provide_context(CheckCtx { state, saved_on });
}

/// Answers saved before gmina codes were kept name the gmina only: once the gmina index has arrived the
/// name gets its code, or, when two gminas share it (Konopnica), the question is asked again.
pub fn resolve_stored_gmina(ctx: CheckCtx) {
    let by_name_only = |s: &CheckState| s.household.gmina.is_some() && s.household.gmina_code.is_none();
    if !ctx.state.with_untracked(by_name_only) {
        return;
    }
    Effect::new(move |_| {
        if let crate::ui::data::Remote::Ready(places) = crate::ui::data::places() {
            ctx.state.update(|s| {
                s.resolve_gmina(&places);
            });
        }
    });
}

/// Clears every answer, on the device too.
pub fn clear_answers(ctx: CheckCtx) {
    ctx.state.set(CheckState::default());
    ctx.saved_on.set(None);
    storage::remove(ANSWERS);
}

/// Where "back" from the first question leads: the start page the person came from.
pub fn start_route(state: &CheckState) -> crate::route::Route {
    match state.projects.as_slice() {
        [one] => crate::route::Route::CheckStart(Some(one.clone())),
        _ => crate::route::Route::CheckStart(None),
    }
}
