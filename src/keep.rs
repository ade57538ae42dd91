//! What an outreach tablet downloads to keep a whole voivodeship for use without the internet: the files
//! of its powiats (their centres and the projects open to their gminas), the locator files that lead to
//! them from a project's or centre's link, and the town and village files (the search finds a village
//! of any voivodeship in the same files). `wsparcie data` writes the list with each part's compressed
//! size, so the button can say how much it will download before anything is fetched.

use serde::{Deserialize, Serialize};

use crate::directory::{locator_file, powiat_file, LocatorFile};
use crate::places::{voivodeship_of, PlacesFile};

/// The list of files to keep, beside the gmina index.
pub const KEEP_FILE: &str = "offline.json";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeepFile {
    pub schema: u32,
    /// Every town and village file: shared by all voivodeships.
    pub localities: FileSet,
    pub voivodeships: Vec<VoivodeshipFiles>,
}

/// Files (paths in the data folder) and their size together, gzip-compressed as a CDN serves them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSet {
    pub files: Vec<String>,
    pub bytes: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoivodeshipFiles {
    /// Two digits.
    pub code: String,
    // Flat rather than a flattened `FileSet`: `#[serde(flatten)]` reads through serde's buffering.
    pub files: Vec<String>,
    pub bytes: u64,
}

impl KeepFile {
    pub fn voivodeship(&self, code: &str) -> Option<&VoivodeshipFiles> {
        self.voivodeships.iter().find(|v| v.code == code)
    }
}

/// Each voivodeship's own files, in order: its powiats' files, then the locator files that name one of
/// them. Sizes are left at 0 for the caller, who has the files.
pub fn voivodeship_files(places: &PlacesFile, locators: &[LocatorFile]) -> Vec<VoivodeshipFiles> {
    places
        .voivodeships
        .iter()
        .map(|v| {
            let mut files: Vec<String> = places
                .powiats
                .iter()
                .filter(|p| voivodeship_of(&p.code) == v.code)
                .map(|p| powiat_file(&p.code))
                .collect();
            files.extend(
                locators
                    .iter()
                    .filter(|l| l.projects.iter().chain(&l.centres).any(|x| voivodeship_of(&x.powiat) == v.code))
                    .map(|l| locator_file(&l.key)),
            );
            VoivodeshipFiles { code: v.code.clone(), files, bytes: 0 }
        })
        .collect()
}

/// "460 KB" or "1,2 MB" (KB = 1000 bytes, as the size report counts), with the language's decimal mark.
pub fn size_text(bytes: u64, decimal_mark: char) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        let tenths = bytes.div_ceil(100_000);
        format!("{}{decimal_mark}{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Located;

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(size_text(438_653, ','), "439 KB");
        assert_eq!(size_text(1, ','), "1 KB");
        assert_eq!(size_text(1_234_567, ','), "1,3 MB");
        assert_eq!(size_text(1_200_000, '.'), "1.2 MB");
    }

    #[test]
    fn a_voivodeship_keeps_its_powiats_and_the_locators_that_lead_there() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/1/places.json")).unwrap();
        let places: PlacesFile = serde_json::from_str(&text).unwrap();
        let at = |id: &str, powiat: &str| Located { id: id.into(), powiat: powiat.into() };
        let locators = vec![
            LocatorFile { schema: 1, key: "00".into(), projects: vec![at("a", "2406")], centres: vec![] },
            LocatorFile {
                schema: 1,
                key: "01".into(),
                projects: vec![at("b", "0609")],
                centres: vec![at("c", "2467")],
            },
            LocatorFile { schema: 1, key: "02".into(), ..LocatorFile::default() },
        ];
        let all = voivodeship_files(&places, &locators);
        assert_eq!(all.len(), 16);
        let slaskie = all.iter().find(|v| v.code == "24").unwrap();
        // 17 powiats and 19 cities with powiat rights.
        assert_eq!(slaskie.files.iter().filter(|f| f.starts_with("powiat/24")).count(), 36);
        assert_eq!(slaskie.files[slaskie.files.len() - 2..], ["gdzie/00.json", "gdzie/01.json"]);
        let lubelskie = all.iter().find(|v| v.code == "06").unwrap();
        assert_eq!(lubelskie.files.last().map(String::as_str), Some("gdzie/01.json"));
        assert!(!lubelskie.files.contains(&"gdzie/00.json".to_string()));
    }
}
