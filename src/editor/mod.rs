//! The staff editor's domain: a centre file kept as it is written ([`json`]), what a clerk types turned
//! into the file's values ([`fields`]), and a draft with the same checks as `wsparcie validate`, each
//! at its field ([`draft`]). No web imports: the editor's pages (`src/ui/editor/`) draw it.

pub mod draft;
pub mod field;
pub mod fields;
pub mod form;
pub mod groups;
pub mod json;
pub mod rules;
pub mod sample;
pub mod stored;
