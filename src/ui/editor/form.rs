//! The editor's fields, each bound to a path of the draft's file: text, one item per line, an amount
//! the Polish way, and a date in three boxes (GOV.UK's date input). A field shows what the file holds
//! when the page is drawn and is then left to the clerk (what is typed is never rewritten under the
//! cursor); each change goes into the draft and is written to the device. A field's problem, from
//! the checks, shows at it.

use leptos::prelude::*;

use super::state::{change, problems, use_editing};
use crate::editor::draft::{field_id, FieldError};
use crate::editor::fields::{self, DateBoxes};
use crate::editor::json::Json;
use crate::i18n::t;
use crate::ui::check::inputs::FieldMessage;
use crate::ui::components::field::{described_by, field_view};
use crate::ui::context::use_locale;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A longer text, in a box of several lines.
    LongText,
    /// A list: one item per line.
    Lines,
    Amount,
    /// A percentage ("150" or "84,99").
    Percent,
    /// A whole number (an age in years).
    Count,
    /// A day's office hours, one span per line.
    Hours,
}

/// The first problem at `path` or inside it (a list's items, an object's fields).
pub fn problem_at(errors: &[FieldError], path: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.path == path || e.path.strip_prefix(path).is_some_and(|r| r.starts_with('[') || r.starts_with('.')))
        .map(|e| e.message.clone())
}

/// The problem the checks find at `path` or inside it, as it changes.
pub fn error_at(path: &str) -> Signal<Option<String>> {
    let all = problems();
    let at = path.to_string();
    Signal::derive(move || problem_at(&all.get(), &at))
}

/// The text a field starts with: what was typed if it does not convert, else the file's value.
fn initial(path: &str, kind: Kind) -> String {
    let l = use_locale().get_untracked();
    use_editing().draft.with_untracked(|d| {
        d.as_ref()
            .map(|d| {
                d.shown(path, |json| match (kind, json) {
                    (Kind::Lines | Kind::Hours, Json::Array(items)) => {
                        items.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("\n")
                    }
                    (Kind::Amount | Kind::Percent, Json::String(s)) => fields::amount_text(s, l),
                    (_, Json::String(s)) => s.clone(),
                    (_, Json::Number(n)) => n.to_string(),
                    _ => String::new(),
                })
            })
            .unwrap_or_default()
    })
}

fn read(kind: Kind, path: &str, typed: &str) -> Result<Option<Json>, fields::Typed> {
    let l = use_locale().get_untracked();
    match kind {
        // A required field emptied stays in the file, empty: the checks name it where it is.
        Kind::Text | Kind::LongText => Ok(fields::text_at(path, typed)),
        Kind::Lines => Ok(fields::lines(typed)),
        Kind::Amount => fields::amount(typed, l),
        Kind::Percent => fields::percent(typed, l),
        Kind::Count => fields::count(typed),
        Kind::Hours => fields::hours(typed),
    }
}

/// A labelled field at `path`.
#[component]
pub fn PathField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    kind: Kind,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_at(&path);
    let value = initial(&path, kind);
    let path_in = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let path = path_in.clone();
        let converted = read(kind, &path, &typed);
        change(move |d| d.type_into(&path, &typed, converted));
    };
    let described = {
        let id = id.clone();
        Signal::derive(move || described_by(&id, hint.is_some(), error.read().is_some(), false))
    };
    let invalid = move || error.read().as_ref().map(|_| "true");
    let control = match kind {
        Kind::Lines | Kind::LongText | Kind::Hours => view! {
            <textarea id=id.clone() rows=if kind == Kind::LongText { 4 } else { 2 } prop:value=value
                aria-describedby=described aria-invalid=invalid on:input=on_input></textarea>
        }
        .into_any(),
        Kind::Text | Kind::Amount | Kind::Percent | Kind::Count => view! {
            <input id=id.clone() type=input_type.unwrap_or("text") prop:value=value autocomplete=autocomplete
                inputmode=match kind { Kind::Amount | Kind::Percent => Some("decimal"), Kind::Count => Some("numeric"), _ => None }
                spellcheck=(kind != Kind::Text).then_some("false")
                class:input-amount=kind == Kind::Amount class:width-4=matches!(kind, Kind::Percent | Kind::Count)
                aria-describedby=described aria-invalid=invalid on:input=on_input/>
        }
        .into_any(),
    };
    // The same label, hint and message as every field of the app.
    field_view(id, label, hint, error, None, control)
}

/// A date in three boxes (day, month, year) at `path`. `whole_day` when the day must be given (the
/// day a person checked the facts); else a month or a year alone is a date, as sources give them.
#[component]
pub fn DateField(#[prop(into)] path: String, #[prop(into)] legend: String, whole_day: bool) -> impl IntoView {
    let l = use_locale().get_untracked();
    let id = field_id(&path);
    let error = error_at(&path);
    let boxes = RwSignal::new(use_editing().draft.with_untracked(|d| {
        d.as_ref()
            .map(|d| match d.raw.get(&path) {
                Some((typed, _)) => DateBoxes::split(typed),
                None => DateBoxes::of(&d.file.text(&path)),
            })
            .unwrap_or_default()
    }));
    let hint = if whole_day { t::editor_date_hint_day(l) } else { t::editor_date_hint(l) };
    let group = id.clone();
    let hint_id = format!("{group}-hint");
    let part = move |which: usize, label: &'static str, width: &'static str| {
        let box_id = if which == 0 { id.clone() } else { format!("{id}-{which}") };
        let value = boxes.with_untracked(|b| [b.day.clone(), b.month.clone(), b.year.clone()][which].clone());
        let path = path.clone();
        let on_input = move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            boxes.update(|b| *[&mut b.day, &mut b.month, &mut b.year][which] = typed);
            let now = boxes.get_untracked();
            let converted = fields::date(&now, whole_day);
            let path = path.clone();
            change(move |d| d.type_into(&path, &now.joined(), converted));
        };
        let hint_id = hint_id.clone();
        view! {
            <div class="date-part">
                <label for=box_id.clone()>{label}</label>
                <input id=box_id class=width inputmode="numeric" prop:value=value aria-describedby=hint_id
                    aria-invalid=move || error.read().as_ref().map(|_| "true") on:input=on_input/>
            </div>
        }
    };
    view! {
        <fieldset class="field date-field" class:field-invalid=move || error.read().is_some()>
            <legend>{legend}</legend>
            <p class="hint" id=format!("{group}-hint")>{hint}</p>
            <FieldMessage id=format!("{group}-error") message=error/>
            <div class="date-parts">
                {part(0, t::editor_day(l), "width-2")}
                {part(1, t::editor_month(l), "width-2")}
                {part(2, t::editor_year(l), "width-4")}
            </div>
        </fieldset>
    }
}

/// Codes chosen with checkboxes, kept at `path` as a list in the order of `options` (whatever the
/// order of the clicks). With none chosen the field goes, or with `keep_empty` stays an empty list
/// (for a condition that must name at least one: the checks then say so).
#[component]
pub fn Checks(
    #[prop(into)] path: String,
    #[prop(into)] legend: String,
    #[prop(optional)] hint: Option<&'static str>,
    options: Vec<(&'static str, &'static str)>,
    #[prop(optional)] keep_empty: bool,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_at(&path);
    let editing = use_editing();
    let chosen = {
        let path = path.clone();
        Memo::new(move |_| editing.draft.with(|d| d.as_ref().map(|d| d.file.list(&path)).unwrap_or_default()))
    };
    let codes: Vec<&'static str> = options.iter().map(|(code, _)| *code).collect();
    view! {
        <fieldset class="field" class:field-invalid=move || error.read().is_some()>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <FieldMessage id=format!("{id}-error") message=error/>
            <div class="checkboxes">
                {options.into_iter().enumerate().map(|(i, (code, label))| {
                    let box_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                    let path = path.clone();
                    let codes = codes.clone();
                    let toggle = move |_| {
                        let mut now = chosen.get_untracked();
                        if now.iter().any(|c| c == code) {
                            now.retain(|c| c != code);
                        } else {
                            now.push(code.to_string());
                        }
                        let ordered: Vec<&str> = codes.iter().copied().filter(|c| now.iter().any(|x| x == c)).collect();
                        let value = (keep_empty || !ordered.is_empty()).then(|| Json::strings(&ordered));
                        let path = path.clone();
                        change(move |d| d.type_into(&path, "", Ok(value)));
                    };
                    view! {
                        <div class="checkbox">
                            <input type="checkbox" id=box_id.clone() prop:checked=move || chosen.get().iter().any(|c| c == code) on:change=toggle/>
                            <label for=box_id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// A yes kept at `path` as `true`; no is no field (as the files write `split_complete`).
#[component]
pub fn Flag(#[prop(into)] path: String, #[prop(into)] label: String) -> impl IntoView {
    let editing = use_editing();
    let on = {
        let path = path.clone();
        Memo::new(move |_| {
            editing.draft.with(|d| d.as_ref().is_some_and(|d| d.file.get(&path) == Some(&Json::Bool(true))))
        })
    };
    let id = field_id(&path);
    let toggle = move |_| {
        let (path, now) = (path.clone(), !on.get_untracked());
        change(move |d| d.type_into(&path, "", Ok(now.then_some(Json::Bool(true)))));
    };
    view! {
        <div class="checkbox">
            <input type="checkbox" id=id.clone() prop:checked=move || on.get() on:change=toggle/>
            <label for=id>{label}</label>
        </div>
    }
}
