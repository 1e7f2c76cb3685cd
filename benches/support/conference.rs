//! A conference's worth of trainees, for the class benchmark and `tests/class.rs` (included
//! by both with `#[path]`; both also include `tests/support` as `crate::support`).
//!
//! A trainee who knows the job plays like the expert ([`motcua::expert::next_action`]) but
//! as a person does: now and then, before the next step, a look at one of the papers on the
//! desk with a tool of their choosing — their own habits, from their own seed
//! ([`human_expert`]). The class mixes them with careless clerks (`tests/support/clerks.rs`:
//! accepting everything, never guiding…) and partial runs (stopped halfway, never ended).

#![allow(dead_code)]

use std::sync::Arc;

use motcua::scenario::{Mode, Scenario};
use motcua::sim::{Action, LookTool, Shift};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::support::clerks::{Policy, play};

/// Most actions a run may take (a loop guard, as in `tests/support`).
const ACTION_LIMIT: usize = 3_000;

/// A habit: a look at one of the papers of the citizen at the counter, with either tool.
fn habit(shift: &Shift, rng: &mut ChaCha8Rng) -> Option<Action> {
    let citizen = shift.at_counter()?;
    let papers = &citizen.arrival.documents;
    if papers.is_empty() {
        return None;
    }
    let paper = &papers[rng.random_range(0..papers.len())];
    let tool = if rng.random_bool(0.5) {
        LookTool::Magnifier
    } else {
        LookTool::AgainstLight
    };
    Some(Action::Inspect {
        document: paper.id.clone(),
        tool,
    })
}

/// The expert played by a person with habits (seeded by `habits`): before each step, one
/// chance in `every` of a look at a paper on the desk (0: never). Stops without ending the
/// shift after `stop_after` actions, if given.
pub fn human_expert(
    scenario: &Arc<Scenario>,
    seed: u64,
    mode: Mode,
    habits: u64,
    every: u32,
    stop_after: Option<usize>,
) -> Shift {
    let mut rng = ChaCha8Rng::seed_from_u64(habits);
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    while !shift.ended && shift.actions.len() < ACTION_LIMIT {
        if stop_after.is_some_and(|n| shift.actions.len() >= n) {
            return shift;
        }
        if every > 0
            && rng.random_range(0..every) == 0
            && let Some(action) = habit(&shift, &mut rng)
            && shift.apply(action).is_ok()
        {
            continue;
        }
        let Some(action) = motcua::expert::next_action(&shift) else {
            break;
        };
        if shift.apply(action).is_err() {
            break;
        }
    }
    if !shift.ended {
        let _ = shift.apply(Action::EndShift);
    }
    shift
}

/// A Vietnamese name for seat `i` (distinct for the first 1,750 seats).
pub fn trainee_name(i: usize) -> String {
    const FAMILY: [&str; 10] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    ];
    const MIDDLE: [&str; 7] = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang"];
    const GIVEN: [&str; 25] = [
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Lan",
        "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn",
        "Vy",
    ];
    format!(
        "{} {} {}",
        FAMILY[i % 10],
        MIDDLE[(i / 10) % 7],
        GIVEN[(i / 70) % 25]
    )
}

/// How seat `i` of a class plays, one in twenty of each careless kind: twelve careful
/// trainees (habits once per dozen steps, two of them fussier), then accept-all, never
/// guide, supplement-all, ask-all-accept-all, serve one then end, stopped halfway (never
/// ended), flag everything, refuse all.
pub fn seat_run(scenario: &Arc<Scenario>, seed: u64, mode: Mode, i: usize) -> Shift {
    let habits = 7_919 * i as u64 + 1;
    let policy = match i % 20 {
        0..=9 => return human_expert(scenario, seed, mode, habits, 12, None),
        10 | 11 => return human_expert(scenario, seed, mode, habits, 6, None),
        12 => Policy::AcceptAll,
        13 => Policy::NeverGuide,
        14 => Policy::SupplementAll,
        15 => Policy::AskAllAcceptAll,
        16 => Policy::ServeOneThenEnd,
        17 => {
            let whole = human_expert(scenario, seed, mode, habits, 12, None);
            let half = whole.actions.len() / 2;
            return human_expert(scenario, seed, mode, habits, 12, Some(half));
        }
        18 => Policy::FlagEverything,
        _ => Policy::RefuseAll,
    };
    play(policy, scenario.clone(), seed, mode).shift
}
