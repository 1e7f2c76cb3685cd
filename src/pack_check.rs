//! The pack check: every scenario's declared test paths, replayed.
//!
//! A scenario declares paths its author stands behind (`tests.expert`, `tests.careless`): a
//! script of actions, a seed, a mode, and what the run must give — an expert path at least
//! its `min_score`, a careless one the critical errors it names. The scenario layer only
//! checks that these declarations are well formed and that their scripts exist; this layer,
//! above the engine and the scorer, parses each script, plays it on a fresh shift and grades
//! it. `motcua validate` runs it, and so does the shipped pack's test.
//!
//! Problems are reported like the loader's: in `scenario.ron`, at the path's item
//! (`tests.expert[expert]`), or in the script at the line and column of a syntax error.

use std::sync::Arc;

use crate::scenario::load::Problem;
use crate::scenario::{PathTest, Scenario};
use crate::score::{ScoreReport, grade};
use crate::sim::{Shift, read_script};

/// Which list a path is declared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// `tests.expert`: must reach its `min_score`.
    Expert,
    /// `tests.careless`: must raise its `expect_critical` errors.
    Careless,
}

impl PathKind {
    fn id(self) -> &'static str {
        match self {
            PathKind::Expert => "expert",
            PathKind::Careless => "careless",
        }
    }
}

/// How one declared path played.
#[derive(Debug, Clone)]
pub struct PathRun {
    /// Expert or careless.
    pub kind: PathKind,
    /// The path's name.
    pub name: String,
    /// The score of the run, when the whole script applied.
    pub report: Option<ScoreReport>,
    /// What does not hold, located in `scenario.ron` or the script (empty when all holds).
    pub problems: Vec<Problem>,
}

/// Plays every declared path of `scenario` and checks what each must give.
pub fn run_paths(scenario: &Arc<Scenario>) -> Vec<PathRun> {
    let tests = &scenario.file.tests;
    let declared = tests
        .expert
        .iter()
        .map(|p| (PathKind::Expert, p))
        .chain(tests.careless.iter().map(|p| (PathKind::Careless, p)));
    let scenario_file = scenario.file_path("scenario.ron");
    let source = scenario
        .source
        .read_text(&scenario_file)
        .unwrap_or_default();
    declared
        .map(|(kind, path)| {
            let at = |message: String, hint: Option<String>| {
                let mut p = Problem::new(&scenario_file, message)
                    .at_item(format!("tests.{}[{}]", kind.id(), path.name))
                    .locate_in(&source, &format!("\"{}\"", path.name));
                p.hint = hint;
                p
            };
            play_path(scenario, kind, path, &at)
        })
        .collect()
}

/// Every problem of every declared path of `scenario` (empty when they all behave).
pub fn check_paths(scenario: &Arc<Scenario>) -> Vec<Problem> {
    run_paths(scenario)
        .into_iter()
        .flat_map(|run| run.problems)
        .collect()
}

fn play_path(
    scenario: &Arc<Scenario>,
    kind: PathKind,
    path: &PathTest,
    at: &dyn Fn(String, Option<String>) -> Problem,
) -> PathRun {
    let mut run = PathRun {
        kind,
        name: path.name.clone(),
        report: None,
        problems: Vec::new(),
    };
    let actions = match read_script(scenario, &path.script) {
        Ok(actions) => actions,
        Err(problem) => {
            run.problems.push(problem);
            return run;
        }
    };
    let mut shift = Shift::new(scenario.clone(), path.seed, path.mode);
    for (index, action) in actions.into_iter().enumerate() {
        let name = action.name();
        if let Err(error) = shift.apply(action) {
            run.problems.push(at(
                format!(
                    "{}: action {index} ({name}) is refused: {error}",
                    path.script
                ),
                Some(format!(
                    "the script no longer fits the scenario; follow it with `cargo run --example trace -- {} {} {}`",
                    scenario.dir.display(),
                    scenario.file_path(&path.script).display(),
                    path.seed
                )),
            ));
            return run;
        }
    }
    let report = grade(&shift);
    if let Some(min) = path.min_score
        && report.total < min
    {
        run.problems.push(at(
            format!("scored {:.1}, below its min_score {min}", report.total),
            Some(lost_points(&report)),
        ));
    }
    if let Some(max) = path.max_score
        && report.total > max
    {
        run.problems.push(at(
            format!("scored {:.1}, above its max_score {max}", report.total),
            None,
        ));
    }
    let raised = report.critical_ids();
    for id in &path.expect_critical {
        if !raised.contains(id.as_str()) {
            let mut got: Vec<&str> = raised.iter().copied().collect();
            got.sort_unstable();
            run.problems.push(at(
                format!(
                    "critical error `{id}` is not raised (raised: {})",
                    if got.is_empty() {
                        "none".to_owned()
                    } else {
                        got.join(", ")
                    }
                ),
                Some(lost_points(&report)),
            ));
        }
    }
    run.report = Some(report);
    run
}

/// Where the run lost points, for the hint (message ids, their dimension and units).
fn lost_points(report: &ScoreReport) -> String {
    if report.feedback.is_empty() {
        return "the run drew no feedback".to_owned();
    }
    let items: Vec<String> = report
        .feedback
        .iter()
        .take(8)
        .map(|f| format!("{} ({} −{})", f.message, f.dimension.id(), f.units))
        .collect();
    let more = report.feedback.len().saturating_sub(items.len());
    let mut text = format!("points lost on: {}", items.join(", "));
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    text
}
