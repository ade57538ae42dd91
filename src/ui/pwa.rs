//! The installed, offline app and the device's mode on screen, under the header of every page of both
//! bundles: registers the service worker (public/sw.js); says when the device is offline; offers a new
//! version ("Dostępna nowa wersja — odśwież") but never in the middle of answering or filling in; on a
//! shared device says that nothing is kept, counts down after the idle time and wipes, with
//! "Zakończ"; at a counter, "Następna osoba".
//!
//! The bars are drawn by a few lines of plain DOM code below rather than Leptos views: the catalogue
//! bundle has a fixed size budget and the views cost several times more. The words all come from the
//! i18n layer and the rules (when to count down, when to wipe, which pages may be interrupted) from
//! the tested [`crate::device`] module; the JavaScript only draws, listens and times.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::device::{idle_state, Idle, Mode};
use crate::i18n::t;
use crate::ui::context::use_locale;
use crate::ui::mode::{end_session, use_device};

#[wasm_bindgen(inline_js = r#"
let waiting = null, updateReady = false, interruptible = true, bar = null;
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; };
function show() {
  if (!bar) return;
  bar.offline.hidden = navigator.onLine;
  bar.update.hidden = !(updateReady && interruptible);
}
let registered = false;
function register() {
  if (!('serviceWorker' in navigator)) return;
  // `make serve` (development) marks its pages: no worker there, and one registered earlier goes.
  if (document.querySelector('meta[name="sprawdz-wsparcie-sw"][content="off"]')) {
    navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => r.unregister()));
    return;
  }
  // The worker's first install downloads the app for offline use: never while the page is still
  // getting what it needs on a slow link. It is registered once no file has arrived for 5 s after the
  // page loaded (a resident reading, or answering questions), or at once when the checker shows its
  // first result (`keep_offline_now`). The checker's start page fetches its app while the first
  // question is answered, with no file arriving for about 2 s on the slow 4G profile: 5 s is past
  // that. Hashed files the page already has come from the HTTP cache.
  const idle = (f, o) => ('requestIdleCallback' in self ? requestIdleCallback(f, o) : setTimeout(f, 200));
  let timer;
  const quiet = () => { clearTimeout(timer); timer = setTimeout(() => idle(registerNow, { timeout: 5000 }), 5000); };
  new PerformanceObserver(quiet).observe({ type: 'resource' });
  if (document.readyState === 'complete') quiet(); else addEventListener('load', quiet, { once: true });
}
export function keep_offline_now() { if ('serviceWorker' in navigator && !document.querySelector('meta[name="sprawdz-wsparcie-sw"][content="off"]')) registerNow(); }
function registerNow() {
  if (registered) return;
  registered = true;
  // A waiting worker while a page is already controlled is a new version; the first install is not.
  // `<html data-update=ready>` says so to the end-to-end tests, whether or not the notice may show.
  const offer = (w) => { if (w.state === 'installed' && navigator.serviceWorker.controller) { waiting = w; updateReady = true; document.documentElement.dataset.update = 'ready'; show(); } };
  const watch = (w) => { if (w) { offer(w); w.addEventListener('statechange', () => offer(w)); } };
  navigator.serviceWorker.register('/sw.js').then((reg) => {
    watch(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // A page left open for days still learns of a new version when it comes back to the front.
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reg.update().catch(() => {}); });
  }).catch(() => {});
  // The data files this page read before the worker was there (the gmina's powiat, the towns typed):
  // named to it once it runs, so it keeps them for offline as if it had fetched them.
  navigator.serviceWorker.ready.then((reg) => reg.active && reg.active.postMessage({ keep: performance.getEntriesByType('resource').map((e) => e.name) })).catch(() => {});
}
function reload() {
  if (!waiting) { location.reload(); return; }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
  waiting.postMessage('skip-waiting');
}
// words, one per line: offline title, offline text, update text, update button, mode title, mode
// text, mode button, idle title, idle button. mode: 0 resident, 1 counter, 2 shared. Called again
// when the app is drawn in another language: then only the words change and the bars move under
// the new header.
let root = null;
const texts = [];
export function start_chrome(lines, mode, idleTick, endSession) {
  const words = lines.split('\n');
  const header = document.querySelector('.site-header');
  if (!header) return;
  if (root) {
    texts.forEach((e, i) => { if (e) e.textContent = words[i]; });
    header.after(root);
    return;
  }
  const say = (tag, cls, i) => { const e = el(tag, cls, words[i]); texts[i] = e; return e; };
  root = el('div', 'app-chrome');
  if (mode) {
    const section = el('section', 'mode-bar ' + (mode === 2 ? 'shared-bar' : 'counter-bar'));
    section.setAttribute('aria-labelledby', 'mode-title');
    const row = el('div', 'wrap mode-row'), p = el('p'), title = say('strong', '', 4), end = say('button', mode === 2 ? 'button warning' : 'button', 6);
    title.id = 'mode-title';
    const detail = say('span', 'mode-detail', 5);
    p.append(title, ' ', detail);
    end.type = 'button';
    end.addEventListener('click', () => endSession());
    row.append(p, end);
    section.append(row);
    root.append(section);
    bar = { detail };
  }
  // Always in the page, so that what appears in it is announced.
  const status = el('div', 'app-status');
  status.setAttribute('role', 'status');
  const offline = el('p', 'offline-note'), update = el('p', 'update-note'), again = say('button', 'button', 3);
  offline.append(say('strong', '', 0), ' ', say('span', '', 1));
  again.type = 'button';
  again.addEventListener('click', reload);
  update.append(say('span', '', 2), ' ', again);
  status.append(offline, update);
  root.append(status);
  header.after(root);
  bar = { ...bar, offline, update };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();
  register();
  if (mode !== 2) return;
  // Shared device: any touch, click, key or scroll is someone still here; Rust says what the idle
  // time means (a warning text, or nothing) and wipes when it is up.
  let last = Date.now();
  for (const name of ['pointerdown', 'keydown', 'input', 'scroll']) addEventListener(name, () => { last = Date.now(); }, { capture: true, passive: true });
  const warning = el('div', 'idle-warning');
  warning.setAttribute('role', 'alert');
  warning.hidden = true;
  const text = el('p');
  const stay = say('button', 'button', 8);
  stay.type = 'button';
  warning.append(say('h2', '', 7), text, stay);
  document.body.append(warning);
  setInterval(() => {
    const said = idleTick(Date.now() - last);
    warning.hidden = said === undefined;
    if (said !== undefined && text.textContent !== said) text.textContent = said;
  }, 1000);
}
export function set_interruptible(yes) { interruptible = yes; show(); }
export function set_mode_detail(text) { if (bar && bar.detail) bar.detail.textContent = text; }
"#)]
extern "C" {
    fn start_chrome(
        words: &str,
        mode: u8,
        idle_tick: &Closure<dyn FnMut(f64) -> Option<String>>,
        end_session: &Closure<dyn FnMut()>,
    );
    /// The page has what it needs (the checker's first result): the worker may keep the app now.
    pub fn keep_offline_now();
    fn set_interruptible(yes: bool);
    fn set_mode_detail(text: &str);
}

/// Keeps the new-version notice away from the checker's pages where someone is answering or filling
/// in. (Every page of the catalogue may be interrupted.)
#[component]
pub fn UpdateGuard() -> impl IntoView {
    let url = crate::ui::nav::use_url();
    Effect::new(move |_| set_interruptible(url.read().checker_route().is_none_or(|r| r.update_notice_allowed())));
}

/// Starts the bars once the header is on the page, and names the counter's gmina once `counter_place`
/// knows its name ([`crate::ui::mode::counter_place`]).
#[component]
pub fn AppChrome(#[prop(into)] counter_place: Signal<Option<String>>) -> impl IntoView {
    start_bars(counter_place);
}

/// [`AppChrome`]'s work, for a page whose header was written at build time (`ui::islands`).
pub fn start_bars(counter_place: Signal<Option<String>>) {
    let locale = use_locale();
    let settings = use_device();
    Effect::new(move |started: Option<()>| {
        let l = locale.get_untracked();
        if started.is_none() {
            let minutes = settings.idle_minutes;
            let (title, text, button) = match settings.mode {
                Mode::Resident => (String::new(), String::new(), String::new()),
                Mode::Counter => (t::counter_title(l).into(), String::new(), t::counter_next(l).into()),
                Mode::Shared => (t::shared_title(l).into(), t::shared_text(l, minutes), t::shared_end(l).into()),
            };
            let words = [
                t::offline_title(l),
                t::offline_text(l),
                t::update_ready(l),
                t::update_reload(l),
                &title,
                &text,
                &button,
                t::idle_title(l),
                t::idle_continue(l),
            ]
            .join("\n");
            let tick = Closure::<dyn FnMut(f64) -> Option<String>>::new(move |idle_ms: f64| {
                match idle_state(idle_ms, minutes) {
                    Idle::Active => None,
                    Idle::Warning(seconds) => Some(t::idle_text(locale.get_untracked(), seconds)),
                    Idle::Wipe => {
                        end_session();
                        None
                    }
                }
            });
            let end = Closure::<dyn FnMut()>::new(end_session);
            let mode = match settings.mode {
                Mode::Resident => 0,
                Mode::Counter => 1,
                Mode::Shared => 2,
            };
            // Kept for the page's life. A later call (the app drawn in another language) only changes
            // the words; the JavaScript keeps calling the first closures, which read the language anew.
            start_chrome(&words, mode, &tick, &end);
            tick.forget();
            end.forget();
        }
        if let Some(name) = counter_place.get().filter(|_| settings.mode == Mode::Counter) {
            set_mode_detail(&name);
        }
    });
}
