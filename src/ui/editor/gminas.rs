//! A list of gminas on a project's page (a residence condition's, the project's area): each gmina with
//! a button to take it out, a search to add one from the register, and every gmina of a powiat at once.

use leptos::prelude::*;

use super::form::error_at;
use super::state::{change, use_editing};
use crate::editor::draft::field_id;
use crate::i18n::{t, Locale};
use crate::ui::components::gmina_picker::GminaPicker;
use crate::ui::components::place::{kind_label, powiat_name};
use crate::ui::components::place_search::Picked;
use crate::ui::data::{places, Remote};
use crate::ui::form::error::FieldMessage;

/// Which residence condition has the gmina search open (one at a time: the search's results have
/// one id on the page).
#[derive(Clone, Copy)]
struct Adding(RwSignal<Option<String>>);

/// Lets one gmina search at a time open on a project's page.
pub fn provide_adding() {
    provide_context(Adding(RwSignal::new(None)));
}

/// A list of gminas at `path` (a residence condition's, a project's area): each with a button to take
/// it out, a search to add one, and every gmina of a powiat of the centre's voivodeship at once.
pub fn gmina_list(path: String, label: &'static str, l: Locale) -> impl IntoView {
    let editing = use_editing();
    let adding = expect_context::<Adding>().0;
    let list = {
        let path = path.clone();
        Memo::new(move |_| {
            editing.draft.with(|d| {
                d.as_ref()
                    .map(|d| {
                        let (names, codes) =
                            (d.file.list(&format!("{path}.gminas")), d.file.list(&format!("{path}.teryt")));
                        (names, codes, d.file.text("centre.teryt"))
                    })
                    .unwrap_or_default()
            })
        })
    };
    let error = {
        let (names, codes) = (error_at(&format!("{path}.gminas")), error_at(&format!("{path}.teryt")));
        Signal::derive(move || names.get().or_else(|| codes.get()))
    };
    let list_id = field_id(&format!("{path}.gminas"));
    // Where the summary links a problem with the codes, the whole list's or one gmina's (`area.teryt[2]`):
    // the field as a whole, its label and message in view, focusable as the summary's links move focus.
    let codes_id = field_id(&format!("{path}.teryt"));
    let add_id = format!("{list_id}-add");
    let chosen = RwSignal::new(None::<Picked>);
    let typed = RwSignal::new(String::new());
    {
        let path = path.clone();
        let add_id = add_id.clone();
        Effect::new(move |_| {
            if let Some(p) = chosen.get() {
                let path = path.clone();
                change(move |d| d.add_gminas(&path, &[(p.name, p.code)]));
                chosen.set(None);
                adding.set(None);
                let add_id = add_id.clone();
                request_animation_frame(move || focus(&add_id));
            }
        });
    }
    let powiat_row = powiat_row(path.clone(), list, &list_id, l);
    let gminas = listed_gminas(path.clone(), list, l);
    let open_here = {
        let path = path.clone();
        move || adding.get().as_deref() == Some(path.as_str())
    };
    let open_path = path.clone();
    view! {
        <div class="field" id=codes_id tabindex="-1" class:field-invalid=move || error.read().is_some()>
            <p class="label" id=list_id.clone() tabindex="-1">{label}</p>
            <FieldMessage id=format!("{list_id}-error") message=error/>
            {gminas}
            {move || if open_here() {
                view! {
                    <GminaPicker id="rule-gmina" label=t::editor_gmina_add_label(l) chosen typed error=Signal::derive(|| None::<String>) disabled=Signal::derive(|| false)/>
                    <p><button type="button" class="button button-secondary" on:click=move |_| adding.set(None)>{t::editor_gmina_cancel(l)}</button></p>
                }.into_any()
            } else {
                let open_path = open_path.clone();
                view! { <p><button type="button" class="button button-secondary" id=add_id.clone() on:click=move |_| adding.set(Some(open_path.clone()))>{t::editor_gmina_add(l)}</button></p> }.into_any()
            }}
            {powiat_row}
        </div>
    }
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
    }
}

/// The gminas listed at `path`, each with its kind where two share a name and a button to take it out.
fn listed_gminas(path: String, list: Memo<(Vec<String>, Vec<String>, String)>, l: Locale) -> impl Fn() -> AnyView {
    move || {
        let (names, codes, _) = list.get();
        if names.is_empty() {
            return view! { <p>{t::editor_residence_none(l)}</p> }.into_any();
        }
        // Two gminas may share a name (Limanowa the town and the rural gmina): each with its kind.
        let kind = move |code: Option<&String>| match (places(), code) {
            (Remote::Ready(p), Some(code)) => p.gmina(code).map(|g| kind_label(g.gmina.kind, l)),
            _ => None,
        };
        let items = names.into_iter().enumerate().map(|(i, name)| {
            let path = path.clone();
            let name = match kind(codes.get(i)) {
                Some(kind) => format!("{name} ({kind})"),
                None => name,
            };
            let label = t::editor_gmina_remove(l, &name);
            view! {
                <li><span lang=crate::ui::context::polish_text(l)>{name}</span>" "
                    <button type="button" class="link-button" aria-label=label
                        on:click=move |_| { let path = path.clone(); change(move |d| d.remove_gmina(&path, i)) }>{t::editor_remove_short(l)}</button>
                </li>
            }
        });
        view! { <ul class="rule-gminas">{items.collect_view()}</ul> }.into_any()
    }
}

/// Every gmina of a powiat of the centre's voivodeship, added at once.
fn powiat_row(path: String, list: Memo<(Vec<String>, Vec<String>, String)>, list_id: &str, l: Locale) -> impl IntoView {
    let powiat_id = format!("{list_id}-powiat");
    let powiat = RwSignal::new(String::new());
    let powiats = move || {
        let Remote::Ready(places) = places() else { return Vec::new() };
        let home = list.get().2;
        let v = crate::places::voivodeship_of(&home).to_string();
        if powiat.get_untracked().is_empty() {
            powiat.set(crate::places::powiat_of(&home).to_string());
        }
        places.powiats_in(&v).map(|p| (p.code.clone(), powiat_name(p, l))).collect::<Vec<_>>()
    };
    let add_powiat = {
        let path = path.clone();
        move |_| {
            let Remote::Ready(places) = places() else { return };
            let code = powiat.get_untracked();
            let all: Vec<(String, String)> =
                places.gminas_in(&code).map(|g| (g.name.clone(), g.code.clone())).collect();
            let path = path.clone();
            change(move |d| d.add_gminas(&path, &all));
        }
    };
    view! {
    <div class="rule-powiat">
        <label for=powiat_id.clone()>{t::editor_powiat_label(l)}</label>
        <select id=powiat_id on:change=move |ev| powiat.set(event_target_value(&ev))>
            {move || powiats().into_iter().map(|(code, name)| {
                let selected = powiat.get_untracked() == code;
                view! { <option value=code selected=selected>{name}</option> }
            }).collect_view()}
        </select>
        " "<button type="button" class="button button-secondary" on:click=add_powiat>{t::editor_powiat_add(l)}</button>
    </div>
    }
}
