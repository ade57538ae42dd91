//! The declaration as printed: A4, no app chrome, every field, the statements, the project and the
//! centre with its address and office hours, date and signature lines, and a QR code of the data that
//! any QR reader shows (format in the README). The same from a phone: the print layout is fixed.

use leptos::prelude::*;

use super::form::with_declaration;
use super::labels::{area_label, education_label, labour_label, sensitive_label, sex_label, social_items};
use crate::declaration::category::code_label;
use crate::declaration::{qr_payload, validate, Declaration};
use crate::i18n::{t, Locale};
use crate::ui::components::facts::fact;
use crate::ui::components::hours::HoursTable;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;

fn or_blank(text: &str) -> String {
    if text.trim().is_empty() { "—".to_string() } else { text.to_string() }
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
pub fn PrintPage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::print_title(locale.get()).to_string());
    with_declaration(move |data, d| {
        let l = locale.get();
        let problems = validate(&d);
        let entry = data.loaded.catalogue.project(&d.project_id);
        let centre = entry.map(|e| &data.loaded.catalogue.centres[e.centre]);
        let title = entry.map(|e| e.project.title.clone()).unwrap_or_else(|| d.project_id.clone());
        let centre_name = centre.map(|c| c.name.clone()).unwrap_or_default();
        let project_facts = view! {
            <dl class="facts">
                {fact(t::print_project(l), Some(title.clone()))}
                {fact(t::project_programme(l), entry.and_then(|e| e.project.programme.as_ref().map(|p| p.name.clone())))}
                {fact(t::print_centre(l), centre.map(|c| c.name.clone()))}
                {fact(t::centre_address(l), centre.and_then(|c| c.address.as_ref().map(|a| format!("{}, {} {}", a.street, a.postcode, a.town))))}
                {fact(t::centre_phones(l), centre.filter(|c| !c.phones.is_empty()).map(|c| c.phones.join(", ")))}
            </dl>
        };
        let hours = centre.and_then(|c| c.office_hours.clone()).map(|h| view! { <HoursTable hours=h caption=t::centre_hours(l).to_string()/> });
        let social = social_items(l)
            .into_iter()
            .map(|(_, question, get, _)| (question, sensitive_label(get(&d.social), l).to_string()))
            .collect::<Vec<_>>();
        let category = match &d.category {
            Some(code) => t::category_statement(l, code_label(code, l)),
            None => t::print_category_blank(l).to_string(),
        };
        let administrator = if centre_name.is_empty() { t::print_centre(l).to_string() } else { centre_name.clone() };
        let payload = qr_payload(&d);
        let qr = crate::qr::svg(&payload, t::print_qr_label(l)).unwrap_or_default();
        let edit_href = format!("/sprawdz/deklaracja/{}", d.id);
        let incomplete = (!problems.is_empty()).then(|| view! {
            <div class="error-box no-print" role="alert">
                <p>{t::print_incomplete(l)}</p>
                <p><a href=edit_href.clone()>{t::print_back_to_form(l)}</a></p>
            </div>
        });
        view! {
            <div class="print-actions no-print">
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{t::print_button(l)}</button>
                <a class="button secondary" href=edit_href.clone()>{t::print_back_to_form(l)}</a>
                <a class="button secondary" href="/sprawdz/dokumenty">{t::nav_documents(l)}</a>
            </div>
            {incomplete}
            <article class="document" aria-labelledby="document-title">
                <header class="document-head">
                    <h1 id="document-title">{t::print_heading(l)}</h1>
                    <p class="template-mark">{t::declaration_template_mark(l)}</p>
                </header>
                <section aria-labelledby="doc-project">
                    <h2 id="doc-project">{t::print_project_section(l)}</h2>
                    {project_facts}
                    {hours}
                </section>
                <section aria-labelledby="doc-person">
                    <h2 id="doc-person">{t::declaration_person(l)}</h2>
                    <table class="document-table"><tbody>{rows(person_rows(&d, l))}</tbody></table>
                </section>
                <section aria-labelledby="doc-social">
                    <h2 id="doc-social">{t::declaration_social(l)}</h2>
                    <table class="document-table"><tbody>{rows(social)}</tbody></table>
                </section>
                <section aria-labelledby="doc-statements">
                    <h2 id="doc-statements">{t::print_statements(l)}</h2>
                    <ol class="statements">
                        <li>{t::print_statement_join(l, title.clone())}</li>
                        <li>{category}</li>
                        <li>{t::print_statement_true(l)}</li>
                        <li>{t::print_statement_rules(l)}</li>
                    </ol>
                </section>
                <section aria-labelledby="doc-rodo" class="rodo">
                    <h2 id="doc-rodo">{t::print_rodo_title(l)}</h2>
                    <ol>
                        <li>{t::rodo_administrator(l, administrator)}</li>
                        <li>{t::rodo_purpose(l, title.clone())}</li>
                        <li>{t::rodo_basis(l)}</li>
                        <li>{t::rodo_recipients(l)}</li>
                        <li>{t::rodo_period(l)}</li>
                        <li>{t::rodo_rights(l)}</li>
                        <li>{t::rodo_required(l)}</li>
                    </ol>
                </section>
                <div class="signatures">
                    <p><span class="line"></span>{t::print_place_date(l)}</p>
                    <p><span class="line"></span>{t::print_signature(l)}</p>
                </div>
                <figure class="qr">
                    <div class="qr-code" inner_html=qr></div>
                    <figcaption>{t::print_qr_caption(l)}</figcaption>
                </figure>
            </article>
        }
    })
}
