//! The checker's answers: kept in a signal at the root, saved to the device on every change, restored
//! on reload, cleared in one step.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::household::Household;
use crate::questionnaire::Question;
use crate::ui::storage::{self, LoadProblem, SaveProblem, ANSWERS, ANSWERS_SCHEMA};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckState {
    /// The projects being checked; empty means every project in the catalogue.
    pub projects: Vec<String>,
    pub household: Household,
    /// Questions answered so far (slugs), for "check your answers" and progress.
    pub answered: Vec<String>,
    /// The day to check for (staff); `None` is today.
    pub as_of: Option<PartialDate>,
}

impl Default for CheckState {
    fn default() -> Self {
        CheckState { projects: Vec::new(), household: Household::new(), answered: Vec::new(), as_of: None }
    }
}

impl CheckState {
    pub fn is_answered(&self, q: Question) -> bool {
        self.answered.iter().any(|s| s == q.slug())
    }

    pub fn mark_answered(&mut self, q: Question) {
        if !self.is_answered(q) {
            self.answered.push(q.slug().to_string());
        }
    }
}

/// What the storage said, for a notice on the start page.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageNote {
    Fine,
    NotKept,
    Full,
    MovedAside(String),
}

#[derive(Clone, Copy)]
pub struct CheckCtx {
    pub state: RwSignal<CheckState>,
    pub note: RwSignal<StorageNote>,
}

pub fn use_check() -> CheckCtx {
    expect_context::<CheckCtx>()
}

pub fn provide_check_state() {
    let (initial, note) = match storage::load::<CheckState>(ANSWERS, ANSWERS_SCHEMA) {
        Ok(saved) => (saved.unwrap_or_default(), StorageNote::Fine),
        Err(LoadProblem::Unavailable) => (CheckState::default(), StorageNote::NotKept),
        Err(LoadProblem::Damaged { moved_to }) => (CheckState::default(), StorageNote::MovedAside(moved_to)),
    };
    let state = RwSignal::new(initial);
    let note = RwSignal::new(note);
    // Effects exist to sync with the outside world: here, the device's storage.
    Effect::new(move |_| {
        let current = state.get();
        // Nothing answered is nothing to keep: no key at all rather than an empty value.
        if current == CheckState::default() {
            storage::remove(ANSWERS);
            return;
        }
        match storage::save(ANSWERS, ANSWERS_SCHEMA, &current) {
            Ok(()) => {}
            Err(SaveProblem::Unavailable) => note.set(StorageNote::NotKept),
            Err(SaveProblem::Full) => note.set(StorageNote::Full),
        }
    });
    provide_context(CheckCtx { state, note });
}

/// Clears every answer, on the device too.
pub fn clear_answers(ctx: CheckCtx) {
    ctx.state.set(CheckState::default());
    storage::remove(ANSWERS);
}
