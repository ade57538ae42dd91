//! Whether the browser will keep what the app stores: asking it to (`navigator.storage.persist()`,
//! once a resident saves a declaration), what it answered, and whether it may delete the site's data
//! after a week without a visit (Safari outside an installed app, see
//! [`crate::device::may_delete_after_a_week`]). "Moje dokumenty" says all three.

use wasm_bindgen_futures::JsFuture;

/// The browser's storage manager; `None` in a browser without one (or a page written at build time).
fn manager() -> Option<web_sys::StorageManager> {
    if cfg!(feature = "ssr") {
        return None;
    }
    let navigator = web_sys::window()?.navigator();
    // Absent in older browsers: `storage()` would hand back `undefined` typed as a manager.
    js_sys::Reflect::has(&navigator, &"storage".into()).ok()?.then(|| navigator.storage())
}

async fn answer(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser has promised to keep the site's storage (no when it cannot say).
pub async fn persisted() -> bool {
    match manager() {
        Some(m) => answer(m.persisted()).await.unwrap_or(false),
        None => false,
    }
}

/// Asks the browser to keep the site's storage; its answer (no when it cannot say). Chromium
/// decides without asking the person, Firefox asks them.
pub async fn persist() -> bool {
    match manager() {
        Some(m) => answer(m.persist()).await.unwrap_or(false),
        None => false,
    }
}

thread_local! {
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True the first time in a page, false after: the browser is asked once a visit.
pub fn first_ask() -> bool {
    !ASKED.with(|a| a.replace(true))
}

/// Whether this browser may delete the site's data after 7 days without a visit.
pub fn may_delete_after_a_week() -> bool {
    let Some(window) = web_sys::window().filter(|_| !cfg!(feature = "ssr")) else { return false };
    let user_agent = window.navigator().user_agent().unwrap_or_default();
    let display_standalone =
        window.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches());
    // Safari on an iPhone says it through a property of its own.
    let ios_standalone =
        js_sys::Reflect::get(&window.navigator(), &"standalone".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    crate::device::may_delete_after_a_week(&user_agent, display_standalone || ios_standalone)
}
