//! Seeded generation of arrivals from templates.
//!
//! A template names a procedure, persona archetypes, fact sets and the defects that may be
//! planted; the scenario's `difficulty` (0–1) sets how often a defect (or a missing paper)
//! is planted. Papers are built from the procedure's components and the document kinds'
//! fields, with values derived from generated people (applicant, child, mother, deceased…),
//! so names, dates and ID numbers are consistent unless a defect says otherwise. Every
//! generated case is analysed ([`super::truth`]) and redrawn until it has exactly one correct
//! disposition. Same seed, same arrivals: the generator only draws from the ChaCha generator
//! it is given.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rand::Rng;
use rand::seq::IndexedRandom;

use super::truth::{self, Case};
use super::{
    Arrival, ArrivalTemplate, Catalog, Channel, Document, Expected, Generated, Identity, Persona,
    Procedure, Question, Want,
};
use crate::calendar::ClockTime;
use crate::text::{Lang, LocalizedText};
use crate::vocabulary::allowed_wrong_decisions;
mod defects;
mod papers;
mod people;

pub use people::{Person, alter_name, card_expiry, id_number_for};

/// Draws an item by weight; `None` when every weight is 0. The weights are summed in `u64`
/// (no overflow); a total within `u32` draws exactly as it always has, so seeds keep their
/// arrivals.
fn weighted<'a, T>(rng: &mut impl Rng, items: &'a [(T, u32)]) -> Option<&'a T> {
    let total: u64 = items.iter().map(|(_, w)| u64::from(*w)).sum();
    if total == 0 {
        return None;
    }
    let mut pick = match u32::try_from(total) {
        Ok(total) => u64::from(rng.random_range(0..total)),
        Err(_) => rng.random_range(0..total),
    };
    for (item, w) in items {
        let w = u64::from(*w);
        if pick < w {
            return Some(item);
        }
        pick -= w;
    }
    None
}

/// What every draw of a case reads: the catalog, the shift's day and which rules are in force.
pub(super) struct DrawContext<'a> {
    /// Procedures, personas and document kinds.
    pub catalog: &'a Catalog,
    /// The day of the shift.
    pub today: NaiveDate,
    /// Whether a legal rule is in force on that day.
    pub rule_in_force: &'a dyn Fn(&str) -> bool,
}

/// Generates one case from a template. `index` names it (`g<index>`).
#[allow(clippy::too_many_arguments)] // each argument is a distinct input of the draw
pub fn generate_case(
    template: &ArrivalTemplate,
    catalog: &Catalog,
    difficulty: f32,
    today: NaiveDate,
    at: ClockTime,
    index: usize,
    rule_in_force: &dyn Fn(&str) -> bool,
    rng: &mut impl Rng,
) -> Option<Arrival> {
    let context = DrawContext {
        catalog,
        today,
        rule_in_force,
    };
    let procedure = catalog.procedures.get(&template.procedure)?;
    let archetype: &Persona = template
        .personas
        .choose(rng)
        .and_then(|id| catalog.personas.get(id))?;
    let id = generated_id(index);
    for _attempt in 0..12 {
        let persona = draw_persona(archetype, rng);
        let facts: BTreeSet<String> = template.fact_sets.choose(rng).cloned().unwrap_or_default();
        let (mut documents, state_holds) =
            papers::draw_papers(&id, procedure, &persona, &facts, &context, rng);
        plant_defects(&mut documents, template, difficulty, &context, rng);
        let copies = if template.copies > 0 {
            rng.random_range(1..=template.copies)
        } else {
            0
        };
        let case = Case {
            procedure,
            documents: &documents,
            facts: &facts,
            state_holds: &state_holds,
            channel: Channel::Counter,
            copies,
            same_person: &BTreeMap::new(),
        };
        // Redraw until the case has exactly one correct disposition and every planted
        // defect is one the analysis finds.
        let Some(expect) = single_disposition(case, &context) else {
            continue;
        };
        return Some(Arrival {
            id: id.clone(),
            at,
            persona: archetype.id.clone(),
            wants: Want::Submit {
                procedure: procedure.code.clone(),
                copies,
            },
            opening: opening(procedure),
            answers: answers(procedure, &facts),
            documents,
            facts,
            state_holds,
            hint: None,
            expect: Some(expect),
            same_person: BTreeMap::new(),
            identity: Some(Identity {
                name: persona.name,
                birth_date: persona.birth_date,
                id_number: persona.id_number,
            }),
        });
    }
    None
}

/// A persona of the archetype with a new name, ID number and a birth date moved by up to
/// about two and a half years.
fn draw_persona(archetype: &Persona, rng: &mut impl Rng) -> Persona {
    let mut persona = archetype.clone();
    let age_shift = rng.random_range(-900..900);
    persona.birth_date = people::after(persona.birth_date, age_shift);
    persona.name = people::random_name(rng, persona.sex);
    persona.id_number = id_number_for(rng, persona.sex, persona.birth_date);
    persona
}

/// Plants defects according to difficulty: one with probability `difficulty`, a second with
/// probability `difficulty² / 2`. A defect that suits no paper of this case is not planted.
fn plant_defects(
    documents: &mut [Document],
    template: &ArrivalTemplate,
    difficulty: f32,
    context: &DrawContext<'_>,
    rng: &mut impl Rng,
) {
    // A value that is not a number counts as 0: validation reports it; the generator never
    // panics on it.
    let difficulty = if difficulty.is_nan() {
        0.0
    } else {
        f64::from(difficulty.clamp(0.0, 1.0))
    };
    if template.defects.is_empty() || !rng.random_bool(difficulty) {
        return;
    }
    if let Some(kind) = weighted(rng, &template.defects) {
        defects::plant(documents, *kind, context.catalog, context.today, rng);
    }
    if rng.random_bool(difficulty * difficulty * 0.5)
        && let Some(kind) = weighted(rng, &template.defects)
    {
        defects::plant(documents, *kind, context.catalog, context.today, rng);
    }
}

/// The expected disposition of a case, or `None` when the case is ambiguous or a planted
/// defect is not one the analysis finds (the generator then draws again).
fn single_disposition(case: Case<'_>, context: &DrawContext<'_>) -> Option<Expected> {
    let documents = case.documents;
    let analysis = truth::analyze(case, context.catalog, context.today, context.rule_in_force);
    if analysis.ambiguous.is_some()
        || !super::validate::planted_matches_findings(documents, &analysis).is_empty()
    {
        return None;
    }
    Some(match analysis.disposition {
        truth::Disposition::Accept => Expected::Accept,
        truth::Disposition::Supplement(c) => Expected::Supplement(c),
        truth::Disposition::Refuse(g) => Expected::Refuse(g),
    })
}

/// What a generated citizen says on arrival.
fn opening(procedure: &Procedure) -> LocalizedText {
    LocalizedText::with_bn(
        format!(
            "Chào chị, tôi muốn làm thủ tục {}.",
            procedure.name.vi.to_lowercase()
        ),
        format!(
            "Hello, I would like to do: {}.",
            procedure.name.en.to_lowercase()
        ),
        format!(
            "আপা, আমি {}-এর প্রক্রিয়াটি করাতে চাই।",
            procedure.name.get(Lang::Bn)
        ),
    )
}

/// What a generated citizen answers: the purpose, and who they act for when a proxy.
fn answers(procedure: &Procedure, facts: &BTreeSet<String>) -> BTreeMap<Question, LocalizedText> {
    let mut answers = BTreeMap::new();
    answers.insert(
        Question::Purpose,
        LocalizedText::with_bn(
            format!("Tôi cần làm {}.", procedure.name.vi.to_lowercase()),
            format!("I need {}.", procedure.name.en.to_lowercase()),
            format!("আমার {} করানো দরকার।", procedure.name.get(Lang::Bn)),
        ),
    );
    if facts.contains("proxy") {
        answers.insert(
            Question::ActingFor,
            LocalizedText::with_bn(
                "Tôi làm thay cho người nhà.",
                "I am doing this for a relative.",
                "আমি পরিবারের একজনের হয়ে এসেছি।",
            ),
        );
    }
    answers
}

/// Generates all arrivals of a scenario for a seed, sorted by time.
pub fn generate_all(
    spec: &Generated,
    catalog: &Catalog,
    today: NaiveDate,
    rule_in_force: &dyn Fn(&str) -> bool,
    rng: &mut impl Rng,
) -> Vec<Arrival> {
    let templates: Vec<(ArrivalTemplate, u32)> = spec
        .templates
        .iter()
        .map(|t| (t.clone(), t.weight))
        .collect();
    let from = spec.from.minutes();
    let until = spec.until.minutes().max(from + 1);
    // Validation allows at most MAX_GENERATED; the cap keeps a hostile count from
    // allocating gigabytes before validation has had its say.
    let count = spec.count.min(super::validate::MAX_GENERATED);
    let mut times: Vec<u32> = (0..count).map(|_| rng.random_range(from..until)).collect();
    times.sort_unstable();
    let mut out = Vec::new();
    for (i, minute) in times.into_iter().enumerate() {
        let Some(template) = weighted(rng, &templates) else {
            break;
        };
        let at = ClockTime::hm((minute / 60) as u16, (minute % 60) as u16).unwrap_or_default();
        if let Some(arrival) = generate_case(
            template,
            catalog,
            spec.difficulty,
            today,
            at,
            i + 1,
            rule_in_force,
            rng,
        ) {
            out.push(arrival);
        }
    }
    out
}

/// Decisions already fixed by the scenario's own cases: how many dossiers must be decided,
/// and how many of them must not simply be received.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptedDecisions {
    /// Dossiers to decide (submissions and online dossiers).
    pub decisions: usize,
    /// Of those, the ones that must be asked to supplement or refused.
    pub not_to_receive: usize,
}

/// Generates the arrivals of a scenario for a seed, like [`generate_all`], and then makes sure
/// that receiving every dossier cannot pass the shift: while the dossiers that must not be
/// received are no more than the wrong decisions a pass allows
/// ([`allowed_wrong_decisions`]: one per ten dossiers), generated
/// citizens whose dossier could be received are drawn again with a defect planted, from the
/// last one back. A shift that already has enough draws nothing more, so its arrivals are
/// exactly those of [`generate_all`].
pub fn generate_varied(
    spec: &Generated,
    catalog: &Catalog,
    today: NaiveDate,
    rule_in_force: &dyn Fn(&str) -> bool,
    scripted: ScriptedDecisions,
    rng: &mut impl Rng,
) -> Vec<Arrival> {
    let mut arrivals = generate_all(spec, catalog, today, rule_in_force, rng);
    let decisions = scripted.decisions + arrivals.len();
    // One more than a pass allows.
    let needed = allowed_wrong_decisions(u32::try_from(decisions).unwrap_or(u32::MAX)) as usize + 1;
    let mut not_to_receive = scripted.not_to_receive
        + arrivals
            .iter()
            .filter(|a| !matches!(a.expect, Some(Expected::Accept)))
            .count();
    let templates: Vec<(ArrivalTemplate, u32)> = spec
        .templates
        .iter()
        .filter(|t| !t.defects.is_empty())
        .map(|t| (t.clone(), t.weight))
        .collect();
    for k in (0..arrivals.len()).rev() {
        if not_to_receive >= needed || decisions < 2 {
            break;
        }
        if !matches!(arrivals[k].expect, Some(Expected::Accept)) {
            continue;
        }
        let index = generated_index(&arrivals[k].id);
        let at = arrivals[k].at;
        for _attempt in 0..4 {
            let Some(template) = weighted(rng, &templates) else {
                break;
            };
            let redrawn =
                generate_case(template, catalog, 1.0, today, at, index, rule_in_force, rng);
            if let Some(a) = redrawn.filter(|a| !matches!(a.expect, Some(Expected::Accept))) {
                arrivals[k] = a;
                not_to_receive += 1;
                break;
            }
        }
    }
    arrivals
}

/// The index in a generated id (`g7` → 7); 0 for any other id.
fn generated_index(id: &str) -> usize {
    id.strip_prefix('g')
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The arrival id of the `index`-th generated citizen (`g0`, `g1`, …).
pub fn generated_id(index: usize) -> String {
    format!("g{index}")
}

/// True for an id of the form [`generated_id`] gives.
pub fn is_generated_id(id: &str) -> bool {
    id.strip_prefix('g')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests;
