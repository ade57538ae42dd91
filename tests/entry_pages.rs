//! The HTML entry pages (index.html for the catalogue, check.html for the checker, editor.html for the
//! staff editor, pages.html for the islands of the pages written at build time) must build their wasm the same way: trunk has no
//! shared setting for it, so this keeps them in step.

fn rust_link(page: &str) -> String {
    let html = std::fs::read_to_string(page).unwrap();
    let start = html.find(r#"<link data-trunk rel="rust""#).unwrap_or_else(|| panic!("{page}: no rust link"));
    let end = start + html[start..].find('>').unwrap();
    let tag = &html[start..end];
    // Everything but the binary's name must match.
    let bin_start = tag.find("data-bin=\"").unwrap();
    let bin_end = bin_start + 10 + tag[bin_start + 10..].find('"').unwrap();
    format!("{}{}", &tag[..bin_start], &tag[bin_end + 1..])
}

#[test]
fn both_bundles_are_built_with_the_same_wasm_settings() {
    // The checker's build has its split points (`split`, decision 0010).
    assert_eq!(rust_link("index.html"), rust_link("check.html").replace(r#"features="split""#, r#"features="web""#));
    // Only the features differ: the editor's pages compile with `editor` alone, the islands bundle
    // hydrates (`pages`), the apps draw (`web`).
    assert_eq!(rust_link("index.html"), rust_link("editor.html").replace(r#"features="editor""#, r#"features="web""#));
    assert_eq!(rust_link("index.html"), rust_link("pages.html").replace(r#"features="pages""#, r#"features="web""#));
    // The checker's pages have islands of their own (`pages-checker`).
    assert_eq!(
        rust_link("pages.html"),
        rust_link("pages-check.html").replace(r#"features="pages-checker""#, r#"features="pages""#)
    );
}

#[test]
fn both_pages_load_the_shared_stylesheet_and_nothing_from_elsewhere() {
    for page in ["index.html", "check.html", "editor.html"] {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(html.contains(r#"<link data-trunk rel="css" href="style/main.css">"#), "{page}");
        assert!(html.contains(r#"<html lang="pl">"#), "{page}");
        assert!(!html.contains("http://") && !html.contains("https://"), "{page} names another origin");
    }
}
