//! The shared data of a pack: procedures (components, refusal grounds, fees, processing
//! time), document kinds, personas and calendars, each problem located in its own file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::super::load::{Problem, Source};
use super::super::{Catalog, truth};
use super::*;

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

/// Checks the shared catalog, reading each file from `source` to locate its problems.
pub fn check_catalog(catalog: &Catalog, shared: &Path, source: Source) -> Vec<Problem> {
    let mut out = super::bundle::check_bundles(catalog, shared, source);
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
            Some(p.sex == crate::scenario::Sex::Male),
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
    p: &crate::scenario::Procedure,
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
fn check_fee(fee: &crate::scenario::FeeRule, file: &SharedFile, out: &mut Vec<Problem>) {
    use crate::scenario::FeeRule;
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
