//! `offline.json`: what an outreach tablet downloads to keep each voivodeship, with sizes measured on the
//! files `wsparcie data` has just written.

use std::path::Path;

use sprawdz_wsparcie::keep::{voivodeship_files, FileSet, KeepFile};
use sprawdz_wsparcie::localities::shard_file;
use sprawdz_wsparcie::places::{PlacesFile, DATA_SCHEMA};

/// The files a tablet keeps for each voivodeship, with their gzip size (level 9, as the size report
/// measures) read back from what was just written.
pub fn keep_file(
    out: &Path,
    places: &PlacesFile,
    shards: &std::collections::BTreeMap<String, sprawdz_wsparcie::localities::LocalityShard>,
    locators: &[sprawdz_wsparcie::directory::LocatorFile],
) -> Result<KeepFile, String> {
    let gzip_size = |file: &String| -> Result<u64, String> {
        use std::io::Write;
        let bytes = std::fs::read(out.join(file)).map_err(|e| format!("{file}: {e}"))?;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&bytes).and_then(|()| encoder.finish()).map(|z| z.len() as u64).map_err(|e| e.to_string())
    };
    let bytes_of = |files: &[String]| files.iter().map(gzip_size).sum::<Result<u64, String>>();
    let localities: Vec<String> = shards.keys().map(|key| shard_file(key)).collect();
    let mut voivodeships = voivodeship_files(places, locators);
    for v in &mut voivodeships {
        v.bytes = bytes_of(&v.files)?;
    }
    Ok(KeepFile {
        schema: DATA_SCHEMA,
        localities: FileSet { bytes: bytes_of(&localities)?, files: localities },
        voivodeships,
    })
}
