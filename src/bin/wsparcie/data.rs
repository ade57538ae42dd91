//! `wsparcie data`: builds the shipped place and centre data from the source files in `data/sources/`
//! (GUS TERYT gminas and localities, the centre directories), checking every row and naming the file and
//! line of each problem. Re-runnable: the same sources give byte-for-byte the same files.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;
use sprawdz_wsparcie::dates::PartialDate;
use sprawdz_wsparcie::directory::{
    catalogue_parts, locator_file, powiat_file, District, PowiatFile, LOCATOR_DIR, POWIAT_DIR,
};
use sprawdz_wsparcie::keep::KEEP_FILE;
use sprawdz_wsparcie::localities::{shard_file, shard_key, sort_key, Locality, LocalityShard, LOCALITIES_DIR};
use sprawdz_wsparcie::places::{
    is_gmina_code, powiat_of, DataSource, Gmina, GminaKind, PlacesFile, Powiat, Voivodeship, DATA_SCHEMA, PLACES_FILE,
};
use sprawdz_wsparcie::problem::Problem;

pub const GMINAS_CSV: &str = "teryt/gminy-2026-01-01.csv";
pub const LOCALITIES_CSV: &str = "teryt/miejscowosci-2020-09-26.csv";
pub const CENTRES_CSV: &str = "ops/ops-malopolskie-slaskie-2026.csv";

/// What a build found: counts to print, and each problem with its file and line.
#[derive(Debug, Default)]
pub struct Report {
    pub counts: Vec<(&'static str, usize)>,
    pub problems: Vec<(&'static str, u64, Problem)>,
}

/// One CSV row by column name, with the line it starts on.
pub(crate) struct Row {
    pub line: u64,
    pub fields: BTreeMap<String, String>,
}

impl Row {
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).map(|s| s.trim()).unwrap_or("")
    }
}

pub(crate) fn read_csv(sources: &Path, file: &str, columns: &[&str]) -> Result<Vec<Row>, String> {
    // Flexible: a last column of free notes may hold the separator unquoted (the 2024 list's `uwagi`);
    // what lies past the header's columns is put back into the last one.
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_path(sources.join(file))
        .map_err(|e| format!("{file}: cannot be read: {e}"))?;
    let headers = reader.headers().map_err(|e| format!("{file}:1: {e}"))?.clone();
    if let Some(missing) = columns.iter().find(|c| !headers.iter().any(|h| h == **c)) {
        return Err(format!("{file}:1: the column \"{missing}\" is missing"));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{file}: {e}"))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() < headers.len() {
            return Err(format!("{file}:{line}: {} fields, the header names {}", record.len(), headers.len()));
        }
        let last = headers.len() - 1;
        let mut fields: BTreeMap<String, String> =
            headers.iter().zip(record.iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect();
        if record.len() > headers.len() {
            let tail: Vec<&str> = record.iter().skip(last).collect();
            fields.insert(headers[last].to_string(), tail.join(";"));
        }
        rows.push(Row { line, fields });
    }
    Ok(rows)
}

pub(crate) fn day(year: i32, month: u32, day: u32) -> PartialDate {
    PartialDate::Day(chrono::NaiveDate::from_ymd_opt(year, month, day).expect("a real day"))
}

fn teryt_source() -> DataSource {
    DataSource { title: "GUS, rejestr TERYT".into(), date: day(2026, 1, 1), unverified: false }
}

fn simc_source() -> DataSource {
    DataSource {
        title: "GUS, rejestr TERYT (wykaz miejscowości SIMC)".into(),
        date: day(2020, 9, 26),
        unverified: false,
    }
}

/// The gminas, powiats and voivodeships, each row checked against the codes it repeats.
fn places(sources: &Path, report: &mut Report) -> Result<PlacesFile, String> {
    let columns =
        ["teryt7", "teryt6", "nazwa", "rodzaj_kod", "powiat_kod", "powiat", "powiat_rodzaj", "woj_kod", "wojewodztwo"];
    let rows = read_csv(sources, GMINAS_CSV, &columns)?;
    let mut voivodeships = BTreeMap::new();
    let mut powiats: BTreeMap<String, Powiat> = BTreeMap::new();
    let mut gminas: BTreeMap<String, Gmina> = BTreeMap::new();
    for row in rows {
        let at = (GMINAS_CSV, row.line);
        let (code, seven) = (row.get("teryt6"), row.get("teryt7"));
        let kind = GminaKind::from_teryt_digit(row.get("rodzaj_kod"));
        if !is_gmina_code(code) || seven.get(..6) != Some(code) || seven.get(6..) != Some(row.get("rodzaj_kod")) {
            report.problems.push((at.0, at.1, Problem::TerytMismatch(format!("{code}, {seven}"))));
            continue;
        }
        let Some(kind) = kind else {
            report.problems.push((at.0, at.1, Problem::UnknownValue(row.get("rodzaj_kod").into())));
            continue;
        };
        if row.get("powiat_kod") != powiat_of(code) || row.get("woj_kod") != &code[..2] {
            report.problems.push((
                at.0,
                at.1,
                Problem::TerytMismatch(format!("{code}, {}, {}", row.get("powiat_kod"), row.get("woj_kod"))),
            ));
            continue;
        }
        if gminas.contains_key(code) {
            report.problems.push((at.0, at.1, Problem::DuplicateId(code.into())));
            continue;
        }
        voivodeships.insert(row.get("woj_kod").to_string(), row.get("wojewodztwo").to_string());
        let powiat = Powiat {
            code: row.get("powiat_kod").to_string(),
            name: row.get("powiat").to_string(),
            city: row.get("powiat_rodzaj") == "miasto na prawach powiatu",
        };
        if let Some(known) = powiats.get(&powiat.code) {
            if *known != powiat {
                report.problems.push((at.0, at.1, Problem::TerytMismatch(format!("{} {}", powiat.code, powiat.name))));
            }
        }
        powiats.insert(powiat.code.clone(), powiat);
        gminas.insert(code.to_string(), Gmina { code: code.to_string(), name: row.get("nazwa").to_string(), kind });
    }
    report.counts.push(("voivodeships", voivodeships.len()));
    report.counts.push(("powiats", powiats.len()));
    report.counts.push(("gminas", gminas.len()));
    Ok(PlacesFile {
        schema: DATA_SCHEMA,
        source: teryt_source(),
        voivodeships: voivodeships.into_iter().map(|(code, name)| Voivodeship { code, name }).collect(),
        powiats: powiats.into_values().collect(),
        gminas: gminas.into_values().collect(),
        locality_files: Vec::new(),
    })
}

/// Towns and villages by the file their name falls in.
fn localities(
    sources: &Path,
    places: &PlacesFile,
    districts: &[District],
    report: &mut Report,
) -> Result<BTreeMap<String, LocalityShard>, String> {
    let rows = read_csv(sources, LOCALITIES_CSV, &["nazwa", "rodzaj", "gmina_teryt6"])?;
    let mut shards: BTreeMap<String, LocalityShard> = BTreeMap::new();
    let mut count = 0;
    for row in rows {
        let at = (LOCALITIES_CSV, row.line);
        let gmina = row.get("gmina_teryt6");
        if places.gminas.binary_search_by(|g| g.code.as_str().cmp(gmina)).is_err() {
            report.problems.push((at.0, at.1, Problem::UnknownGmina(gmina.into())));
            continue;
        }
        let Some(key) = shard_key(row.get("nazwa")) else {
            report.problems.push((at.0, at.1, Problem::InvalidValue(row.get("nazwa").into())));
            continue;
        };
        let shard = shards.entry(key.clone()).or_insert_with(|| LocalityShard::new(key, simc_source(), Vec::new()));
        let mut locality = Locality {
            name: row.get("nazwa").into(),
            gmina: gmina.into(),
            kind: row.get("rodzaj").into(),
            district: None,
        };
        crate::warszawa::mark_district(&mut locality, districts);
        shard.localities.push(locality);
        count += 1;
    }
    for shard in shards.values_mut() {
        shard.localities.sort_by_key(sort_key);
    }
    report.counts.push(("localities", count));
    report.counts.push(("locality files", shards.len()));
    Ok(shards)
}

/// JSON with one list item per line: small to ship, and a change to one place is one line of a diff.
pub fn to_lines<T: Serialize>(value: &T) -> String {
    let value = serde_json::to_value(value).expect("serialisable");
    let Value::Object(fields) = value else { return value.to_string() };
    let parts: Vec<String> = fields
        .iter()
        .map(|(key, v)| {
            let value = match v {
                Value::Array(items) if !items.is_empty() => {
                    format!("[\n{}\n]", items.iter().map(Value::to_string).collect::<Vec<_>>().join(",\n"))
                }
                other => other.to_string(),
            };
            format!("{}:{value}", Value::String(key.clone()))
        })
        .collect();
    format!("{{{}}}\n", parts.join(",\n"))
}

fn write(out: &Path, file: &str, text: String) -> Result<(), String> {
    std::fs::write(out.join(file), text).map_err(|e| format!("{}: cannot be written: {e}", out.join(file).display()))
}

/// The catalogue, which must be without problems: its projects are copied into the powiat files.
fn catalogue(dir: &Path, report: &mut Report) -> Result<sprawdz_wsparcie::catalogue::Catalogue, String> {
    let locale = sprawdz_wsparcie::i18n::Locale::default();
    let loaded = sprawdz_wsparcie::folder::load_dir(dir).map_err(|issues| {
        issues.iter().map(|i| format!("{}: {}", dir.display(), i.describe(locale))).collect::<Vec<_>>().join("\n")
    })?;
    if !loaded.issues.is_empty() {
        let lines: Vec<String> =
            loaded.issues.iter().map(|i| format!("{}: {}", dir.display(), i.describe(locale))).collect();
        return Err(format!("{}\nthe catalogue has problems (see above): nothing was written", lines.join("\n")));
    }
    report.counts.push(("projects", loaded.catalogue.entries.len()));
    Ok(loaded.catalogue)
}

/// Reads the sources and the catalogue, writes the data folder afresh (its generated parts only), and
/// reports.
pub fn build(sources: &Path, catalogue_dir: &Path, out: &Path) -> Result<Report, String> {
    let mut report = Report::default();
    let mut places = places(sources, &mut report)?;
    let districts = crate::warszawa::districts(sources, &places, &mut report)?;
    let shards = localities(sources, &places, &districts, &mut report)?;
    places.locality_files = shards.keys().cloned().collect();
    let mut centres: Vec<_> = crate::directory::centres(sources, &places, &mut report)?.into_values().collect();
    centres.extend(crate::warszawa::district_centres(sources, &districts, &mut report)?);
    let senior = crate::senior::senior_places(sources, &places, &mut report)?;
    let (mut parts, locators) = catalogue_parts(&catalogue(catalogue_dir, &mut report)?);
    for dir in [LOCALITIES_DIR, POWIAT_DIR, LOCATOR_DIR] {
        let _ = std::fs::remove_dir_all(out.join(dir));
        std::fs::create_dir_all(out.join(dir)).map_err(|e| format!("{}: {e}", out.join(dir).display()))?;
    }
    write(out, PLACES_FILE, to_lines(&places))?;
    for (key, shard) in &shards {
        write(out, &shard_file(key), to_lines(shard))?;
    }
    for powiat in &places.powiats {
        let centres = centres.iter().filter(|c| powiat_of(&c.gmina) == powiat.code).cloned().collect();
        let districts = districts.iter().filter(|d| powiat_of(&d.gmina) == powiat.code).cloned().collect();
        let catalogue = parts.remove(&powiat.code).unwrap_or_default();
        let here: Vec<_> = senior.iter().filter(|p| powiat_of(&p.gmina) == powiat.code).collect();
        let senior = match here.is_empty() {
            true => None,
            false => Some(serde_json::value::to_raw_value(&here).map_err(|e| format!("{}: {e}", powiat.code))?),
        };
        let file =
            PowiatFile { schema: DATA_SCHEMA, powiat: powiat.code.clone(), centres, catalogue, senior, districts };
        write(out, &powiat_file(&powiat.code), to_lines(&file))?;
    }
    if let Some(code) = parts.keys().next() {
        return Err(format!("powiat {code}: not in {GMINAS_CSV}, yet a project serves it"));
    }
    for file in &locators {
        write(out, &locator_file(&file.key), to_lines(file))?;
    }
    report.counts.push(("locator files", locators.len()));
    write(out, KEEP_FILE, to_lines(&crate::keep::keep_file(out, &places, &shards, &locators)?))?;
    Ok(report)
}
