//! A `<select>` of the values of one type. Each option's value is its place in the list the options
//! were drawn from, and a choice is read back through the same list, so the two cannot disagree and
//! no unknown value falls back to some default: a value that names no option changes nothing. The
//! value lives only in the page (never stored or printed).

use leptos::prelude::*;

/// The options for each of `values`, in their order, the one `current` holds selected.
pub fn select_options<T: Copy + PartialEq + Send + Sync + 'static>(
    values: &'static [T],
    label: impl Fn(T) -> &'static str,
    current: RwSignal<T>,
) -> impl IntoView {
    values
        .iter()
        .enumerate()
        .map(|(i, &value)| view! { <option value=i.to_string() selected=move || current.get() == value>{label(value)}</option> })
        .collect_view()
}

/// What a change of the select drawn with [`select_options`] does: `current` takes the chosen value.
pub fn on_select<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    current: RwSignal<T>,
) -> impl Fn(leptos::ev::Event) {
    move |ev| {
        if let Some(&value) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i)) {
            current.set(value);
        }
    }
}
