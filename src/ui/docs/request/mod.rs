//! The request to bring to the centre ("wniosek o przyznanie pomocy"): made from the results of a
//! check ([`start_request`]), filled in here, kept on the device as it is typed, printed with its QR
//! code (`print.rs`). Its household is the answers' (the centre checks it in its interview); the
//! person, the benefits asked for and the reason are the resident's.

pub mod print;

use leptos::prelude::*;

use super::use_docs;
use crate::benefits::check::Verdict;
use crate::benefits::Benefit;
use crate::dates::{parse_iso, PartialDate};
use crate::declaration::Field;
use crate::household::Household;
use crate::i18n::{t, Locale};
use crate::request::{request_problems, Request, RequestField, RequestProblem, MAX_REASON};
use crate::route::Route;
use crate::text::lowercase;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::docs::labels::{field_label, problem_text, role_label};
use crate::ui::form::choices::{Choice, ChoiceGroup, Control};
use crate::ui::form::error::{error_for, focus_error_summary, ErrorSummary, FieldError};
use crate::ui::form::field::{Field as FormField, InputAttrs};
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

/// Makes a request from the answers and the act's verdicts on `day`, keeps it, and opens its form.
pub fn start_request(h: &Household, verdicts: &[Verdict], centre: &str, day: chrono::NaiveDate) {
    let mut r = Request::prefill(h, verdicts, centre, day);
    r.id = super::new_id('w');
    let href = Route::Request(r.id.clone()).link();
    let _ = super::docs_to_add().save(r);
    crate::ui::nav::go(&href, false);
}

/// The request `:id`, or "not found" when it is not on this device; drawn again as another tab
/// changes it.
pub fn with_request<V: IntoView + 'static>(
    id: String,
    body: impl Fn(Request) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let docs = use_docs();
    move || {
        docs.requests.reloaded.track();
        match docs.get::<Request>(&id) {
            Some(r) => body(r).into_any(),
            None => {
                use_page_title(move || t::not_found_title(locale.get()).to_string());
                view! { <NotFound message=Signal::derive(move || t::request_not_found(locale.get()).to_string())/> }
                    .into_any()
            }
        }
    }
}

#[component]
pub fn RequestPage(id: String) -> impl IntoView {
    with_request(id, |r| view! { <RequestForm request=r/> })
}

/// The declaration's field of the same meaning, for its label and its problems' words.
fn same_field(f: RequestField) -> Option<Field> {
    Some(match f {
        RequestField::FirstName => Field::FirstName,
        RequestField::Surname => Field::Surname,
        RequestField::Pesel => Field::Pesel,
        RequestField::BirthDate => Field::BirthDate,
        RequestField::Street => Field::Street,
        RequestField::House => Field::House,
        RequestField::Flat => Field::Flat,
        RequestField::Postcode => Field::Postcode,
        RequestField::Town => Field::Town,
        RequestField::Phone => Field::Phone,
        RequestField::Benefits | RequestField::Reason => return None,
    })
}

/// What a problem of the request's field is called, in the reader's language.
pub fn request_problem_text(f: RequestField, p: RequestProblem, r: &Request, l: Locale) -> String {
    match (p, same_field(f)) {
        (RequestProblem::Field(fp), Some(field)) => problem_text(field, fp, l),
        // The reason is the one such field: required, and never checked as anything else.
        (RequestProblem::Field(_), None) => t::problem_required(l, lowercase(t::request_reason(l))),
        (RequestProblem::NoBenefit, _) => t::request_no_benefit(l).to_string(),
        (RequestProblem::TooLong, _) => {
            t::request_too_long(l, t::RequestTooLong { max: &MAX_REASON, count: &r.reason.chars().count() })
        }
    }
}

type GetText = fn(&Request) -> String;
type SetText = fn(&mut Request, String);

macro_rules! text_at {
    ($($path:ident).+) => {
        (|r: &Request| r.$($path).+.clone(), |r: &mut Request, v: String| r.$($path).+ = v)
    };
}

#[component]
fn TextField(
    field: RequestField,
    draft: RwSignal<Request>,
    at: (GetText, SetText),
    errors: ReadSignal<Vec<FieldError>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] short: bool,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let (get, set) = at;
    let id = field.id();
    let label = same_field(field).map(|f| field_label(f, l)).unwrap_or_default();
    view! {
        <FormField id=id label=label hint=hint error=Signal::derive(error_for(errors, id))
            input=move |a: InputAttrs| view! {
                <input id=a.id name=id type="text" class:input-short=short
                    autocomplete=autocomplete inputmode=inputmode spellcheck="false"
                    aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|r| set(r, event_target_value(&ev)))/>
            }/>
    }
}

#[component]
fn RequestForm(request: Request) -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let print_href = Route::RequestPrint(request.id.clone()).link();
    let no_pesel = RwSignal::new(request.person.pesel.is_empty() && request.person.birth_date.is_some());
    let draft = RwSignal::new(request);
    let (errors, set_errors) = signal(Vec::<FieldError>::new());
    use_page_title(move || {
        let title = t::request_title(l).to_string();
        if errors.get().is_empty() {
            title
        } else {
            t::error_title(l, title)
        }
    });
    // Every change is kept at once, as a declaration's.
    Effect::new(move |first: Option<()>| {
        let r = draft.get();
        if first.is_some() {
            let _ = docs.save(r);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found: Vec<FieldError> = draft.with_untracked(|r| {
            request_problems(r)
                .into_iter()
                .map(|(f, p)| FieldError::new(f.id(), request_problem_text(f, p, r, l)))
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
        <h1>{t::request_title(l)}</h1>
        <p class="template-mark">{t::request_template_mark(l)}</p>
        <ErrorSummary errors=errors/>
        <p class="lead">{t::request_intro(l)}</p>
        <p class="hint">{t::declaration_autosave(l)}</p>
        {draft.with_untracked(|r| centre_box(r, l))}
        <form novalidate on:submit=on_submit class="declaration-form">
            {person_fieldset(draft, errors, no_pesel, l)}
            {address_fieldset(draft, errors, l)}
            {draft.with_untracked(|r| household_section(r, "request-household".into(), Place::Form, l))}
            {benefits_fieldset(draft, errors, l)}
            {reason_fieldset(draft, errors, l)}
            <div class="actions">
                <button type="submit" class="button">{t::declaration_to_print(l)}</button>
            </div>
        </form>
    }
}

/// Where the request goes: the centre the directory names, or where to find it.
fn centre_box(r: &Request, l: Locale) -> impl IntoView {
    let centre = if r.centre.is_empty() {
        view! { <p>{t::request_centre_unknown(l)}</p> }.into_any()
    } else {
        view! { <p lang=polish_text(l)><strong>{r.centre.clone()}</strong></p> }.into_any()
    };
    view! {
        <section class="project-box" aria-labelledby="request-centre">
            <h2 id="request-centre">{t::request_centre(l)}</h2>
            {centre}
            <p>{t::field_gmina(l)}": "<span lang="pl">{r.gmina.clone()}</span></p>
        </section>
    }
}

fn person_fieldset(
    draft: RwSignal<Request>,
    errors: ReadSignal<Vec<FieldError>>,
    no_pesel: RwSignal<bool>,
    l: Locale,
) -> impl IntoView {
    let birth_error = Signal::derive(error_for(errors, RequestField::BirthDate.id()));
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        no_pesel.set(on);
        if on {
            draft.update(|r| r.person.pesel.clear());
        }
    };
    view! {
        <fieldset class="section">
            <legend><h2>{t::declaration_person(l)}</h2></legend>
            <TextField field=RequestField::FirstName draft at=text_at!(person.first_name) errors autocomplete="given-name"/>
            <TextField field=RequestField::Surname draft at=text_at!(person.surname) errors autocomplete="family-name"/>
            <Show when=move || !no_pesel.get()>
                <TextField field=RequestField::Pesel draft at=text_at!(person.pesel) errors inputmode="numeric" hint=t::pesel_hint(l)/>
            </Show>
            <div class="checkbox">
                <input type="checkbox" id="no-pesel" prop:checked=move || no_pesel.get() on:change=toggle/>
                <label for="no-pesel">{t::no_pesel(l)}</label>
            </div>
            <Show when=move || no_pesel.get()>
                <FormField id=RequestField::BirthDate.id() label=field_label(Field::BirthDate, l) hint=None error=birth_error
                    input=move |a: InputAttrs| view! {
                        <input id=a.id name="birth_date" type="date" autocomplete="bday" class="input-medium"
                            max=today().to_string() min="1900-01-01"
                            aria-describedby=a.described_by aria-invalid=a.invalid
                            prop:value=move || draft.with(|r| r.person.birth_date.map(|b| b.first_day().to_string()).unwrap_or_default())
                            on:change=move |ev| {
                                let date = parse_iso(&event_target_value(&ev)).map(PartialDate::Day);
                                draft.update(|r| r.person.birth_date = date);
                            }/>
                    }/>
            </Show>
        </fieldset>
    }
}

fn address_fieldset(draft: RwSignal<Request>, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> impl IntoView {
    view! {
        <fieldset class="section">
            <legend><h2>{t::declaration_address(l)}</h2></legend>
            <TextField field=RequestField::Street draft at=text_at!(person.street) errors autocomplete="address-line1" hint=t::street_hint(l)/>
            <div class="field-row">
                <TextField field=RequestField::House draft at=text_at!(person.house) errors short=true/>
                <TextField field=RequestField::Flat draft at=text_at!(person.flat) errors short=true/>
            </div>
            <TextField field=RequestField::Postcode draft at=text_at!(person.postcode) errors autocomplete="postal-code" inputmode="numeric" short=true hint=t::postcode_hint(l)/>
            <TextField field=RequestField::Town draft at=text_at!(person.town) errors autocomplete="address-level2"/>
            <TextField field=RequestField::Phone draft at=text_at!(person.phone) errors autocomplete="tel" hint=t::optional(l)/>
        </fieldset>
    }
}

/// Where the household's table is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The form: the person is "Ty", with a note on where the rows come from.
    Form,
    /// The printed request: the person is the one making the request, and no note.
    Paper,
    /// The same in the reader's language on the screen, under the translation's heading: one level down.
    Translation,
}

/// The household as the answers gave it: who, their age, their income of the month before.
pub fn household_section(r: &Request, heading_id: String, place: Place, l: Locale) -> impl IntoView {
    let money =
        |m: Option<rust_decimal::Decimal>| m.map(|m| crate::money::format_pln(m, l)).unwrap_or_else(|| "—".into());
    let rows = r
        .members
        .iter()
        .map(|m| {
            let age = m.age.map(|a| a.to_string()).unwrap_or_else(|| "—".into());
            let who = match m.role {
                crate::household::Role::Applicant if place != Place::Form => t::request_applicant(l),
                role => role_label(role, l),
            };
            view! { <tr><th scope="row">{who}</th><td>{age}</td><td>{money(m.income)}</td></tr> }
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="section" aria-labelledby=labelled_by>
            {if place == Place::Translation {
                view! { <h3 id=heading_id>{t::request_household(l)}</h3> }.into_any()
            } else {
                view! { <h2 id=heading_id>{t::request_household(l)}</h2> }.into_any()
            }}
            {(place == Place::Form).then(|| view! { <p class="hint">{t::request_household_note(l)}</p> })}
            <table class="document-table">
                <thead><tr><th scope="col">{t::request_member(l)}</th><th scope="col">{t::request_age(l)}</th><th scope="col">{t::request_income(l)}</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr><th scope="row" colspan="2">{t::request_income_total(l)}</th><td>{money(r.total_income())}</td></tr></tfoot>
            </table>
        </section>
    }
}

fn benefits_fieldset(draft: RwSignal<Request>, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> impl IntoView {
    let choices = Benefit::ALL
        .into_iter()
        .map(|b| {
            let checked = Signal::derive(move || draft.with(|r| r.benefits.contains(&b)));
            let choose = move |on: bool| {
                draft.update(|r| {
                    r.benefits.retain(|x| *x != b);
                    if on {
                        r.benefits.push(b);
                        // In the act's order, whatever the order of ticking.
                        r.benefits.sort_by_key(|x| Benefit::ALL.iter().position(|y| y == x));
                    }
                })
            };
            Choice::new(format!("{} ({})", b.name(), b.article()), checked, choose).lang(polish_text(l))
        })
        .collect();
    view! {
        <section class="section">
            <ChoiceGroup control=Control::Checkbox id=RequestField::Benefits.id() legend=t::request_benefits(l)
                hint=Some(t::request_benefits_hint(l).to_string()) error=Signal::derive(error_for(errors, RequestField::Benefits.id()))
                choices/>
        </section>
    }
}

fn reason_fieldset(draft: RwSignal<Request>, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> impl IntoView {
    let id = RequestField::Reason.id();
    view! {
        <FormField id=id label=t::request_reason(l) hint=Some(t::request_reason_hint(l)) error=Signal::derive(error_for(errors, id))
            input=move |a: InputAttrs| view! {
                <textarea id=a.id name=id rows="6" aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=move || draft.with(|r| r.reason.clone())
                    on:input=move |ev| draft.update(|r| r.reason = event_target_value(&ev))></textarea>
            }/>
    }
}
