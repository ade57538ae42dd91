//! Where facts come from: seed pages and stored pages by file name, addresses, and the checks of a
//! source as a whole.

use super::model::Source;
use super::validate::Checker;
use crate::contact::is_url;
use crate::problem::Problem;

/// Seed pages are named NNN_<16 hex digits>.txt (`data/sources/seeds/`).
fn is_seed(seed: &str) -> bool {
    seed.len() == 24
        && seed.ends_with(".txt")
        && seed[..3].bytes().all(|b| b.is_ascii_digit())
        && seed.as_bytes()[3] == b'_'
        && seed[4..20].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Stored pages under `data/sources/` are named <folder>/NNN_<lowercase words>.txt
/// ("projects-2026/010_dobra-asystent-osobisty-2026.txt").
fn is_stored_page(page: &str) -> bool {
    let Some((folder, file)) = page.split_once('/') else { return false };
    let Some(stem) = file.strip_suffix(".txt") else { return false };
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    word(folder)
        && stem.len() > 4
        && stem.is_char_boundary(4)
        && stem[..3].bytes().all(|b| b.is_ascii_digit())
        && stem.as_bytes()[3] == b'_'
        && word(&stem[4..])
}

impl Checker<'_> {
    /// Where a fact comes from: a title, and either a seed page or a stored page, or who issued the
    /// page or document and its address or date (a centre's own document, as the editor records it);
    /// an http(s) address if given.
    pub(super) fn source(&mut self, at: &str, source: &Source) {
        self.not_empty(&format!("{at}.title"), &source.title);
        match (&source.seed, &source.page) {
            (Some(seed), None) if is_seed(seed) => {}
            (None, Some(page)) if is_stored_page(page) => {}
            (Some(file), None) | (None, Some(file)) => self.push(format!("{at}.seed"), Problem::BadSeed(file.clone())),
            (None, None) => {
                match &source.publisher {
                    Some(p) => self.not_empty(&format!("{at}.publisher"), p),
                    None => self.push(format!("{at}.publisher"), Problem::MissingField("publisher".into())),
                }
                if source.url.is_none() && source.published.is_none() {
                    self.push(format!("{at}.url"), Problem::MissingField("url / published".into()));
                }
            }
            (Some(_), Some(_)) => self.push(format!("{at}.page"), Problem::UnknownField("page".into())),
        }
        if let Some(url) = source.url.as_deref().filter(|u| !is_url(u)) {
            self.push(format!("{at}.url"), Problem::BadUrl(url.to_string()));
        }
    }
}
