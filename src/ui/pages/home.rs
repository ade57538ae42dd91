//! The first page: "Gdzie mieszkasz?" leads to a gmina's page, with its centre and the projects open to
//! its residents. It downloads no project: only the gmina index, and the towns of the letters typed.

use leptos::prelude::*;

use crate::catalogue::ProgrammeDef;
use crate::device::Mode;
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::offer::programme_card;
use crate::ui::components::place_search::PlaceSearch;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::context::{effective_date, period_seen_on};
use crate::ui::data::{places, programmes, Remote};
use crate::ui::mode::use_device;
use crate::ui::nav::Link;
use crate::ui::pages::region::VoivodeshipLinks;

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    use_page_title(move || t::catalogue_title(locale.get()).to_string());
    // At a counter, its gmina first: its page has the centre and every project open to the gmina's
    // residents, other centres' included.
    let device = use_device();
    let counter_gmina = (device.mode == Mode::Counter).then_some(device.gmina).flatten().map(|code| {
        let href = Route::Gmina { code: code.clone(), via: None }.link();
        move || match places() {
            Remote::Ready(p) => p.gmina(&code).map(|g| {
                let text = t::counter_own_gmina(locale.get_untracked(), &g.gmina.name);
                view! { <p class="counter-gmina"><a href=href.clone()>{text}</a></p> }
            }),
            _ => None,
        }
    });
    // What runs now across the country: the programmes centres run edition after edition (built into
    // the app, so they are in the first paint), each with a word to ask one's own centre; then the
    // programmes run yearly whose edition has ended, with a word to ask about this year's. "Trwa teraz"
    // holds only what runs on the day, and says so plainly when nothing does.
    let as_of = effective_date();
    let running_now = move || match programmes() {
        Remote::Ready(file) => {
            let l = locale.get();
            let day = as_of.get();
            let (running, ended): (Vec<_>, Vec<_>) = file
                .programmes
                .iter()
                .inspect(|d| period_seen_on(d.period, day))
                .filter(|d| d.period.is_some_and(|p| p.start.first_day() <= day))
                .partition(|d| d.runs_on(day));
            let card = |d: &ProgrammeDef| programme_card(d, t::programme_ask_home(l).into_any(), false, day, l);
            let now = match running.is_empty() {
                true => view! { <p class="note">{t::home_now_none(l)}</p> }.into_any(),
                false => view! {
                    <p>{t::home_now_intro(l)}</p>
                    <ul class="cards">{running.into_iter().map(card).collect_view()}</ul>
                }
                .into_any(),
            };
            let yearly: Vec<_> = ended.into_iter().filter(|d| d.yearly.is_some()).collect();
            let yearly = (!yearly.is_empty()).then(|| {
                view! {
                    <section aria-labelledby="home-yearly">
                        <h2 id="home-yearly">{t::home_yearly_heading(l)}</h2>
                        <ul class="cards">{yearly.into_iter().map(card).collect_view()}</ul>
                    </section>
                }
            });
            Some(view! {
                <section aria-labelledby="home-now">
                    <h2 id="home-now">{t::home_now_heading(l)}</h2>
                    {now}
                </section>
                {yearly}
            })
        }
        _ => None,
    };
    view! {
        <h1>{move || t::catalogue_title(locale.get())}</h1>
        <p class="lead">{move || t::home_intro(locale.get())}</p>
        {counter_gmina}
        <PlaceSearch/>
        {crate::ui::components::benefits::benefits_section(locale.get_untracked())}
        {running_now}
        <VoivodeshipLinks/>
        <p class="all-projects"><a href=Route::all_projects().link()>{move || t::home_all_projects(locale.get())}</a></p>
    }
}
