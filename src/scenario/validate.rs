//! The semantic pass: everything that parses but cannot be right.
//!
//! Unknown references (procedure codes, document kinds, personas, rules, dossiers),
//! duplicate ids, impossible dates (a shift on a day off, an arrival after closing time),
//! unreachable content, planted defects the data does not show (or defects the data shows
//! that nobody planted), and cases — scripted or generated — without exactly one correct
//! disposition. Each problem names the file and the path of the offending item, with the
//! line and column where the item can be found in the file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use super::load::{Problem, Source};
use super::truth::{self, Analysis, Case, Disposition};
use super::{
    Arrival, Catalog, Channel, Document, Expected, FORMAT_VERSION, FieldKind, Scenario, Want,
};

/// Most generated arrivals a scenario may ask for.
pub const MAX_GENERATED: u32 = 400;
/// Earliest year of any date in scenario data (shift, birth, receipt, rule).
pub const MIN_YEAR: i32 = 1900;
/// Latest year of any date in scenario data.
pub const MAX_YEAR: i32 = 2199;
/// Longest shift, in minutes.
pub const MAX_SHIFT_MINUTES: u32 = 600;
/// Longest fault, in minutes.
pub const MAX_FAULT_MINUTES: u32 = 600;
/// Most extra working days a department may ask for when it reports a delay.
pub const MAX_EXTRA_DAYS: u32 = 365;
/// Longest processing time of a procedure, in days.
pub const MAX_PROCESSING_DAYS: u32 = 365;
/// Longest time a same-day result takes, in minutes (one working day).
pub const MAX_SAME_DAY_MINUTES: u32 = 480;
/// Longest a citizen waits in the queue, in minutes.
pub const MAX_PATIENCE_MINUTES: u32 = 480;
/// Most copies a citizen may ask for.
pub const MAX_COPIES: u32 = 10;
/// Largest amount in a fee rule, in đồng. With at most [`MAX_COPIES`] copies a case's fee
/// stays within the 100,000,000 đồng the portal's fee field accepts.
pub const MAX_FEE_AMOUNT: u64 = 10_000_000;
/// Most pages charged at the first-page price.
pub const MAX_FIRST_PAGES: u32 = 1_000;
/// Largest weight of a generated-arrival template or of a defect.
pub const MAX_WEIGHT: u32 = 1_000;
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

/// A shared file's text, read once, for locating problems in it.
struct SharedFile {
    path: PathBuf,
    text: String,
}

impl SharedFile {
    fn new(source: Source, path: PathBuf) -> Self {
        let text = source.read_text(&path).unwrap_or_default();
        Self { path, text }
    }

    /// A problem located at the first `needle` of the file (when found).
    fn problem(&self, needle: &str, message: impl Into<String>) -> Problem {
        Problem::new(&self.path, message).locate_in(&self.text, needle)
    }

    /// A problem located at the `nth` (0-based) `field: "value"` of the file.
    fn problem_at_field(
        &self,
        field: &str,
        value: &str,
        nth: usize,
        message: impl Into<String>,
    ) -> Problem {
        Problem::new(&self.path, message).locate_field(&self.text, field, value, nth)
    }
}

/// Counts sightings of ids: the first sighting is 0; a later one is a duplicate and its
/// number is the occurrence to point at.
#[derive(Default)]
struct Sightings(BTreeMap<String, usize>);

impl Sightings {
    /// Records `id`; returns `Some(n)` when it was seen before (`n` = earlier sightings).
    fn see(&mut self, id: &str) -> Option<usize> {
        let count = self.0.entry(id.to_owned()).or_insert(0);
        *count += 1;
        (*count > 1).then_some(*count - 1)
    }
}

/// Checks the shared catalog, reading each file from `source` to locate its problems.
pub fn check_catalog(catalog: &Catalog, shared: &Path, source: Source) -> Vec<Problem> {
    let mut out = Vec::new();
    for (code, p) in &catalog.procedures {
        let file = SharedFile::new(
            source,
            shared.join("procedures").join(format!("{code}.ron")),
        );
        check_procedure(catalog, p, &file, &mut out);
    }
    for (id, k) in &catalog.document_kinds {
        let file = SharedFile::new(source, shared.join("documents").join(format!("{id}.ron")));
        let mut keys = Sightings::default();
        for f in &k.fields {
            if let Some(nth) = keys.see(&f.key) {
                out.push(file.problem_at_field(
                    "key",
                    &f.key,
                    nth,
                    format!("duplicate field `{}`", f.key),
                ));
            }
        }
    }
    for (id, p) in &catalog.personas {
        let file = SharedFile::new(source, shared.join("personas").join(format!("{id}.ron")));
        if let Some(problem) = date_out_of_range(p.birth_date) {
            out.push(
                file.problem("birth_date", format!("birth_date {problem}"))
                    .at_item("birth_date"),
            );
        } else if !truth::id_number_is_consistent(
            &p.id_number,
            Some(p.sex == super::Sex::Male),
            Some(p.birth_date),
        ) {
            out.push(
                file.problem(&format!("\"{}\"", p.id_number), format!("ID number `{}` does not match sex and birth year", p.id_number))
                    .hint("digit 4 is the century/sex code (0/1 for 1900s male/female, 2/3 for 2000s); digits 5–6 the birth year"),
            );
        }
        if p.patience_minutes == 0 || p.patience_minutes > MAX_PATIENCE_MINUTES {
            out.push(
                file.problem(
                    "patience_minutes",
                    format!(
                        "patience_minutes is {}; it must be 1 to {MAX_PATIENCE_MINUTES}",
                        p.patience_minutes
                    ),
                )
                .at_item("patience_minutes"),
            );
        }
    }
    for (id, c) in &catalog.calendars {
        let file = SharedFile::new(source, shared.join("calendars").join(format!("{id}.ron")));
        let mut dates = Sightings::default();
        for d in c.days_off.iter().chain(&c.make_up_working_days) {
            let text = d.date.to_string();
            if let Some(nth) = dates.see(&text) {
                out.push(file.problem_at_field(
                    "date",
                    &text,
                    nth,
                    format!("date {} listed twice", d.date),
                ));
            }
        }
        let h = &c.office_hours;
        let in_order = h.morning.0 < h.morning.1
            && h.morning.1 <= h.afternoon.0
            && h.afternoon.0 < h.afternoon.1;
        if !in_order {
            out.push(
                file.problem(
                    "office_hours",
                    format!(
                        "office hours {}–{} and {}–{} are not in order",
                        h.morning.0, h.morning.1, h.afternoon.0, h.afternoon.1
                    ),
                )
                .at_item("office_hours")
                .hint("the morning opens before it closes, then the afternoon, e.g. (\"07:30\", \"11:30\") and (\"13:00\", \"17:00\")"),
            );
        } else if h.cutoff < h.morning.0 || h.cutoff > h.afternoon.1 {
            out.push(
                file.problem(
                    "cutoff",
                    format!("cut-off {} is outside the office hours", h.cutoff),
                )
                .at_item("office_hours.cutoff"),
            );
        }
        if let Some((first, last)) = c.covers
            && first > last
        {
            out.push(
                file.problem(
                    "covers",
                    format!("covers {first} – {last}: the first date is after the last"),
                )
                .at_item("covers")
                .hint("write the first and the last date the days off are complete for, e.g. (\"2025-01-01\", \"2026-12-31\")"),
            );
        }
    }
    out
}

fn check_procedure(
    catalog: &Catalog,
    p: &super::Procedure,
    file: &SharedFile,
    out: &mut Vec<Problem>,
) {
    let mut ids = Sightings::default();
    for (i, c) in p.components.iter().enumerate() {
        let item = format!("components[{i}]");
        if let Some(nth) = ids.see(&c.id) {
            out.push(
                file.problem_at_field(
                    "id",
                    &c.id,
                    nth,
                    format!("duplicate component id `{}`", c.id),
                )
                .at_item(&item),
            );
        }
        if c.accepts.is_empty() {
            out.push(
                file.problem_at_field("id", &c.id, 0, "component accepts no document kind")
                    .at_item(&item),
            );
        }
        for kind in &c.accepts {
            if !catalog.document_kinds.contains_key(kind) {
                out.push(
                    file.problem(
                        &format!("\"{kind}\""),
                        format!("unknown document kind `{kind}`"),
                    )
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
                    file.problem(&format!("\"{r}\""), format!("unknown rule `{r}`"))
                        .at_item(&item)
                        .hint("rules are listed in shared/rules.ron"),
                );
            }
        }
    }
    // Refusal ids share the `id:` field name with components: count from after them.
    let mut refusal_ids = Sightings::default();
    for (i, r) in p.refusals.iter().enumerate() {
        if let Some(nth) = refusal_ids.see(&r.id) {
            let before = p.components.iter().filter(|c| c.id == r.id).count();
            out.push(
                file.problem_at_field(
                    "id",
                    &r.id,
                    before + nth,
                    format!("duplicate refusal id `{}`", r.id),
                )
                .at_item(format!("refusals[{i}]")),
            );
        }
    }
    if p.processing_days > MAX_PROCESSING_DAYS {
        out.push(
            file.problem(
                "processing_days",
                format!(
                    "processing_days is {}; it is at most {MAX_PROCESSING_DAYS}",
                    p.processing_days
                ),
            )
            .at_item("processing_days"),
        );
    }
    if p.same_day_minutes > MAX_SAME_DAY_MINUTES {
        out.push(
            file.problem(
                "same_day_minutes",
                format!(
                    "same_day_minutes is {}; it is at most {MAX_SAME_DAY_MINUTES} (one working day)",
                    p.same_day_minutes
                ),
            )
            .at_item("same_day_minutes"),
        );
    }
    check_fee(&p.fee, file, out);
    if p.legal_basis.is_empty() {
        out.push(
            file.problem("legal_basis", "no legal basis given")
                .hint("cite the law, decree or circular"),
        );
    }
}

/// Fee amounts stay within [`MAX_FEE_AMOUNT`] so that the fee of any case (at most
/// [`MAX_COPIES`] copies) stays within what the portal accepts.
fn check_fee(fee: &super::FeeRule, file: &SharedFile, out: &mut Vec<Problem>) {
    use super::FeeRule;
    let amounts: Vec<(&str, u64)> = match fee {
        FeeRule::Free => vec![],
        FeeRule::Flat { in_person, online } => vec![("in_person", *in_person), ("online", *online)],
        FeeRule::PerCopy { amount } => vec![("amount", *amount)],
        FeeRule::PerPage {
            first_price,
            first_pages,
            later_price,
            cap_per_copy,
        } => {
            if *first_pages > MAX_FIRST_PAGES {
                out.push(
                    file.problem(
                        "first_pages",
                        format!("first_pages is {first_pages}; it is at most {MAX_FIRST_PAGES}"),
                    )
                    .at_item("fee.first_pages"),
                );
            }
            vec![
                ("first_price", *first_price),
                ("later_price", *later_price),
                ("cap_per_copy", *cap_per_copy),
            ]
        }
        FeeRule::FreeWhen { otherwise, .. } => {
            check_fee(otherwise, file, out);
            vec![]
        }
    };
    for (name, amount) in amounts {
        if amount > MAX_FEE_AMOUNT {
            out.push(
                file.problem(
                    &format!("{name}:"),
                    format!("fee {name} is {amount} đồng; it is at most {MAX_FEE_AMOUNT}"),
                )
                .at_item(format!("fee.{name}")),
            );
        }
    }
}

/// Why a date is outside the years scenarios may use, if it is.
fn date_out_of_range(date: NaiveDate) -> Option<String> {
    (!(MIN_YEAR..=MAX_YEAR).contains(&date.year()))
        .then(|| format!("{date} is outside the years {MIN_YEAR}–{MAX_YEAR}"))
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

    /// A problem located at the `nth` (0-based) `field: "value"` of the file, e.g. the
    /// second `id: "c2"` for a duplicate arrival.
    fn problem_at_field(
        &mut self,
        item: impl Into<String>,
        (field, value, nth): (&str, &str, usize),
        message: impl Into<String>,
        hint: Option<&str>,
    ) {
        let mut p = Problem::new(self.file, message).at_item(item).locate_field(
            self.source,
            field,
            value,
            nth,
        );
        p.hint = hint.map(str::to_owned);
        self.out.push(p);
    }
}

/// Each weight is 0 to 100 and they sum to 100 (summed in `u64`, so no weight can wrap
/// the sum around to 100).
fn check_rubric(ctx: &mut Ctx<'_>, rubric: &super::Rubric) {
    let names = [
        "intake",
        "digitization",
        "compliance",
        "guidance",
        "service",
    ];
    let mut each_ok = true;
    for (name, weight) in names.into_iter().zip(rubric.weights()) {
        if weight > 100 {
            each_ok = false;
            ctx.problem(
                format!("rubric.{name}"),
                &format!("{name}:"),
                format!("rubric weight {name} is {weight}; each weight is 0 to 100"),
                None,
            );
        }
    }
    let total = rubric.total();
    if total != 100 {
        ctx.problem(
            "rubric",
            "rubric",
            format!("rubric weights sum to {total}, not 100"),
            each_ok.then_some("the five weights are percentages of the total score"),
        );
    }
}

fn expected_of(d: &Disposition) -> Expected {
    match d {
        Disposition::Accept => Expected::Accept,
        Disposition::Supplement(c) => Expected::Supplement(c.clone()),
        Disposition::Refuse(g) => Expected::Refuse(g.clone()),
    }
}

fn check_documents(ctx: &mut Ctx<'_>, item: &str, docs: &[Document], seen_ids: &mut Sightings) {
    let catalog = &ctx.scenario.catalog;
    for (i, doc) in docs.iter().enumerate() {
        let item = format!("{item}.documents[{i}]");
        if let Some(nth) = seen_ids.see(&doc.id) {
            ctx.problem_at_field(
                &item,
                ("id", &doc.id, nth),
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
    if let Some(problem) = date_out_of_range(f.shift.date) {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!("shift date {problem}"),
            None,
        );
        return ctx.out;
    }
    let cal = scenario.working_calendar();
    if cal.is_outside_coverage(f.shift.date)
        && let Some((first, last)) = cal.covers()
    {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!(
                "{} is outside {first} – {last}, the dates for which calendar `{}` lists every day off",
                f.shift.date, f.shift.calendar
            ),
            Some("add that year's days off and make-up days to the calendar and extend its `covers`"),
        );
    }
    if !cal.is_working_day(f.shift.date) {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!("{} is not a working day", f.shift.date),
            Some("pick a weekday that is not a day off, or a make-up Saturday"),
        );
    }
    if f.shift.minutes == 0 || f.shift.minutes > MAX_SHIFT_MINUTES {
        ctx.problem(
            "shift.minutes",
            "minutes",
            format!(
                "a shift lasts 1 to {MAX_SHIFT_MINUTES} minutes, not {}",
                f.shift.minutes
            ),
            None,
        );
    }
    let open = f.shift.start.minutes();
    let close = open.saturating_add(f.shift.minutes.min(MAX_SHIFT_MINUTES));
    for (i, r) in f.rules_in_force.iter().enumerate() {
        if let Some(problem) = date_out_of_range(r.from) {
            ctx.problem(
                format!("rules_in_force[{i}].from"),
                &r.from.to_string(),
                format!("in force from {problem}"),
                None,
            );
        }
        if !catalog.rules.contains_key(&r.rule) {
            ctx.problem(
                format!("rules_in_force[{i}]"),
                &format!("\"{}\"", r.rule),
                format!("unknown rule `{}`", r.rule),
                Some("rules are listed in shared/rules.ron"),
            );
        }
    }
    check_rubric(&mut ctx, &f.rubric);

    let existing: BTreeSet<&str> = f
        .existing_dossiers
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    let mut doc_ids = Sightings::default();
    let mut dossier_codes = Sightings::default();
    for d in &f.existing_dossiers {
        let item = format!("existing_dossiers[{}]", d.code);
        let needle = format!("\"{}\"", d.code);
        if let Some(nth) = dossier_codes.see(&d.code) {
            ctx.problem_at_field(
                &item,
                ("code", &d.code, nth),
                format!("duplicate dossier code `{}`", d.code),
                Some("dossier codes must be unique in a scenario"),
            );
        }
        if let Some(problem) = date_out_of_range(d.received.date()) {
            ctx.problem(&item, &needle, format!("received {problem}"), None);
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
            Some(procedure) if d.status == crate::vocabulary::Status::NewOnline => {
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

    let mut arrival_ids = Sightings::default();
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
        if let super::DepartmentEventKind::Delay { extra_days, .. } = &e.kind
            && *extra_days > MAX_EXTRA_DAYS
        {
            ctx.problem(
                format!("department_events[{i}]"),
                "extra_days",
                format!(
                    "a delay of {extra_days} extra working days is not realistic; at most {MAX_EXTRA_DAYS}"
                ),
                Some("a department asks for a few more working days, not years"),
            );
        }
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
        if fault.minutes > MAX_FAULT_MINUTES {
            ctx.problem(
                format!("faults[{i}]"),
                "minutes",
                format!(
                    "a fault lasts at most {MAX_FAULT_MINUTES} minutes, not {}",
                    fault.minutes
                ),
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
        for response in &fault.expected {
            if !response.applies_to(fault.kind) {
                let allowed: Vec<String> = fault
                    .kind
                    .responses()
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect();
                ctx.problem(
                    format!("faults[{i}]"),
                    &format!("{response:?}"),
                    format!(
                        "{response:?} does not apply to {:?}: the clerk could never give it",
                        fault.kind
                    ),
                    Some(&format!("{:?} allows {}", fault.kind, allowed.join(", "))),
                );
            }
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
    arrival_ids: &mut Sightings,
    doc_ids: &mut Sightings,
) {
    let item = format!("arrivals[{}]", a.id);
    let needle = format!("\"{}\"", a.id);
    let catalog = &ctx.scenario.catalog;
    if let Some(nth) = arrival_ids.see(&a.id) {
        ctx.problem_at_field(
            &item,
            ("id", &a.id, nth),
            format!("duplicate arrival id `{}`", a.id),
            Some("arrival ids must be unique in a scenario"),
        );
    }
    if ctx
        .scenario
        .file
        .generated
        .as_ref()
        .is_some_and(|g| g.count > 0)
        && super::generate::is_generated_id(&a.id)
    {
        ctx.problem_at_field(
            &item,
            ("id", &a.id, 0),
            format!(
                "arrival id `{}` is of the form generated citizens get (g0, g1, …)",
                a.id
            ),
            Some("dossiers and slips name citizens by arrival id: give scripted arrivals another id, e.g. `c1`"),
        );
    }
    if let Some(identity) = &a.identity
        && let Some(problem) = date_out_of_range(identity.birth_date)
    {
        ctx.problem(
            &item,
            &identity.birth_date.to_string(),
            format!("identity.birth_date {problem}"),
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
            if *copies > MAX_COPIES {
                ctx.problem(
                    &item,
                    "copies",
                    format!("{copies} copies asked; at most {MAX_COPIES}"),
                    None,
                );
            }
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
    if ctx.out.len() > problems_before {
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
