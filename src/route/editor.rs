//! The staff editor's pages (`/dla-osrodkow/…`), read and written side by side as the other apps'
//! are. A draft is named by its key on the device and a project by its key in the draft, never by
//! its position: a link stays right when a project before it is removed.

use super::model::{Route, EDITOR_ROOT};
use super::percent::encode_into;
use super::query::{has_key, id, raw_param, segments};

/// The editor's page at `path` with `query`; `None` for one that does not exist.
pub fn parse_editor(path: &str, query: &str) -> Option<Route> {
    let ["dla-osrodkow", page, ""] = segments(path) else { return None };
    let draft = || id(raw_param(query, "szkic")?);
    let project = || raw_param(query, "p")?.parse::<u32>().ok();
    let route = match page {
        "" if !has_key(query, "szkic") => Route::EditorStart,
        "osrodek" => Route::EditorCentre(draft()?),
        "projekt" => Route::EditorProject { draft: draft()?, project: project()? },
        "podglad" => Route::EditorPreview { draft: draft()?, project: project()? },
        "plik" => Route::EditorFile(draft()?),
        _ => return None,
    };
    Some(route)
}

/// The address of an editor's page: its folder, the draft's key and the project's.
pub(super) fn editor_href(route: &Route) -> Option<String> {
    let (page, draft, project) = match route {
        Route::EditorStart => return Some(format!("{EDITOR_ROOT}/")),
        Route::EditorCentre(draft) => ("osrodek", draft, None),
        Route::EditorProject { draft, project } => ("projekt", draft, Some(*project)),
        Route::EditorPreview { draft, project } => ("podglad", draft, Some(*project)),
        Route::EditorFile(draft) => ("plik", draft, None),
        _ => return None,
    };
    let mut out = format!("{EDITOR_ROOT}/{page}/?szkic=");
    encode_into(&mut out, draft);
    if let Some(project) = project {
        out.push_str(&format!("&p={project}"));
    }
    Some(out)
}
