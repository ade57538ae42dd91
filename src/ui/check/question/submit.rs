//! What a question's "Dalej" checks and saves: each kind of question leaves it here, and the page runs it.

use crate::ui::check::state::CheckState;
use crate::ui::form::error::FieldError;

/// What "Dalej" does to the answers once the page's fields are right.
pub(super) type Apply = Box<dyn FnOnce(&mut CheckState)>;
pub(super) type Submit = Box<dyn Fn() -> Result<Apply, Vec<FieldError>>>;

/// Where a question's body leaves what "Dalej" checks and saves; the page runs it. A plain shared
/// cell: a reactive `StoredValue` here cost 0.4 KB of wasm (gzip) for nothing reactive.
#[derive(Clone)]
pub(super) struct OnSubmit(std::rc::Rc<std::cell::RefCell<Option<Submit>>>);

impl OnSubmit {
    pub(super) fn new() -> OnSubmit {
        OnSubmit(Default::default())
    }

    pub(super) fn set(&self, submit: impl Fn() -> Result<Apply, Vec<FieldError>> + 'static) {
        *self.0.borrow_mut() = Some(Box::new(submit));
    }

    pub(super) fn run(&self) -> Result<Apply, Vec<FieldError>> {
        self.0.borrow().as_ref().expect("every question sets what Dalej does")()
    }
}
