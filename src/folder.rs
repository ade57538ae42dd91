//! Reading the data folder from disk (the catalogue, its rules and the parameters), for the
//! maintainers' command and the native tests.

use std::path::Path;

use crate::catalogue::{assemble, programme, validate, Loaded, ProgrammesFile, INDEX_FILE, PROGRAMMES_FILE};
use crate::parameters::{parse_parameters, ParametersFile, PARAMETERS_FILE};
use crate::problem::{Issue, Problem};
use crate::rules::rule_issues;

/// Loads `dir/index.json` and every file it lists. Files in the folder that the index does not list
/// are reported too: they would never reach a resident.
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Issue>> {
    let index_text = std::fs::read_to_string(dir.join(INDEX_FILE))
        .map_err(|_| vec![Issue::new(INDEX_FILE, "", Problem::FileMissing)])?;
    let index = validate::parse_index(INDEX_FILE, &index_text)?;
    let (programmes, mut issues) = load_programmes(dir);
    let texts = index.centres.iter().map(|c| std::fs::read_to_string(dir.join(&c.file)).ok()).collect();
    let mut loaded = assemble(&index, texts, &programmes);
    issues.extend(rule_issues(&loaded.catalogue));
    issues.extend(programme::issues(&loaded.catalogue, &programmes));
    loaded.issues.extend(issues);
    if let Ok(listing) = std::fs::read_dir(dir) {
        let mut stray: Vec<String> = listing
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| {
                name.ends_with(".json") && ![INDEX_FILE, PARAMETERS_FILE, PROGRAMMES_FILE].contains(&name.as_str())
            })
            .filter(|name| !index.centres.iter().any(|c| &c.file == name))
            .collect();
        stray.sort();
        loaded.issues.extend(stray.into_iter().map(|name| Issue::new(&name, "", Problem::NotInIndex)));
    }
    Ok(loaded)
}

/// Loads and checks `dir/programmes.json` with its rules. A catalogue without the file has no
/// programmes (and any edition naming one is reported); a file with problems is reported and not used.
pub fn load_programmes(dir: &Path) -> (ProgrammesFile, Vec<Issue>) {
    let Ok(text) = std::fs::read_to_string(dir.join(PROGRAMMES_FILE)) else {
        return (ProgrammesFile::default(), Vec::new());
    };
    match programme::parse_programmes(PROGRAMMES_FILE, &text) {
        Ok(file) => {
            let issues = crate::rules::programme_rule_issues(PROGRAMMES_FILE, &file);
            (file, issues)
        }
        Err(issues) => (ProgrammesFile::default(), issues),
    }
}

/// Loads `dir/parameters.json`.
pub fn load_parameters(dir: &Path) -> Result<ParametersFile, Vec<Issue>> {
    let file = PARAMETERS_FILE;
    let text = std::fs::read_to_string(dir.join(file)).map_err(|_| vec![Issue::new(file, "", Problem::FileMissing)])?;
    parse_parameters(file, &text)
}

/// The shipped place and centre data, read whole from disk and checked: what `wsparcie validate` and the
/// native tests use.
pub struct DataDir {
    pub places: crate::places::Places,
    pub shards: Vec<crate::localities::LocalityShard>,
    pub powiats: Vec<crate::directory::PowiatFile>,
    pub locators: Vec<crate::directory::LocatorFile>,
}

fn read_json<T: serde::de::DeserializeOwned>(dir: &Path, file: &str) -> Result<T, Issue> {
    let text = std::fs::read_to_string(dir.join(file)).map_err(|_| Issue::new(file, "", Problem::FileMissing))?;
    crate::problem::parse_json(file, &text)
}

fn check_schema(file: &str, found: u32, issues: &mut Vec<Issue>) {
    if found != crate::places::DATA_SCHEMA {
        issues.push(Issue::new(file, "schema", Problem::WrongSchema { found, expected: crate::places::DATA_SCHEMA }));
    }
}

/// Loads `places.json` alone: the gmina index a household file's gmina is looked up in.
pub fn load_places(dir: &Path) -> Result<crate::places::Places, Issue> {
    let file: crate::places::PlacesFile = read_json(dir, crate::places::PLACES_FILE)?;
    Ok(crate::places::Places::new(file))
}

/// Loads `places.json`, every locality file and the file of every powiat. Each locality must sit in the
/// file of its first letters and name a known gmina; each centre must be in its gmina's powiat file.
pub fn load_data(dir: &Path) -> Result<DataDir, Vec<Issue>> {
    use crate::directory::{locator_file, powiat_file, LocatorFile, PowiatFile};
    use crate::localities::{shard_file, shard_key, sort_key, LocalityShard, LOCALITIES_DIR};
    use crate::places::{powiat_of, Places, PlacesFile, PLACES_FILE};

    let file: PlacesFile = read_json(dir, PLACES_FILE).map_err(|issue| vec![issue])?;
    let mut issues = Vec::new();
    check_schema(PLACES_FILE, file.schema, &mut issues);
    let places = Places::new(file);
    let mut shards = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(dir.join(LOCALITIES_DIR))
        .map(|listing| listing.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    names.sort();
    // The list of locality files the search asks for is the files there are.
    let keys: Vec<&str> = names.iter().map(|n| n.trim_end_matches(".json")).collect();
    if places.file.locality_files != keys {
        let listed = places.file.locality_files.join(" ");
        issues.push(Issue::new(
            PLACES_FILE,
            "locality_files",
            Problem::InvalidValue(format!("{listed} ≠ {}", keys.join(" "))),
        ));
    }
    for name in names {
        let key = name.trim_end_matches(".json");
        let file_name = shard_file(key);
        match read_json::<LocalityShard>(dir, &file_name) {
            Ok(shard) => {
                check_schema(&file_name, shard.schema, &mut issues);
                // The phone relies on the order to find exact names first without sorting.
                if let Some(i) = shard.localities.windows(2).position(|w| sort_key(&w[0]) > sort_key(&w[1])) {
                    let name = shard.localities[i + 1].name.clone();
                    issues.push(Issue::new(&file_name, format!("localities[{}]", i + 1), Problem::OutsideFile(name)));
                }
                for (i, l) in shard.localities.iter().enumerate() {
                    if shard_key(&l.name).as_deref() != Some(key) || shard.key != key {
                        issues.push(Issue::new(
                            &file_name,
                            format!("localities[{i}]"),
                            Problem::OutsideFile(l.name.clone()),
                        ));
                    }
                    if places.gmina(&l.gmina).is_none() {
                        issues.push(Issue::new(
                            &file_name,
                            format!("localities[{i}].gmina"),
                            Problem::UnknownGmina(l.gmina.clone()),
                        ));
                    }
                }
                shards.push(shard);
            }
            Err(issue) => issues.push(issue),
        }
    }
    let mut powiats = Vec::new();
    for powiat in &places.file.powiats {
        let file_name = powiat_file(&powiat.code);
        match read_json::<PowiatFile>(dir, &file_name) {
            Ok(file) => {
                check_schema(&file_name, file.schema, &mut issues);
                for (i, c) in file.centres.iter().enumerate() {
                    if places.gmina(&c.gmina).is_none() {
                        issues.push(Issue::new(
                            &file_name,
                            format!("centres[{i}].gmina"),
                            Problem::UnknownGmina(c.gmina.clone()),
                        ));
                    } else if powiat_of(&c.gmina) != powiat.code || file.powiat != powiat.code {
                        issues.push(Issue::new(
                            &file_name,
                            format!("centres[{i}]"),
                            Problem::OutsideFile(c.name.clone()),
                        ));
                    }
                }
                powiats.push(file);
            }
            Err(issue) => issues.push(issue),
        }
    }
    let mut locators = Vec::new();
    for key in (0..=255u8).map(|k| format!("{k:02x}")) {
        let file_name = locator_file(&key);
        match read_json::<LocatorFile>(dir, &file_name) {
            Ok(file) => {
                check_schema(&file_name, file.schema, &mut issues);
                locators.push(file);
            }
            Err(issue) => issues.push(issue),
        }
    }
    // What a tablet keeps for a voivodeship: exactly its powiats' files and the locators naming them,
    // and every locality file.
    match read_json::<crate::keep::KeepFile>(dir, crate::keep::KEEP_FILE) {
        Ok(keep) => {
            let file = crate::keep::KEEP_FILE;
            check_schema(file, keep.schema, &mut issues);
            let expected = crate::keep::voivodeship_files(&places.file, &locators);
            let found: Vec<_> = keep.voivodeships.iter().map(|v| (&v.code, &v.files)).collect();
            if expected.iter().map(|v| (&v.code, &v.files)).collect::<Vec<_>>() != found {
                issues.push(Issue::new(file, "voivodeships", Problem::DataStale(file.to_string())));
            }
            let shard_files: Vec<String> = shards.iter().map(|s: &LocalityShard| shard_file(&s.key)).collect();
            if shard_files != keep.localities.files {
                issues.push(Issue::new(file, "localities", Problem::DataStale(file.to_string())));
            }
        }
        Err(issue) => issues.push(issue),
    }
    if issues.is_empty() {
        Ok(DataDir { places, shards, powiats, locators })
    } else {
        Err(issues)
    }
}

/// Every TERYT code in the catalogue is a gmina of the places file, with the name written beside it.
pub fn check_catalogue_places(catalogue: &crate::catalogue::Catalogue, places: &crate::places::Places) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut unserved = Vec::new();
    let mut check = |file: &str, path: String, code: &str, name: Option<&str>| match places.gmina(code) {
        None => issues.push(Issue::new(file, path, Problem::UnknownGmina(code.to_string()))),
        Some(found) if name.is_some_and(|n| n != found.gmina.name) => issues.push(Issue::new(
            file,
            path,
            Problem::InvalidValue(format!("{code} = {}, ≠ {}", found.gmina.name, name.unwrap_or_default())),
        )),
        Some(_) => {}
    };
    for centre in &catalogue.centres {
        let file = catalogue.projects_of(&centre.id).next().map_or(centre.id.as_str(), |e| e.file.as_str());
        check(file, "centre.teryt".into(), &centre.teryt, Some(&centre.gmina));
    }
    for entry in &catalogue.entries {
        let at = entry.rules_at().trim_end_matches(".eligibility");
        for (j, partner) in entry.project.partners.iter().enumerate() {
            if let Some(code) = &partner.teryt {
                check(&entry.file, format!("{at}.partners[{j}].teryt"), code, partner.gmina.as_deref());
            }
        }
        if let Some(area) = &entry.project.area {
            for (j, code) in area.teryt.iter().enumerate() {
                check(&entry.file, format!("{at}.area.teryt[{j}]"), code, area.gminas.get(j).map(String::as_str));
            }
        }
        // Residence rules: each code a gmina named as written, and one the project serves, so that its
        // residents find the project on their gmina's page and in their powiat's file.
        let rules = crate::rules::eligibility_of(entry, &catalogue.programmes).ok().flatten();
        let own: Option<serde_json::Value> =
            entry.project.eligibility.as_ref().and_then(|raw| serde_json::from_str(raw.get()).ok());
        for criterion in rules.iter().flat_map(|r| r.all_criteria()) {
            let crate::rules::CriterionKind::Residence { gminas, teryt } = &criterion.kind else { continue };
            // Named at the criterion's place in the file; an edition's, made from its programme, by its id.
            let at = own
                .as_ref()
                .and_then(|v| crate::rules::parse::criterion_path(v, entry.rules_at(), &criterion.id))
                .unwrap_or_else(|| format!("{}.{}", entry.rules_at(), criterion.id));
            for (j, code) in teryt.iter().enumerate() {
                let path = format!("{at}.teryt[{j}]");
                check(&entry.file, path.clone(), code, gminas.get(j).map(String::as_str));
                if !entry.gmina_codes.contains(code) {
                    unserved.push(Issue::new(&entry.file, path, Problem::ResidenceNotServed(code.clone())));
                }
            }
        }
    }
    issues.extend(unserved);
    issues
}

/// The catalogue's projects in the powiat files and the locator files are exactly what `wsparcie data`
/// makes of the catalogue: a centre file changed without building the data again is named here.
pub fn check_catalogue_layout(catalogue: &crate::catalogue::Catalogue, data: &DataDir) -> Vec<Issue> {
    use crate::directory::{catalogue_parts, locator_file, powiat_file};
    let (mut parts, locators) = catalogue_parts(catalogue);
    let mut issues = Vec::new();
    for file in &data.powiats {
        let expected = parts.remove(&file.powiat).unwrap_or_default();
        if json(&expected) != json(&file.catalogue) {
            let find = |files: &[crate::catalogue::CentreFile], id: &str| {
                files.iter().flat_map(|c| &c.projects).find(|p| p.id == id).map(json)
            };
            let differing = expected
                .iter()
                .chain(&file.catalogue)
                .flat_map(|c| c.projects.iter().map(|p| p.id.clone()))
                .find(|id| find(&expected, id) != find(&file.catalogue, id))
                .unwrap_or_else(|| file.powiat.clone());
            issues.push(Issue::new(&powiat_file(&file.powiat), "catalogue", Problem::DataStale(differing)));
        }
    }
    if let Some(powiat) = parts.keys().next() {
        issues.push(Issue::new(&powiat_file(powiat), "", Problem::FileMissing));
    }
    for (expected, found) in locators.iter().zip(&data.locators) {
        if expected != found {
            let id = expected.projects.iter().chain(&expected.centres).map(|l| l.id.clone()).next();
            let id = id.or_else(|| found.projects.iter().chain(&found.centres).map(|l| l.id.clone()).next());
            issues.push(Issue::new(&locator_file(&expected.key), "", Problem::DataStale(id.unwrap_or_default())));
        }
    }
    issues
}

/// A value as JSON: the rules are kept as raw JSON text, which has no equality of its own, and whose
/// spacing in a centre file is not that of the data folder.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}
