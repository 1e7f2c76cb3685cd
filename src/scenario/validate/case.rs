//! One case: its papers (ids, kinds, fields, dates) and its ground truth — exactly one
//! correct disposition, planted defects that show in the data, the author's intent.

use std::collections::BTreeSet;

use super::super::truth::{self, Analysis, Case, Disposition};
use super::super::{Document, Expected, FieldKind};
use super::*;

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
                crate::scenario::DefectKind::NameMismatch
                    | crate::scenario::DefectKind::DateMismatch
                    | crate::scenario::DefectKind::FieldMismatch
            );
            let shown = found.contains(&planted.kind)
                || (mismatch_like
                    && found.iter().any(|k| {
                        matches!(
                            k,
                            crate::scenario::DefectKind::NameMismatch
                                | crate::scenario::DefectKind::DateMismatch
                                | crate::scenario::DefectKind::FieldMismatch
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
                .any(|p| p.kind == crate::scenario::DefectKind::BelongsToOtherPerson);
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

pub(super) fn expected_of(d: &Disposition) -> Expected {
    match d {
        Disposition::Accept => Expected::Accept,
        Disposition::Supplement(c) => Expected::Supplement(c.clone()),
        Disposition::Refuse(g) => Expected::Refuse(g.clone()),
    }
}

pub(super) fn check_documents(
    ctx: &mut Ctx<'_>,
    item: &str,
    docs: &[Document],
    seen_ids: &mut Sightings,
) {
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

pub(super) fn check_case(
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
    for doc in docs {
        let pages = scenario
            .catalog
            .document_kinds
            .get(&doc.kind)
            .map_or(1, |k| doc.page_count(k));
        let nowhere = doc.defects.iter().any(|d| {
            d.kind == crate::scenario::DefectKind::Altered
                && d.field.is_none()
                && (pages < 2 || d.page == Some(1))
        });
        if nowhere {
            ctx.problem(
                item,
                needle,
                format!(
                    "document `{}`: planted defect `altered` names no field, and only pages after the first have content outside the fields to show it",
                    doc.id
                ),
                Some("give the altered `field`, or a `page` from 2 on of a paper of several pages"),
            );
        }
        let beyond = doc
            .defects
            .iter()
            .find_map(|d| d.page.filter(|p| *p == 0 || *p > pages));
        if let Some(page) = beyond {
            ctx.problem(
                item,
                needle,
                format!(
                    "document `{}`: a planted defect is on page {page}, but the paper has {pages}",
                    doc.id
                ),
                Some("pages count from 1"),
            );
        }
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
