//! The declaration as printed: A4, no app chrome, every field, the statements, the project and the
//! centre with its address and office hours, date and signature lines, and a QR code of the data that
//! any QR reader shows (format in docs/DATA-FORMATS.md). The same from a phone: the print layout is fixed.

use leptos::prelude::*;

use super::form::with_declaration;
use super::labels::{area_label, education_label, labour_label, sensitive_label, sex_label, social_items};
use crate::declaration::category::code_label;
use crate::declaration::{qr_payload, validate, Declaration};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::check::data::CheckData;
use crate::ui::components::facts::fact;
use crate::ui::components::hours::HoursTable;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

/// Above a print: print, back to the form, the documents; and in another language, that the centre
/// gets the Polish copy.
pub fn print_actions(edit_href: String, l: Locale) -> impl IntoView {
    view! {
        <div class="print-actions no-print">
            <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{t::print_button(l)}</button>
            <a class="button secondary" href=edit_href>{t::print_back_to_form(l)}</a>
            <a class="button secondary" href=Route::Documents.link()>{t::nav_documents(l)}</a>
        </div>
        {(l != Locale::Pl).then(|| view! { <p class="note no-print">{t::print_polish_note(l)}</p> })}
    }
}

/// For a reader of another language than Polish, the document in theirs (`document`, drawn only for
/// them) on the screen, never printed, under a heading of its own.
pub fn translation<V: IntoView>(l: Locale, document: Option<V>) -> Option<impl IntoView> {
    let document = document?;
    Some(view! {
        <section class="translation no-print" aria-labelledby="tr-title">
            <h2 id="tr-title">{t::print_translation_title(l)}</h2>
            <p>{t::print_translation_note(l)}</p>
            {document}
        </section>
    })
}

/// A printed field's value, or a dash for a blank one.
pub fn or_blank(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn person_rows(d: &Declaration, l: Locale) -> Vec<(&'static str, String)> {
    let p = &d.person;
    let opt = |s: Option<&str>| s.map(str::to_string).unwrap_or_else(|| "—".into());
    let mut address = format!("{} {}", p.street, p.house);
    if !p.flat.trim().is_empty() {
        address.push_str(&format!(" m. {}", p.flat));
    }
    vec![
        (t::field_first_name(l), or_blank(&p.first_name)),
        (t::field_surname(l), or_blank(&p.surname)),
        (t::field_pesel(l), or_blank(&p.pesel)),
        (t::field_birth_date(l), p.birth_date.map(|b| b.format_long(l)).unwrap_or_else(|| "—".into())),
        (t::field_sex(l), opt(p.sex.map(|s| sex_label(s, l)))),
        (t::print_address(l), address),
        (t::field_postcode(l), or_blank(&p.postcode)),
        (t::field_town(l), or_blank(&p.town)),
        (t::field_gmina(l), or_blank(&p.gmina)),
        (t::field_area(l), opt(p.area.map(|a| area_label(a, l)))),
        (t::field_phone(l), or_blank(&p.phone)),
        (t::field_email(l), or_blank(&p.email)),
        (t::field_education(l), opt(p.education.map(|e| education_label(e, l)))),
        (t::field_labour(l), opt(p.labour.map(|x| labour_label(x, l)))),
    ]
}

fn rows(items: Vec<(&'static str, String)>) -> impl IntoView {
    items.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view()
}

#[component]
pub fn PrintPage(id: String) -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::print_title(locale.get()).to_string());
    with_declaration(id, move |data, d| {
        let l = locale.get();
        let problems = validate(&d);
        let edit_href = Route::Declaration(d.id.clone()).link();
        let incomplete = (!problems.is_empty()).then(|| {
            view! {
                <div class="error-box no-print" role="alert">
                    <p>{t::print_incomplete(l)}</p>
                    <p><a href=edit_href.clone()>{t::print_back_to_form(l)}</a></p>
                </div>
            }
        });
        // The centre takes the declaration in Polish; a reader of another language gets a copy in
        // theirs on the screen, which is never printed.
        let translation = translation(l, (l != Locale::Pl).then(|| document(&data, &d, l, Version::Translation)));
        view! {
            {print_actions(edit_href.clone(), l)}
            {incomplete}
            {document(&data, &d, Locale::Pl, Version::Printed)}
            {translation}
        }
    })
}

/// The printed declaration, or its translation shown on the screen (other ids, no QR code).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Version {
    Printed,
    Translation,
}

fn document(data: &CheckData, d: &Declaration, l: Locale, version: Version) -> impl IntoView {
    let entry = data.loaded.catalogue.project(&d.project_id);
    let centre = entry.map(|e| &data.loaded.catalogue.centres[e.centre]);
    let title = entry.map(|e| e.project.title.clone()).unwrap_or_else(|| d.project_id.clone());
    let centre_name = centre.map(|c| c.name.clone()).unwrap_or_default();
    let id = move |name: &str| match version {
        Version::Printed => format!("doc-{name}"),
        Version::Translation => format!("tr-doc-{name}"),
    };
    let project_facts = view! {
        <dl class="facts">
            {fact(t::print_project(l), Some(view! { <span lang="pl">{title.clone()}</span> }))}
            {fact(t::project_programme(l), entry.and_then(|e| e.project.programme.as_ref().map(|p| view! { <span lang="pl">{p.name.clone()}</span> })))}
            {fact(t::print_centre(l), centre.map(|c| view! { <span lang="pl">{c.name.clone()}</span> }))}
            {fact(t::centre_address(l), centre.and_then(|c| c.address.as_ref().map(|a| format!("{}, {} {}", a.street, a.postcode, a.town))))}
            {fact(t::centre_phones(l), centre.filter(|c| !c.phones.is_empty()).map(|c| c.phones.join(", ")))}
        </dl>
    };
    let hours = centre
        .and_then(|c| c.office_hours.clone())
        .map(|h| view! { <HoursTable hours=h caption=t::centre_hours(l).to_string() language=l/> });
    let social = social_items(l)
        .into_iter()
        .map(|(item, _, question)| (question, sensitive_label(d.social.get(item), l).to_string()))
        .collect::<Vec<_>>();
    let category = match &d.category {
        Some(code) => t::category_statement(l, code_label(code, l)),
        None => t::print_category_blank(l).to_string(),
    };
    let administrator = if centre_name.is_empty() { t::print_centre(l).to_string() } else { centre_name.clone() };
    let qr = (version == Version::Printed).then(|| qr_figure(d, l));
    // The translation sits under its own heading: one level down.
    let heading = move |name: &str, text: &'static str| match version {
        Version::Printed => view! { <h2 id=id(name)>{text}</h2> }.into_any(),
        Version::Translation => view! { <h3 id=id(name)>{text}</h3> }.into_any(),
    };
    let title_heading = match version {
        Version::Printed => view! { <h1 id=id("title")>{t::print_heading(l)}</h1> }.into_any(),
        Version::Translation => view! { <h3 id=id("title")>{t::print_heading(l)}</h3> }.into_any(),
    };
    view! {
        <article class="document" lang=l.code() aria-labelledby=id("title")>
            <header class="document-head">
                {title_heading}
                <p class="template-mark">{t::declaration_template_mark(l)}</p>
            </header>
            <section aria-labelledby=id("project")>
                {heading("project", t::print_project_section(l))}
                {project_facts}
                {hours}
            </section>
            <section aria-labelledby=id("person")>
                {heading("person", t::declaration_person(l))}
                <table class="document-table"><tbody>{rows(person_rows(d, l))}</tbody></table>
            </section>
            <section aria-labelledby=id("social")>
                {heading("social", t::declaration_social(l))}
                <table class="document-table"><tbody>{rows(social)}</tbody></table>
            </section>
            <section aria-labelledby=id("statements")>
                {heading("statements", t::print_statements(l))}
                <ol class="statements">
                    <li>{t::print_statement_join(l, title.clone())}</li>
                    <li>{category}</li>
                    <li>{t::print_statement_true(l)}</li>
                    <li>{t::print_statement_rules(l)}</li>
                </ol>
            </section>
            <section aria-labelledby=id("rodo") class="rodo">
                {heading("rodo", t::print_rodo_title(l))}
                {rodo_list(administrator, title.clone(), l)}
            </section>
            <div class="signatures">
                <p><span class="line"></span>{t::print_place_date(l)}</p>
                <p><span class="line"></span>{t::print_signature(l)}</p>
            </div>
            {qr}
        </article>
    }
}

/// The declaration as a QR code, for the centre to read it in.
fn qr_figure(d: &Declaration, l: Locale) -> impl IntoView {
    let svg = crate::qr::svg(&qr_payload(d), t::print_qr_label(l)).unwrap_or_default();
    view! {
        <figure class="qr">
            <div class="qr-code" inner_html=svg></div>
            <figcaption>{t::print_qr_caption(l, crate::declaration::qr::QR_TAG)}</figcaption>
        </figure>
    }
}

/// What the personal data clause says: who keeps the data, why, on what basis, for how long.
fn rodo_list(administrator: String, title: String, l: Locale) -> impl IntoView {
    view! {
        <ol>
            <li>{t::rodo_administrator(l, administrator)}</li>
            <li>{t::rodo_purpose(l, title)}</li>
            <li>{t::rodo_basis(l)}</li>
            <li>{t::rodo_recipients(l)}</li>
            <li>{t::rodo_period(l)}</li>
            <li>{t::rodo_rights(l)}</li>
            <li>{t::rodo_required(l)}</li>
        </ol>
    }
}
