//! Everything the catalogue knows about one project, formatted the Polish way.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::labels::{funding_label, group_label, period_text, status_detail};
use crate::catalogue::{
    Budget, Centre, CentreRole, Entry, Loaded, Participants, ParticipantsBasis, ParticipantsUnit, PartnerKind,
    Programme, Project,
};
use crate::device::Mode;
use crate::i18n::{t, Locale};
use crate::money::{format_pln, percent_of};
use crate::places::powiat_of;
use crate::route::Route;
use crate::ui::components::catalogue_gate::with_catalogue_part;
use crate::ui::components::centre_contact::{contact_facts, has_contact};
use crate::ui::components::directory_centre::directory_centre;
use crate::ui::components::facts::{fact, phone_links};
use crate::ui::components::freshness::freshness_note;
use crate::ui::components::hours::HoursTable;
use crate::ui::components::offer::{offer_facts, source_block};
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::components::title::use_item_title;
use crate::ui::context::{effective_date, next_edition_on, polish_text, status_on, use_locale};
use crate::ui::data::{powiat, Part, Remote};
use crate::ui::mode::use_device;
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;
use chrono::NaiveDate;

#[component]
pub fn ProjectPage(id: String) -> impl IntoView {
    let locale = use_locale();
    use_item_title(Part::Project(id.clone()), |c, id| c.project(id).map(|e| e.project.title.clone()));
    with_catalogue_part(Part::Project(id.clone()), move |loaded| {
        let l = locale.get();
        match loaded.catalogue.project(&id) {
            Some(entry) => project_view(loaded.clone(), entry.clone(), l).into_any(),
            None => {
                view! { <NotFound message=Signal::derive(move || t::not_found_project(locale.get()).to_string())/> }
                    .into_any()
            }
        }
    })
}

pub(crate) fn project_view(loaded: Arc<Loaded>, entry: Entry, l: Locale) -> impl IntoView {
    // Catalogue facts are Polish, as the centres wrote them: marked so for screen readers and
    // translation tools when the page is in another language.
    let pl = polish_text(l);
    let as_of = effective_date();
    let centre = loaded.catalogue.centre_of(&entry).clone();
    let p = entry.project.clone();
    let status_box = status_box(p.clone(), as_of, l);

    let groups = p.target_groups.iter().map(|g| view! { <li>{group_label(*g, l)}</li> }).collect_view();
    let services = (!p.services.is_empty()).then(|| {
        view! {
            <section aria-labelledby="services">
                <h2 id="services">{t::project_services(l)}</h2>
                <ul lang=pl>{p.services.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
            </section>
        }
    });
    let goal = p.goal.clone().map(|g| {
        view! { <section aria-labelledby="goal"><h2 id="goal">{t::project_goal(l)}</h2><p lang=pl>{g}</p></section> }
    });

    let apply = apply_section(&p, centre.clone(), l);

    let notes = (!p.notes.is_empty()).then(|| {
        view! {
            <section aria-labelledby="notes">
                <h2 id="notes">{t::project_notes(l)}</h2>
                <ul lang=pl>{p.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            </section>
        }
    });
    let centre_href = Route::Centre(centre.id.clone()).link();
    let checked_on = p.checked_on;

    view! {
        <p class="back"><a href=Route::all_projects().link()>{"← "}{t::project_back(l)}</a></p>
        <article class="project">
            <h1 lang=pl>{p.title.clone()}</h1>
            <p class="project-centre" lang=pl><a href=centre_href>{centre.name.clone()}</a></p>
            {status_box}
            {move || freshness_note(checked_on, as_of.get(), l)}
            <p class="check-link">
                <a class="button" href=Route::CheckStart(Some(p.id.clone())).link() rel="external">{t::check_this_project(l)}</a>
                {(use_device().mode == Mode::Counter).then(|| view! {
                    " "<a class="button secondary" href=Route::ProjectQr(p.id.clone()).link() rel="external">{t::counter_show_qr(l)}</a>
                })}
            </p>
            <section aria-labelledby="for-whom">
                <h2 id="for-whom">{t::project_for_whom(l)}</h2>
                <p lang=pl>{p.target_groups_text.clone()}</p>
                <ul class="chips">{groups}</ul>
            </section>
            {goal}
            {services}
            {apply}
            {facts_section(&p, &entry, &loaded, l)}
            {notes}
            <section aria-labelledby="source">
                <h2 id="source">{t::project_source(l)}</h2>
                {source_block(&p.source, l)}
            </section>
        </article>
    }
}

/// The project's status on the day the statuses are for, said in a box of its own.
fn status_box(project: Project, as_of: Signal<NaiveDate>, l: Locale) -> impl Fn() -> AnyView {
    move || {
        let s = status_on(&project, as_of.get());
        view! {
            <section class=format!("status-box status-{}", s.kind().code()) aria-labelledby="status-title">
                <h2 id="status-title" class="visually-hidden">{t::project_status(l)}</h2>
                <p><StatusBadge kind=s.kind()/></p>
                <p>{status_detail(&project, s, l)}</p>
                {next_edition_on(&project, s, as_of.get(), l).map(|note| view! { <p>{note}</p> })}
            </section>
        }
        .into_any()
    }
}

/// How to apply: the source's words, documents, hours and phones, and always the centre that runs the
/// project, the way in even when nothing else is known.
fn apply_section(p: &Project, centre: Centre, l: Locale) -> impl IntoView {
    let how = p.how_to_apply.clone();
    let pl = polish_text(l);
    // The centre that runs the project is always a way in: as the directory lists it (with its source
    // and date) when one does, else as the catalogue has it.
    let running = centre;
    let centre_contact = move || {
        if let Remote::Ready(file) = powiat(powiat_of(&running.teryt)) {
            if let Some(c) = file.centre_of(&running.teryt) {
                return Some(view! { <h3>{t::project_running_centre(l)}</h3>{directory_centre(c, l)} }.into_any());
            }
        }
        (has_contact(&running) || running.office_hours.is_some()).then(|| {
            let hours = running.office_hours.clone().map(|h| {
                view! { <HoursTable hours=h caption=t::centre_hours(l).to_string() show_open_now=true/> }
            });
            view! {
                <h3>{t::project_running_centre(l)}</h3>
                <p lang=pl>{running.name.clone()}</p>
                <dl class="facts">{contact_facts(&running, l)}</dl>
                {hours}
            }
            .into_any()
        })
    };
    // Always there: even with nothing else, the running centre is how to get in touch.
    {
        let text = how.as_ref().map(|h| view! { <p lang=pl>{h.text.clone()}</p> });
        let docs = how.as_ref().filter(|h| !h.documents.is_empty()).map(|h| {
            view! {
                <h3>{t::project_documents(l)}</h3>
                <ul lang=pl>{h.documents.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
            }
        });
        let hours = how.as_ref().and_then(|h| h.hours.clone()).map(|hours| {
            view! { <HoursTable hours=hours caption=t::project_application_hours(l).to_string()/> }
        });
        let phones = (!p.phones.is_empty()).then(|| {
            view! {
                <h3>{t::project_contact(l)}</h3>
                <ul class="phones">{phone_links(&p.phones)}</ul>
            }
        });
        view! {
            <section aria-labelledby="apply">
                <h2 id="apply">{t::project_how_to_apply(l)}</h2>
                {text}{docs}{hours}{phones}{centre_contact}
            </section>
        }
    }
}

/// The programme a project is funded from, with its fund, axis, measure and call.
fn programme_fact(prog: Programme, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    view! {
        <div class="fact"><dt>{t::project_programme(l)}</dt><dd>
            <p lang=pl>{prog.name.clone()}</p>
            <dl class="sub-facts" lang=pl>
                {fact(t::programme_fund(l), prog.fund.clone())}
                {fact(t::programme_axis(l), prog.priority_axis.clone())}
                {fact(t::programme_measure(l), prog.measure.clone())}
                {fact(t::programme_sub_measure(l), prog.sub_measure.clone())}
                {fact(t::programme_territorial(l), prog.territorial_instrument.clone())}
                {fact(t::programme_call(l), prog.call.clone())}
            </dl>
        </dd></div>
    }
}

/// The project's value and, where the source gives them, its sources of funding.
fn budget_fact(b: Budget, l: Locale) -> impl IntoView {
    let parts = (!b.parts.is_empty()).then(|| {
            let rows = b
                .parts
                .iter()
                .map(|part| {
                    let share = part.percent.or_else(|| percent_of(part.amount, b.total, 2).map(|p| p.normalize()));
                    view! {
                        <tr>
                            <th scope="row">{funding_label(part.source, l)}</th>
                            <td class="num">{format_pln(part.amount, l)}</td>
                            <td class="num">{share.map(|s| t::funding_percent(l, crate::money::format_number(s, s.scale(), l)))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="funding">
                    <caption>{t::project_funding(l)}</caption>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
    view! {
        <div class="fact"><dt>{t::project_budget(l)}</dt><dd>
            <p class="amount">{format_pln(b.total, l)}</p>
            {parts}
        </dd></div>
    }
}

/// How many people or families the project is for, as the source counts them.
fn participants_text(pt: Participants, l: Locale) -> String {
    let n = pt.count as i64;
    match (pt.unit, pt.basis) {
        (ParticipantsUnit::Persons, ParticipantsBasis::Planned) => t::participants_planned(l, n),
        (ParticipantsUnit::Persons, ParticipantsBasis::PlannedAtLeast) => t::participants_planned_at_least(l, n),
        (ParticipantsUnit::Persons, ParticipantsBasis::Approximate) => t::participants_approximate(l, n),
        (ParticipantsUnit::Persons, ParticipantsBasis::Actual) => t::participants_actual(l, n),
        (ParticipantsUnit::Families, ParticipantsBasis::Planned) => t::families_planned(l, n),
        (ParticipantsUnit::Families, ParticipantsBasis::PlannedAtLeast) => t::families_planned_at_least(l, n),
        (ParticipantsUnit::Families, ParticipantsBasis::Approximate) => t::families_approximate(l, n),
        (ParticipantsUnit::Families, ParticipantsBasis::Actual) => t::families_actual(l, n),
    }
}

/// The facts of a project: its kind, period, role, partners, gminas, area, participants, value and
/// programme, each where the source gives it.
fn facts_section(p: &Project, entry: &Entry, loaded: &Loaded, l: Locale) -> impl IntoView {
    let pl = polish_text(l);
    let programme = p.programme.clone().map(|prog| programme_fact(prog, l));
    let budget = p.budget.clone().map(|b| budget_fact(b, l));
    let participants = p.participants.clone().map(|pt| participants_text(pt, l));
    // Only where the source states it.
    let role = p.role.map(|role| match role {
        CentreRole::Lead => t::role_lead(l),
        CentreRole::Partner => t::role_partner(l),
        CentreRole::Refers => t::role_refers(l),
    });
    let partners = (!p.partners.is_empty()).then(|| {
        p.partners
            .iter()
            .map(|pa| {
                let gmina = match (pa.kind, &pa.gmina) {
                    (PartnerKind::Centre, Some(g)) => Some(format!(" ({})", t::partner_gmina(l, g))),
                    _ => None,
                };
                view! { <li><span lang=pl>{pa.name.clone()}</span>{gmina}</li> }
            })
            .collect_view()
    });
    let partners = partners.map(|items| view! { <ul class="plain">{items}</ul> });
    let area = p.area.clone().filter(|a| a.revitalisation_area || !a.gminas.is_empty()).map(|a| {
        let mut words: Vec<String> = a.gminas.clone();
        if a.revitalisation_area {
            words.push(t::area_revitalisation(l).to_string());
        }
        words.join(", ")
    });
    let gminas = entry.gminas.join(", ");
    let durability = p.durability_until.map(|d| d.format_long(l));
    view! {
    <section aria-labelledby="facts">
        <h2 id="facts">{t::project_facts(l)}</h2>
        <dl class="facts">
            {offer_facts(p, &loaded.catalogue.programmes, l)}
            {fact(t::project_period(l), Some(period_text(p, l)).filter(|t| !t.is_empty()))}
            {fact(t::project_durability(l), durability)}
            {fact(t::project_role(l), role)}
            {fact(t::project_lead(l), p.lead.clone().map(|lead| view! { <span lang=pl>{lead}</span> }))}
            {fact(t::project_partners(l), partners)}
            {fact(t::project_gminas(l), Some(view! { <span lang=pl>{gminas}</span> }))}
            {fact(t::project_area(l), area)}
            {fact(t::project_participants(l), participants)}
            {budget}
            {programme}
        </dl>
    </section>
    }
}
