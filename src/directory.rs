//! What a phone downloads for one powiat (`powiat/2406.json`): the directory's social welfare centres,
//! one per gmina where a source lists it, with the contacts and the source; and the catalogue's projects
//! open to the powiat's residents. A phone downloads the few centres and projects around its gmina,
//! never the country's. A project or centre found by its id (a deep link, a QR code) is first looked up
//! in a small locator file (`gdzie/7f.json`) that names its powiat.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::catalogue::{Catalogue, CentreFile, SCHEMA_VERSION};
use crate::hours::WeeklyHours;
use crate::places::{powiat_of, DataSource};

/// The folder of the powiat files inside the data folder.
pub const POWIAT_DIR: &str = "powiat/";

/// The file name of a powiat's file: `powiat/2406.json`.
pub fn powiat_file(powiat_code: &str) -> String {
    format!("{POWIAT_DIR}{powiat_code}.json")
}

/// What a phone downloads for one powiat. Every powiat has a file, empty when no source lists its
/// centres, so that a missing file always means "not downloaded", never "nothing there".
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PowiatFile {
    pub schema: u32,
    /// Four digits.
    pub powiat: String,
    pub centres: Vec<DirectoryCentre>,
    /// Every catalogue centre with a project open to a gmina of the powiat, with those projects only, as
    /// its centre file has them. A project serving several powiats is in each of their files; every
    /// project of a centre is in the file of the centre's own powiat (it serves the centre's gmina).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub catalogue: Vec<CentreFile>,
    /// The powiat's Senior+ day homes and clubs, where a list has them (Małopolska's, of June 2026): kept
    /// as written, and read only by the page that shows them ([`PowiatFile::senior_in`]). A size trick:
    /// the checker reads powiat files too, and reading these into their type there cost 2.5 KB of its
    /// wasm (gzip, measured) for places it never shows. `tests/places.rs` reads every shipped file both
    /// ways and compares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub senior: Option<Box<serde_json::value::RawValue>>,
    /// The districts of a city gmina of the powiat whose districts each have a centre of their own
    /// (Warszawa's 18, from GUS TERC): a resident applies at their district's centre, which `centres`
    /// lists with its `district`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub districts: Vec<District>,
}

/// A district of a city gmina (dzielnica m.st. Warszawy), as GUS TERC lists it (RODZ 8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// Seven digits ("1465028"): the city's powiat, the district's number, and 8.
    pub code: String,
    pub name: String,
    /// The 6-digit TERYT code of the city gmina ("146501").
    pub gmina: String,
}

/// A Senior+ day home or club: a place for people aged 60 and over who no longer work, run by a gmina
/// (often by its social welfare centre) all year. Who may attend and what it costs is the gmina's to
/// say: the list does not, and neither does the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeniorPlace {
    /// The 6-digit TERYT code of the gmina where it is.
    pub gmina: String,
    pub kind: SeniorKind,
    /// Places, as the list gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<u32>,
    /// Who runs it, as the list names it ("Gmina Andrychów", "Powiat Bocheński").
    pub runner: String,
    pub address: PostalAddress,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    pub source: DataSource,
}

/// The two kinds the Senior+ programme built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeniorKind {
    /// "Dzienny Dom Senior+".
    DayHome,
    /// "Klub Senior+".
    Club,
}

impl SeniorKind {
    /// Its name, as the programme and the list write it (Polish in every language).
    pub fn name(self) -> &'static str {
        match self {
            SeniorKind::DayHome => "Dzienny Dom Senior+",
            SeniorKind::Club => "Klub Senior+",
        }
    }

    pub fn from_name(name: &str) -> Option<SeniorKind> {
        [SeniorKind::DayHome, SeniorKind::Club].into_iter().find(|k| k.name() == name.trim())
    }
}

/// A centre as a directory lists it. Only what the source states; what it leaves out stays empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryCentre {
    /// The 6-digit TERYT code of the gmina it serves.
    pub gmina: String,
    /// The 7-digit TERC code of the district it serves, in a gmina whose districts each have a centre
    /// (Warszawa); `None` for a gmina's own centre.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
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
    /// Fields a maintainer marked to confirm with the centre (`wsparcie report` lists them): still shown
    /// to residents as the source gives them, with the mark beside them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_confirm: Vec<ToConfirm>,
}

impl DirectoryCentre {
    /// Whether the entry gives the field (the whole entry and the name it always gives).
    pub fn gives(&self, field: DirectoryField) -> bool {
        match field {
            DirectoryField::Entry | DirectoryField::Name => true,
            DirectoryField::Address => self.address.is_some(),
            DirectoryField::Phones => !self.phones.is_empty(),
            DirectoryField::Emails => !self.emails.is_empty(),
            DirectoryField::Website => self.website.is_some(),
            DirectoryField::Hours => self.hours.is_some() || self.hours_text.is_some(),
        }
    }

    /// Why a field is to be confirmed, if a maintainer marked it.
    pub fn to_confirm(&self, field: DirectoryField) -> Option<&str> {
        self.to_confirm.iter().find(|m| m.field == field).map(|m| m.why.as_str())
    }
}

/// A directory field marked to confirm, and why, in Polish (as the maintainers' note says it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToConfirm {
    pub field: DirectoryField,
    pub why: String,
}

/// The fields of a directory entry, as a maintainer's note names them (the directory's column names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryField {
    /// The whole entry (a list years old, say).
    Entry,
    Name,
    Address,
    Phones,
    Emails,
    Website,
    Hours,
}

impl DirectoryField {
    pub const ALL: [DirectoryField; 7] =
        [Self::Entry, Self::Name, Self::Address, Self::Phones, Self::Emails, Self::Website, Self::Hours];

    /// The directory's column name for the field.
    pub fn column(self) -> &'static str {
        match self {
            Self::Entry => "wpis",
            Self::Name => "nazwa",
            Self::Address => "adres",
            Self::Phones => "telefon",
            Self::Emails => "email",
            Self::Website => "www",
            Self::Hours => "godziny_pracy",
        }
    }

    pub fn from_column(column: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.column() == column)
    }
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
    /// The centre of a gmina, if a source lists it (a district's centre is not the gmina's).
    pub fn centre_of(&self, gmina_code: &str) -> Option<&DirectoryCentre> {
        self.centres.iter().find(|c| c.gmina == gmina_code && c.district.is_none())
    }

    /// The districts of a gmina whose districts each have a centre (Warszawa's 18); empty for any other.
    pub fn districts_of<'a>(&'a self, gmina_code: &'a str) -> impl Iterator<Item = &'a District> + 'a {
        self.districts.iter().filter(move |d| d.gmina == gmina_code)
    }

    /// The centre of a district (7-digit code), if a source lists it.
    pub fn centre_of_district(&self, district_code: &str) -> Option<&DirectoryCentre> {
        self.centres.iter().find(|c| c.district.as_deref() == Some(district_code))
    }

    /// The powiat's Senior+ places; a list that cannot be read is the problem, placed in the file.
    pub fn senior_places(&self) -> Result<Vec<SeniorPlace>, crate::problem::Issue> {
        match &self.senior {
            Some(raw) => crate::problem::parse_json(&powiat_file(&self.powiat), raw.get()),
            None => Ok(Vec::new()),
        }
    }

    /// The Senior+ places in a gmina.
    pub fn senior_in(&self, gmina_code: &str) -> Result<Vec<SeniorPlace>, crate::problem::Issue> {
        Ok(self.senior_places()?.into_iter().filter(|p| p.gmina == gmina_code).collect())
    }

    /// The projects of the file as a catalogue, each edition completed from its programme (checked when
    /// the file was built; an id twice is kept once).
    pub fn catalogue(&self, programmes: &crate::catalogue::ProgrammesFile) -> Catalogue {
        let file = powiat_file(&self.powiat);
        Catalogue::from_files(self.catalogue.iter().map(|c| (file.clone(), c.clone())).collect(), programmes).0
    }
}

/// The folder of the locator files inside the data folder.
pub const LOCATOR_DIR: &str = "gdzie/";

/// Which locator file names the powiat of a project or centre: two hex digits of the 32-bit FNV-1a hash
/// of its id's bytes. A fixed function of the id alone, so a link or a QR code printed today finds its
/// file whatever else the catalogue holds; 256 files of about a hundred ids each at national scale.
pub fn locator_key(id: &str) -> String {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{:02x}", hash & 0xff)
}

/// The file name of a locator file: `gdzie/7f.json`.
pub fn locator_file(key: &str) -> String {
    format!("{LOCATOR_DIR}{key}.json")
}

/// Where the projects and centres whose ids hash to `key` are: the powiat file of their running centre.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocatorFile {
    pub schema: u32,
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Located>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centres: Vec<Located>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Located {
    pub id: String,
    /// Four digits.
    pub powiat: String,
}

impl LocatorFile {
    pub fn project(&self, id: &str) -> Option<&str> {
        self.projects.iter().find(|l| l.id == id).map(|l| l.powiat.as_str())
    }

    pub fn centre(&self, id: &str) -> Option<&str> {
        self.centres.iter().find(|l| l.id == id).map(|l| l.powiat.as_str())
    }
}

/// The catalogue as the data folder ships it: for each powiat (by code) the centres with projects open to
/// its residents, each with those projects; and the locator files, all 256, so that a missing file
/// always means "not downloaded", never "no such id". Centres in the order of their ids, projects in
/// their file's order, ids in locator files sorted: the same catalogue always gives the same files.
pub fn catalogue_parts(catalogue: &Catalogue) -> (BTreeMap<String, Vec<CentreFile>>, Vec<LocatorFile>) {
    let mut by_powiat: BTreeMap<String, BTreeMap<&str, CentreFile>> = BTreeMap::new();
    let mut locators: Vec<LocatorFile> = (0..=255u8)
        .map(|k| LocatorFile { schema: crate::places::DATA_SCHEMA, key: format!("{k:02x}"), ..Default::default() })
        .collect();
    let mut locate = |id: &str, powiat: &str, projects: bool| {
        let key = u8::from_str_radix(&locator_key(id), 16).unwrap_or_default();
        let file = &mut locators[usize::from(key)];
        let list = if projects { &mut file.projects } else { &mut file.centres };
        list.push(Located { id: id.to_string(), powiat: powiat.to_string() });
    };
    for centre in &catalogue.centres {
        let home = powiat_of(&centre.teryt);
        locate(&centre.id, home, false);
        for entry in catalogue.projects_of(&centre.id) {
            locate(&entry.project.id, home, true);
            let mut powiats: Vec<&str> = entry.gmina_codes.iter().map(|c| powiat_of(c)).collect();
            powiats.sort_unstable();
            powiats.dedup();
            for powiat in powiats {
                by_powiat
                    .entry(powiat.to_string())
                    .or_default()
                    .entry(&centre.id)
                    .or_insert_with(|| CentreFile {
                        schema: SCHEMA_VERSION,
                        centre: centre.clone(),
                        projects: Vec::new(),
                    })
                    .projects
                    .push(catalogue.programmes.unresolved(&entry.project));
            }
        }
    }
    for file in &mut locators {
        file.projects.sort_by(|a, b| a.id.cmp(&b.id));
        file.centres.sort_by(|a, b| a.id.cmp(&b.id));
    }
    let parts = by_powiat.into_iter().map(|(code, centres)| (code, centres.into_values().collect())).collect();
    (parts, locators)
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

    #[test]
    fn a_locator_key_depends_on_the_id_alone() {
        // FNV-1a of the bytes: fixed values, so that a change to the function (which would send every
        // printed link to the wrong file) fails here.
        assert_eq!(locator_key(""), "c5");
        assert_eq!(locator_key("a"), "2c"); // FNV-1a("a") = 0xe40c292c
        assert_eq!(locator_key("gops-jastkow"), locator_key("gops-jastkow"));
        assert_eq!(locator_file("2c"), "gdzie/2c.json");
        let keys: std::collections::HashSet<String> = (0..5000).map(|i| locator_key(&format!("projekt-{i}"))).collect();
        assert_eq!(keys.len(), 256, "every file is used");
    }
}
