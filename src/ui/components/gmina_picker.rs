//! A gmina chosen with the place search ("Gdzie mieszkasz?" as a form field): type a gmina, town or
//! village, pick it from the matches, and see it with its powiat and voivodeship, with a button to pick
//! again. The answer is a TERYT code, never a name two gminas share. Used by the checker's gmina
//! question and by a counter's device settings.

use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::components::place::where_it_is;
use crate::ui::components::place_search::{place_matches, Pick, Picked};
use crate::ui::context::use_locale;
use crate::ui::data::{places, Remote};
use crate::ui::form::field::{Field, InputAttrs};

/// Focuses the element once the view has changed (it is drawn in the next frame).
fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
        }
    });
}

/// The gmina of exactly the name typed, when only one gmina has it (a shared name is not guessed).
pub fn only_gmina_named(typed: &str) -> Option<Picked> {
    let Remote::Ready(places) = places() else { return None };
    match places.named(typed).as_slice() {
        [one] => Some(Picked::gmina(one.gmina.code.clone(), one.gmina.name.clone())),
        _ => None,
    }
}

#[component]
pub fn GminaPicker(
    /// The search field's id; the chosen gmina's box is `<id>-chosen`.
    id: &'static str,
    #[prop(into)] label: String,
    chosen: RwSignal<Option<Picked>>,
    /// What is typed in the search, for the form to read when nothing was picked.
    typed: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] disabled: Signal<bool>,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let started = RwSignal::new(false);
    let chosen_id = format!("{id}-chosen");
    let focus_chosen = chosen_id.clone();
    let choose = Callback::new(move |picked: Picked| {
        chosen.set(Some(picked));
        typed.set(String::new());
        focus_soon(focus_chosen.clone());
    });
    let start = move || {
        if !started.get_untracked() {
            started.set(true);
        }
    };
    let search = move || {
        view! {
            <Field id=id label=label.clone() hint=Some(t::place_search_hint(l)) error=error
                input=move |a: InputAttrs| view! {
                    <input type="search" id=a.id name=id autocomplete="off" spellcheck="false"
                        aria-describedby=a.described_by aria-invalid=a.invalid aria-controls="place-results"
                        prop:value=move || typed.get() prop:disabled=move || disabled.get()
                        on:focus=move |_| start() on:input=move |ev| {
                            typed.set(event_target_value(&ev));
                            start();
                        }/>
                }/>
            <div id="place-results">{place_matches(typed, started, Pick::Choose(choose))}</div>
        }
    };
    let summary = move |picked: Picked| {
        let code = picked.code.clone();
        // The register's name with its powiat and voivodeship once the gmina index is here (a counter's
        // settings know only the code).
        let named = picked.name.clone();
        let described = move || match places() {
            Remote::Ready(p) => p.gmina(&code).map(|g| format!("{} — {}", g.gmina.name, where_it_is(g, l))),
            _ => None,
        };
        view! {
            <div class="gmina-chosen" id=chosen_id.clone() tabindex="-1">
                <p><strong>{t::gmina_chosen(l)}</strong>" "{move || described().unwrap_or_else(|| named.clone())}</p>
                {picked.town.map(|town| view! { <p class="hint">{t::gmina_via_town(l, &town)}</p> })}
                <button type="button" class="button secondary" on:click=move |_| {
                    chosen.set(None);
                    focus_soon(id.to_string());
                }>{t::gmina_change(l)}</button>
            </div>
        }
    };
    move || match chosen.get() {
        Some(picked) => summary(picked).into_any(),
        None => search().into_any(),
    }
}
