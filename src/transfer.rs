//! Moving a resident's documents (declarations and requests) between devices: an export file and its
//! import. Importing checks everything before anything is stored: a damaged, cut-off, too large or
//! foreign file changes nothing.

use serde::{Deserialize, Serialize};

use crate::declaration::{from_value, Declaration};
use crate::i18n::{t, Locale};
use crate::problem::Problem;
use crate::request::Request;

/// The largest file we read (1 MB): a declaration is about a kilobyte.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Says the file is ours.
pub const FILE_KIND: &str = "sprawdz-wsparcie/deklaracje";
/// 1: declarations. 2: requests too (a file of version 1 has none, and imports as before).
pub const FILE_VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    kind: String,
    version: u32,
    declarations: Vec<Declaration>,
    requests: Vec<Request>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// Not JSON at all, or cut off: the line and column where reading stopped.
    Damaged {
        line: usize,
        column: usize,
    },
    /// JSON, but not a declarations file of ours.
    Foreign,
    /// Ours, but from a newer version of the app.
    NewerVersion(u32),
    /// Ours and readable, but a declaration in it is not valid (or has the id of one before it):
    /// which one and why.
    BadDeclaration {
        index: usize,
        problem: Problem,
    },
    /// The same for a request.
    BadRequest {
        index: usize,
        problem: Problem,
    },
}

impl ImportError {
    /// What the person is told, ending with "nothing was changed".
    pub fn describe(&self, l: Locale) -> String {
        match self {
            ImportError::TooLarge { bytes } => {
                t::import_too_large(l, crate::money::format_number((*bytes as i64).into(), 0, l))
            }
            ImportError::Empty => t::import_empty(l).to_string(),
            ImportError::Damaged { line, column } => t::import_damaged(l, t::ImportDamaged { column, line }),
            ImportError::Foreign => t::import_foreign(l).to_string(),
            ImportError::NewerVersion(_) => t::import_newer(l).to_string(),
            ImportError::BadDeclaration { index, problem } => t::import_bad_declaration(
                l,
                t::ImportBadDeclaration { detail: &problem.describe(l), number: &(index + 1) },
            ),
            ImportError::BadRequest { index, problem } => {
                t::import_bad_request(l, t::ImportBadRequest { detail: &problem.describe(l), number: &(index + 1) })
            }
        }
    }
}

/// The file to save: pretty JSON, so a clerk can read it too.
pub fn export(declarations: &[Declaration], requests: &[Request]) -> String {
    let file = ExportFile {
        kind: FILE_KIND.into(),
        version: FILE_VERSION,
        declarations: declarations.to_vec(),
        requests: requests.to_vec(),
    };
    serde_json::to_string_pretty(&file).expect("documents serialise")
}

/// What an import would do: the documents it brings, and the ids of those that replace one already
/// saved (same id), so the app can ask before replacing.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub declarations: Vec<Declaration>,
    pub requests: Vec<Request>,
    pub replacing: Vec<String>,
}

/// Reads an export file. Nothing is stored here: the caller stores the plan once the person agrees.
pub fn import(bytes: &[u8], existing_ids: &[String]) -> Result<ImportPlan, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Foreign)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::Damaged { line: e.line(), column: e.column() })?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(FILE_KIND) {
        return Err(ImportError::Foreign);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if (1..=FILE_VERSION).contains(&(v as u32)) => {}
        Some(v) if v as u32 > FILE_VERSION => return Err(ImportError::NewerVersion(v as u32)),
        _ => return Err(ImportError::Foreign),
    }
    let items = value.get("declarations").and_then(|d| d.as_array()).ok_or(ImportError::Foreign)?;
    let mut declarations = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let bad = |problem| ImportError::BadDeclaration { index, problem };
        // A file exported by an earlier release holds declarations of an earlier schema: migrated here.
        let d: Declaration = from_value(item.clone()).map_err(bad)?;
        if d.id.trim().is_empty() {
            return Err(bad(Problem::MissingField("id".into())));
        }
        // Two of one id would be stored as one, the second over the first.
        if declarations.iter().any(|earlier: &Declaration| earlier.id == d.id) {
            return Err(bad(Problem::DuplicateId(d.id)));
        }
        declarations.push(d);
    }
    let requests = read_requests(&value)?;
    let replacing = declarations
        .iter()
        .map(|d| &d.id)
        .chain(requests.iter().map(|r| &r.id))
        .filter(|id| existing_ids.contains(id))
        .cloned()
        .collect();
    Ok(ImportPlan { declarations, requests, replacing })
}

/// The requests of a file (none in a file of version 1), each read as a declaration is.
fn read_requests(file: &serde_json::Value) -> Result<Vec<Request>, ImportError> {
    let Some(items) = file.get("requests") else { return Ok(Vec::new()) };
    let items = items.as_array().ok_or(ImportError::Foreign)?;
    let mut requests: Vec<Request> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let bad = |problem| ImportError::BadRequest { index, problem };
        let r = crate::request::from_value(item.clone()).map_err(bad)?;
        if r.id.trim().is_empty() {
            return Err(bad(Problem::MissingField("id".into())));
        }
        if requests.iter().any(|earlier| earlier.id == r.id) {
            return Err(bad(Problem::DuplicateId(r.id)));
        }
        requests.push(r);
    }
    Ok(requests)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two() -> Vec<Declaration> {
        let a = crate::declaration::tests_example();
        let mut b = a.clone();
        b.id = "d-2".into();
        b.person.first_name = "Jan".into();
        vec![a, b]
    }

    fn request(id: &str) -> Request {
        use crate::request::{Applicant, RequestMember, REQUEST_SCHEMA};
        Request {
            schema: REQUEST_SCHEMA,
            id: id.into(),
            gmina: "Białowieża".into(),
            gmina_code: Some("200502".into()),
            person: Applicant { first_name: "Anna".into(), surname: "Nowak".into(), ..Applicant::default() },
            members: vec![RequestMember {
                role: crate::household::Role::Applicant,
                age: Some(70),
                income: Some(rust_decimal::Decimal::new(90000, 2)),
            }],
            benefits: vec![crate::benefits::Benefit::ZasilekStaly],
            reason: "Nie starcza mi | na leki.\nDruga linia.".into(),
            ..Request::default()
        }
    }

    #[test]
    fn declarations_and_requests_go_out_and_come_back_the_same() {
        let requests = vec![request("w-1"), request("w-2")];
        let file = export(&two(), &requests);
        assert!(file.contains("\"version\": 2"), "{file}");
        let plan = import(file.as_bytes(), &["w-2".to_string(), "d-2".to_string()]).unwrap();
        assert_eq!(plan.declarations, two());
        assert_eq!(plan.requests, requests);
        assert_eq!(plan.replacing, vec!["d-2".to_string(), "w-2".to_string()]);
    }

    #[test]
    fn a_bad_request_is_named_by_its_number_and_nothing_is_imported() {
        let file = export(&two(), &[request("w-1"), request("w-2")]);
        let value: serde_json::Value = serde_json::from_str(&file).unwrap();
        let mut broken = value.clone();
        broken["requests"][1]["benefits"] = serde_json::json!(["zasilek-nieznany"]);
        let err = import(broken.to_string().as_bytes(), &[]).unwrap_err();
        assert!(matches!(err, ImportError::BadRequest { index: 1, .. }), "{err:?}");
        assert!(
            err.describe(Locale::Pl).starts_with("Wniosek nr 2 w pliku jest błędny ("),
            "{}",
            err.describe(Locale::Pl)
        );
        let mut twice = value.clone();
        twice["requests"][1]["id"] = "w-1".into();
        let err = import(twice.to_string().as_bytes(), &[]).unwrap_err();
        assert_eq!(err, ImportError::BadRequest { index: 1, problem: Problem::DuplicateId("w-1".into()) });
        let mut newer = value;
        newer["requests"][0]["schema"] = 9.into();
        assert!(matches!(import(newer.to_string().as_bytes(), &[]), Err(ImportError::BadRequest { index: 0, .. })));
    }

    #[test]
    fn a_file_of_version_1_has_no_requests_and_imports_as_before() {
        let v1 = serde_json::json!({ "kind": FILE_KIND, "version": 1, "declarations": two() }).to_string();
        let plan = import(v1.as_bytes(), &[]).unwrap();
        assert_eq!(plan.declarations, two());
        assert!(plan.requests.is_empty());
    }

    #[test]
    fn export_then_import_gives_the_same_declarations() {
        let file = export(&two(), &[]);
        let plan = import(file.as_bytes(), &[]).unwrap();
        assert_eq!(plan.declarations, two());
        assert!(plan.replacing.is_empty());
    }

    #[test]
    fn a_file_exported_by_the_first_release_imports_with_its_category_by_name() {
        let mut v1 = serde_json::to_value(&two()[0]).unwrap();
        v1["schema"] = 1.into();
        v1["category"] = "ue:9".into();
        let file = serde_json::json!({ "kind": FILE_KIND, "version": 1, "declarations": [v1] }).to_string();
        let plan = import(file.as_bytes(), &[]).unwrap();
        assert_eq!(plan.declarations[0].category.as_deref(), Some("ue:homeless"));
        assert_eq!(plan.declarations[0].schema, crate::declaration::DECLARATION_SCHEMA);
    }

    #[test]
    fn an_existing_declaration_is_flagged_before_replacing() {
        let file = export(&two(), &[]);
        let plan = import(file.as_bytes(), &["d-2".to_string(), "other".to_string()]).unwrap();
        assert_eq!(plan.replacing, vec!["d-2".to_string()]);
    }

    #[test]
    fn damaged_truncated_large_and_foreign_files_are_refused() {
        let file = export(&two(), &[]);
        let cut = &file[..file.len() / 2];
        assert!(matches!(import(cut.as_bytes(), &[]), Err(ImportError::Damaged { .. })));
        assert_eq!(import(b"", &[]), Err(ImportError::Empty));
        assert_eq!(import(&[0xff, 0xfe, 0x00], &[]), Err(ImportError::Foreign));
        assert_eq!(import(br#"{"kind": "something-else", "version": 1}"#, &[]), Err(ImportError::Foreign));
        assert_eq!(import(br#"[1, 2, 3]"#, &[]), Err(ImportError::Foreign));
        let newer = file.replacen("\"version\": 2", "\"version\": 7", 1);
        assert_eq!(import(newer.as_bytes(), &[]), Err(ImportError::NewerVersion(7)));
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(import(&big, &[]), Err(ImportError::TooLarge { bytes: MAX_IMPORT_BYTES + 1 }));
        let bad = file.replacen("\"first_name\": \"Zofia\"", "\"first_name\": 12", 1);
        assert!(matches!(import(bad.as_bytes(), &[]), Err(ImportError::BadDeclaration { index: 0, .. })));
    }
}
