//! Towns and villages, to find a gmina by a place in it. Split into small files by the first two letters
//! of the folded name, so typing a village downloads one file of the 250 or so, never the whole country.
//!
//! The list is GUS SIMC of 2020: a village that moved to another gmina since (a new gmina was made of
//! villages of its neighbour in 2025) still points at the old one, so a match is a suggestion the resident
//! confirms on the gmina's page, not a fact.

use serde::{Deserialize, Serialize};

use crate::places::DataSource;
use crate::text;

/// The folder of the locality files inside the data folder.
pub const LOCALITIES_DIR: &str = "localities/";

/// How many letters pick the file: two keep the largest file ("ko", 1,987 places) near 15 KB gzip.
const KEY_LETTERS: usize = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalityShard {
    pub schema: u32,
    /// The first two letters of every name in the file, folded ([`shard_key`]).
    pub key: String,
    pub source: DataSource,
    pub localities: Vec<Locality>,
    /// The names folded for search, made at the first search and kept: folding 2,000 names on every
    /// keystroke was most of a keystroke's time on a slow phone.
    #[serde(skip)]
    folded: std::sync::OnceLock<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locality {
    pub name: String,
    /// The 6-digit TERYT code of the gmina it was in (see the module's note).
    pub gmina: String,
    /// What GUS calls it: "wieś", "miasto", "osada", "kolonia"…
    pub kind: String,
    /// For a district of a city whose districts each have a centre (Bemowo, "dzielnica m.st.
    /// Warszawy"): its 7-digit TERC code, so that picking it picks the district's centre too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

/// The file a name (or what was typed of it) is in: its first two letters folded, each letter that is
/// not a-z or 0-9 written `_`. `None` until two letters are typed.
pub fn shard_key(typed: &str) -> Option<String> {
    let folded = text::fold(typed.trim_start());
    let key: String = folded
        .chars()
        .take(KEY_LETTERS)
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { '_' })
        .collect();
    (key.chars().count() == KEY_LETTERS).then_some(key)
}

/// The order of a locality file: by folded name, then by gmina code.
pub fn sort_key(l: &Locality) -> (String, String) {
    (text::fold(&l.name), l.gmina.clone())
}

/// The file name of a shard: `localities/ko.json`.
pub fn shard_file(key: &str) -> String {
    format!("{LOCALITIES_DIR}{key}.json")
}

impl LocalityShard {
    pub fn new(key: String, source: DataSource, localities: Vec<Locality>) -> LocalityShard {
        LocalityShard { schema: crate::places::DATA_SCHEMA, key, source, localities, folded: Default::default() }
    }

    /// Places whose name starts with what was typed (case and diacritics ignored): every place named
    /// exactly so first (all 116 villages called Nowa Wieś, in TERYT order, so by voivodeship), then the
    /// others in alphabetical order up to `limit` in all; with the number found in all. A name's later
    /// words do not count: a village is looked for by its name, and "Nowa Wieś" must not answer "wies".
    ///
    /// The file is in that order already ([`sort_key`], checked by `wsparcie validate`): in the order of
    /// folded names an exact name comes before every longer one it starts, so the phone sorts nothing.
    pub fn find(&self, typed: &str, limit: usize) -> (Vec<&Locality>, usize) {
        let query = text::fold(typed.trim());
        let mut found = Vec::new();
        let (mut total, mut exact) = (0, 0);
        let names = self.folded.get_or_init(|| self.localities.iter().map(|l| text::fold(&l.name)).collect());
        for (l, folded) in self.localities.iter().zip(names) {
            if folded.starts_with(&query) {
                total += 1;
                if *folded == query {
                    exact += 1;
                }
                if found.len() < limit.max(exact) {
                    found.push(l);
                }
            }
        }
        (found, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_by_the_first_two_letters_folded() {
        assert_eq!(shard_key("Konopnica").as_deref(), Some("ko"));
        assert_eq!(shard_key("  Łódź").as_deref(), Some("lo"));
        assert_eq!(shard_key("ŻU").as_deref(), Some("zu"));
        assert_eq!(shard_key("O'Neil").as_deref(), Some("o_"));
        assert_eq!(shard_key("k"), None);
        assert_eq!(shard_key(""), None);
        assert_eq!(shard_file("ko"), "localities/ko.json");
    }

    #[test]
    fn finds_every_place_of_a_shared_name_exact_first() {
        let shard: LocalityShard = serde_json::from_str(
            r#"{"schema":1,"key":"no","source":{"title":"GUS","date":"2020-09-26"},"localities":[
            {"name":"Nowa Wieś","gmina":"020101","kind":"wieś"},
            {"name":"Nowa Wieś","gmina":"120101","kind":"wieś"},
            {"name":"Nowa Wieś Wielka","gmina":"040101","kind":"wieś"},
            {"name":"Nowe Miasto","gmina":"140101","kind":"miasto"}]}"#,
        )
        .unwrap();
        let found =
            |q: &str| shard.find(q, 10).0.iter().map(|l| (l.name.as_str(), l.gmina.as_str())).collect::<Vec<_>>();
        assert_eq!(
            found("nowa wies"),
            [("Nowa Wieś", "020101"), ("Nowa Wieś", "120101"), ("Nowa Wieś Wielka", "040101")]
        );
        assert_eq!(found("NOWE"), [("Nowe Miasto", "140101")]);
        assert!(found("wies").is_empty());
        assert_eq!(shard.find("no", 1).1, 4);
        // Every place of the exact name, whatever the limit.
        assert_eq!(shard.find("Nowa Wieś", 1).0.len(), 2);
    }
}
