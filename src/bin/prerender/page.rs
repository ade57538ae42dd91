//! The pages trunk built for each bundle, filled with what a page drew: its title, `<html>`'s marks,
//! the data it was drawn with, its body; and the loader of the islands bundle in place of the app's.

use chrono::NaiveDate;
use sprawdz_wsparcie::places::DATA_URL;
use sprawdz_wsparcie::route::redirect_script;
use sprawdz_wsparcie::ui::prerender;
use sprawdz_wsparcie::ui::storage::LANGUAGE;
use sprawdz_wsparcie::written::{mark, Written};
use std::path::Path;

/// trunk's tags that load a bundle: its module script, and the links that preload its files.
fn loader_tags(page: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        let tail = &rest[start..];
        let end = if tail.starts_with("<script type=module>") {
            tail.find("</script>").map(|e| e + "</script>".len())
        } else if tail.starts_with("<link ") {
            tail.find('>').map(|e| e + 1).filter(|&e| {
                let tag = &tail[..e];
                tag.contains("rel=modulepreload") || tag.contains("type=application/wasm")
            })
        } else {
            None
        };
        match end {
            Some(end) => {
                tags.push(&tail[..end]);
                rest = &tail[end..];
            }
            None => rest = &tail[1..],
        }
    }
    tags
}

/// The catalogue's page with a loader of the islands bundle in place of trunk's loader of the app, and
/// the app's files named for the islands to load when a visit needs the whole app
/// (`ui::island::load_app`).
///
/// The loader starts once the page has painted, with nothing preloaded before: on a slow line the
/// page's HTML and style sheet have the connection to themselves, and the first paint is the largest
/// (Lighthouse counted the bundle's 130 KB, preloaded with the page, into the largest paint: 1.8 s
/// with it, measured in docs/PERFORMANCE.md). Its script, snippets and wasm then come side by side.
pub fn islands_template(app: &str, islands: &str) -> Result<String, String> {
    let (app_tags, app_js, app_wasm) = bundle_files(app, "app.html")?;
    let (island_tags, js, wasm) = bundle_files(islands, "strony/index.html")?;
    let snippets: Vec<String> = island_tags
        .iter()
        .filter(|t| t.contains("rel=modulepreload") && t.contains("/snippets/"))
        .filter_map(|t| t.split_once("href=").and_then(|(_, rest)| rest.split([' ', '>']).next()))
        .map(|href| format!("{href:?}"))
        .collect();
    let mut page = app.to_string();
    for tag in app_tags {
        page = page.replacen(tag, "", 1);
    }
    let meta = format!(
        "<meta name=sprawdz-wsparcie-app data-js=\"{}\" data-wasm=\"{}\">",
        prerender::escape(&app_js),
        prerender::escape(&app_wasm)
    );
    let loader = format!(
        "<script type=module>requestAnimationFrame(()=>setTimeout(()=>{{\
         for(const href of [{}]){{const l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.append(l)}}\
         const wasm=fetch({wasm:?});import({js:?}).then((m)=>m.default({{module_or_path:wasm}}))}}))</script>",
        snippets.join(",")
    );
    Ok(page.replacen("</head>", &format!("{meta}{loader}</head>"), 1))
}

/// A page an earlier build finished has its module script in a file of its own (`scripts/csp.mjs`):
/// put back where trunk wrote it, so that the page reads as trunk's (the build moves it out again).
fn inline_boot(text: String, dist: &Path) -> Result<String, String> {
    const OPEN: &str = "<script type=module src=/boot-";
    let Some(start) = text.find(OPEN) else { return Ok(text) };
    let name_end = text[start..].find('>').map(|e| start + e).ok_or("an unclosed boot script tag")?;
    let file = &text[start + "<script type=module src=/".len()..name_end];
    let end = text[name_end..]
        .find("</script>")
        .map(|e| name_end + e + "</script>".len())
        .ok_or("an unclosed boot script")?;
    let code = std::fs::read_to_string(dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
    inline_boot(format!("{}<script type=module>{code}</script>{}", &text[..start], &text[end..]), dist)
}

/// trunk's loader tags in `page`, and the bundle's script and wasm they load.
fn bundle_files<'a>(page: &'a str, name: &str) -> Result<(Vec<&'a str>, String, String), String> {
    let quoted = |text: &str, after: &str| {
        text.split_once(after).and_then(|(_, rest)| rest.split_once('\'').map(|(file, _)| file.to_string()))
    };
    let tags = loader_tags(page);
    let script = tags.iter().find(|t| t.starts_with("<script")).ok_or(format!("{name}: no trunk script"))?;
    match (quoted(script, " from '"), quoted(script, "module_or_path: '")) {
        (Some(js), Some(wasm)) => Ok((tags.clone(), js, wasm)),
        _ => Err(format!("{name}: trunk's script names no files (has trunk changed?)")),
    }
}

/// A catalogue page with its islands: it says which address and day it was drawn for and how long it
/// holds (`crate::written`), and names its data files for the app, should the app come to draw it
/// again, rather than preloading them: the islands need none of them.
/// The checker's start page (`answers_shown`) is written as for a device with no answers. `head` goes
/// at the end of `<head>`.
pub fn fill_islands(
    template: &str,
    drawn: &prerender::Drawn,
    head: &str,
    href: &str,
    today: NaiveDate,
    answers_shown: bool,
) -> String {
    let path = href.split('?').next().unwrap_or(href);
    let written = Written {
        path: path.to_string(),
        // Written by the page itself (`lang`), not among the marks.
        locale: sprawdz_wsparcie::i18n::Locale::Pl,
        drawn_for: today,
        holds_until: drawn.holds_until,
        answers_shown,
    };
    let mut marks = String::new();
    for (name, value) in written.marks() {
        match value {
            Some(value) => marks.push_str(&format!(" {name}=\"{}\"", prerender::escape(&value))),
            None => marks.push_str(&format!(" {name}")),
        }
    }
    if !drawn.data_files.is_empty() {
        marks.push_str(&format!(" {}=\"{}\"", mark::FILES, prerender::escape(&drawn.data_files.join(" "))));
    }
    // No `no-js` to wait for: what acts shows from the first paint (hidden by CSS without scripts).
    let class =
        drawn.html_class.as_deref().unwrap_or_default().split(' ').filter(|c| *c != "no-js").collect::<Vec<_>>();
    let drawn = prerender::Drawn {
        html_class: (!class.is_empty()).then(|| class.join(" ")),
        data_files: Vec::new(),
        ..drawn.clone()
    };
    fill_marked(template, &drawn, head, &marks)
}

/// A page trunk built, with `<title>…</title>` and `<body>…</body>` to fill, and the script that takes
/// a device to its language first of all, right after the character set
/// (`sprawdz_wsparcie::route::redirect_script`).
pub fn template(path: &Path, dist: &Path) -> Result<String, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e} (build both bundles first)", path.display()))?;
    let text = inline_boot(text, dist)?;
    const CHARSET: &str = "<meta charset=utf-8>";
    for needed in ["<html lang=pl>", CHARSET, "<title>", "</title>", "</head>", "<body>", "</body>"] {
        if !text.contains(needed) {
            return Err(format!("{}: no {needed} to fill (has trunk's minifier changed?)", path.display()));
        }
    }
    // A page an earlier run kept (`app.html`) has it already.
    let script = redirect_script(LANGUAGE);
    if text.contains(&script) {
        return Ok(text);
    }
    Ok(text.replacen(CHARSET, &format!("{CHARSET}{script}"), 1))
}

/// A bundle's page from [`template`], checked to have a description to fill.
pub fn described(page: String, path: &Path) -> Result<String, String> {
    match description_tag(&page) {
        Some(_) => Ok(page),
        None => Err(format!("{}: no <meta name=description> to fill (has trunk's minifier changed?)", path.display())),
    }
}

/// The `<meta>` tag in `page` that describes it (however trunk's minifier ordered and quoted it).
fn description_tag(page: &str) -> Option<&str> {
    page.match_indices("<meta ").map(|(start, _)| &page[start..]).find_map(|tail| {
        let tag = &tail[..tail.find('>')? + 1];
        (tag.contains("name=description") || tag.contains("name=\"description\"")).then_some(tag)
    })
}

/// The page in `template` as `drawn`, with `head` at the end of its `<head>`.
pub fn fill(template: &str, drawn: &prerender::Drawn, head: &str) -> String {
    fill_marked(template, drawn, head, "")
}

/// [`fill`], with more attributes on `<html>` (`marks`, each after a space).
fn fill_marked(template: &str, drawn: &prerender::Drawn, head_end: &str, marks: &str) -> String {
    let (head, rest) = template.split_once("<title>").expect("checked");
    let (own_title, rest) = rest.split_once("</title>").expect("checked");
    // A page that names itself only once its data is read keeps its bundle's title.
    let title = if drawn.title.is_empty() { own_title.to_string() } else { prerender::escape(&drawn.title) };
    let (middle, rest) = rest.split_once("<body>").expect("checked");
    let (_, tail) = rest.split_once("</body>").expect("checked");
    let class = drawn.html_class.as_ref().map(|c| format!(" class=\"{}\"", prerender::escape(c))).unwrap_or_default();
    let head = head.replacen("<html lang=pl>", &format!("<html lang={}{class}{marks}>", drawn.lang), 1);
    let head = match description_tag(&head) {
        Some(tag) => head.replacen(
            tag,
            &format!("<meta name=description content=\"{}\">", prerender::escape(&drawn.description)),
            1,
        ),
        None => head,
    };
    // The data the page was drawn with, fetched by the browser while the app loads (the app waits for
    // it before it draws the page again: `ui::host::fetch_page_data`).
    let preload: String = drawn
        .data_files
        .iter()
        .map(|file| {
            let href = prerender::escape(&format!("{DATA_URL}{file}"));
            format!("<link rel=preload as=fetch crossorigin href=\"{href}\" data-file=\"{}\">", prerender::escape(file))
        })
        .collect();
    let middle = middle.replacen("</head>", &format!("{preload}{head_end}</head>"), 1);
    format!("{head}<title>{title}</title>{middle}<body>{}</body>{tail}", drawn.body)
}
