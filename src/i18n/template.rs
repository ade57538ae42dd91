//! The one reader of message texts as translators write them in `locales/*.json`. `build.rs` includes
//! this file to generate the messages; the tests read the locale files with it too, so both see a
//! message the same way.
//!
//! - `{name}` inserts a value; the generated function takes it by name.
//! - `{name:pl}` marks a value that is Polish text inside a sentence in another language (a project's
//!   title): the page draws it itself, in an element marked `lang="pl"`, between the text before and
//!   the text after, so no marker character ever passes through the text.
//! - `{{` and `}}` are a literal `{` and `}`.
//!
//! No `use` of the crate here: `build.rs` compiles this file on its own.

/// One part of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Value(String),
    /// A value the page draws itself, marked as Polish.
    Marked(String),
}

/// The pieces of `text`, or what is wrong with it.
pub fn parse(text: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|&(_, n)| n) == Some('{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek().map(|&(_, n)| n) == Some('}') => {
                chars.next();
                literal.push('}');
            }
            '}' => return Err(format!("a lone }} at {at} in {text:?} (write }}}} for the character)")),
            '{' => {
                let rest = &text[at + 1..];
                let close = rest.find('}').ok_or_else(|| format!("unclosed {{ at {at} in {text:?}"))?;
                let inside = &rest[..close];
                let (name, marked) = match inside.split_once(':') {
                    Some((name, "pl")) => (name, true),
                    Some((_, mark)) => return Err(format!("unknown mark :{mark} in {{{inside}}} in {text:?}")),
                    None => (inside, false),
                };
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    return Err(format!("bad value name {{{inside}}} in {text:?}"));
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(if marked { Piece::Marked(name.to_string()) } else { Piece::Value(name.to_string()) });
                for _ in 0..inside.chars().count() + 1 {
                    chars.next();
                }
            }
            other => literal.push(other),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    if pieces.iter().filter(|p| matches!(p, Piece::Marked(_))).count() > 1 {
        return Err(format!("more than one marked value in {text:?}"));
    }
    Ok(pieces)
}
