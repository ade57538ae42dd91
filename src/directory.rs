//! The directory of social welfare centres: one per gmina where a source lists it, with the contacts the
//! source gives and the source itself. Shipped one file per powiat (`powiat/2406.json`), so a phone
//! downloads the few centres around its gmina, never the country's.

use serde::{Deserialize, Serialize};

use crate::hours::WeeklyHours;
use crate::places::DataSource;

/// The folder of the powiat files inside the data folder.
pub const POWIAT_DIR: &str = "powiat/";

/// The file name of a powiat's file: `powiat/2406.json`.
pub fn powiat_file(powiat_code: &str) -> String {
    format!("{POWIAT_DIR}{powiat_code}.json")
}

/// What a phone downloads for one powiat. Every powiat has a file, empty when no source lists its
/// centres, so that a missing file always means "not downloaded", never "nothing there".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PowiatFile {
    pub schema: u32,
    /// Four digits.
    pub powiat: String,
    pub centres: Vec<DirectoryCentre>,
}

/// A centre as a directory lists it. Only what the source states; what it leaves out stays empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryCentre {
    /// The 6-digit TERYT code of the gmina it serves.
    pub gmina: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<PostalAddress>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// As the source writes it ("www.gops.pl" or "https://…").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The office hours read from the source's words, when they state days and times and nothing else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<WeeklyHours>,
    /// The office hours in the source's own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_text: Option<String>,
    pub source: DataSource,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostalAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    pub town: String,
}

/// A link for a website as directories write it: "www.gops.pl" becomes "https://www.gops.pl".
pub fn website_href(written: &str) -> String {
    if written.starts_with("https://") || written.starts_with("http://") {
        written.to_string()
    } else {
        format!("https://{written}")
    }
}

impl PowiatFile {
    /// The centre of a gmina, if a source lists it.
    pub fn centre_of(&self, gmina_code: &str) -> Option<&DirectoryCentre> {
        self.centres.iter().find(|c| c.gmina == gmina_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_website_link_gets_a_scheme_only_when_missing() {
        assert_eq!(website_href("www.gops.pl"), "https://www.gops.pl");
        assert_eq!(website_href("http://ops.pl/"), "http://ops.pl/");
        assert_eq!(powiat_file("2406"), "powiat/2406.json");
    }
}
