//! "Bez internetu" on a voivodeship's page: an outreach tablet keeps the whole voivodeship (its powiats'
//! centres and projects, the locators that lead there, every town and village file) with one button
//! that says how much it will download, and drops it again with another. The files go into the service
//! worker's data cache, which app updates leave alone, so the worker answers them with the network off.
//! Which files, and their compressed size, `wsparcie data` wrote into `offline.json` (see
//! [`crate::keep`], where the lists are made and tested).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::i18n::{t, Locale};
use crate::keep::{size_text, KEEP_FILE};
use crate::places::DATA_URL;
use crate::ui::context::{use_locale, with_polish};
use crate::ui::island::{island, Part};

// The script reads `offline.json` and works the service worker's data cache, six files at a time, and
// answers through `report(a, b, outcome)`: outcome 0 under way (a files of b), 1 finished, 2 failed,
// 3 checked (a bytes to download, b 1 when every file is kept already). Reading the list in the page's
// wasm instead (serde and the lists in Rust) cost the first page 4.9 KB more (gzip), measured, for a
// section only outreach staff use; the end-to-end test compares the files kept with the list.
// The town files and the locator files serve other voivodeships too: dropping one removes them only
// when no other voivodeship is kept (none has its first powiat's file here); its powiats' files go.
#[wasm_bindgen(inline_js = r#"
export function worker_ready() { return 'caches' in self && !!(navigator.serviceWorker && navigator.serviceWorker.controller); }
export function keep_action(cache, base, list, code, action, report) {
  (async () => {
    const response = await fetch(`${base}${list}`);
    if (!response.ok) throw new Error(list);
    const keep = await response.json();
    const v = keep.voivodeships.find((x) => x.code === code);
    if (!v) throw new Error(code);
    const url = (f) => `${base}${f}`;
    const all = [...v.files, ...keep.localities.files].map(url);
    const c = await caches.open(cache);
    const has = async (u) => !!(await c.match(u));
    if (action === 0) {
      let n = 0;
      for (const u of all) if (await has(u)) n += 1;
      report(v.bytes + keep.localities.bytes, n === all.length ? 1 : 0, 3);
    } else if (action === 1) {
      let next = 0, done = 0;
      const worker = async () => {
        while (next < all.length) {
          const u = all[next++];
          if (!(await has(u))) {
            const r = await fetch(u, { cache: 'no-cache' });
            if (!r.ok) throw new Error(`${u}: ${r.status}`);
            await c.put(u, r);
          }
          report(++done, all.length, 0);
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      report(done, all.length, 1);
    } else {
      let another = false;
      for (const o of keep.voivodeships) if (o.code !== code && o.files.length && await has(url(o.files[0]))) another = true;
      const gone = another ? v.files.filter((f) => f.startsWith('powiat/')).map(url) : all;
      for (const u of gone) await c.delete(u);
      report(0, 0, 1);
    }
  })().catch(() => report(0, 0, 2));
}
"#)]
extern "C" {
    fn worker_ready() -> bool;
    fn keep_action(
        cache: &str,
        base: &str,
        list: &str,
        code: &str,
        action: u8,
        report: &Closure<dyn FnMut(f64, u32, u8)>,
    );
}

/// The service worker's data cache: `public/sw.js` names it the same way (`sprawdz-wsparcie-data-<N>`).
fn data_cache() -> String {
    format!("sprawdz-wsparcie-data-{}", crate::places::DATA_SCHEMA)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    Checking,
    /// No service worker controls the page (development, or before the first install).
    NeedsWorker,
    Unavailable,
    No,
    Keeping {
        done: u32,
        total: u32,
    },
    Yes,
    Failed,
}

/// Runs `action` (0 check, 1 keep, 2 drop) for `code`; the answers move `state`, and the check learns
/// the size to say (`bytes`).
fn act(code: &str, action: u8, state: RwSignal<Kept>, bytes: StoredValue<f64>) {
    let report = Closure::<dyn FnMut(f64, u32, u8)>::new(move |a: f64, b: u32, outcome: u8| {
        if outcome == 3 {
            bytes.set_value(a);
        }
        state.set(match (outcome, action) {
            (3, _) if b == 1 => Kept::Yes,
            (0, _) => Kept::Keeping { done: a as u32, total: b },
            (1, 1) => Kept::Yes,
            (3, _) | (1, _) => Kept::No,
            (_, 0) => Kept::Unavailable,
            _ => Kept::Failed,
        })
    });
    keep_action(&data_cache(), DATA_URL, KEEP_FILE, code, action, &report);
    // Called back until the work is done, possibly after the page has gone.
    report.forget();
}

fn decimal_mark(l: Locale) -> char {
    if l == Locale::En {
        '.'
    } else {
        ','
    }
}

/// An island on a page written at build time (`ui::islands`), written as it first shows (checking),
/// with no button yet: the check starts once it runs in the browser.
#[component]
pub fn KeepVoivodeship(code: String, name: String) -> impl IntoView {
    let l = use_locale().get_untracked();
    let state = RwSignal::new(Kept::Checking);
    // The size to say, learnt with the first check.
    let bytes = StoredValue::new(0.0);
    let check = code.clone();
    Effect::new(move |_| {
        if worker_ready() {
            act(&check, 0, state, bytes);
        } else {
            state.set(Kept::NeedsWorker);
        }
    });
    let part = Part::KeepVoivodeship { code: code.clone(), name: name.clone() };
    let status_name = name.clone();
    // The voivodeship's name is Polish in every language: marked so inside the sentence around it.
    let status = move || match state.get() {
        Kept::Checking | Kept::No => ().into_any(),
        Kept::NeedsWorker => t::keep_needs_worker(l).into_any(),
        Kept::Unavailable => t::keep_unavailable(l).into_any(),
        Kept::Keeping { done, total } => t::keep_progress(l, t::KeepProgress { done: &done, total: &total }).into_any(),
        Kept::Yes => with_polish(t::keep_done(l), status_name.clone(), l).into_any(),
        Kept::Failed => t::keep_failed(l).into_any(),
    };
    let shown = Memo::new(move |_| matches!(state.get(), Kept::No | Kept::Failed | Kept::Yes));
    let label = move || match state.get() {
        Kept::No | Kept::Failed => {
            let size = size_text(bytes.get_value() as u64, decimal_mark(l));
            with_polish(t::keep_button(l, &size), name.clone(), l).into_any()
        }
        Kept::Yes => with_polish(t::keep_drop(l), name.clone(), l).into_any(),
        _ => ().into_any(),
    };
    let on_click = move |_| match state.get_untracked() {
        Kept::No | Kept::Failed => act(&code, 1, state, bytes),
        Kept::Yes => act(&code, 2, state, bytes),
        _ => {}
    };
    let section = view! {
        <section class="keep js-only" aria-labelledby="keep-title">
            <h2 id="keep-title">{t::keep_title(l)}</h2>
            <p>{t::keep_text(l)}</p>
            <p class="keep-status" role="status">{status}</p>
            <button type="button" class="button secondary" hidden=move || !shown.get() on:click=on_click>
                {label}
            </button>
        </section>
    };
    island(part, section)
}
