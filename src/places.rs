//! Poland's voivodeships, powiats and gminas as GUS lists them in TERYT, and finding a gmina by its name,
//! a village in it, or its code.
//!
//! Everything is keyed on the **6-digit** TERYT code (voivodeship, powiat, gmina): the 7th digit is the
//! gmina's type, and it changes when a village gets town rights, so it is kept as [`GminaKind`] instead.

use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::text;

/// The version of the places file and of the other shipped data files built with it (the locality
/// shards, the powiat files). A phone never mixes files of two versions: they live under `/data/<N>/`.
pub const DATA_SCHEMA: u32 = 1;

/// Where the shipped data lives, relative to the site root; the format version is part of the path.
pub const DATA_URL: &str = "/data/1/";

/// The file with every voivodeship, powiat and gmina.
pub const PLACES_FILE: &str = "places.json";

/// A source as residents read it: who published it and as of when ("GUS, rejestr TERYT", 1 January 2026).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSource {
    pub title: String,
    pub date: PartialDate,
    /// True when the source itself marks its facts as needing verification.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacesFile {
    pub schema: u32,
    pub source: DataSource,
    pub voivodeships: Vec<Voivodeship>,
    pub powiats: Vec<Powiat>,
    pub gminas: Vec<Gmina>,
    /// The two letters of every locality file there is, in order (`localities/ab.json` is "ab"), so
    /// that a search for letters no place starts with asks for no file the server does not have.
    #[serde(default)]
    pub locality_files: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voivodeship {
    /// Two digits ("24").
    pub code: String,
    /// As GUS writes it in the register, lower case ("śląskie").
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Powiat {
    /// Four digits: the voivodeship's two and the powiat's ("2406").
    pub code: String,
    /// "kłobucki", or the city's name for a city with powiat rights ("Jastrzębie-Zdrój").
    pub name: String,
    /// A city with powiat rights (miasto na prawach powiatu).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub city: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gmina {
    /// Six digits: voivodeship, powiat, gmina ("240601").
    pub code: String,
    pub name: String,
    pub kind: GminaKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GminaKind {
    /// gmina miejska (TERYT type 1).
    Urban,
    /// gmina wiejska (type 2).
    Rural,
    /// gmina miejsko-wiejska (type 3).
    UrbanRural,
}

impl GminaKind {
    /// From the 7th digit of the TERYT code.
    pub fn from_teryt_digit(digit: &str) -> Option<GminaKind> {
        match digit {
            "1" => Some(GminaKind::Urban),
            "2" => Some(GminaKind::Rural),
            "3" => Some(GminaKind::UrbanRural),
            _ => None,
        }
    }
}

/// True for a 6-digit gmina code.
pub fn is_gmina_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// True for a 4-digit powiat code.
pub fn is_powiat_code(code: &str) -> bool {
    code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit())
}

/// The powiat a gmina code is in ("240601" → "2406").
pub fn powiat_of(gmina_code: &str) -> &str {
    gmina_code.get(..4).unwrap_or("")
}

/// The voivodeship a gmina or powiat code is in ("2406" → "24").
pub fn voivodeship_of(code: &str) -> &str {
    code.get(..2).unwrap_or("")
}

/// A gmina with the names of its powiat and voivodeship, as a match or a page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GminaIn<'a> {
    pub gmina: &'a Gmina,
    pub powiat: &'a Powiat,
    pub voivodeship: &'a Voivodeship,
}

/// The places file, read once, with what searching it needs.
#[derive(Clone, Debug)]
pub struct Places {
    pub file: PlacesFile,
    /// Each gmina's name folded for search, in the order of `file.gminas`.
    folded: Vec<String>,
    /// Positions in `file.gminas` in alphabetical order of the folded names (then by code).
    alphabetical: Vec<usize>,
}

impl Places {
    pub fn new(file: PlacesFile) -> Places {
        let folded: Vec<String> = file.gminas.iter().map(|g| text::fold(&g.name)).collect();
        let mut alphabetical: Vec<usize> = (0..folded.len()).collect();
        alphabetical.sort_unstable_by(|&a, &b| (&folded[a], a).cmp(&(&folded[b], b)));
        Places { file, folded, alphabetical }
    }

    pub fn source(&self) -> &DataSource {
        &self.file.source
    }

    pub fn gmina(&self, code: &str) -> Option<GminaIn<'_>> {
        let at = self.file.gminas.binary_search_by(|g| g.code.as_str().cmp(code)).ok()?;
        self.gmina_at(at)
    }

    fn gmina_at(&self, at: usize) -> Option<GminaIn<'_>> {
        let gmina = self.file.gminas.get(at)?;
        Some(GminaIn {
            gmina,
            powiat: self.powiat(powiat_of(&gmina.code))?,
            voivodeship: self.voivodeship_of(&gmina.code)?,
        })
    }

    pub fn powiat(&self, code: &str) -> Option<&Powiat> {
        self.file.powiats.binary_search_by(|p| p.code.as_str().cmp(code)).ok().map(|at| &self.file.powiats[at])
    }

    pub fn voivodeship(&self, code: &str) -> Option<&Voivodeship> {
        self.file.voivodeships.iter().find(|v| v.code == code)
    }

    fn voivodeship_of(&self, code: &str) -> Option<&Voivodeship> {
        self.voivodeship(voivodeship_of(code))
    }

    /// The powiats of a voivodeship, in code order.
    pub fn powiats_in<'a>(&'a self, voivodeship: &'a str) -> impl Iterator<Item = &'a Powiat> + 'a {
        self.file.powiats.iter().filter(move |p| voivodeship_of(&p.code) == voivodeship)
    }

    /// The gminas of a powiat, in code order.
    pub fn gminas_in<'a>(&'a self, powiat: &'a str) -> impl Iterator<Item = &'a Gmina> + 'a {
        self.file.gminas.iter().filter(move |g| powiat_of(&g.code) == powiat)
    }

    /// Every gmina of exactly this name (case and diacritics ignored), in alphabetical order of code.
    pub fn named(&self, name: &str) -> Vec<GminaIn<'_>> {
        let query = text::fold(name.trim());
        self.alphabetical
            .iter()
            .copied()
            .filter(|&i| self.folded[i] == query)
            .filter_map(|i| self.gmina_at(i))
            .collect()
    }

    /// Gminas whose name, or a word of it, starts with what was typed (case and diacritics ignored):
    /// a name that is exactly the query first, then in alphabetical order; at most `limit`, with the
    /// number found in all.
    pub fn find(&self, typed: &str, limit: usize) -> (Vec<GminaIn<'_>>, usize) {
        let query = text::fold(typed.trim());
        if query.is_empty() {
            return (Vec::new(), 0);
        }
        // Exact names first, then the rest, each part in alphabetical order: two passes, no sort.
        let exact = self.alphabetical.iter().copied().filter(|&i| self.folded[i] == query);
        let rest = self
            .alphabetical
            .iter()
            .copied()
            .filter(|&i| self.folded[i] != query && starts_a_word(&self.folded[i], &query));
        let found: Vec<usize> = exact.chain(rest).collect();
        let total = found.len();
        (found.into_iter().take(limit).filter_map(|i| self.gmina_at(i)).collect(), total)
    }
}

/// True when `query` (folded) starts `name` (folded) or one of its words ("zdroj" in "jastrzebie zdroj").
pub fn starts_a_word(name: &str, query: &str) -> bool {
    name.starts_with(query)
        || name.match_indices(' ').any(|(i, _)| name[i + 1..].starts_with(query))
        || name.match_indices('.').any(|(i, _)| name[i + 1..].trim_start().starts_with(query))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Places {
        let json = r#"{
          "schema": 1,
          "source": {"title": "GUS, rejestr TERYT", "date": "2026-01-01"},
          "voivodeships": [{"code": "06", "name": "lubelskie"}, {"code": "24", "name": "śląskie"}],
          "powiats": [{"code": "0609", "name": "lubelski"}, {"code": "0614", "name": "łukowski"},
                      {"code": "2406", "name": "kłobucki"}, {"code": "2467", "name": "Jastrzębie-Zdrój", "city": true}],
          "gminas": [{"code": "060907", "name": "Jastków", "kind": "rural"},
                     {"code": "060908", "name": "Konopnica", "kind": "rural"},
                     {"code": "061409", "name": "Stoczek Łukowski", "kind": "urban"},
                     {"code": "240601", "name": "Kłobuck", "kind": "urban_rural"},
                     {"code": "246701", "name": "Jastrzębie-Zdrój", "kind": "urban"}]
        }"#;
        Places::new(serde_json::from_str(json).unwrap())
    }

    #[test]
    fn a_gmina_by_code_with_its_powiat_and_voivodeship() {
        let places = sample();
        let k = places.gmina("240601").unwrap();
        assert_eq!(
            (k.gmina.name.as_str(), k.powiat.name.as_str(), k.voivodeship.name.as_str()),
            ("Kłobuck", "kłobucki", "śląskie")
        );
        assert!(places.gmina("2406011").is_none());
        assert!(places.gmina("999999").is_none());
    }

    #[test]
    fn finds_by_a_prefix_of_the_name_or_of_a_word_ignoring_case_and_diacritics() {
        let places = sample();
        let names = |q: &str| places.find(q, 10).0.iter().map(|g| g.gmina.name.clone()).collect::<Vec<_>>();
        assert_eq!(names("klob"), ["Kłobuck"]);
        assert_eq!(names("JAST"), ["Jastków", "Jastrzębie-Zdrój"]);
        assert_eq!(names("zdroj"), ["Jastrzębie-Zdrój"]);
        assert_eq!(names("łuk"), ["Stoczek Łukowski"]);
        assert!(names("  ").is_empty());
        assert!(names("xyz").is_empty());
    }

    #[test]
    fn an_exact_name_comes_first_and_the_count_is_of_all_found() {
        let places = sample();
        let (found, total) = places.find("jastkow", 1);
        assert_eq!((found[0].gmina.code.as_str(), total), ("060907", 1));
        let (found, total) = places.find("j", 1);
        assert_eq!((found.len(), total), (1, 2));
    }

    #[test]
    fn codes_name_their_powiat_and_voivodeship() {
        assert_eq!((powiat_of("240601"), voivodeship_of("240601"), voivodeship_of("2406")), ("2406", "24", "24"));
        assert!(is_gmina_code("060907") && !is_gmina_code("0609072") && !is_gmina_code("06090a"));
        assert!(is_powiat_code("0609") && !is_powiat_code("060"));
        assert_eq!(GminaKind::from_teryt_digit("3"), Some(GminaKind::UrbanRural));
        assert_eq!(GminaKind::from_teryt_digit("4"), None);
    }
}
