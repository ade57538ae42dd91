//! A stable sort that is small in the browser's bundles.
//!
//! A size trick: `slice::sort_by` is a driftsort, fast on long lists, and each type it sorts brings a
//! copy of it, about 3.4 KB of wasm before optimisation: 17 KB in the checker, which sorted five types.
//! The lists the apps sort are short (the projects of one check, the questions, a device's
//! declarations, the days a status changes), so a binary insertion sort does: the same order, equal
//! items kept as they came, a few hundred bytes a type. Measured on the checker's wasm: −5,609 bytes
//! gzip (`docs/PERFORMANCE.md`). The tests below check it against `sort_by` on lists with many equal
//! items. Not for long lists: it moves O(n²) items (a national catalogue's whole list is sorted with
//! `sort_by`).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in the order they came, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let (sorted, rest) = items.split_at(i);
        // After every item not greater: equal items keep their order.
        let at = sorted.partition_point(|x| compare(x, &rest[0]) != Ordering::Greater);
        items[at..=i].rotate_right(1);
    }
}

/// Sorts `items` by the key of each, keeping equal items in the order they came.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small random generator, so the test needs no crate and repeats exactly.
    fn numbers(seed: u64, count: usize, below: u64) -> Vec<u64> {
        let mut x = seed;
        (0..count)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % below
            })
            .collect()
    }

    #[test]
    fn the_same_order_as_sort_by_with_equal_items_as_they_came() {
        for (seed, count, below) in [(1, 0, 1), (2, 1, 1), (3, 2, 2), (4, 50, 3), (5, 300, 10), (6, 1000, 1000)] {
            // Each item remembers where it came from: a stable sort keeps that order among equals.
            let items: Vec<(u64, usize)> = numbers(seed, count, below).into_iter().zip(0..).collect();
            let (mut ours, mut plain) = (items.clone(), items.clone());
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            plain.sort_by_key(|a| a.0);
            assert_eq!(ours, plain, "{seed}");
            let mut by_key = items.clone();
            sort_by_key(&mut by_key, |x| std::cmp::Reverse(x.0));
            plain.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(by_key, plain, "{seed}");
        }
    }
}
