//! The prerender step's own parts: what it reads of trunk's pages, and what the policy refuses.
//! (`make test` runs these with `cargo test --features ssr --bin prerender`; the pages it writes are
//! tested whole in tests/e2e/.)

use super::assets::trunk_files;
use super::policy::{boot_file, is_boot_file, policy, refused, script_hash};
use sprawdz_wsparcie::ui::shell::Style;

/// A page as trunk 0.21 writes it, minified.
const TRUNK_PAGE: &str = "<!doctype html><html lang=pl><meta charset=utf-8><title>Sprawdź wsparcie</title>\
<script type=module>import init, * as bindings from '/sprawdz/app-3b82c08f978cac39.js';\n\
const wasm = await init({ module_or_path: '/sprawdz/app-3b82c08f978cac39_bg.wasm' });</script>\
<link href=/sprawdz/main-237f.css integrity=sha384-W0c rel=stylesheet><link href=/sprawdz/check-f544.css rel=stylesheet>\
<link href=/icons/icon.svg rel=icon type=image/svg+xml>\
<link crossorigin href=/sprawdz/app-3b82c08f978cac39.js rel=modulepreload>\
<link crossorigin href=/sprawdz/snippets/app-33b2/inline1.js rel=modulepreload>\
<link as=fetch crossorigin href=/sprawdz/app-3b82c08f978cac39_bg.wasm rel=preload type=application/wasm>\
</head><body><noscript>Ta strona potrzebuje włączonego JavaScriptu.</noscript></body></html>";

#[test]
fn trunks_page_names_its_bundles_files() {
    let files = trunk_files(TRUNK_PAGE, "/sprawdz/").unwrap().expect("trunk's page");
    assert_eq!(files.js, "/sprawdz/app-3b82c08f978cac39.js");
    assert_eq!(files.wasm, "/sprawdz/app-3b82c08f978cac39_bg.wasm");
    assert_eq!(files.snippets, ["/sprawdz/snippets/app-33b2/inline1.js"]);
    let style = |href: &str, integrity: Option<&str>| Style { href: href.into(), integrity: integrity.map(Into::into) };
    assert_eq!(
        files.styles,
        [style("/sprawdz/main-237f.css", Some("sha384-W0c")), style("/sprawdz/check-f544.css", None)]
    );
}

#[test]
fn a_page_written_before_is_not_trunks_and_a_changed_trunk_is_an_error() {
    let written = TRUNK_PAGE.replace(
        "<script type=module>import init",
        "<script type=module src=/boot-1.js></script><script type=text/plain>import init",
    );
    assert_eq!(trunk_files(&written, "/sprawdz/"), Ok(None));
    let no_wasm = TRUNK_PAGE.replace("rel=preload type=application/wasm", "rel=preload");
    let error = trunk_files(&no_wasm, "/sprawdz/").unwrap_err();
    assert!(error.contains("one script and one wasm file under /sprawdz/"), "{error}");
    // Built for another folder than the layout says: the pages would load nothing.
    assert!(trunk_files(TRUNK_PAGE, "/strony/").is_err());
}

#[test]
fn the_policy_refuses_what_it_would_block_and_allows_the_first_script() {
    let first = "(()=>{})()";
    let page = |body: &str| format!("<html><head><script>{first}</script></head><body>{body}</body></html>");
    assert_eq!(refused(&page("<p>tekst</p><script src=/boot-1.js></script>"), first), Vec::<String>::new());
    assert_eq!(refused(&page("<p style=\"color:red\">x</p>"), first), ["a style attribute on <p>"]);
    assert_eq!(
        refused(&page("<button onclick=\"go()\">x</button>"), first),
        ["an event-handler attribute (onclick) on <button>"]
    );
    assert_eq!(refused(&page("<style>p{}</style>"), first), ["a <style> element"]);
    assert_eq!(refused(&page("<script>alert(1)</script>"), first), ["an inline script"]);
    assert_eq!(refused(&page("<script type=module>import '/x.js'</script>"), first), ["an inline script"]);
}

#[test]
fn the_header_and_the_meta_differ_only_by_frame_ancestors() {
    let hashes = [script_hash("(()=>{})()")];
    let meta = policy(&hashes, false);
    assert_eq!(policy(&hashes, true), format!("{meta}; frame-ancestors 'none'"));
    assert!(meta.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{}';", hashes[0])), "{meta}");
    assert!(!meta.contains("unsafe-inline"), "{meta}");
    // A module script's file is named by its content, as trunk names its own.
    assert_eq!(boot_file("a"), boot_file("a"));
    assert_ne!(boot_file("a"), boot_file("b"));
    assert!(is_boot_file(&boot_file("a")), "{}", boot_file("a"));
    assert!(!is_boot_file("boot-x.js") && !is_boot_file("main-237f144427d5492b.css"));
}
