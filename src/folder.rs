//! Reading the data folder from disk (the catalogue, its rules and the parameters), for the
//! maintainers' command and the native tests.

use std::path::Path;

use crate::catalogue::{assemble, validate, Loaded, INDEX_FILE};
use crate::parameters::{parse_parameters, ParametersFile, PARAMETERS_FILE};
use crate::problem::{Issue, Problem};
use crate::rules::rule_issues;

/// Loads `dir/index.json` and every file it lists. Files in the folder that the index does not list
/// are reported too: they would never reach a resident.
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Issue>> {
    let index_text = std::fs::read_to_string(dir.join(INDEX_FILE))
        .map_err(|_| vec![Issue::new(INDEX_FILE, "", Problem::FileMissing)])?;
    let index = validate::parse_index(INDEX_FILE, &index_text)?;
    let texts = index.centres.iter().map(|c| std::fs::read_to_string(dir.join(&c.file)).ok()).collect();
    let mut loaded = assemble(&index, texts);
    let found = rule_issues(&loaded.catalogue);
    loaded.issues.extend(found);
    if let Ok(listing) = std::fs::read_dir(dir) {
        let mut stray: Vec<String> = listing
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".json") && name != INDEX_FILE && name != PARAMETERS_FILE)
            .filter(|name| !index.centres.iter().any(|c| &c.file == name))
            .collect();
        stray.sort();
        loaded.issues.extend(stray.into_iter().map(|name| Issue::new(&name, "", Problem::NotInIndex)));
    }
    Ok(loaded)
}

/// Loads `dir/parameters.json`.
pub fn load_parameters(dir: &Path) -> Result<ParametersFile, Vec<Issue>> {
    let file = PARAMETERS_FILE;
    let text = std::fs::read_to_string(dir.join(file)).map_err(|_| vec![Issue::new(file, "", Problem::FileMissing)])?;
    parse_parameters(file, &text)
}
