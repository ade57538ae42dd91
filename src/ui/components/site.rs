use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::app::skip_to_main;
use crate::ui::context::use_locale;

/// Which of the two apps is showing the page: links to the other one must load it in full
/// (`rel="external"` keeps this app's router from treating them as its own routes).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Catalogue,
    Checker,
}

/// The skip link and the header with the brand and the main navigation, the same in both apps.
#[component]
pub fn SiteHeader(section: Section) -> impl IntoView {
    let locale = use_locale();
    let to_catalogue = (section == Section::Checker).then_some("external");
    let to_checker = (section == Section::Catalogue).then_some("external");
    // "true", not "page": the link leads to the section's start, which may not be this page.
    let current = |s: Section| (s == section).then_some("true");
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{move || t::skip_to_content(locale.get())}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a href="/" rel=to_catalogue class="brand">
                    <span class="brand-mark" aria-hidden="true">"✓"</span>
                    <span>{move || t::app_name(locale.get())}</span>
                </a>
                <nav aria-label=move || t::nav_main(locale.get())>
                    <a href="/" rel=to_catalogue aria-current=current(Section::Catalogue)>{move || t::nav_catalogue(locale.get())}</a>
                    <a href="/sprawdz" rel=to_checker aria-current=current(Section::Checker)>{move || t::nav_check(locale.get())}</a>
                    <a href="/sprawdz/dokumenty" rel=to_checker>{move || t::nav_documents(locale.get())}</a>
                </nav>
            </div>
        </header>
    }
}

/// The footer's standing promises, with anything a section adds above them.
#[component]
pub fn SiteFooter(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {children.map(|c| c())}
                <p>{move || t::footer_privacy(locale.get())}</p>
                <p>{move || t::footer_indicative(locale.get())}</p>
            </div>
        </footer>
    }
}
