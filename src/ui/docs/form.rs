//! The declaration form: one page in sections, pre-filled from the answers, every change kept on the
//! device as it is made. "Sprawdź i drukuj" checks the fields and opens the print view.

use std::sync::Arc;

use leptos::prelude::*;

use super::labels::{
    area_label, education_label, field_label, labour_label, problem_text, sensitive_label, sex_label, social_items,
};
use super::use_docs;
use crate::dates::{format_long, parse_iso, PartialDate};
use crate::declaration::category::{categories_met, code_label};
use crate::declaration::{form_problems, AreaKind, Declaration, Education, Field, Labour, Sensitive, Sex};
use crate::i18n::{t, Locale};
use crate::pesel;
use crate::route::Route;
use crate::rules::{evaluate, ProjectVerdict};
use crate::text::lowercase;
use crate::ui::check::data::{use_verdicts, with_data_of, CheckData};
use crate::ui::check::state::use_check;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::form::choices::{options_view, radios_of, Choice, ChoiceGroup, Control};
use crate::ui::form::error::{error_for, focus_error_summary, ErrorSummary, FieldError};
use crate::ui::form::field::{Field as FormField, InputAttrs};
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

type GetText = fn(&Declaration) -> String;
type SetText = fn(&mut Declaration, String);

/// Where a text field's value lives in the declaration.
macro_rules! text_at {
    ($($path:ident).+) => {
        (|d: &Declaration| d.$($path).+.clone(), |d: &mut Declaration, v: String| d.$($path).+ = v)
    };
}

/// The declaration `:id`, or "not found" when it is not on this device.
pub fn with_declaration<V: IntoView + 'static>(
    id: String,
    body: impl Fn(Arc<CheckData>, Declaration) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let docs = use_docs();
    let body = Arc::new(body);
    move || {
        let id = id.clone();
        // Drawn again with the declaration as another tab changed it.
        docs.declarations.reloaded.track();
        // Untracked: the form keeps its own draft, and its saves must not rebuild the page.
        match docs.get::<Declaration>(&id) {
            // With its project's part of the catalogue (its title and centre).
            Some(d) => {
                let body = body.clone();
                let part = Some(crate::ui::data::Part::Project(d.project_id.clone()));
                with_data_of(part, move |data| body(data, d.clone())).into_any()
            }
            None => {
                use_page_title(move || t::not_found_title(locale.get()).to_string());
                view! { <NotFound message=Signal::derive(move || t::declaration_not_found(locale.get()).to_string())/> }
                    .into_any()
            }
        }
    }
}

#[component]
pub fn DeclarationPage(id: String) -> impl IntoView {
    with_declaration(id, |data, d| view! { <DeclarationForm data=data declaration=d/> })
}

#[component]
fn TextField(
    field: Field,
    draft: RwSignal<Declaration>,
    at: (GetText, SetText),
    errors: ReadSignal<Vec<FieldError>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] short: bool,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let (get, set) = at;
    let id = field.id();
    view! {
        <FormField id=id label=field_label(field, l) hint=hint error=Signal::derive(error_for(errors, id))
            input=move |a: InputAttrs| view! {
                <input id=a.id name=id type=input_type.unwrap_or("text") class:input-short=short
                    autocomplete=autocomplete inputmode=inputmode spellcheck="false"
                    aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
            }/>
    }
}

/// Radio buttons for one of several values, in a fieldset; the first radio carries the field's id.
fn choice<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    legend: String,
    options: Vec<(T, &'static str)>,
    current: Signal<Option<T>>,
    choose: impl Fn(T) + Copy + Send + Sync + 'static,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let options = options.into_iter().map(|(value, label)| (value, label.to_string())).collect();
    let choices = radios_of(options, current, choose);
    view! { <ChoiceGroup control=Control::Radio id legend error choices/> }
}

fn pesel_reading(text: &str, l: Locale) -> Option<String> {
    let p = pesel::parse(text).ok()?;
    Some(t::pesel_reading(
        l,
        t::PeselReading { date: &format_long(p.birth_date, l), sex: &lowercase(sex_label(p.sex, l)) },
    ))
}

#[component]
fn DeclarationForm(data: Arc<CheckData>, declaration: Declaration) -> impl IntoView {
    let locale = use_locale();
    let l = locale.get_untracked();
    let docs = use_docs();
    let id = declaration.id.clone();
    // Only the form's "no PESEL" choice sets the sex without a PESEL (a birth date may come from the answers).
    let no_pesel_initially = declaration.person.pesel.is_empty() && declaration.person.sex.is_some();
    let draft = RwSignal::new(declaration.clone());
    let no_pesel = RwSignal::new(no_pesel_initially);
    let (errors, set_errors) = signal(Vec::<FieldError>::new());
    use_page_title(move || {
        let title = t::declaration_title(l).to_string();
        if errors.get().is_empty() {
            title
        } else {
            t::error_title(l, title)
        }
    });
    // Every change is kept at once: a reload, a closed tab or a flat battery loses nothing.
    Effect::new(move |first: Option<()>| {
        let d = draft.get();
        if first.is_some() {
            let _ = docs.save(d);
        }
    });

    let entry = data.loaded.catalogue.project(&declaration.project_id);
    let project_box = entry.map(|e| project_box(&data, e, l));

    let category_section = category_section(met_categories(&data, entry, &declaration), draft, l);

    let print_href = Route::Print(id.clone()).link();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let with_pesel = !no_pesel.get_untracked();
        let found: Vec<FieldError> = draft.with_untracked(|d| {
            form_problems(d, with_pesel)
                .into_iter()
                .map(|(f, p)| FieldError::new(f.id(), problem_text(f, p, l)))
                .collect()
        });
        if found.is_empty() {
            set_errors.set(Vec::new());
            crate::ui::nav::go(&print_href, false);
        } else {
            set_errors.set(found);
            focus_error_summary();
        }
    };

    view! {
        <p class="back-link no-print"><a href=Route::Documents.link()>{t::nav_documents(l)}</a></p>
        <h1>{t::declaration_title(l)}</h1>
        <p class="template-mark">{t::declaration_template_mark(l)}</p>
        <ErrorSummary errors=errors/>
        <p class="lead">{t::declaration_intro(l)}</p>
        <p class="hint">{t::declaration_autosave(l)}</p>
        {project_box}
        <form novalidate on:submit=on_submit class="declaration-form">
            {person_fieldset(draft, errors, no_pesel, l)}
            {address_fieldset(draft, errors, l)}
            {contact_fieldset(draft, errors, l)}
            {education_fieldset(draft, l)}
            {social_fieldset(draft, l)}
            <fieldset class="section">
                <legend><h2>{t::declaration_category(l)}</h2></legend>
                <p class="hint">{t::declaration_category_hint(l)}</p>
                {category_section}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">{t::declaration_to_print(l)}</button>
            </div>
        </form>
    }
}

/// The project the declaration is for, and its centre.
fn project_box(data: &CheckData, e: &crate::catalogue::Entry, l: Locale) -> impl IntoView {
    let centre = &data.loaded.catalogue.centres[e.centre];
    view! {
        <section class="project-box" aria-labelledby="project-box-title">
            <h2 id="project-box-title">{t::declaration_for_project(l)}</h2>
            <p lang=polish_text(l)><strong>{e.project.title.clone()}</strong></p>
            <p>{centre.name.clone()}</p>
        </section>
    }
}

/// The categories the check found met for this project, and the one already chosen first.
fn met_categories(data: &CheckData, entry: Option<&crate::catalogue::Entry>, declaration: &Declaration) -> Vec<String> {
    // The categories the check found met for this project, and the one already chosen.
    let state = use_check().state.get_untracked();
    let mut categories: Vec<String> = match (entry, &data.params) {
        (Some(e), Some(params)) if state.has_answers() => {
            // The verdict the results showed; a project outside the ones checked is checked here once.
            let shared = use_verdicts().get_untracked().0;
            let met = |v: &ProjectVerdict| categories_met(v, &state.household).iter().map(|c| c.code()).collect();
            match shared.iter().find(|v| v.project_id == e.project.id) {
                Some(v) => met(v),
                None => {
                    let day = state.as_of.map(|p| p.first_day()).unwrap_or_else(today);
                    met(&evaluate(e, data.rules_of(e), &state.household, params, day))
                }
            }
        }
        _ => Vec::new(),
    };
    if let Some(chosen) = &declaration.category {
        if !categories.contains(chosen) {
            categories.insert(0, chosen.clone());
        }
    }
    categories
}

/// The category the person states, of those met; a word when none is.
fn category_section(categories: Vec<String>, draft: RwSignal<Declaration>, l: Locale) -> AnyView {
    if categories.is_empty() {
        view! { <p>{t::declaration_no_category(l)}</p> }.into_any()
    } else {
        let choices = categories
            .into_iter()
            .map(|code| {
                let label = t::category_statement(l, code_label(&code, l));
                let value = code.clone();
                let checked = Signal::derive(move || draft.with(|d| d.category.as_deref() == Some(code.as_str())));
                Choice::new(label, checked, move |_| draft.update(|d| d.category = Some(value.clone())))
            })
            .collect();
        options_view(Control::Radio, "category", choices).into_any()
    }
}

/// Who the person is: name and PESEL, or without a PESEL their birth date and sex.
fn person_fieldset(
    draft: RwSignal<Declaration>,
    errors: ReadSignal<Vec<FieldError>>,
    no_pesel: RwSignal<bool>,
    l: Locale,
) -> impl IntoView {
    let on_pesel = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        draft.update(|d| d.person.type_pesel(&text));
    };
    let pesel_error = Signal::derive(error_for(errors, Field::Pesel.id()));
    let birth_error = Signal::derive(error_for(errors, Field::BirthDate.id()));
    let sex_error = Signal::derive(error_for(errors, Field::Sex.id()));
    let toggle_pesel = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        no_pesel.set(on);
        draft.update(|d| d.person.choose_no_pesel(on));
    };
    let sex_options = vec![(Sex::Female, sex_label(Sex::Female, l)), (Sex::Male, sex_label(Sex::Male, l))];
    view! {
    <fieldset class="section">
        <legend><h2>{t::declaration_person(l)}</h2></legend>
        <TextField field=Field::FirstName draft at=text_at!(person.first_name) errors autocomplete="given-name"/>
        <TextField field=Field::Surname draft at=text_at!(person.surname) errors autocomplete="family-name"/>
        <Show when=move || !no_pesel.get()>
            <FormField id=Field::Pesel.id() label=field_label(Field::Pesel, l) hint=Some(t::pesel_hint(l)) error=pesel_error
                reading=Signal::derive(move || draft.with(|d| pesel_reading(&d.person.pesel, l)))
                input=move |a: InputAttrs| view! {
                    <input id=a.id name="pesel" type="text" inputmode="numeric" autocomplete="off" class="input-medium"
                        maxlength="13" spellcheck="false"
                        aria-describedby=a.described_by aria-invalid=a.invalid
                        prop:value=move || draft.with(|d| d.person.pesel.clone())
                        on:input=on_pesel/>
                }/>
        </Show>
        <div class="checkbox">
            <input type="checkbox" id="no-pesel" prop:checked=move || no_pesel.get() on:change=toggle_pesel/>
            <label for="no-pesel">{t::no_pesel(l)}</label>
        </div>
        <Show when=move || no_pesel.get()>
            <FormField id=Field::BirthDate.id() label=field_label(Field::BirthDate, l) hint=None error=birth_error
                input=move |a: InputAttrs| view! {
                    <input id=a.id name="birth_date" type="date" autocomplete="bday" class="input-medium"
                        max=today().to_string() min="1900-01-01"
                        aria-describedby=a.described_by aria-invalid=a.invalid
                        prop:value=move || draft.with(|d| d.person.birth_date.map(|b| b.first_day().to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let date = parse_iso(&event_target_value(&ev)).map(PartialDate::Day);
                            draft.update(|d| d.person.birth_date = date);
                        }/>
                }/>
            {choice(Field::Sex.id(), field_label(Field::Sex, l).to_string(), sex_options.clone(),
                Signal::derive(move || draft.with(|d| d.person.sex)),
                move |v| draft.update(|d| d.person.sex = Some(v)), sex_error)}
        </Show>
    </fieldset>
    }
}

/// Where the person lives.
fn address_fieldset(draft: RwSignal<Declaration>, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> impl IntoView {
    let no_error = Signal::derive(|| None::<String>);
    let area_options =
        vec![(AreaKind::Urban, area_label(AreaKind::Urban, l)), (AreaKind::Rural, area_label(AreaKind::Rural, l))];
    view! {
    <fieldset class="section">
        <legend><h2>{t::declaration_address(l)}</h2></legend>
        <TextField field=Field::Street draft at=text_at!(person.street) errors autocomplete="address-line1" hint=t::street_hint(l)/>
        <div class="field-row">
            <TextField field=Field::House draft at=text_at!(person.house) errors short=true/>
            <TextField field=Field::Flat draft at=text_at!(person.flat) errors short=true/>
        </div>
        <TextField field=Field::Postcode draft at=text_at!(person.postcode) errors autocomplete="postal-code" inputmode="numeric" short=true hint=t::postcode_hint(l)/>
        <TextField field=Field::Town draft at=text_at!(person.town) errors autocomplete="address-level2"/>
        <TextField field=Field::Gmina draft at=text_at!(person.gmina) errors/>
        {choice(Field::Area.id(), field_label(Field::Area, l).to_string(), area_options,
            Signal::derive(move || draft.with(|d| d.person.area)),
            move |v| draft.update(|d| d.person.area = Some(v)), no_error)}
    </fieldset>
    }
}

/// How to reach the person, both optional.
fn contact_fieldset(draft: RwSignal<Declaration>, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> impl IntoView {
    view! {
    <fieldset class="section">
        <legend><h2>{t::declaration_contact(l)}</h2></legend>
        <TextField field=Field::Phone draft at=text_at!(person.phone) errors autocomplete="tel" input_type="tel" hint=t::optional(l)/>
        <TextField field=Field::Email draft at=text_at!(person.email) errors autocomplete="email" input_type="email" hint=t::optional(l)/>
    </fieldset>
    }
}

/// The person's education and situation on the labour market.
fn education_fieldset(draft: RwSignal<Declaration>, l: Locale) -> impl IntoView {
    let no_error = Signal::derive(|| None::<String>);
    let education_options: Vec<_> = Education::ALL.iter().map(|e| (*e, education_label(*e, l))).collect();
    let labour_options: Vec<_> = Labour::ALL.iter().map(|x| (*x, labour_label(*x, l))).collect();
    view! {
    <fieldset class="section">
        <legend><h2>{t::declaration_education_labour(l)}</h2></legend>
        {choice(Field::Education.id(), field_label(Field::Education, l).to_string(), education_options,
            Signal::derive(move || draft.with(|d| d.person.education)),
            move |v| draft.update(|d| d.person.education = Some(v)), no_error)}
        {choice(Field::Labour.id(), field_label(Field::Labour, l).to_string(), labour_options,
            Signal::derive(move || draft.with(|d| d.person.labour)),
            move |v| draft.update(|d| d.person.labour = Some(v)), no_error)}
    </fieldset>
    }
}

/// The sensitive questions, each with "I refuse to say".
fn social_fieldset(draft: RwSignal<Declaration>, l: Locale) -> impl IntoView {
    let no_error = Signal::derive(|| None::<String>);
    let social = social_items(l)
        .into_iter()
        .map(|(item, sid, question)| {
            let options =
                [Sensitive::Yes, Sensitive::No, Sensitive::Refuse].map(|s| (s, sensitive_label(s, l))).to_vec();
            choice(
                sid,
                question.to_string(),
                options,
                Signal::derive(move || Some(draft.with(|d| d.social.get(item)))),
                move |v| draft.update(|d| d.social.set(item, v)),
                no_error,
            )
        })
        .collect_view();
    view! {
    <fieldset class="section">
        <legend><h2>{t::declaration_social(l)}</h2></legend>
        <p class="hint">{t::declaration_social_hint(l)}</p>
        {social}
    </fieldset>
    }
}
