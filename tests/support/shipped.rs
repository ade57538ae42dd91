//! The shipped catalogue, read and checked as `wsparcie validate` reads it, and days as tests write them.

use std::path::Path;

use chrono::NaiveDate;
use sprawdz_wsparcie::catalogue::Catalogue;
use sprawdz_wsparcie::folder::load_dir;

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn shipped() -> Catalogue {
    let loaded = load_dir(Path::new("public/catalogue")).expect("index readable");
    assert!(loaded.issues.is_empty(), "shipped catalogue has problems: {:?}", loaded.issues);
    loaded.catalogue
}
