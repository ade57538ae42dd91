//! The language is part of a page's address: Polish pages have none (`/gmina/120703/`), the others
//! start with their language (`/uk/gmina/120703/`, `/en/gmina/120703/`). Each language's pages are
//! written at build time under its own addresses, so a page reads in its language from the first
//! paint, and a link keeps the language it was followed in.

use crate::i18n::Locale;

/// The language every address without one is in.
pub const DEFAULT: Locale = Locale::Pl;

/// The language `path` names and the path without it: `/uk/gmina/1/` is Ukrainian `/gmina/1/`,
/// `/uk` is Ukrainian `/`, and a path that names none (`/gmina/1/`, `/ukraina/`) is Polish as it is.
pub fn split_language(path: &str) -> (Locale, &str) {
    let rest = path.strip_prefix('/').unwrap_or(path);
    let (first, after) = rest.split_once('/').map_or((rest, ""), |(first, _)| (first, &rest[first.len()..]));
    match Locale::from_code(first).filter(|&l| l != DEFAULT) {
        Some(locale) if after.is_empty() => (locale, "/"),
        Some(locale) => (locale, after),
        None => (DEFAULT, path),
    }
}

/// The same address (a path with perhaps a query and an anchor, in any language) in `locale`.
pub fn in_language(address: &str, locale: Locale) -> String {
    let (path, rest) = address.split_at(address.find(['?', '#']).unwrap_or(address.len()));
    let (_, plain) = split_language(path);
    if locale == DEFAULT {
        format!("{plain}{rest}")
    } else {
        format!("/{}{plain}{rest}", locale.code())
    }
}

/// The page at `href` in each language, by its `hreflang`, the Polish page also standing for every
/// other language (`x-default`): for `<link rel=alternate>` on each page written at build time.
pub fn alternates(href: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = Locale::ALL.iter().map(|&l| (l.code(), in_language(href, l))).collect();
    out.push(("x-default", in_language(href, DEFAULT)));
    out
}

/// The code of the first script of every page (inline, before anything else), reading `key` (where the language switch keeps the choice). On an
/// address in no language (a Polish page, a printed QR code, a link shared by someone in Poland): the
/// language chosen on this device (this tab's first, where a shared device keeps it), else the first
/// of the browser's preferred languages that the app speaks ("uk-UA" is Ukrainian), else Polish; for
/// another language than Polish, the page is replaced by the same page in it before its style sheet or
/// anything else is used. An address that names its language is shown in it, whatever the device
/// asks for: it is what the link said. Inline and run where it stands, so that there is no file to
/// wait for on the way to the first paint; without scripts nothing moves, and the switch's links lead
/// to each language. It reads addresses as [`split_language`] does (tested against it).
pub fn redirect_script(key: &str) -> String {
    let codes: Vec<String> = Locale::ALL.iter().map(|l| format!("{:?}", l.code())).collect();
    let named: Vec<&str> = Locale::ALL.iter().filter(|&&l| l != DEFAULT).map(|l| l.code()).collect();
    format!(
        "(()=>{{const p=location.pathname;if(/^\\/({named})(\\/|$)/.test(p))return;\
         const k={key:?},codes=[{codes}];\
         const read=(s)=>{{try{{return s().getItem(k)}}catch(e){{return null}}}};\
         let c=read(()=>sessionStorage)||read(()=>localStorage);\
         if(!codes.includes(c))c=[...(navigator.languages||[])].map((t)=>t.split(/[-_]/)[0].toLowerCase()).find((t)=>codes.includes(t));\
         if(c&&c!=={default:?})location.replace('/'+c+p+location.search+location.hash)}})()",
        named = named.join("|"),
        codes = codes.join(","),
        default = DEFAULT.code(),
    )
}
