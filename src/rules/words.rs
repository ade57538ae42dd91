//! Small word helpers the explanations share: a list of labels, an age in years, an age range.

use crate::i18n::{t, Locale};
use crate::text::lowercase;

pub(super) fn list<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str) -> String {
    items.iter().map(|i| lowercase(label(*i))).collect::<Vec<_>>().join(", ")
}

pub(super) fn years(n: u32, locale: Locale) -> String {
    t::age_years(locale, n as i64)
}

pub(super) fn age_range(min: Option<u32>, max: Option<u32>, locale: Locale) -> String {
    match (min, max) {
        (Some(a), Some(b)) => t::age_range_between(locale, t::AgeRangeBetween { max: &years(b, locale), min: &a }),
        (Some(a), None) => t::age_range_from(locale, years(a, locale)),
        (None, Some(b)) => t::age_range_to(locale, years(b, locale)),
        (None, None) => String::new(),
    }
}
