//! Copies: two seats that handed in the same run.
//!
//! On a shared seed every trainee meets the same citizens with the same papers, so two good
//! trainees do the same things in much the same order. What a person does not reproduce is
//! the *whole* log: the order of the looks and page turns, a question asked twice, how long
//! they waited, the order they filled a form in. A copy reproduces all of it, the waiting
//! included (time in a shift is simulated: it is the actions, `Wait { minutes }` among
//! them).
//!
//! **The measure.** Each action is written as its RON line; the log becomes the multiset of
//! its runs of [`SHINGLE`] consecutive lines (with a start and an end mark), and two logs
//! are compared by the Jaccard index of those multisets ([`similarity`]): 1 for identical
//! logs, and one action inserted, removed or changed anywhere costs up to [`SHINGLE`]
//! shingles, so the index falls fast with every independent choice. Runs rather than single
//! actions make the order count.
//!
//! **The threshold** ([`THRESHOLD`], 0.9): `tests/class.rs` plays two honest trainees on a
//! shared seed who follow the expert's path but, like people, look at papers in their own
//! order, turn a page or wait now and then (one such choice per dozen actions); their logs
//! stay well below it, while a copy under another name (1.0), or a copy with a couple of
//! actions added to hide it, stays above.
//!
//! Logs shorter than [`MIN_ACTIONS`] are never called copies: two trainees who did nothing
//! but end the shift have the same log without having copied anything.

use std::collections::BTreeMap;

use super::{Entry, Verdict};
use crate::sim::Action;

/// Consecutive actions per shingle.
pub const SHINGLE: usize = 3;
/// Similarity at or above which two logs of the same scenario and seed are copies.
pub const THRESHOLD: f64 = 0.9;
/// Shortest log compared: shorter ones are too plain to tell a copy from a coincidence.
pub const MIN_ACTIONS: usize = 20;

/// The shingles of one action log: sorted, each repeat of a run made distinct.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shingles {
    hashes: Vec<u64>,
    actions: usize,
}

impl Shingles {
    /// Actions in the log.
    pub fn actions(&self) -> usize {
        self.actions
    }
}

/// FNV-1a, 64 bits: a stable hash of an action's line (the same in every build and run).
fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Mixes a value into a hash (splitmix64's finalizer).
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The shingles of a log.
pub fn shingles(actions: &[Action]) -> Shingles {
    const START: u64 = 0x0053_5441_5254;
    const END: u64 = 0x0045_4e44;
    let mut lines = Vec::with_capacity(actions.len() + 2 * (SHINGLE - 1));
    lines.extend(std::iter::repeat_n(START, SHINGLE - 1));
    for action in actions {
        // An action that does not serialize (never seen) still counts, by its name.
        let line = ron::to_string(action).unwrap_or_else(|_| action.name().to_owned());
        lines.push(fnv(line.as_bytes(), 0));
    }
    lines.extend(std::iter::repeat_n(END, SHINGLE - 1));
    let mut runs: Vec<u64> = lines
        .windows(SHINGLE)
        .map(|w| w.iter().fold(0u64, |h, l| mix(h ^ *l)))
        .collect();
    runs.sort_unstable();
    // The k-th repeat of a run is its own element: a multiset as a set.
    let mut hashes = Vec::with_capacity(runs.len());
    let mut repeat = 0u64;
    for (i, run) in runs.iter().enumerate() {
        repeat = if i > 0 && runs[i - 1] == *run {
            repeat + 1
        } else {
            0
        };
        hashes.push(mix(*run ^ mix(repeat)));
    }
    hashes.sort_unstable();
    Shingles {
        hashes,
        actions: actions.len(),
    }
}

/// The Jaccard index of two logs' shingles, 0–1 (1 for two empty logs).
pub fn similarity(a: &Shingles, b: &Shingles) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.hashes.len() && j < b.hashes.len() {
        match a.hashes[i].cmp(&b.hashes[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.hashes.len() + b.hashes.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f64 / union as f64
    }
}

/// The similarity of two action logs ([`similarity`] of their [`shingles`]).
pub fn action_similarity(a: &[Action], b: &[Action]) -> f64 {
    similarity(&shingles(a), &shingles(b))
}

/// Marks every counted entry whose log is a copy of another counted entry's (same scenario
/// and seed, another seat) as [`Verdict::Duplicate`], naming the most similar one.
pub(super) fn mark(entries: &mut [Entry], logs: &[Shingles]) {
    let mut by_run: BTreeMap<(String, u64), Vec<usize>> = BTreeMap::new();
    for (i, entry) in entries.iter().enumerate() {
        if let (true, Some(body)) = (entry.verdict.counted(), &entry.body)
            && logs.get(i).is_some_and(|l| l.actions >= MIN_ACTIONS)
        {
            by_run
                .entry((body.scenario_id.clone(), body.seed))
                .or_default()
                .push(i);
        }
    }
    let mut best: BTreeMap<usize, (usize, f64)> = BTreeMap::new();
    for members in by_run.values() {
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                let s = similarity(&logs[a], &logs[b]);
                if s < THRESHOLD || entries[a].seat() == entries[b].seat() {
                    continue;
                }
                for (x, y) in [(a, b), (b, a)] {
                    let slot = best.entry(x).or_insert((y, s));
                    if s > slot.1 {
                        *slot = (y, s);
                    }
                }
            }
        }
    }
    for (i, (of, similarity)) in best {
        entries[i].verdict = Verdict::Duplicate { of, similarity };
    }
}

/// The groups of duplicates (linked by [`Verdict::Duplicate::of`]), each sorted, in order
/// of their first member.
pub(super) fn groups(entries: &[Entry]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..entries.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, entry) in entries.iter().enumerate() {
        if let Verdict::Duplicate { of, .. } = entry.verdict
            && of < entries.len()
        {
            let (a, b) = (root(&mut parent, i), root(&mut parent, of));
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, entry) in entries.iter().enumerate() {
        if matches!(entry.verdict, Verdict::Duplicate { .. }) {
            let r = root(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(minutes: &[u32]) -> Vec<Action> {
        minutes
            .iter()
            .map(|m| Action::Wait { minutes: *m })
            .collect()
    }

    #[test]
    fn identical_logs_are_one_and_disjoint_logs_are_zero() {
        let a = log(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(action_similarity(&a, &a), 1.0);
        assert_eq!(action_similarity(&a, &log(&[7, 8, 9, 10, 11, 12])), 0.0);
    }

    #[test]
    fn one_changed_action_costs_its_shingles() {
        // 10 actions give 12 shingles (two start and two end marks); changing the 5th
        // changes the 3 runs that hold it: 9 common, 15 in the union.
        let a = log(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        let mut b = a.clone();
        b[4] = Action::Wait { minutes: 50 };
        assert!((action_similarity(&a, &b) - 9.0 / 15.0).abs() < 1e-12);
    }

    #[test]
    fn the_order_of_actions_counts() {
        let a = log(&[1, 2, 3, 4, 5, 6, 7, 8]);
        let mut b = a.clone();
        b.swap(2, 5);
        assert!(action_similarity(&a, &b) < 0.5);
    }

    #[test]
    fn repeated_runs_count_as_often_as_they_occur() {
        // Six waits of one minute and three: a set would see one shingle more than the
        // shorter log (1/2 Jaccard would hide the difference in length).
        let long = log(&[1; 6]);
        let short = log(&[1; 3]);
        let s = action_similarity(&long, &short);
        // 8 shingles against 5: the short ones are all in the long one.
        assert!((s - 5.0 / 8.0).abs() < 1e-12, "{s}");
    }
}
