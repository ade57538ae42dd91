use leptos::prelude::*;

/// A labelled `<select>` for one catalogue filter, with "any" first. The value lives in the URL, so the
/// caller passes the current value in and hears about changes.
#[component]
pub fn FilterSelect(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    any_label: &'static str,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field js-only">
            <label for=id>{label}</label>
            <select id=id name=name prop:value=move || value.get() on:change=move |ev| on_change(event_target_value(&ev))>
                <option value="">{any_label}</option>
                {children()}
            </select>
        </div>
    }
}
