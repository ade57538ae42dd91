//! An address's parts as the pages read them: its path's segments, an id, a code of digits, a query's
//! values.

use super::{decode, decode_query, split_language};

/// The path without its language and its trailing slash, as its first segment, its second, and the
/// rest (each empty when absent): `/uk/sprawdz/deklaracja/d1/wydruk` is
/// `["sprawdz", "deklaracja", "d1/wydruk"]`. No allocation: the fixed words of a path are plain
/// ASCII, and only ids are decoded.
pub(super) fn segments(path: &str) -> [&str; 3] {
    let (_, path) = split_language(path);
    let path = path.trim_end_matches('/');
    let path = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = path.split_once('/').unwrap_or((path, ""));
    let (second, third) = rest.split_once('/').unwrap_or((rest, ""));
    [first, second, third]
}

/// An id from its segment: one segment, not empty (a slash in an id is written `%2F`), decoded.
pub(super) fn id(raw: &str) -> Option<String> {
    if raw.is_empty() || raw.contains('/') {
        return None;
    }
    decode(raw)
}

/// A code of exactly `len` ASCII digits (a TERYT code), as the segment has it.
pub(super) fn digits(raw: &str, len: usize) -> Option<String> {
    (raw.len() == len && raw.bytes().all(|b| b.is_ascii_digit())).then(|| raw.to_string())
}

/// A query value, decoded ("+" is a space, as forms send it); empty when absent or when it does not
/// decode.
pub(super) fn param(query: &str, key: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| decode_query(v))
        .unwrap_or_default()
}

/// A query value as it is written (still percent-encoded, as a path segment would be); `None` when
/// absent.
pub(super) fn raw_param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// Whether the query has `key` (a plain ASCII word), with or without a value.
pub(super) fn has_key(query: &str, key: &str) -> bool {
    query.trim_start_matches('?').split('&').any(|pair| pair.split('=').next() == Some(key))
}
