//! What a page of the apps is: the bundle that serves it and the page with what it shows named, read
//! and written in the folder's other files.

use super::split_language;
use crate::benefits::Benefit;
use crate::catalogue::Query;
use crate::questionnaire::Question;

/// Where the editor's pages start.
pub const EDITOR_ROOT: &str = "/dla-osrodkow";

/// Which app (and so which wasm bundle) serves a page. A link within the same bundle changes the page
/// in place; a link to another bundle loads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The first page, the list, and the project, centre and place pages.
    Catalogue,
    /// Everything under `/sprawdz`: the questions, results, declarations and the staff's device settings.
    Checker,
    /// Everything under `/dla-osrodkow`: the staff editor of a centre's file, which residents never load.
    Editor,
}

impl Bundle {
    /// The bundle that answers `path`, whether or not a page of it is there.
    pub fn of_path(path: &str) -> Bundle {
        let (_, path) = split_language(path);
        if path == CHECKER_ROOT || path.starts_with("/sprawdz/") {
            Bundle::Checker
        } else if path == EDITOR_ROOT || path.starts_with("/dla-osrodkow/") {
            Bundle::Editor
        } else {
            Bundle::Catalogue
        }
    }

    /// The folder the bundle's files are served from (where trunk builds it: the Makefile's `dist`).
    pub fn folder(self) -> &'static str {
        match self {
            Bundle::Catalogue => "/",
            Bundle::Checker => "/sprawdz/",
            Bundle::Editor => "/dla-osrodkow/",
        }
    }
}

pub(super) const CHECKER_ROOT: &str = "/sprawdz";

/// One page of the apps, with what it shows named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: "Gdzie mieszkasz?", the way to a gmina's page and its projects.
    Home,
    /// `/projekty`: every project, filtered by `?q=&miejsce=&dla=&status=&rodzaj=&program=`.
    Catalogue(Query),
    /// `/projekt/<id>`
    Project(String),
    /// `/osrodek/<id>`
    Centre(String),
    /// `/gmina/<6-digit TERYT code>`; `?miejscowosc=<name>` when the resident found it by a town or
    /// village, whose gmina they are asked to confirm.
    Gmina { code: String, via: Option<String> },
    /// `/powiat/<4-digit code>`
    Powiat(String),
    /// `/wojewodztwo/<2-digit code>`
    Voivodeship(String),
    /// `/zasilki`: the benefits of the act that every centre grants.
    Benefits,
    /// `/zasilki/<benefit>`: one of them, with its conditions, amount, what to bring and its sources.
    Benefit(Benefit),
    /// `/sprawdz`, or `/sprawdz/projekt/<id>` for one project.
    CheckStart(Option<String>),
    /// `/sprawdz/pytanie/<question>`; `?zmiana=1` when changing an answer from the answers page.
    Question { question: Question, changing: bool },
    /// `/sprawdz/odpowiedzi`
    Answers,
    /// `/sprawdz/wynik`
    Results,
    /// `/sprawdz/dokumenty`
    Documents,
    /// `/sprawdz/deklaracja/<id>`
    Declaration(String),
    /// `/sprawdz/deklaracja/<id>/wydruk`
    Print(String),
    /// `/sprawdz/wniosek/?id=<id>`: a request to bring to the centre, filled in.
    Request(String),
    /// `/sprawdz/wydruk-wniosku/?id=<id>`: the request printed on A4, with its QR code.
    RequestPrint(String),
    /// `/sprawdz/urzadzenie`
    DeviceSettings,
    /// `/sprawdz/kod/<id>`
    ProjectQr(String),
    /// `/sprawdz/dostepnosc`
    Accessibility,
    /// `/sprawdz/latwy-tekst`
    EasyRead,
    /// `/dla-osrodkow`: the staff editor's start, to open a centre's file or start one for a gmina.
    EditorStart,
    /// `/dla-osrodkow/osrodek/?szkic=<draft>`: the centre of a draft and its list of projects.
    EditorCentre(String),
    /// `/dla-osrodkow/projekt/?szkic=<draft>&p=<project key>`: one project of a draft, with its rules.
    EditorProject { draft: String, project: u32 },
    /// `/dla-osrodkow/podglad/?szkic=<draft>&p=<project key>`: the project as residents will see it,
    /// and "try it" with a sample household.
    EditorPreview { draft: String, project: u32 },
    /// `/dla-osrodkow/plik/?szkic=<draft>`: the checked file to download, and what to do with it.
    EditorFile(String),
}
