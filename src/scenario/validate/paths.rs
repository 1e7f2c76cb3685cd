//! The declared test paths: well formed, their critical errors known, their scripts present
//! (the replay itself is [`crate::pack_check`]'s).

use super::*;

pub(super) fn check_tests(ctx: &mut Ctx<'_>) {
    let scenario = ctx.scenario;
    let tests = &scenario.file.tests;
    if tests.expert.is_empty() {
        ctx.problem(
            "tests.expert",
            "tests",
            "no expert path",
            Some("declare at least one expert path that scores ≥ 95"),
        );
    }
    if tests.careless.is_empty() {
        ctx.problem(
            "tests.careless",
            "tests",
            "no careless path",
            Some("declare at least one careless path and the critical errors it must trigger"),
        );
    }
    for (kind, paths) in [("expert", &tests.expert), ("careless", &tests.careless)] {
        for path in paths {
            let item = format!("tests.{kind}[{}]", path.name);
            if kind == "expert" && path.min_score.is_none_or(|s| s < 95.0) {
                ctx.problem(
                    &item,
                    &format!("\"{}\"", path.name),
                    "an expert path must require min_score ≥ 95",
                    None,
                );
            }
            for (name, score) in [("min_score", path.min_score), ("max_score", path.max_score)] {
                if let Some(score) = score
                    && !(0.0..=100.0).contains(&score)
                {
                    ctx.problem(
                        &item,
                        &format!("\"{}\"", path.name),
                        format!("{name} is {score}; scores are 0 to 100"),
                        None,
                    );
                }
            }
            if kind == "careless" && path.expect_critical.is_empty() {
                ctx.problem(
                    &item,
                    &format!("\"{}\"", path.name),
                    "a careless path must name the critical errors it triggers",
                    None,
                );
            }
            for id in &path.expect_critical {
                if crate::vocabulary::CriticalKind::from_id(id).is_none() {
                    ctx.problem(
                        &item,
                        &format!("\"{id}\""),
                        format!("unknown critical error `{id}`"),
                        Some(crate::vocabulary::CriticalKind::ids_hint()),
                    );
                }
            }
            // The script itself is parsed and replayed by the pack check above the engine
            // (`crate::pack_check`); here only that it exists.
            if !scenario.source.is_file(&scenario.file_path(&path.script)) {
                ctx.problem(
                    &item,
                    &format!("\"{}\"", path.script),
                    format!("script `{}` not found beside scenario.ron", path.script),
                    Some("scripts are RON lists of actions in the scenario's folder"),
                );
            }
        }
    }
}
