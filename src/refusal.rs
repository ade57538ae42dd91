//! What a value of the data files (an amount, a date) refuses to be read as, kept as a value.
//!
//! serde's errors carry text only, and `problem` says each refusal in the reader's language. So the
//! readers of amounts and dates hand serde a [`Refusal`]'s English words through [`refuse`], which keeps
//! the refusal itself beside them; `problem` takes it back by those words with [`taken_back`]. Nothing
//! is read back out of the words: when they are not the kept refusal's (serde tried another variant and
//! said something else), the words are shown as they are.

use std::cell::RefCell;
use std::fmt;

/// A text that is not the value its field takes; each holds the text as it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not an amount as the files write one ("1042938.86").
    NotAnAmount(String),
    /// Not a date as the files write one (YYYY-MM-DD, YYYY-MM or YYYY).
    NotADate(String),
    /// A date the calendar does not have (30 February, month 13).
    NoSuchDay(String),
    /// A month or a year where the field needs a whole day.
    NotAWholeDay(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NotAnAmount(text) => write!(f, "{text:?} is not an amount like \"1042938.86\""),
            Refusal::NotADate(text) => write!(f, "{text:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
            Refusal::NoSuchDay(text) => write!(f, "{text:?}: there is no such day in the calendar"),
            Refusal::NotAWholeDay(text) => write!(f, "{text:?}: a whole day is needed, YYYY-MM-DD"),
        }
    }
}

thread_local! {
    /// The last refusal handed to serde, with its words. One is enough: serde stops at the first error
    /// it keeps.
    static LAST: RefCell<Option<(String, Refusal)>> = const { RefCell::new(None) };
}

/// serde's error for `refusal`, which is kept for [`taken_back`].
pub fn refuse<E: serde::de::Error>(refusal: Refusal) -> E {
    let words = refusal.to_string();
    let error = E::custom(&words);
    LAST.with(|last| *last.borrow_mut() = Some((words, refusal)));
    error
}

/// The refusal that serde's error with these `words` was made from, if it was made from one.
pub fn taken_back(words: &str) -> Option<Refusal> {
    LAST.with(|last| last.borrow_mut().take()).filter(|(kept, _)| kept == words).map(|(_, refusal)| refusal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_taken_back_by_its_own_words_only_and_once() {
        let error: serde_json::Error = refuse(Refusal::NoSuchDay("2026-02-30".into()));
        assert_eq!(taken_back(&error.to_string()), Some(Refusal::NoSuchDay("2026-02-30".into())));
        assert_eq!(taken_back(&error.to_string()), None);
        let _: serde_json::Error = refuse(Refusal::NotADate("x".into()));
        assert_eq!(taken_back("data did not match any variant"), None);
        assert_eq!(taken_back("\"x\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"), None, "spent by the miss above");
    }
}
