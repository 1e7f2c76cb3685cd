//! The numbers of a class, over its counted results only: the score distribution, the
//! per-dimension averages, the mistakes ranked by rule, the cases most trainees got wrong,
//! and one row per trainee.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::{Entry, Origin};
use crate::record::verify::{ScenarioSource, Standing};
use crate::scenario::Mode;
use crate::score::{Dimension, Rule, ScoreReport};
use crate::sim::Shift;

/// Buckets of the score distribution: 0–9.9, 10–19.9, …, 90–100 (100 falls in the last).
pub const BUCKETS: usize = 10;
/// Cases listed as the hardest (the most missed first).
pub const HARDEST_CASES: usize = 10;

/// The numbers of a class.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Results counted.
    pub counted: usize,
    /// Results set apart (not authentic, not checked, foreign, duplicate, superseded).
    pub set_apart: usize,
    /// Counted results that passed ([`Standing::Passed`]).
    pub passed: usize,
    /// Mean score of the counted results (None without any).
    pub mean: Option<f64>,
    /// Median score of the counted results (None without any).
    pub median: Option<f64>,
    /// Counted results per 10-point score bucket (see [`BUCKETS`]).
    pub distribution: [usize; BUCKETS],
    /// The average percent of each dimension, in report order.
    pub dimension_averages: Vec<DimensionAverage>,
    /// The rules broken, the most widespread first.
    pub mistakes: Vec<MistakeRow>,
    /// The citizens most trainees got wrong, at most [`HARDEST_CASES`].
    pub hardest_cases: Vec<CaseRow>,
    /// One row per counted result, in import order.
    pub rows: Vec<TraineeRow>,
}

/// The average of one dimension over the counted results that had work in it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionAverage {
    /// The dimension.
    pub dimension: Dimension,
    /// Average percent, 0–100 (None when no counted result had work in it).
    pub average: Option<f64>,
    /// Counted results that had work in it.
    pub results: usize,
}

/// One rule broken in the class.
#[derive(Debug, Clone, PartialEq)]
pub struct MistakeRow {
    /// The rule (its legal source: [`Rule::cite`]).
    pub rule: Rule,
    /// Feedback items citing it, over every counted result.
    pub count: usize,
    /// Counted results with at least one.
    pub trainees: usize,
    /// Of them, critical errors.
    pub critical: usize,
}

/// One citizen (case) of a scenario and how many trainees got it wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRow {
    /// The scenario.
    pub scenario_id: String,
    /// The citizen's arrival id.
    pub citizen: String,
    /// The citizen's name in the first result that got it wrong (per-seat seeds may give
    /// each seat another person in this place of the day); None when the scenario is not
    /// available.
    pub name: Option<String>,
    /// Counted results with a wrong decision or a critical error on this citizen.
    pub wrong: usize,
    /// Counted results with any mistake on this citizen.
    pub with_mistakes: usize,
    /// Counted results of this scenario.
    pub of: usize,
    /// The rule broken most often on this citizen.
    pub main_rule: Option<Rule>,
}

/// One counted result, as the per-trainee table and the gradebook show it.
#[derive(Debug, Clone, PartialEq)]
pub struct TraineeRow {
    /// Its index in [`super::Class::entries`].
    pub entry: usize,
    /// The trainee's name.
    pub trainee: String,
    /// The trainee's seat ([`crate::session::seat_key`]).
    pub seat: String,
    /// The scenario.
    pub scenario_id: String,
    /// Today's score, 0–100.
    pub score: f64,
    /// Where the score leaves the trainee.
    pub standing: Standing,
    /// Percent per dimension in [`Dimension::ALL`] order (None where the shift had no work).
    pub dimensions: Vec<Option<f64>>,
    /// Wall-clock start, RFC 3339, when recorded.
    pub started: Option<String>,
    /// Wall-clock finish, RFC 3339, when recorded.
    pub finished: Option<String>,
    /// Critical error ids.
    pub critical_errors: Vec<String>,
    /// The session code the result names.
    pub session: Option<String>,
    /// Where it came from.
    pub origin: Origin,
}

/// Which bucket a score falls in.
pub(crate) fn bucket(score: f64) -> usize {
    if score.is_nan() || score <= 0.0 {
        0
    } else {
        ((score / 10.0).floor() as usize).min(BUCKETS - 1)
    }
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The summary of the counted entries; `source` names the citizens of the hardest cases.
pub fn summarize(entries: &[Entry], source: &ScenarioSource) -> Summary {
    let counted: Vec<(usize, &Entry, &ScoreReport)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.verdict.counted())
        .filter_map(|(i, e)| e.score.as_ref().map(|s| (i, e, s)))
        .collect();
    let mut summary = Summary {
        counted: counted.len(),
        set_apart: entries.len() - counted.len(),
        ..Summary::default()
    };
    let mut scores: Vec<f64> = counted.iter().map(|(_, _, s)| s.total).collect();
    for score in &scores {
        summary.distribution[bucket(*score)] += 1;
    }
    if !scores.is_empty() {
        summary.mean = Some(scores.iter().sum::<f64>() / scores.len() as f64);
    }
    scores.sort_by(f64::total_cmp);
    summary.median = median(&scores);
    summary.passed = counted
        .iter()
        .filter(|(_, _, s)| Standing::of(s) == Standing::Passed)
        .count();
    summary.dimension_averages = dimension_averages(&counted);
    summary.mistakes = mistakes(&counted);
    summary.hardest_cases = hardest_cases(&counted, source);
    summary.rows = counted.iter().map(|(i, e, s)| row(*i, e, s)).collect();
    summary
}

fn dimension_averages(counted: &[(usize, &Entry, &ScoreReport)]) -> Vec<DimensionAverage> {
    Dimension::ALL
        .iter()
        .map(|&dimension| {
            let percents: Vec<f64> = counted
                .iter()
                .filter_map(|(_, _, s)| percent(s, dimension))
                .collect();
            DimensionAverage {
                dimension,
                average: (!percents.is_empty())
                    .then(|| percents.iter().sum::<f64>() / percents.len() as f64),
                results: percents.len(),
            }
        })
        .collect()
}

/// The percent of a dimension in a score, None when the shift had no work in it.
fn percent(score: &ScoreReport, dimension: Dimension) -> Option<f64> {
    score
        .dimensions
        .iter()
        .find(|d| d.dimension == dimension && d.counted())
        .map(|d| d.percent)
}

fn mistakes(counted: &[(usize, &Entry, &ScoreReport)]) -> Vec<MistakeRow> {
    let mut rows: BTreeMap<Rule, MistakeRow> = BTreeMap::new();
    for (_, _, score) in counted {
        let mut seen = BTreeSet::new();
        for item in &score.feedback {
            let row = rows.entry(item.rule).or_insert(MistakeRow {
                rule: item.rule,
                count: 0,
                trainees: 0,
                critical: 0,
            });
            row.count += 1;
            row.critical += usize::from(item.critical.is_some());
            if seen.insert(item.rule) {
                row.trainees += 1;
            }
        }
    }
    let mut rows: Vec<MistakeRow> = rows.into_values().collect();
    rows.sort_by(|a, b| {
        (b.trainees, b.count)
            .cmp(&(a.trainees, a.count))
            .then(a.rule.cmp(&b.rule))
    });
    rows
}

/// What one result did wrong on one citizen.
#[derive(Default)]
struct CaseTally {
    wrong: usize,
    with_mistakes: usize,
    rules: BTreeMap<Rule, usize>,
    /// The first result that got it wrong (scenario, seed, mode), to name the citizen.
    first: Option<(u64, Mode)>,
}

fn hardest_cases(
    counted: &[(usize, &Entry, &ScoreReport)],
    source: &ScenarioSource,
) -> Vec<CaseRow> {
    let mut per_scenario: BTreeMap<&str, usize> = BTreeMap::new();
    let mut cases: BTreeMap<(String, String), CaseTally> = BTreeMap::new();
    for (_, entry, score) in counted {
        let scenario = entry.report.scenario_id.as_str();
        *per_scenario.entry(scenario).or_default() += 1;
        let mut wrong = BTreeSet::new();
        let mut mistaken = BTreeSet::new();
        for item in &score.feedback {
            let Some(citizen) = &item.citizen else {
                continue;
            };
            if item.rule == Rule::Practice {
                continue;
            }
            let key = (scenario.to_owned(), citizen.clone());
            let tally = cases.entry(key.clone()).or_default();
            *tally.rules.entry(item.rule).or_default() += 1;
            if (item.wrong_decision || item.critical.is_some()) && wrong.insert(key.clone()) {
                tally.wrong += 1;
                if tally.first.is_none()
                    && let Some(body) = &entry.body
                {
                    tally.first = Some((body.seed, body.mode));
                }
            }
            if mistaken.insert(key) {
                tally.with_mistakes += 1;
            }
        }
    }
    let mut rows: Vec<(CaseRow, Option<(u64, Mode)>)> = cases
        .into_iter()
        .map(|((scenario_id, citizen), tally)| {
            let main_rule = tally
                .rules
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(rule, _)| *rule);
            let of = per_scenario.get(scenario_id.as_str()).copied().unwrap_or(0);
            let row = CaseRow {
                scenario_id,
                citizen,
                name: None,
                wrong: tally.wrong,
                with_mistakes: tally.with_mistakes,
                of,
                main_rule,
            };
            (row, tally.first)
        })
        .collect();
    rows.sort_by(|(a, _), (b, _)| {
        (b.wrong, b.with_mistakes)
            .cmp(&(a.wrong, a.with_mistakes))
            .then_with(|| (&a.scenario_id, &a.citizen).cmp(&(&b.scenario_id, &b.citizen)))
    });
    rows.truncate(HARDEST_CASES);
    let mut days: BTreeMap<(String, u64), Option<Shift>> = BTreeMap::new();
    rows.into_iter()
        .map(|(mut row, first)| {
            let seed_mode = first.or_else(|| {
                counted
                    .iter()
                    .filter(|(_, e, _)| e.report.scenario_id == row.scenario_id)
                    .find_map(|(_, e, _)| e.body.as_ref().map(|b| (b.seed, b.mode)))
            });
            if let Some((seed, mode)) = seed_mode {
                let day = days
                    .entry((row.scenario_id.clone(), seed))
                    .or_insert_with(|| {
                        source
                            .get(&row.scenario_id)
                            .ok()
                            .map(|s: Arc<_>| Shift::new(s, seed, mode))
                    });
                row.name = day.as_ref().and_then(|shift| {
                    shift
                        .citizen_index(&row.citizen)
                        .and_then(|i| shift.citizens.get(i))
                        .map(|c| c.persona.name.clone())
                });
            }
            row
        })
        .collect()
}

fn row(index: usize, entry: &Entry, score: &ScoreReport) -> TraineeRow {
    TraineeRow {
        entry: index,
        trainee: entry.trainee().to_owned(),
        seat: entry.seat(),
        scenario_id: entry.report.scenario_id.clone(),
        score: score.total,
        standing: Standing::of(score),
        dimensions: Dimension::ALL.iter().map(|d| percent(score, *d)).collect(),
        started: entry.started().map(str::to_owned),
        finished: entry.finished().map(str::to_owned),
        critical_errors: score.critical.iter().map(|c| c.id().to_owned()).collect(),
        session: entry.session().map(str::to_owned),
        origin: entry.origin.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_fall_in_ten_point_buckets_with_100_in_the_last() {
        assert_eq!(bucket(0.0), 0);
        assert_eq!(bucket(9.99), 0);
        assert_eq!(bucket(10.0), 1);
        assert_eq!(bucket(79.9), 7);
        assert_eq!(bucket(90.0), 9);
        assert_eq!(bucket(100.0), 9);
        assert_eq!(bucket(-1.0), 0);
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[1.0, 2.0, 4.0, 9.0]), Some(3.0));
    }
}
