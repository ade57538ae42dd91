use leptos::prelude::*;

use crate::i18n::{t, Locale};
use crate::route::{in_language, Bundle, Route};
use crate::ui::context::{choose_language, polish_text, use_locale};
use crate::ui::island::{island, Part};
use crate::ui::nav::current_address;
use crate::ui::nav::skip_to_main;
use crate::ui::nav::Link;

/// The skip link and the header with the brand and the main navigation, the same in every app. `section`
/// is the bundle showing the page: a link to another bundle loads it in full (`rel="external"` keeps this
/// app's router from treating it as its own route).
#[component]
pub fn SiteHeader(section: Bundle) -> impl IntoView {
    let locale = use_locale();
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let to_catalogue = (section != Bundle::Catalogue).then_some("external");
    let to_checker = (section != Bundle::Checker).then_some("external");
    // "true", not "page": the link leads to the section's start, which may not be this page.
    let current = |s: Bundle| (s == section).then_some("true");
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t::skip_to_content(l)}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a href=Route::Home.link() rel=to_catalogue class="brand">
                    <span class="brand-mark" aria-hidden="true">"✓"</span>
                    <span lang=polish_text(l)>{t::app_name(l)}</span>
                </a>
                <nav aria-label=t::nav_main(l)>
                    <a href=Route::Home.link() rel=to_catalogue aria-current=current(Bundle::Catalogue)>{t::nav_catalogue(l)}</a>
                    <a href=Route::CheckStart(None).link() rel=to_checker aria-current=current(Bundle::Checker)>{t::nav_check(l)}</a>
                    <a href=Route::Documents.link() rel=to_checker>{t::nav_documents(l)}</a>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
    }
}

/// Each language by its own name, marked with its `lang` so that a screen reader says it right: a
/// link to this page in that language (written at build time, so it works without scripts too),
/// which also keeps the choice for the next visit. The app draws the page again in it and keeps the
/// focus on the switch.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = use_locale().get_untracked();
    let choose = move |locale: Locale| {
        choose_language(locale);
        // The app draws the page again: keep the focus on the switch, now in the new language.
        request_animation_frame(move || {
            let selector = format!(".language-switch [lang={}]", locale.code());
            if let Ok(Some(link)) = document().query_selector(&selector) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(link).focus();
            }
        });
    };
    let switch = view! {
        <div class="language-switch" role="group" aria-label=t::language_switch(current)>
            {Locale::ALL.iter().map(|&locale| view! {
                <a href=move || in_language(&current_address(), locale) id=format!("language-{}", locale.code())
                    lang=locale.code() hreflang=locale.code() aria-current=(locale == current).then_some("true")
                    on:click=move |_| choose(locale)>{locale.name()}</a>
            }).collect_view()}
        </div>
    };
    island(Part::LanguageSwitch, switch)
}

/// The footer's standing promises, with anything a section adds above them, and the staff's link to
/// the device settings.
#[component]
pub fn SiteFooter(section: Bundle, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let locale = use_locale();
    // Words are read once: a change of language starts the app again.
    let l = locale.get_untracked();
    let to_checker = (section != Bundle::Checker).then_some("external");
    let to_editor = (section != Bundle::Editor).then_some("external");
    view! {
        <footer class="site-footer">
            <div class="wrap">
                {children.map(|c| c())}
                <p>{t::footer_privacy(l)}</p>
                <p>{t::footer_indicative(l)}</p>
                <ul class="footer-links">
                    <li><a href=Route::Accessibility.link() rel=to_checker>{t::footer_accessibility(l)}</a></li>
                    <li><a href=Route::EasyRead.link() rel=to_checker>{t::footer_easy_read(l)}</a></li>
                </ul>
                <p class="footer-staff" id="footer-staff">{t::footer_staff(l)}</p>
                <ul class="footer-links" aria-labelledby="footer-staff">
                    <li><a href=Route::DeviceSettings.link() rel=to_checker>{t::footer_settings(l)}</a></li>
                    <li><a href=Route::EditorStart.link() rel=to_editor>{t::footer_editor(l)}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// The language switch as written, brought to life by the islands bundle: its links lead to the page in
/// each language, and the choice is kept for the next visit.
#[cfg(feature = "pages")]
pub fn language_switch_alive(el: &web_sys::HtmlElement) {
    let Ok(links) = el.query_selector_all("a[lang]") else { return };
    for link in (0..links.length()).filter_map(|i| links.item(i)) {
        let link: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(link);
        let code = link.get_attribute("lang").unwrap_or_default();
        crate::ui::island::on(&link, "click", move |_| crate::ui::storage::save_language(&code));
    }
}
