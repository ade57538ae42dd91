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
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let to_catalogue = (section == Section::Checker).then_some("external");
    let to_checker = (section == Section::Catalogue).then_some("external");
    // "true", not "page": the link leads to the section's start, which may not be this page.
    let current = |s: Section| (s == section).then_some("true");
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t::skip_to_content(l)}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a href="/" rel=to_catalogue class="brand">
                    <span class="brand-mark" aria-hidden="true">"✓"</span>
                    <span>{t::app_name(l)}</span>
                </a>
                <nav aria-label=t::nav_main(l)>
                    <a href="/" rel=to_catalogue aria-current=current(Section::Catalogue)>{t::nav_catalogue(l)}</a>
                    <a href="/sprawdz" rel=to_checker aria-current=current(Section::Checker)>{t::nav_check(l)}</a>
                    <a href="/sprawdz/dokumenty" rel=to_checker>{t::nav_documents(l)}</a>
                </nav>
            </div>
        </header>
    }
}

/// The footer's standing promises, with anything a section adds above them, and the staff's link to
/// the device settings.
#[component]
pub fn SiteFooter(section: Section, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let locale = use_locale();
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let to_checker = (section == Section::Catalogue).then_some("external");
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {children.map(|c| c())}
                <p>{t::footer_privacy(l)}</p>
                <p>{t::footer_indicative(l)}</p>
                <p><a href="/sprawdz/urzadzenie" rel=to_checker>{t::footer_settings(l)}</a></p>
            </div>
        </footer>
    }
}
