//! The maintainers' command. `wsparcie validate public/catalogue` checks the catalogue before it ships.

use std::path::Path;
use std::process::ExitCode;

use sprawdz_wsparcie::catalogue::fs::load_dir;
use sprawdz_wsparcie::i18n::{t, Locale};

const USAGE: &str = "usage: wsparcie validate <catalogue folder>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate", dir] => validate(Path::new(dir)),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn validate(dir: &Path) -> ExitCode {
    let locale = Locale::default();
    let (loaded, issues) = match load_dir(dir) {
        Ok(loaded) => {
            let issues = loaded.issues.clone();
            (Some(loaded), issues)
        }
        Err(issues) => (None, issues),
    };
    for issue in &issues {
        eprintln!("{}: {}", dir.display(), issue.describe(locale));
    }
    if issues.is_empty() {
        let catalogue = &loaded.expect("loaded when there are no issues").catalogue;
        println!("{}", t::validate_ok(locale, catalogue.centres.len(), catalogue.entries.len()));
        ExitCode::SUCCESS
    } else {
        eprintln!("{}", t::validate_failed(locale, issues.len() as i64));
        ExitCode::FAILURE
    }
}
