//! Generated citizens: bounds of the block, and, over several seeds, that every generated
//! case has exactly one correct disposition.

use super::*;

/// The generated block: bounds, templates, then a sample of seeds.
pub(super) fn check_generated(
    ctx: &mut Ctx<'_>,
    g: &crate::scenario::Generated,
    open: u32,
    close: u32,
) {
    // Generation runs only on a block without problems: the generator is total, but a
    // sample drawn from nonsense proves nothing and only adds noise to the report.
    let problems_before = ctx.out.len();
    if g.count > MAX_GENERATED {
        ctx.problem(
            "generated.count",
            "count",
            format!(
                "{} generated arrivals asked; at most {MAX_GENERATED}",
                g.count
            ),
            None,
        );
    }
    if !(0.0..=1.0).contains(&g.difficulty) {
        ctx.problem(
            "generated.difficulty",
            "difficulty",
            format!(
                "difficulty is {}; it is a number from 0.0 to 1.0",
                g.difficulty
            ),
            Some("0.0 gives clean dossiers, 1.0 plants defects in most of them"),
        );
    }
    if g.from.minutes() < open || g.until.minutes() > close || g.from >= g.until {
        ctx.problem(
            "generated",
            "from",
            format!("window {}–{} is not inside the shift", g.from, g.until),
            None,
        );
    }
    for (i, t) in g.templates.iter().enumerate() {
        check_template(ctx, i, t);
    }
    check_template_set(ctx, g);
    if ctx.out.len() > problems_before {
        return;
    }
    check_seeds(ctx, g);
}

/// One template: bounded weights and copies, known procedure and personas.
fn check_template(ctx: &mut Ctx<'_>, i: usize, t: &crate::scenario::ArrivalTemplate) {
    let catalog = ctx.scenario.catalog.clone();
    let item = format!("generated.templates[{i}]");
    if t.weight > MAX_WEIGHT {
        ctx.problem(
            &item,
            "weight",
            format!("template weight {} is above {MAX_WEIGHT}", t.weight),
            Some("weights are relative: 1, 2, 3… is enough"),
        );
    }
    if t.copies > MAX_COPIES {
        ctx.problem(
            &item,
            "copies",
            format!("{} copies asked; at most {MAX_COPIES}", t.copies),
            None,
        );
    }
    for (kind, weight) in &t.defects {
        if *weight > MAX_WEIGHT {
            ctx.problem(
                &item,
                &format!("{kind:?}"),
                format!(
                    "defect `{}` has weight {weight}, above {MAX_WEIGHT}",
                    kind.id()
                ),
                Some("weights are relative: 1, 2, 3… is enough"),
            );
        }
    }
    if !catalog.procedures.contains_key(&t.procedure) {
        ctx.problem(
            format!("generated.templates[{i}]"),
            &format!("\"{}\"", t.procedure),
            format!("unknown procedure code `{}`", t.procedure),
            None,
        );
    }
    for p in &t.personas {
        if !catalog.personas.contains_key(p) {
            ctx.problem(
                format!("generated.templates[{i}]"),
                &format!("\"{p}\""),
                format!("unknown persona `{p}`"),
                None,
            );
        }
    }
    if t.personas.is_empty() {
        ctx.problem(
            format!("generated.templates[{i}]"),
            "personas",
            "a template needs at least one persona",
            None,
        );
    }
}

/// The templates together can generate someone.
fn check_template_set(ctx: &mut Ctx<'_>, g: &crate::scenario::Generated) {
    if g.count > 0 && g.templates.iter().all(|t| t.weight == 0) && !g.templates.is_empty() {
        ctx.problem(
            "generated.templates",
            "weight",
            "every template has weight 0: nobody can be generated",
            None,
        );
    }
    if g.templates.is_empty() && g.count > 0 {
        ctx.problem(
            "generated.templates",
            "templates",
            "generated arrivals need at least one template",
            None,
        );
    }
}

/// Over [`SEEDS_CHECKED`] seeds, every generated case has one correct disposition.
fn check_seeds(ctx: &mut Ctx<'_>, g: &crate::scenario::Generated) {
    use rand::SeedableRng;
    let catalog = ctx.scenario.catalog.clone();
    let scenario = ctx.scenario;
    for seed in 0..SEEDS_CHECKED {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let arrivals = crate::scenario::generate::generate_all(
            g,
            &catalog,
            scenario.file.shift.date,
            &|r| scenario.rule_in_force(r),
            &mut rng,
        );
        if (arrivals.len() as u32) < g.count {
            ctx.problem(
                "generated",
                "generated",
                format!("seed {seed}: only {} of {} arrivals could be generated with one correct disposition", arrivals.len(), g.count),
                Some("a template's procedure or defects cannot produce an unambiguous case"),
            );
            return;
        }
    }
}
