//! The first question of a general check, "W jakiej gminie mieszkasz?", asked on the start page itself.
//! The page is written at build time and the islands bundle brings the question to life, with the same
//! search as the first page's "Gdzie mieszkasz?": the resident answers while the checker app is still
//! on its way, and the answer is handed over to it ([`StartAnswer`]). The app draws the same
//! form when it draws the start page itself, and takes the answer the same way.

use leptos::prelude::*;

use crate::i18n::t;
pub use crate::questionnaire::first_answer::StartAnswer;
use crate::ui::components::gmina_picker::only_gmina_named;
use crate::ui::components::place_search::{place_matches, Pick, Picked};
use crate::ui::context::use_locale;

impl From<Picked> for StartAnswer {
    fn from(picked: Picked) -> StartAnswer {
        StartAnswer::gmina(picked.code, picked.name, picked.district)
    }
}

/// The gmina of an answer, as its question's own "Dalej" takes it.
pub fn picked(code: String, name: String, district: Option<String>) -> Picked {
    Picked { code, name, town: None, district }
}

/// The question and "Zacznij". A gmina picked from the matches is the answer at once (as a place
/// picked on the first page opens its gmina); "Zacznij" takes "Nie wiem" or a name only one gmina has,
/// and else starts at the gmina's own question. Once answered it says the next question is coming (the
/// app may still be on its way, or the gmina's projects) and takes no second answer. `given`: the
/// answer the page as written took before this app came (`ui::islands`), shown as it was taken while
/// the next question loads.
#[component]
pub fn FirstQuestion(on_start: Callback<StartAnswer>, given: Option<StartAnswer>) -> impl IntoView {
    let l = use_locale().get_untracked();
    let name = match &given {
        Some(StartAnswer::Gmina { name, .. }) => name.clone(),
        _ => String::new(),
    };
    let typed = RwSignal::new(name);
    let started = RwSignal::new(false);
    let unknown = RwSignal::new(given == Some(StartAnswer::Unknown));
    let pressed = RwSignal::new(given.as_ref().map(|a| *a != StartAnswer::Nothing));
    // The gmina index is what the question reads first: asked for at once, not at the first key; not
    // when the question is already answered.
    #[cfg(not(feature = "ssr"))]
    if given.is_none() {
        let _ = crate::ui::data::places();
    }
    let answer = move |answer: StartAnswer| {
        if pressed.get_untracked().is_none() {
            // Said under the field, the matches put away.
            started.set(false);
            pressed.set(Some(answer != StartAnswer::Nothing));
            on_start.run(answer);
        }
    };
    let pick = Callback::new(move |picked: Picked| answer(picked.into()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        answer(match unknown.get_untracked() {
            true => StartAnswer::Unknown,
            // A name only one gmina has is as good as picking it.
            false => only_gmina_named(&typed.get_untracked()).map_or(StartAnswer::Nothing, StartAnswer::from),
        });
    };
    view! {
        <form class="question start-question" on:submit=submit novalidate>
            <fieldset>
                <legend><h2>{t::q_gmina(l)}</h2></legend>
                <div class="field">
                    <label for="gmina">{t::place_search_label(l)}</label>
                    <p class="hint" id=crate::hint_id!("gmina")>{t::place_search_hint(l)}</p>
                    <input type="search" id="gmina" name="gmina" autocomplete="off" spellcheck="false"
                        aria-describedby=crate::hint_id!("gmina") aria-controls="place-results"
                        prop:value=move || typed.get() prop:disabled=move || unknown.get()
                        on:input=move |ev| {
                            typed.set(event_target_value(&ev));
                            started.set(true);
                        }/>
                </div>
                <p role="status" id="start-status" data-answer-taken=move || pressed.get().filter(|a| *a).map(|_| "")>
                    {move || pressed.get().map(|_| t::check_next_coming(l))}
                </p>
                <div id="place-results">{place_matches(typed, started, Pick::Choose(pick))}</div>
                <div class="checkbox unknown-choice">
                    <input type="checkbox" id="gmina-unknown" prop:checked=move || unknown.get() on:change=move |ev| unknown.set(event_target_checked(&ev))/>
                    <label for="gmina-unknown">{t::answer_unknown(l)}</label>
                </div>
            </fieldset>
            <p><button type="submit" class="button start">{t::check_start(l)}</button></p>
        </form>
    }
}
