//! The build's Content-Security-Policy: in every page's `<meta>` (for hosts that cannot set headers)
//! and, with `frame-ancestors`, in the header deploy/nginx/sprawdz-wsparcie.conf sends, which must be
//! this build's.
//!
//! No page keeps a script the policy would have to allow as inline code it cannot name: each page's
//! module script is a file of its own, named by a hash of its content (`/boot-<hash>.js`, kept a year
//! like trunk's files); the one classic script inline, the language redirect that must run before the
//! first paint (`sprawdz_wsparcie::route::redirect_script`), is allowed by its SHA-256, which stays the
//! same from build to build. A page with a `style` attribute, a `<style>` element, an event-handler
//! attribute or another inline script is refused: the policy allows none of them.

use std::cell::RefCell;
use std::path::Path;

use base64::Engine;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};

/// The nginx configuration whose header must carry this build's policy.
pub const NGINX_CONF: &str = "deploy/nginx/sprawdz-wsparcie.conf";

/// The policy's directives, allowing the inline scripts with these SHA-256 hashes (base64);
/// `frame-ancestors` only as a `header` (a `<meta>` one is ignored).
pub fn policy(hashes: &[String], header: bool) -> String {
    let script: String = hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect();
    let mut directives = vec![
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval'{script}"),
        "style-src 'self'".into(),
        "img-src 'self' data: blob:".into(),
        "font-src 'self'".into(),
        "connect-src 'self'".into(),
        "manifest-src 'self'".into(),
        "worker-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'self'".into(),
    ];
    if header {
        directives.push("frame-ancestors 'none'".into());
    }
    directives.join("; ")
}

/// The hash a policy allows an inline script by.
pub fn script_hash(code: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(code.as_bytes()))
}

/// The file a module script is written to, named by its content: `boot-<16 hex digits>.js`.
pub fn boot_file(code: &str) -> String {
    let digest = Sha256::digest(code.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("boot-{hex}.js")
}

/// Whether `name` is a file [`boot_file`] names.
pub fn is_boot_file(name: &str) -> bool {
    name.strip_prefix("boot-")
        .and_then(|rest| rest.strip_suffix(".js"))
        .is_some_and(|hex| hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Fails unless the nginx configuration at `conf` sends `header` (the policy as a header).
pub fn check_conf(conf: &Path, header: &str) -> Result<(), String> {
    let line = format!("add_header Content-Security-Policy \"{header}\" always;");
    let text = std::fs::read_to_string(conf).map_err(|e| format!("{}: {e}", conf.display()))?;
    if text.contains(&line) {
        Ok(())
    } else {
        Err(format!(
            "{}: its Content-Security-Policy is not this build's (an inline script changed?). Put:\n    {line}",
            conf.display()
        ))
    }
}

/// What in `page` the policy would block: anything but `allowed` as inline script, styles in the page,
/// event-handler attributes.
pub fn refused(page: &str, allowed: &str) -> Vec<String> {
    let found = RefCell::new(Vec::new());
    let inline = RefCell::new(None::<String>);
    let result = rewrite_str(
        page,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("style", |_| {
                    found.borrow_mut().push("a <style> element".to_string());
                    Ok(())
                }),
                element!("*", |el| {
                    for attribute in el.attributes() {
                        let name = attribute.name();
                        if name == "style" {
                            found.borrow_mut().push(format!("a style attribute on <{}>", el.tag_name()));
                        } else if name.starts_with("on") {
                            found
                                .borrow_mut()
                                .push(format!("an event-handler attribute ({name}) on <{}>", el.tag_name()));
                        }
                    }
                    Ok(())
                }),
                element!("script", |el| {
                    if el.get_attribute("src").is_none() {
                        *inline.borrow_mut() = Some(String::new());
                    }
                    Ok(())
                }),
                text!("script", |chunk| {
                    let mut inline = inline.borrow_mut();
                    if let Some(code) = inline.as_mut() {
                        code.push_str(chunk.as_str());
                    }
                    if chunk.last_in_text_node() && inline.take().is_some_and(|code| code != allowed) {
                        found.borrow_mut().push("an inline script".to_string());
                    }
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    );
    let mut found = found.into_inner();
    if let Err(e) = result {
        found.push(e.to_string());
    }
    found
}
