//! The request printed on A4: in Polish for the centre, with a QR code of its data (format SWW1,
//! `docs/DATA-FORMATS.md`) but not of the reason, which the person wrote by hand or typed; a reader of
//! another language also sees it in theirs on the screen.

use leptos::prelude::*;

use super::{household_section, request_problem_text, with_request, Place};
use crate::i18n::{t, Locale};
use crate::request::qr::{request_qr_payload, REQUEST_QR_TAG};
use crate::request::{request_problems, Request};
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::docs::print::{or_blank, print_actions, translation};
use crate::ui::nav::Link;

#[component]
pub fn RequestPrintPage(id: String) -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::request_print_title(locale.get()).to_string());
    with_request(id, move |r| {
        let l = locale.get();
        let edit_href = Route::Request(r.id.clone()).link();
        let problems: Vec<String> =
            request_problems(&r).into_iter().map(|(f, p)| request_problem_text(f, p, &r, l)).collect();
        let incomplete = (!problems.is_empty()).then(|| {
            view! {
                <div class="error-box no-print" role="alert">
                    <p>{t::print_incomplete(l)}</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <p><a href=edit_href.clone()>{t::print_back_to_form(l)}</a></p>
                </div>
            }
        });
        let translation = translation(l, (l != Locale::Pl).then(|| document(&r, l, false)));
        view! {
            {print_actions(edit_href.clone(), l)}
            {incomplete}
            {document(&r, Locale::Pl, true)}
            {translation}
        }
    })
}

fn person_rows(r: &Request, l: Locale) -> impl IntoView {
    let p = &r.person;
    let mut address = format!("{} {}", p.street, p.house);
    if !p.flat.trim().is_empty() {
        address.push_str(&format!(" m. {}", p.flat));
    }
    let rows = [
        (t::field_first_name(l), or_blank(&p.first_name)),
        (t::field_surname(l), or_blank(&p.surname)),
        (t::field_pesel(l), or_blank(&p.pesel)),
        (t::field_birth_date(l), p.birth_date.map(|b| b.format_long(l)).unwrap_or_else(|| "—".into())),
        (t::print_address(l), address),
        (t::field_postcode(l), or_blank(&p.postcode)),
        (t::field_town(l), or_blank(&p.town)),
        (t::field_gmina(l), or_blank(&r.gmina)),
        (t::field_phone(l), or_blank(&p.phone)),
    ];
    rows.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view()
}

/// The request as printed (`printed`: with its QR code, the ids of the page's own), or its
/// translation on the screen.
fn document(r: &Request, l: Locale, printed: bool) -> impl IntoView {
    let id = move |name: &str| if printed { format!("req-{name}") } else { format!("tr-req-{name}") };
    let heading = move |name: &str, text: &'static str| {
        if printed {
            view! { <h2 id=id(name)>{text}</h2> }.into_any()
        } else {
            view! { <h3 id=id(name)>{text}</h3> }.into_any()
        }
    };
    let title = if printed {
        view! { <h1 id=id("title")>{t::request_title(l)}</h1> }.into_any()
    } else {
        view! { <h3 id=id("title")>{t::request_title(l)}</h3> }.into_any()
    };
    let centre = if r.centre.is_empty() { t::request_centre_unknown(l).to_string() } else { r.centre.clone() };
    let filled = r.created.map(|d| d.format_long(l)).unwrap_or_default();
    let benefits =
        r.benefits.iter().map(|b| view! { <li lang="pl">{b.name()}" ("{b.article()}")"</li> }).collect_view();
    let qr = printed.then(|| qr_figure(r, l));
    view! {
        <article class="document" lang=l.code() aria-labelledby=id("title")>
            <header class="document-head">
                {title}
                <p class="template-mark">{t::request_template_mark(l)}</p>
                <p>{t::request_centre(l)}": "<strong lang="pl">{centre}</strong></p>
                <p>{t::request_filled_on(l)}": "{filled}</p>
            </header>
            <section aria-labelledby=id("person")>
                {heading("person", t::declaration_person(l))}
                <table class="document-table"><tbody>{person_rows(r, l)}</tbody></table>
            </section>
            {household_section(r, id("household"), if printed { Place::Paper } else { Place::Translation }, l)}
            <section aria-labelledby=id("benefits")>
                {heading("benefits", t::request_benefits(l))}
                <ul>{benefits}</ul>
            </section>
            <section aria-labelledby=id("reason")>
                {heading("reason", t::request_reason(l))}
                {reason_lines(&r.reason)}
            </section>
            <ol class="statements">
                <li>{t::request_statement_true(l)}</li>
                <li>{t::request_statement_interview(l)}</li>
            </ol>
            <div class="signatures">
                <p><span class="line"></span>{t::print_place_date(l)}</p>
                <p><span class="line"></span>{t::request_signature(l)}</p>
            </div>
            {qr}
        </article>
    }
}

/// The person's words, a paragraph for each line they wrote.
fn reason_lines(reason: &str) -> impl IntoView {
    let text = or_blank(reason);
    let lines: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
    lines.into_iter().map(|line| view! { <p class="reason">{line}</p> }).collect_view()
}

/// The request as a QR code, for the centre to read it in.
fn qr_figure(r: &Request, l: Locale) -> impl IntoView {
    let svg = crate::qr::svg(&request_qr_payload(r), t::request_qr_label(l)).unwrap_or_default();
    view! {
        <figure class="qr">
            <div class="qr-code" inner_html=svg></div>
            <figcaption>{t::request_qr_caption(l, REQUEST_QR_TAG)}</figcaption>
        </figure>
    }
}
