//! The semantic pass: everything that parses but cannot be right.
//!
//! Unknown references (procedure codes, document kinds, personas, rules, dossiers),
//! duplicate ids, impossible dates (a shift on a day off, an arrival after closing time),
//! unreachable content, planted defects the data does not show (or defects the data shows
//! that nobody planted), and cases — scripted or generated — without exactly one correct
//! disposition. Each problem names the file and the path of the offending item, with the
//! line and column where the item can be found in the file.

use std::collections::BTreeSet;
use std::path::Path;

use super::load::Problem;
use super::truth::{self, Analysis, Case, Disposition};
use super::{
    Arrival, Catalog, Channel, Document, Expected, FORMAT_VERSION, FieldKind, Scenario, Want,
};

/// Most generated arrivals a scenario may ask for.
pub const MAX_GENERATED: u32 = 400;
/// Seeds sampled to check generated cases.
pub const SEEDS_CHECKED: u64 = 6;

/// Planted defects the analysis does not find, and data defects that were not planted.
pub fn planted_matches_findings(documents: &[Document], analysis: &Analysis) -> Vec<String> {
    let mut problems = Vec::new();
    for doc in documents {
        let found: BTreeSet<_> = analysis
            .findings
            .iter()
            .filter(|f| {
                f.document.as_deref() == Some(&doc.id)
                    || f.other_document.as_deref() == Some(&doc.id)
            })
            .filter_map(|f| f.defect)
            .collect();
        let in_dossier = analysis
            .components
            .iter()
            .any(|(_, d)| d.as_deref() == Some(&doc.id));
        for planted in &doc.defects {
            let mismatch_like = matches!(
                planted.kind,
                super::DefectKind::NameMismatch
                    | super::DefectKind::DateMismatch
                    | super::DefectKind::FieldMismatch
            );
            let shown = found.contains(&planted.kind)
                || (mismatch_like
                    && found.iter().any(|k| {
                        matches!(
                            k,
                            super::DefectKind::NameMismatch
                                | super::DefectKind::DateMismatch
                                | super::DefectKind::FieldMismatch
                        )
                    }));
            if in_dossier && !shown {
                problems.push(format!(
                    "document `{}`: planted defect `{}` does not show in its data",
                    doc.id,
                    planted.kind.id()
                ));
            }
        }
        for kind in &found {
            let planted_here = doc.defects.iter().any(|p| p.kind == *kind);
            let planted_on_twin = analysis.findings.iter().any(|f| {
                f.defect == Some(*kind)
                    && f.other_document.as_deref() == Some(&doc.id)
                    && documents
                        .iter()
                        .any(|d| Some(&d.id) == f.document.as_ref() && !d.defects.is_empty())
            }) || analysis.findings.iter().any(|f| {
                f.defect == Some(*kind)
                    && f.document.as_deref() == Some(&doc.id)
                    && documents
                        .iter()
                        .any(|d| Some(&d.id) == f.other_document.as_ref() && !d.defects.is_empty())
            });
            let belongs = doc
                .defects
                .iter()
                .any(|p| p.kind == super::DefectKind::BelongsToOtherPerson);
            if !planted_here && !planted_on_twin && !belongs {
                problems.push(format!(
                    "document `{}` shows defect `{}` in its data but it is not listed in `defects`",
                    doc.id,
                    kind.id()
                ));
            }
        }
    }
    problems
}

/// Checks the shared catalog.
pub fn check_catalog(catalog: &Catalog, shared: &Path) -> Vec<Problem> {
    let mut out = Vec::new();
    for (code, p) in &catalog.procedures {
        let file = shared.join("procedures").join(format!("{code}.ron"));
        let mut ids = BTreeSet::new();
        for (i, c) in p.components.iter().enumerate() {
            let item = format!("components[{i}]");
            if !ids.insert(&c.id) {
                out.push(
                    Problem::new(&file, format!("duplicate component id `{}`", c.id))
                        .at_item(&item),
                );
            }
            if c.accepts.is_empty() {
                out.push(Problem::new(&file, "component accepts no document kind").at_item(&item));
            }
            for kind in &c.accepts {
                if !catalog.document_kinds.contains_key(kind) {
                    out.push(
                        Problem::new(&file, format!("unknown document kind `{kind}`"))
                            .at_item(format!("{item}.accepts"))
                            .hint("document kinds live in shared/documents/<id>.ron"),
                    );
                }
            }
            let mut rules = BTreeSet::new();
            if let Some(w) = &c.when {
                w.rules(&mut rules);
            }
            rules.extend(c.state_holds_under.iter().cloned());
            for r in rules {
                if !catalog.rules.contains_key(&r) {
                    out.push(
                        Problem::new(&file, format!("unknown rule `{r}`"))
                            .at_item(&item)
                            .hint("rules are listed in shared/rules.ron"),
                    );
                }
            }
        }
        let mut refusal_ids = BTreeSet::new();
        for r in &p.refusals {
            if !refusal_ids.insert(&r.id) {
                out.push(Problem::new(
                    &file,
                    format!("duplicate refusal id `{}`", r.id),
                ));
            }
        }
        if p.same_day_minutes > 480 || p.processing_days > 365 {
            out.push(Problem::new(
                &file,
                "same_day_minutes is at most 480 and processing_days at most 365",
            ));
        }
        if p.legal_basis.is_empty() {
            out.push(
                Problem::new(&file, "no legal basis given")
                    .hint("cite the law, decree or circular"),
            );
        }
    }
    for (id, k) in &catalog.document_kinds {
        let file = shared.join("documents").join(format!("{id}.ron"));
        let mut keys = BTreeSet::new();
        for f in &k.fields {
            if !keys.insert(&f.key) {
                out.push(Problem::new(&file, format!("duplicate field `{}`", f.key)));
            }
        }
    }
    for (id, p) in &catalog.personas {
        let file = shared.join("personas").join(format!("{id}.ron"));
        if !truth::id_number_is_consistent(
            &p.id_number,
            Some(p.sex == super::Sex::Male),
            Some(p.birth_date),
        ) {
            out.push(
                Problem::new(&file, format!("ID number `{}` does not match sex and birth year", p.id_number))
                    .hint("digit 4 is the century/sex code (0/1 for 1900s male/female, 2/3 for 2000s); digits 5–6 the birth year"),
            );
        }
        if p.patience_minutes == 0 || p.patience_minutes > 480 {
            out.push(Problem::new(&file, "patience_minutes must be 1 to 480"));
        }
    }
    for (id, c) in &catalog.calendars {
        let file = shared.join("calendars").join(format!("{id}.ron"));
        let mut dates = BTreeSet::new();
        for d in c.days_off.iter().chain(&c.make_up_working_days) {
            if !dates.insert(d.date) {
                out.push(Problem::new(&file, format!("date {} listed twice", d.date)));
            }
        }
    }
    out
}

struct Ctx<'a> {
    scenario: &'a Scenario,
    file: &'a Path,
    source: &'a str,
    out: Vec<Problem>,
}

impl Ctx<'_> {
    fn problem(
        &mut self,
        item: impl Into<String>,
        needle: &str,
        message: impl Into<String>,
        hint: Option<&str>,
    ) {
        let mut p = Problem::new(self.file, message)
            .at_item(item)
            .locate_in(self.source, needle);
        p.hint = hint.map(str::to_owned);
        self.out.push(p);
    }
}

fn expected_of(d: &Disposition) -> Expected {
    match d {
        Disposition::Accept => Expected::Accept,
        Disposition::Supplement(c) => Expected::Supplement(c.clone()),
        Disposition::Refuse(g) => Expected::Refuse(g.clone()),
    }
}

fn check_documents(
    ctx: &mut Ctx<'_>,
    item: &str,
    docs: &[Document],
    seen_ids: &mut BTreeSet<String>,
) {
    let catalog = &ctx.scenario.catalog;
    for (i, doc) in docs.iter().enumerate() {
        let item = format!("{item}.documents[{i}]");
        let needle = format!("\"{}\"", doc.id);
        if !seen_ids.insert(doc.id.clone()) {
            ctx.problem(
                &item,
                &needle,
                format!("duplicate document id `{}`", doc.id),
                Some("document ids must be unique in a scenario"),
            );
        }
        let Some(kind) = catalog.document_kinds.get(&doc.kind) else {
            ctx.problem(
                &item,
                &format!("\"{}\"", doc.kind),
                format!("unknown document kind `{}`", doc.kind),
                Some("document kinds live in shared/documents/<id>.ron"),
            );
            continue;
        };
        for key in doc.fields.keys() {
            if !kind.fields.iter().any(|f| &f.key == key) {
                ctx.problem(
                    &item,
                    &format!("\"{key}\""),
                    format!("`{}` has no field `{key}`", doc.kind),
                    None,
                );
            }
        }
        for spec in kind.fields.iter().filter(|f| f.kind == FieldKind::Date) {
            if let Some(v) = doc.fields.get(&spec.key)
                && !v.trim().is_empty()
                && truth::parse_date(v).is_none()
                && !truth::is_lifelong(v)
            {
                ctx.problem(
                    &item,
                    v,
                    format!("field `{}`: `{v}` is not a date", spec.key),
                    Some("write dates as YYYY-MM-DD"),
                );
            }
        }
    }
}

fn check_case(
    ctx: &mut Ctx<'_>,
    item: &str,
    needle: &str,
    case: Case<'_>,
    expect: Option<&Expected>,
    docs: &[Document],
) {
    let scenario = ctx.scenario;
    let analysis = truth::analyze(case, &scenario.catalog, scenario.file.shift.date, &|r| {
        scenario.rule_in_force(r)
    });
    if let Some(reason) = &analysis.ambiguous {
        ctx.problem(
            item,
            needle,
            format!("no single correct disposition: {reason}"),
            Some("give the citizen only one paper for each component"),
        );
    }
    for message in planted_matches_findings(docs, &analysis) {
        ctx.problem(
            item,
            needle,
            message,
            Some("list every intended defect under `defects`, or fix the data"),
        );
    }
    if let Some(expect) = expect {
        let actual = expected_of(&analysis.disposition);
        if &actual != expect {
            ctx.problem(
                item,
                needle,
                format!("expected disposition {expect:?}, but the rules give {actual:?}"),
                Some("check the facts, the papers and the rules in force"),
            );
        }
    }
}

/// Checks a loaded scenario; `path` and `source` are its `scenario.ron`.
pub fn check_scenario(scenario: &Scenario, path: &Path, source: &str) -> Vec<Problem> {
    let mut ctx = Ctx {
        scenario,
        file: path,
        source,
        out: Vec::new(),
    };
    let f = &scenario.file;
    let catalog = &scenario.catalog;
    if f.meta.version != FORMAT_VERSION {
        ctx.problem(
            "meta.version",
            "version",
            format!(
                "format version {} is not supported (this build reads {FORMAT_VERSION})",
                f.meta.version
            ),
            None,
        );
    }
    let folder = scenario
        .dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if f.meta.id != folder {
        ctx.problem(
            "meta.id",
            &format!("\"{}\"", f.meta.id),
            format!("id `{}` differs from the folder name `{folder}`", f.meta.id),
            None,
        );
    }
    if !(1..=5).contains(&f.meta.difficulty) {
        ctx.problem(
            "meta.difficulty",
            "difficulty",
            "difficulty must be 1 to 5",
            None,
        );
    }
    if f.meta.title.lacks_english() || f.meta.briefing.lacks_english() {
        ctx.problem(
            "meta",
            "title",
            "title and briefing need English text",
            None,
        );
    }
    let Some(_) = catalog.calendars.get(&f.shift.calendar) else {
        ctx.problem(
            "shift.calendar",
            &format!("\"{}\"", f.shift.calendar),
            format!("unknown calendar `{}`", f.shift.calendar),
            Some("calendars live in shared/calendars/<id>.ron"),
        );
        return ctx.out;
    };
    let cal = scenario.working_calendar();
    if !cal.is_working_day(f.shift.date) {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!("{} is not a working day", f.shift.date),
            Some("pick a weekday that is not a day off, or a make-up Saturday"),
        );
    }
    if f.shift.minutes == 0 || f.shift.minutes > 600 {
        ctx.problem(
            "shift.minutes",
            "minutes",
            "a shift lasts 1 to 600 minutes",
            None,
        );
    }
    let open = f.shift.start.minutes();
    let close = open + f.shift.minutes;
    for (i, r) in f.rules_in_force.iter().enumerate() {
        if !catalog.rules.contains_key(&r.rule) {
            ctx.problem(
                format!("rules_in_force[{i}]"),
                &format!("\"{}\"", r.rule),
                format!("unknown rule `{}`", r.rule),
                Some("rules are listed in shared/rules.ron"),
            );
        }
    }
    let total = f.rubric.total();
    if total != 100 {
        ctx.problem(
            "rubric",
            "rubric",
            format!("rubric weights sum to {total}, not 100"),
            None,
        );
    }

    let existing: BTreeSet<&str> = f
        .existing_dossiers
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    let mut doc_ids = BTreeSet::new();
    let mut dossier_codes = BTreeSet::new();
    for d in &f.existing_dossiers {
        let item = format!("existing_dossiers[{}]", d.code);
        let needle = format!("\"{}\"", d.code);
        if !dossier_codes.insert(d.code.clone()) {
            ctx.problem(
                &item,
                &needle,
                format!("duplicate dossier code `{}`", d.code),
                None,
            );
        }
        if !catalog.personas.contains_key(&d.applicant) {
            ctx.problem(
                &item,
                &format!("\"{}\"", d.applicant),
                format!("unknown persona `{}`", d.applicant),
                None,
            );
        }
        if d.received > scenario.start() {
            ctx.problem(
                &item,
                &needle,
                "received after the shift starts",
                Some("existing dossiers were received before the shift"),
            );
        }
        check_documents(&mut ctx, &item, &d.documents, &mut doc_ids);
        match catalog.procedures.get(&d.procedure) {
            None => ctx.problem(
                &item,
                &format!("\"{}\"", d.procedure),
                format!("unknown procedure code `{}`", d.procedure),
                Some("procedures live in shared/procedures/<code>.ron"),
            ),
            Some(procedure) if d.status == crate::portal::Status::NewOnline => {
                let case = Case {
                    procedure,
                    documents: &d.documents,
                    facts: &d.facts,
                    state_holds: &d.state_holds,
                    channel: d.channel,
                    copies: 0,
                    same_person: &d.same_person,
                };
                check_case(
                    &mut ctx,
                    &item,
                    &needle,
                    case,
                    d.expect.as_ref(),
                    &d.documents,
                );
            }
            Some(_) => {}
        }
    }

    let mut arrival_ids = BTreeSet::new();
    for a in &f.arrivals {
        check_arrival(
            &mut ctx,
            a,
            open,
            close,
            &existing,
            &mut arrival_ids,
            &mut doc_ids,
        );
    }

    for (i, e) in f.department_events.iter().enumerate() {
        if !existing.contains(e.dossier.as_str()) {
            ctx.problem(
                format!("department_events[{i}]"),
                &format!("\"{}\"", e.dossier),
                format!("unknown dossier `{}`", e.dossier),
                Some("department events name dossiers listed in existing_dossiers"),
            );
        }
        if e.at.minutes() < open || e.at.minutes() >= close {
            ctx.problem(
                format!("department_events[{i}]"),
                &e.at.to_string(),
                format!("at {} is outside the shift: it would never happen", e.at),
                None,
            );
        }
    }
    for (i, fault) in f.faults.iter().enumerate() {
        if fault.at.minutes() < open || fault.at.minutes() >= close {
            ctx.problem(
                format!("faults[{i}]"),
                &fault.at.to_string(),
                format!("fault at {} is outside the shift: unreachable", fault.at),
                None,
            );
        }
        if fault.minutes > 600 {
            ctx.problem(
                format!("faults[{i}]"),
                "minutes",
                "a fault lasts at most 600 minutes",
                None,
            );
        }
        if fault.expected.is_empty() {
            ctx.problem(
                format!("faults[{i}]"),
                "expected",
                "a fault needs at least one expected response",
                None,
            );
        }
    }

    if let Some(g) = &f.generated {
        check_generated(&mut ctx, g, open, close);
    }
    if f.arrivals.is_empty()
        && f.generated.as_ref().is_none_or(|g| g.count == 0)
        && f.existing_dossiers.is_empty()
    {
        ctx.problem(
            "arrivals",
            "arrivals",
            "nobody comes to the counter in this scenario",
            None,
        );
    }
    check_tests(&mut ctx);
    ctx.out
}

fn check_arrival(
    ctx: &mut Ctx<'_>,
    a: &Arrival,
    open: u32,
    close: u32,
    existing: &BTreeSet<&str>,
    arrival_ids: &mut BTreeSet<String>,
    doc_ids: &mut BTreeSet<String>,
) {
    let item = format!("arrivals[{}]", a.id);
    let needle = format!("\"{}\"", a.id);
    let catalog = &ctx.scenario.catalog;
    if !arrival_ids.insert(a.id.clone()) {
        ctx.problem(
            &item,
            &needle,
            format!("duplicate arrival id `{}`", a.id),
            None,
        );
    }
    if !catalog.personas.contains_key(&a.persona) {
        ctx.problem(
            &item,
            &format!("\"{}\"", a.persona),
            format!("unknown persona `{}`", a.persona),
            Some("personas live in shared/personas/<id>.ron"),
        );
    }
    if a.at.minutes() < open || a.at.minutes() >= close {
        ctx.problem(
            &item,
            &a.at.to_string(),
            format!("arrives at {} outside the shift: unreachable", a.at),
            Some("arrivals must fall within the shift hours"),
        );
    }
    check_documents(ctx, &item, &a.documents, doc_ids);
    match &a.wants {
        Want::Submit { procedure, copies } => {
            let catalog = ctx.scenario.catalog.clone();
            match catalog.procedures.get(procedure) {
                None => ctx.problem(
                    &item,
                    &format!("\"{procedure}\""),
                    format!("unknown procedure code `{procedure}`"),
                    Some("procedures live in shared/procedures/<code>.ron"),
                ),
                Some(p) => {
                    let case = Case {
                        procedure: p,
                        documents: &a.documents,
                        facts: &a.facts,
                        state_holds: &a.state_holds,
                        channel: Channel::Counter,
                        copies: *copies,
                        same_person: &a.same_person,
                    };
                    check_case(ctx, &item, &needle, case, a.expect.as_ref(), &a.documents);
                }
            }
        }
        Want::Collect { dossier } | Want::Withdraw { dossier } => {
            if !existing.contains(dossier.as_str()) {
                ctx.problem(
                    &item,
                    &format!("\"{dossier}\""),
                    format!("unknown dossier `{dossier}`"),
                    Some("list it under existing_dossiers"),
                );
            }
            let truth = match &a.wants {
                Want::Withdraw { .. } => Expected::Withdraw,
                _ if a.facts.contains("no_authorization") => Expected::Decline,
                _ => Expected::Return,
            };
            if let Some(expect) = &a.expect
                && *expect != truth
            {
                ctx.problem(
                    &item,
                    &needle,
                    format!("expected disposition {expect:?}, but the rules give {truth:?}"),
                    Some("a collector without authorisation (fact `no_authorization`) is declined"),
                );
            }
        }
    }
}

fn check_generated(ctx: &mut Ctx<'_>, g: &super::Generated, open: u32, close: u32) {
    use rand::SeedableRng;
    let catalog = ctx.scenario.catalog.clone();
    if g.count > MAX_GENERATED {
        ctx.problem(
            "generated.count",
            "count",
            format!("at most {MAX_GENERATED} generated arrivals"),
            None,
        );
        return;
    }
    if !(0.0..=1.0).contains(&g.difficulty) {
        ctx.problem(
            "generated.difficulty",
            "difficulty",
            "difficulty is between 0.0 and 1.0",
            None,
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
    let mut ok = true;
    for (i, t) in g.templates.iter().enumerate() {
        if !catalog.procedures.contains_key(&t.procedure) {
            ctx.problem(
                format!("generated.templates[{i}]"),
                &format!("\"{}\"", t.procedure),
                format!("unknown procedure code `{}`", t.procedure),
                None,
            );
            ok = false;
        }
        for p in &t.personas {
            if !catalog.personas.contains_key(p) {
                ctx.problem(
                    format!("generated.templates[{i}]"),
                    &format!("\"{p}\""),
                    format!("unknown persona `{p}`"),
                    None,
                );
                ok = false;
            }
        }
        if t.personas.is_empty() {
            ctx.problem(
                format!("generated.templates[{i}]"),
                "personas",
                "a template needs at least one persona",
                None,
            );
            ok = false;
        }
    }
    if g.templates.is_empty() && g.count > 0 {
        ctx.problem(
            "generated.templates",
            "templates",
            "generated arrivals need at least one template",
            None,
        );
        ok = false;
    }
    if !ok {
        return;
    }
    let scenario = ctx.scenario;
    for seed in 0..SEEDS_CHECKED {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let arrivals = super::generate::generate_all(
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

fn check_tests(ctx: &mut Ctx<'_>) {
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
            if kind == "careless" && path.expect_critical.is_empty() {
                ctx.problem(
                    &item,
                    &format!("\"{}\"", path.name),
                    "a careless path must name the critical errors it triggers",
                    None,
                );
            }
            for id in &path.expect_critical {
                if crate::score::CriticalKind::from_id(id).is_none() {
                    ctx.problem(
                        &item,
                        &format!("\"{id}\""),
                        format!("unknown critical error `{id}`"),
                        Some(crate::score::CriticalKind::ids_hint()),
                    );
                }
            }
            if let Err(p) = scenario.read_script(&path.script) {
                ctx.out.push(p);
            }
        }
    }
}
