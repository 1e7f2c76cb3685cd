//! The ground truth of a case: what is wrong with it and what the counter must do.
//!
//! [`analyze`] reads a case the way an expert clerk would — which components the procedure
//! requires under the case's facts and the rules in force, which paper fills each, what is
//! wrong with each paper, whether names and dates agree across papers — and derives the one
//! correct [`Disposition`]. Scoring compares the trainee's actions with it; the semantic pass
//! uses it to check that every planted defect is detectable and that no case is ambiguous.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod paper;

pub use paper::{id_number_is_consistent, is_lifelong, paper_defects, parse_date};

use super::{Catalog, Channel, CopyForm, DefectKind, Document, FieldKind, Procedure, Submission};

/// What the counter must do with a submitted case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Disposition {
    /// Receive: create the dossier, digitize, fee, receipt and appointment slip, transfer.
    Accept,
    /// Ask once, in writing, for exactly these components (ids).
    Supplement(BTreeSet<String>),
    /// Refuse in writing on this ground (a refusal rule id or a defect id).
    Refuse(String),
}

/// One thing wrong with a case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Finding {
    /// The defect, or `None` for a missing component / refusal rule.
    pub defect: Option<DefectKind>,
    /// The paper concerned.
    pub document: Option<String>,
    /// The component concerned.
    pub component: Option<String>,
    /// The field concerned.
    pub field: Option<String>,
    /// For mismatches: the other paper.
    pub other_document: Option<String>,
    /// For mismatches: the field of the other paper that disagrees with `field`.
    #[serde(default)]
    pub other_field: Option<String>,
    /// The refusal rule, for refusals by rule.
    pub refusal_rule: Option<String>,
    /// True when this finding forces a refusal.
    pub refusing: bool,
    /// True when the citizen may correct it at the counter (issue 13, item 6): a slip on
    /// a form of their own, on a counter dossier, under a correction rule in force. It then
    /// asks for no supplement; the dossier is received once it is corrected.
    #[serde(default)]
    pub correctable: bool,
}

/// The input of [`analyze`].
#[derive(Debug, Clone, Copy)]
pub struct Case<'a> {
    /// The procedure applied for.
    pub procedure: &'a Procedure,
    /// Papers the citizen hands over.
    pub documents: &'a [Document],
    /// Facts of the case.
    pub facts: &'a BTreeSet<String>,
    /// Components the state already holds.
    pub state_holds: &'a BTreeSet<String>,
    /// Counter or online.
    pub channel: Channel,
    /// Copies wanted.
    pub copies: u32,
    /// Roles played by the same person (`mother` → `applicant`): their fields are compared.
    pub same_person: &'a BTreeMap<String, String>,
}

/// The expert reading of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// What to do.
    pub disposition: Disposition,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Required components and the paper that fills each (None = missing).
    pub components: Vec<(String, Option<String>)>,
    /// Components the state holds and must not be demanded (rule 2).
    pub state_held: BTreeSet<String>,
    /// Components only shown (not scanned).
    pub shown_only: BTreeSet<String>,
    /// The correct fee in đồng.
    pub fee: u64,
    /// True when the case cannot be decided from its data (two candidate papers for one
    /// component, one good and one bad): an authoring error.
    pub ambiguous: Option<String>,
}

impl Analysis {
    /// The defects a careful clerk can see on the papers, once each: what perception is
    /// scored on (each is drawn on its paper; none is told).
    pub fn visible_defects(&self) -> Vec<&Finding> {
        let mut seen = BTreeSet::new();
        self.findings
            .iter()
            .filter(|f| f.defect.is_some() && f.document.is_some())
            .filter(|f| seen.insert((f.defect, &f.document, &f.field, &f.other_document)))
            .collect()
    }

    /// The paper filling a component.
    pub fn document_for(&self, component: &str) -> Option<&str> {
        self.components
            .iter()
            .find(|(c, _)| c == component)
            .and_then(|(_, d)| d.as_deref())
    }

    /// Components to digitize at reception with the paper for each (rule 3: not shown-only
    /// papers, not online dossiers).
    pub fn to_digitize(&self, channel: Channel) -> Vec<(String, String)> {
        if channel == Channel::Online {
            return vec![];
        }
        self.components
            .iter()
            .filter(|(c, _)| !self.shown_only.contains(c))
            .filter_map(|(c, d)| d.clone().map(|d| (c.clone(), d)))
            .collect()
    }
}

fn defect_finding(
    defect: DefectKind,
    doc: &Document,
    component: Option<&str>,
    field: Option<&str>,
) -> Finding {
    Finding {
        defect: Some(defect),
        document: Some(doc.id.clone()),
        component: component.map(str::to_owned),
        field: field.map(str::to_owned),
        other_document: None,
        other_field: None,
        refusal_rule: None,
        refusing: false,
        correctable: false,
    }
}

/// A resolved key with its role replaced by the role of the same person it aliases.
fn canonical_key(key: &str, same_person: &BTreeMap<String, String>) -> String {
    match key.split_once('.') {
        Some((role, rest)) => match same_person.get(role) {
            Some(canonical) => format!("{canonical}.{rest}"),
            None => key.to_owned(),
        },
        None => key.to_owned(),
    }
}

/// How authoritative a paper is when two papers disagree (lower wins).
fn authority_rank(kind: &super::DocumentKind) -> u8 {
    use super::Layout;
    if kind.identity {
        return 0;
    }
    match kind.layout {
        Layout::IdCard => 0,
        Layout::Certificate | Layout::Booklet => 1,
        Layout::Notice => 2,
        Layout::Contract => 3,
        Layout::Letter => 4,
        Layout::Form => 5,
    }
}

/// Reads a case and derives its findings and correct disposition.
pub fn analyze(
    case: Case<'_>,
    catalog: &Catalog,
    today: NaiveDate,
    rule_in_force: &dyn Fn(&str) -> bool,
) -> Analysis {
    let procedure = case.procedure;
    let filling = fill_components(&case, catalog, today, rule_in_force);
    let mut findings = refusal_findings(&case, rule_in_force);
    findings.extend(filling.missing.iter().cloned());
    findings.extend(paper_findings(
        &case,
        catalog,
        today,
        &filling.component_of_doc,
    ));
    findings.extend(mismatch_findings(&case, catalog, &filling.component_of_doc));
    for f in &mut findings {
        if let Some(defect) = f.defect {
            f.refusing = defect.always_refused() || procedure.refusing_defects.contains(&defect);
            f.correctable =
                !f.refusing && correctable_at_counter(&case, catalog, f, defect, rule_in_force);
        }
    }
    findings.sort();
    findings.dedup();
    let disposition = disposition_of(&findings);
    let fee = case_fee(&case, catalog, &filling.components, rule_in_force);
    Analysis {
        disposition,
        findings,
        components: filling.components,
        state_held: filling.state_held,
        shown_only: filling.shown_only,
        fee,
        ambiguous: filling.ambiguous,
    }
}

/// Findings of the procedure's refusal rules that hold under the case's facts.
fn refusal_findings(case: &Case<'_>, rule_in_force: &dyn Fn(&str) -> bool) -> Vec<Finding> {
    let mut findings = Vec::new();
    for refusal in &case.procedure.refusals {
        if refusal.when.holds(case.facts, rule_in_force) {
            findings.push(Finding {
                defect: None,
                document: None,
                component: None,
                field: None,
                other_document: None,
                other_field: None,
                refusal_rule: Some(refusal.id.clone()),
                refusing: true,
                correctable: false,
            });
        }
    }

    findings
}

/// How the papers handed over fill the procedure's components.
struct Filling {
    /// Each component that applies, with the paper filling it (or none).
    components: Vec<(String, Option<String>)>,
    /// Components the state holds (not asked of the citizen).
    state_held: BTreeSet<String>,
    /// Components that are only shown, not kept.
    shown_only: BTreeSet<String>,
    /// The component each paper in the dossier fills.
    component_of_doc: BTreeMap<String, String>,
    /// One finding per component no paper fills.
    missing: Vec<Finding>,
    /// Why the case has no single correct disposition, when it has none.
    ambiguous: Option<String>,
}

/// Matches papers to the components that apply: an original before a photocopy of the same
/// paper, each paper used once.
fn fill_components(
    case: &Case<'_>,
    catalog: &Catalog,
    today: NaiveDate,
    rule_in_force: &dyn Fn(&str) -> bool,
) -> Filling {
    let mut findings = Vec::new();
    let mut ambiguous = None;
    let mut components = Vec::new();
    let mut state_held = BTreeSet::new();
    let mut shown_only = BTreeSet::new();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut component_of_doc: BTreeMap<String, String> = BTreeMap::new();
    for rule in &case.procedure.components {
        if let Some(when) = &rule.when
            && !when.holds(case.facts, rule_in_force)
        {
            continue;
        }
        let held = rule.state_holds_under.as_deref().is_some_and(rule_in_force)
            && case.state_holds.contains(&rule.id);
        if held {
            state_held.insert(rule.id.clone());
            continue;
        }
        if rule.form == Submission::Show {
            shown_only.insert(rule.id.clone());
        }
        let candidates: Vec<&Document> = case
            .documents
            .iter()
            .filter(|d| rule.accepts.contains(&d.kind))
            .filter(|d| rule.role.is_none() || d.role == rule.role)
            .filter(|d| !used.contains(d.id.as_str()))
            .collect();
        // Prefer an original over a photocopy of the same paper (the copy is then checked
        // against it), otherwise the first paper handed over.
        let chosen = candidates
            .iter()
            .find(|d| d.copy != CopyForm::Photocopy)
            .or_else(|| candidates.first())
            .copied();
        if candidates.len() > 1 {
            let verdicts: BTreeSet<bool> = candidates
                .iter()
                .filter(|d| {
                    d.copy != CopyForm::Photocopy
                        || candidates.iter().all(|c| c.copy == CopyForm::Photocopy)
                })
                .map(|d| {
                    paper_defects(d, catalog, Some(rule.form), today, case.documents).is_empty()
                })
                .collect();
            if verdicts.len() > 1 {
                ambiguous = Some(format!(
                    "component `{}` can be filled by several papers, some good and some defective",
                    rule.id
                ));
            }
        }
        match chosen {
            Some(doc) => {
                used.insert(doc.id.as_str());
                // a photocopy checked against its original is part of the same component
                for twin in case
                    .documents
                    .iter()
                    .filter(|d| d.kind == doc.kind && d.copy == CopyForm::Photocopy)
                {
                    used.insert(twin.id.as_str());
                }
                component_of_doc.insert(doc.id.clone(), rule.id.clone());
                components.push((rule.id.clone(), Some(doc.id.clone())));
            }
            None => {
                findings.push(Finding {
                    defect: None,
                    document: None,
                    component: Some(rule.id.clone()),
                    field: None,
                    other_document: None,
                    other_field: None,
                    refusal_rule: None,
                    refusing: false,
                    correctable: false,
                });
                components.push((rule.id.clone(), None));
            }
        }
    }

    Filling {
        components,
        state_held,
        shown_only,
        component_of_doc,
        missing: findings,
        ambiguous,
    }
}

/// Defects of each paper in the dossier (online dossiers carry no photocopies or stamps).
fn paper_findings(
    case: &Case<'_>,
    catalog: &Catalog,
    today: NaiveDate,
    component_of_doc: &BTreeMap<String, String>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for doc in case.documents {
        let Some(component) = component_of_doc.get(&doc.id) else {
            continue;
        };
        let form = case.procedure.component(component).map(|c| c.form);
        let online = case.channel == Channel::Online;
        for (defect, field) in paper_defects(doc, catalog, form, today, case.documents) {
            if online && matches!(defect, DefectKind::PhotocopyOnly | DefectKind::MissingStamp) {
                continue;
            }
            findings.push(defect_finding(
                defect,
                doc,
                Some(component),
                field.as_deref(),
            ));
        }
    }

    findings
}

/// Cross-paper consistency of names, dates, numbers and sex (addresses may legitimately
/// show pre-2025 unit names, rule 6).
fn mismatch_findings(
    case: &Case<'_>,
    catalog: &Catalog,
    component_of_doc: &BTreeMap<String, String>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let in_dossier: Vec<&Document> = case
        .documents
        .iter()
        .filter(|d| component_of_doc.contains_key(&d.id))
        .collect();
    let mut seen: BTreeMap<String, (&Document, &str, String)> = BTreeMap::new();
    let mut ordered: Vec<&Document> = in_dossier.clone();
    // Papers issued by an authority are the reference (identity cards first, backed by the
    // population database); a paper the citizen filled in is the one to correct.
    ordered.sort_by_key(|d| {
        catalog
            .document_kinds
            .get(&d.kind)
            .map_or(9, authority_rank)
    });
    for doc in ordered {
        let Some(kind) = catalog.document_kinds.get(&doc.kind) else {
            continue;
        };
        for spec in &kind.fields {
            if !matches!(
                spec.kind,
                FieldKind::Name | FieldKind::Date | FieldKind::IdNumber | FieldKind::Sex
            ) {
                continue;
            }
            let Some(value) = doc.fields.get(&spec.key) else {
                continue;
            };
            let key = canonical_key(&doc.resolved_key(&spec.key), case.same_person);
            match seen.get(&key) {
                None => {
                    seen.insert(key, (doc, spec.key.as_str(), value.clone()));
                }
                Some((first, first_key, first_value)) => {
                    let same = match spec.kind {
                        FieldKind::Date => parse_date(first_value) == parse_date(value),
                        _ => first_value.trim() == value.trim(),
                    };
                    if !same {
                        let defect = match spec.kind {
                            FieldKind::Name => DefectKind::NameMismatch,
                            FieldKind::Date => DefectKind::DateMismatch,
                            _ => DefectKind::FieldMismatch,
                        };
                        let mut f = defect_finding(
                            defect,
                            doc,
                            component_of_doc.get(&doc.id).map(String::as_str),
                            Some(&spec.key),
                        );
                        f.other_document = Some(first.id.clone());
                        f.other_field = Some((*first_key).to_owned());
                        findings.push(f);
                    }
                }
            }
        }
    }

    findings
}

/// True when the citizen may correct finding `f` (of kind `defect`) at the counter: a counter
/// dossier, a paper of a kind that allows it under a rule in force.
fn correctable_at_counter(
    case: &Case<'_>,
    catalog: &Catalog,
    f: &Finding,
    defect: DefectKind,
    rule_in_force: &dyn Fn(&str) -> bool,
) -> bool {
    case.channel == Channel::Counter
        && f.document
            .as_deref()
            .and_then(|id| case.documents.iter().find(|d| d.id == id))
            .and_then(|d| catalog.document_kinds.get(&d.kind))
            .is_some_and(|kind| kind.correctable(defect, rule_in_force))
}

/// The one correct disposition: refuse on the first refusing finding, otherwise ask for the
/// components to supplement (not for what the citizen corrects at the counter), otherwise
/// accept.
fn disposition_of(findings: &[Finding]) -> Disposition {
    if let Some(f) = findings.iter().find(|f| f.refusing) {
        Disposition::Refuse(match (&f.refusal_rule, f.defect) {
            (Some(rule), _) => rule.clone(),
            (None, Some(defect)) => defect.id().to_owned(),
            (None, None) => "refused".to_owned(),
        })
    } else {
        let to_supplement: BTreeSet<String> = findings
            .iter()
            .filter(|f| !f.correctable)
            .filter_map(|f| f.component.clone())
            .collect();
        if to_supplement.is_empty() {
            Disposition::Accept
        } else {
            Disposition::Supplement(to_supplement)
        }
    }
}

/// The fee due, counting the pages of the first component's paper.
fn case_fee(
    case: &Case<'_>,
    catalog: &Catalog,
    components: &[(String, Option<String>)],
    rule_in_force: &dyn Fn(&str) -> bool,
) -> u64 {
    let pages = components
        .first()
        .and_then(|(_, d)| d.as_ref())
        .and_then(|id| case.documents.iter().find(|d| &d.id == id))
        .and_then(|d| {
            catalog
                .document_kinds
                .get(&d.kind)
                .map(|k| u32::from(d.page_count(k)))
        })
        .unwrap_or(1);
    case.procedure.fee.amount(
        case.facts,
        rule_in_force,
        case.channel == Channel::Online,
        case.copies,
        pages,
    )
}

#[cfg(test)]
mod tests;
