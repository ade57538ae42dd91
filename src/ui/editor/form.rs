//! The editor's fields, each bound to a path of the draft's file: text, one item per line, an amount
//! the Polish way, and a date in three boxes (GOV.UK's date input). A field shows what the file holds
//! when the page is drawn and is then left to the clerk (what is typed is never rewritten under the
//! cursor); each change goes into the draft and is written to the device. A field's problem, from
//! the checks, shows at it.

use leptos::prelude::*;

use super::state::{change, problems, use_editing};
use crate::catalogue::labels::group_label;
use crate::catalogue::TargetGroup;
use crate::editor::draft::{field_id, FieldError};
use crate::editor::fields::{self, DateBoxes};
use crate::editor::form;
use crate::editor::json::Json;
use crate::i18n::{t, Locale};
use crate::ui::context::use_locale;
use crate::ui::form::choices::{option_view, Choice, ChoiceGroup, Control};
use crate::ui::form::date::{DateBox, DateInput};
use crate::ui::form::error::FieldMessage;
use crate::ui::form::field::{field_view, input_attrs, InputAttrs};

pub use crate::editor::form::Kind;

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

/// The first problem named exactly at one of `paths` (a part's own, not its fields').
pub fn own_error(paths: Vec<String>) -> Signal<Option<String>> {
    let all = problems();
    Signal::derive(move || all.read().iter().find(|e| paths.contains(&e.path)).map(|e| e.message.clone()))
}

/// The text a field starts with: what was typed if it does not convert, else the file's value.
fn initial(path: &str, kind: Kind) -> String {
    let l = use_locale().get_untracked();
    use_editing()
        .draft
        .with_untracked(|d| d.as_ref().map(|d| d.shown(path, |json| form::shown(kind, json, l))).unwrap_or_default())
}

/// A labelled field at `path`.
#[component]
pub fn PathField(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = field_id(&path);
    let error = error_at(&path);
    // The kind of field is the one the editor's list of fields gives the path.
    let kind = form::kind_at(&path).filter(|k| k.is_typed()).unwrap_or(Kind::Text);
    let value = initial(&path, kind);
    let path_in = path.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let path = path_in.clone();
        let converted = form::read(kind, &path, &typed, use_locale().get_untracked());
        change(move |d| d.type_into(&path, &typed, converted));
    };
    let InputAttrs { described_by, invalid, .. } = input_attrs(&id, hint.is_some(), error, false);
    let control = match kind {
        Kind::Lines | Kind::LongText | Kind::Hours => view! {
            <textarea id=id.clone() rows=if kind == Kind::LongText { 4 } else { 2 } prop:value=value
                aria-describedby=described_by aria-invalid=invalid on:input=on_input></textarea>
        }
        .into_any(),
        _ => view! {
            <input id=id.clone() type=input_type.unwrap_or("text") prop:value=value autocomplete=autocomplete
                inputmode=match kind { Kind::Amount | Kind::Percent => Some("decimal"), Kind::Count => Some("numeric"), _ => None }
                spellcheck=(kind != Kind::Text).then_some("false")
                class:input-amount=kind == Kind::Amount class:width-4=matches!(kind, Kind::Percent | Kind::Count)
                aria-describedby=described_by aria-invalid=invalid on:input=on_input/>
        }
        .into_any(),
    };
    // The same label, hint and message as every field of the app.
    field_view(id, label, hint, error, None, control)
}

/// A date in three boxes (day, month, year) at `path`. `whole_day` when the day must be given (the
/// day a person checked the facts); else a month or a year alone is a date, as sources give them.
#[component]
pub fn DateField(#[prop(into)] path: String, #[prop(into)] legend: String) -> impl IntoView {
    let l = use_locale().get_untracked();
    let whole_day = matches!(form::kind_at(&path), Some(Kind::Date { whole_day: true }));
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
    let [day, month, year] = boxes.with_untracked(|b| [b.day.clone(), b.month.clone(), b.year.clone()]);
    let on_input = move |which: usize, typed: String| {
        boxes.update(|b| *[&mut b.day, &mut b.month, &mut b.year][which] = typed);
        let now = boxes.get_untracked();
        let converted = fields::date(&now, whole_day);
        let path = path.clone();
        change(move |d| d.type_into(&path, &now.joined(), converted));
    };
    let boxes = [
        DateBox { label: t::editor_day(l), width: "width-2", value: day },
        DateBox { label: t::editor_month(l), width: "width-2", value: month },
        DateBox { label: t::editor_year(l), width: "width-4", value: year },
    ];
    view! { <DateInput id legend hint error boxes on_input/> }
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
    let choices = options
        .into_iter()
        .map(|(code, label)| {
            let path = path.clone();
            let codes = codes.clone();
            let toggle = move |on: bool| {
                let mut now = chosen.get_untracked();
                now.retain(|c| c != code);
                if on {
                    now.push(code.to_string());
                }
                let ordered: Vec<&str> = codes.iter().copied().filter(|c| now.iter().any(|x| x == c)).collect();
                let value = (keep_empty || !ordered.is_empty()).then(|| Json::strings(&ordered));
                let path = path.clone();
                change(move |d| d.type_into(&path, "", Ok(value)));
            };
            Choice::new(label, Signal::derive(move || chosen.read().iter().any(|c| c == code)), toggle)
        })
        .collect();
    view! { <ChoiceGroup control=Control::Checkbox id legend hint=hint.map(str::to_string) error choices/> }
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
    let toggle = move |now: bool| {
        let path = path.clone();
        change(move |d| d.type_into(&path, "", Ok(now.then_some(Json::Bool(true)))));
    };
    option_view(Control::Checkbox, &id.clone(), id, Choice::new(label, on.into(), toggle))
}

/// A choice of one code at `path`, as radio buttons in a fieldset. An option whose code is empty leaves
/// the field out of the file ("the source does not say"); `polish` marks the options' words Polish
/// (names from the catalogue).
#[component]
pub fn Choice(
    #[prop(into)] path: String,
    #[prop(into)] legend: String,
    options: Vec<(String, String)>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] polish: bool,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let id = field_id(&path);
    let error = error_at(&path);
    let editing = use_editing();
    let current = {
        let path = path.clone();
        Memo::new(move |_| editing.draft.with(|d| d.as_ref().map(|d| d.file.text(&path)).unwrap_or_default()))
    };
    let lang = polish.then(|| crate::ui::context::polish_text(l)).flatten();
    let choices = options
        .into_iter()
        .map(|(code, label)| {
            let path = path.clone();
            let checked = code.clone();
            let lang = (!code.is_empty()).then_some(lang).flatten();
            let choose = move |_| {
                let path = path.clone();
                let value = (!code.is_empty()).then(|| Json::str(code.as_str()));
                change(move |d| d.type_into(&path, "", Ok(value)))
            };
            Choice::new(label, Signal::derive(move || current.get() == checked), choose).lang(lang)
        })
        .collect();
    view! { <ChoiceGroup control=Control::Radio id legend hint=hint.map(str::to_string) error choices/> }
}

/// Options whose codes and words are both known when the app is built.
pub fn options(list: impl IntoIterator<Item = (&'static str, &'static str)>) -> Vec<(String, String)> {
    list.into_iter().map(|(code, label)| (code.to_string(), label.to_string())).collect()
}

/// A part of the file at `path` that says something by being there, empty or not (a recruitment the
/// page announces): a checkbox, and the part's own fields while it is there. Unticked, the part goes
/// with what was typed in it.
#[component]
pub fn Present(
    #[prop(into)] path: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let editing = use_editing();
    let on = {
        let path = path.clone();
        Memo::new(move |_| editing.draft.with(|d| d.as_ref().is_some_and(|d| d.file.get(&path).is_some())))
    };
    let id = field_id(&path);
    // A problem with the part itself (a benefit has no recruitment), not with its fields.
    let error = own_error(vec![path.clone()]);
    let toggle = move |now: bool| {
        let path = path.clone();
        if now {
            change(move |d| d.type_into(&path, "", Ok(Some(Json::object()))));
        } else {
            change(move |d| d.remove_part(&path));
        }
    };
    let mut choice = Choice::new(label, on.into(), toggle);
    choice.hint = hint.map(str::to_string);
    view! {
        <div class="field" class:field-invalid=move || error.read().is_some()>
            <FieldMessage id=format!("{id}-error") message=error/>
            {option_view(Control::Checkbox, &id.clone(), id, choice)}
        </div>
        <Show when=move || on.get()>
            <div class="reveal">{children()}</div>
        </Show>
    }
}

/// A day's hours for each weekday at `at.mon` … `at.sun`.
pub fn week_hours(at: &str, l: Locale) -> impl IntoView {
    let names = [
        t::weekday_mon(l),
        t::weekday_tue(l),
        t::weekday_wed(l),
        t::weekday_thu(l),
        t::weekday_fri(l),
        t::weekday_sat(l),
        t::weekday_sun(l),
    ];
    form::WEEKDAYS
        .into_iter()
        .zip(names)
        .map(|(code, day)| view! { <PathField path=format!("{at}.{code}") label=day/> })
        .collect_view()
}

/// A source (a centre's, a project's) at `at`: what residents see of it, and the catalogue's copy of
/// it, which its maintainers fill in (open when it holds something).
#[component]
pub fn SourceFields(#[prop(into)] at: String) -> impl IntoView {
    let l = use_locale().get_untracked();
    let kept = use_editing().draft.with_untracked(|d| {
        d.as_ref().is_some_and(|d| ["seed", "page"].iter().any(|f| d.file.get(&format!("{at}.{f}")).is_some()))
    });
    // Open too while a problem is there, for the summary's link to land on a field that shows.
    let (seed, page) = (error_at(&format!("{at}.seed")), error_at(&format!("{at}.page")));
    let open = move || kept || seed.read().is_some() || page.read().is_some();
    view! {
        <fieldset>
            <legend>{t::editor_source(l)}</legend>
            <p class="hint">{t::editor_source_hint(l)}</p>
            <PathField path=format!("{at}.title") label=t::editor_source_title(l)/>
            <PathField path=format!("{at}.publisher") label=t::editor_source_publisher(l)/>
            <PathField path=format!("{at}.url") label=t::editor_source_url(l) input_type="url"/>
            <PathField path=format!("{at}.site") label=t::editor_source_site(l)/>
            <DateField path=format!("{at}.published") legend=t::editor_source_published(l)/>
            <DateField path=format!("{at}.read_on") legend=t::editor_source_read_on(l)/>
            <Flag path=format!("{at}.cut_off") label=t::editor_source_cut_off(l)/>
            <details class="source-copy" prop:open=open>
                <summary>{t::editor_source_copy(l)}</summary>
                <PathField path=format!("{at}.seed") label=t::editor_source_seed(l)/>
                <PathField path=format!("{at}.page") label=t::editor_source_page(l)/>
            </details>
        </fieldset>
    }
}

/// The target groups as checkboxes offer them, in the order of the list.
pub fn group_options(l: Locale) -> Vec<(&'static str, &'static str)> {
    TargetGroup::ALL.into_iter().map(|g| (g.code(), group_label(g, l))).collect()
}
