//! Casework: what the clerk does with the papers of one case before deciding — looking at
//! them (with the magnifier, against the light), turning the pages of a long paper, putting
//! two fields side by side, and flagging what they see is wrong.
//!
//! The engine records these as claims and never judges them at the counter: whether a flag
//! is right is the scorer's business (`score::perception`). A walk-in citizen's casework
//! lives on the [`super::Citizen`]; an online dossier's on the shift, by dossier code.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{ActionError, Claim, Event, FieldRef, LookTool, Shift};
use crate::scenario::truth::{Finding, parse_date};
use crate::scenario::{Document, PaperArea};

/// A claim the clerk flagged, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaisedFlag {
    /// The claim, normalized ([`Claim::normalized`]).
    pub claim: Claim,
    /// Seconds since the shift started.
    pub at: u32,
}

/// What the clerk did with one case's papers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Casework {
    /// Papers looked at closely, with the tools used.
    pub inspected: BTreeMap<String, BTreeSet<LookTool>>,
    /// The page open on each multi-page paper turned (from 1; a paper not turned shows 1).
    pub open_pages: BTreeMap<String, u8>,
    /// Pairs of fields put side by side.
    pub comparisons: Vec<(FieldRef, FieldRef)>,
    /// What the clerk flagged as wrong and has not taken back, in the order flagged.
    pub flags: Vec<RaisedFlag>,
    /// Flags taken back.
    pub flags_cleared: u32,
}

impl Casework {
    /// The page open on a paper (from 1).
    pub fn open_page(&self, document: &str) -> u8 {
        self.open_pages.get(document).copied().unwrap_or(1)
    }

    /// True when this claim (normalized) is flagged.
    pub fn has_flag(&self, claim: &Claim) -> bool {
        self.flags.iter().any(|f| &f.claim == claim)
    }

    /// True when a flag can be cited as this refusal ground (a defect id).
    pub fn supports_ground(&self, ground: &str) -> bool {
        self.flags.iter().any(|f| f.claim.supports_ground(ground))
    }

    /// True when the paper was looked at with this tool.
    pub fn looked_with(&self, document: &str, tool: LookTool) -> bool {
        self.inspected
            .get(document)
            .is_some_and(|tools| tools.contains(&tool))
    }
}

/// True when the claim finds this finding of the case's ground truth: a flag of the same
/// defect on the same paper (and field, for a defect that shows in a field), or — for a
/// disagreement between papers — a discrepancy that names the wrong field and another field
/// whose value really differs from it. `papers` are the case's papers.
pub fn claim_finds(claim: &Claim, finding: &Finding, papers: &[Document]) -> bool {
    let (Some(kind), Some(document)) = (finding.defect, finding.document.as_deref()) else {
        return false;
    };
    match claim {
        Claim::OnPaper {
            document: d,
            field,
            defect,
        } => {
            // A finding without a field (an erasure somewhere on a page) is found by a flag
            // on the paper; one in a field only by a flag on that field.
            *defect == kind
                && d == document
                && (kind.area() != PaperArea::Field
                    || finding.field.is_none()
                    || finding.field == *field)
        }
        Claim::Discrepancy { a, b } => {
            let Some(wrong_field) = finding.field.as_deref().filter(|_| kind.is_mismatch()) else {
                return false;
            };
            let is_wrong = |r: &FieldRef| r.document == document && r.field == wrong_field;
            (is_wrong(a) || is_wrong(b)) && values_differ(a, b, papers)
        }
    }
}

/// True when two fields of the papers hold different values (dates compared as dates).
pub fn values_differ(a: &FieldRef, b: &FieldRef, papers: &[Document]) -> bool {
    let value = |r: &FieldRef| {
        papers
            .iter()
            .find(|d| d.id == r.document)
            .and_then(|d| d.fields.get(&r.field))
            .map(|v| v.trim().to_owned())
    };
    match (value(a), value(b)) {
        (Some(x), Some(y)) => match (parse_date(&x), parse_date(&y)) {
            (Some(dx), Some(dy)) => dx != dy,
            _ => x != y,
        },
        _ => false,
    }
}

/// Whose case a paper belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CaseRef {
    /// A walk-in citizen (index in the shift).
    Citizen(usize),
    /// An online dossier waiting for acceptance (its code).
    Online(String),
}

impl Shift {
    /// A paper of a case the clerk has in hand: one of the citizen's at the counter, or one
    /// of an online dossier waiting for acceptance.
    pub(super) fn case_document(&self, id: &str) -> Result<(CaseRef, &Document), ActionError> {
        if let Some(i) = self.counter
            && let Some(doc) = self.citizens[i].document(id)
        {
            return Ok((CaseRef::Citizen(i), doc));
        }
        self.scenario
            .file
            .existing_dossiers
            .iter()
            .filter(|e| self.online_truth.contains_key(&e.code))
            .find_map(|e| {
                let doc = e.documents.iter().find(|d| d.id == id)?;
                Some((CaseRef::Online(e.code.clone()), doc))
            })
            .ok_or_else(|| ActionError::DocumentNotHere(id.to_owned()))
    }

    /// A paper of the shift by id: a walk-in citizen's, or one of an online dossier.
    pub fn paper(&self, id: &str) -> Option<&Document> {
        self.citizens
            .iter()
            .flat_map(|c| &c.arrival.documents)
            .chain(
                self.scenario
                    .file
                    .existing_dossiers
                    .iter()
                    .flat_map(|e| &e.documents),
            )
            .find(|d| d.id == id)
    }

    /// The papers of a case.
    pub fn case_papers(&self, case: &CaseRef) -> &[Document] {
        match case {
            CaseRef::Citizen(i) => self
                .citizens
                .get(*i)
                .map_or(&[], |c| c.arrival.documents.as_slice()),
            CaseRef::Online(code) => self
                .scenario
                .file
                .existing_dossiers
                .iter()
                .find(|e| &e.code == code)
                .map_or(&[], |e| e.documents.as_slice()),
        }
    }

    /// The casework of a case.
    pub fn casework(&self, case: &CaseRef) -> Option<&Casework> {
        match case {
            CaseRef::Citizen(i) => self.citizens.get(*i).map(|c| &c.casework),
            CaseRef::Online(code) => self.online_casework.get(code),
        }
    }

    fn casework_mut(&mut self, case: &CaseRef) -> &mut Casework {
        match case {
            CaseRef::Citizen(i) => &mut self.citizens[*i].casework,
            CaseRef::Online(code) => self.online_casework.entry(code.clone()).or_default(),
        }
    }

    pub(super) fn inspect(&mut self, document: &str, tool: LookTool) -> Outcome {
        let (case, _) = self.case_document(document)?;
        let document = document.to_owned();
        self.casework_mut(&case)
            .inspected
            .entry(document.clone())
            .or_default()
            .insert(tool);
        let seconds = match tool {
            LookTool::Magnifier => 30,
            LookTool::AgainstLight => 20,
        };
        Ok((vec![Event::Inspected { document, tool }], seconds))
    }

    pub(super) fn turn_page(&mut self, document: &str, page: u8) -> Outcome {
        let (case, doc) = self.case_document(document)?;
        let pages = self
            .scenario
            .catalog
            .document_kinds
            .get(&doc.kind)
            .map_or(doc.pages.max(1), |k| doc.page_count(k));
        if page == 0 || page > pages {
            return Err(ActionError::NoSuchPage(document.to_owned(), page));
        }
        self.casework_mut(&case)
            .open_pages
            .insert(document.to_owned(), page);
        Ok((
            vec![Event::PageTurned {
                document: document.to_owned(),
                page,
                pages,
            }],
            4,
        ))
    }

    pub(super) fn field_value(&self, r: &FieldRef) -> Result<String, ActionError> {
        let (_, doc) = self.case_document(&r.document)?;
        doc.fields
            .get(&r.field)
            .cloned()
            .ok_or_else(|| ActionError::UnknownField(r.document.clone(), r.field.clone()))
    }

    pub(super) fn compare(&mut self, a: &FieldRef, b: &FieldRef) -> Outcome {
        let (case, _) = self.case_document(&a.document)?;
        let value_a = self.field_value(a)?;
        let value_b = self.field_value(b)?;
        self.casework_mut(&case)
            .comparisons
            .push((a.clone(), b.clone()));
        Ok((
            vec![Event::Compared {
                a: a.clone(),
                b: b.clone(),
                value_a,
                value_b,
            }],
            20,
        ))
    }

    /// Checks a claim against the papers (it names real papers and fields of one case, in
    /// the form its kind needs); returns the citizen whose case it is and the claim in its
    /// canonical form. Whether the claim is *right* is for the scorer.
    fn checked_claim(&self, claim: &Claim) -> Result<(CaseRef, Claim), ActionError> {
        let claim = claim.clone().normalized();
        match &claim {
            Claim::OnPaper {
                document,
                field,
                defect,
            } => {
                let (case, doc) = self.case_document(document)?;
                if defect.is_mismatch() {
                    return Err(ActionError::MismatchNeedsTwoFields);
                }
                if let Some(field) = field {
                    let printed = self
                        .scenario
                        .catalog
                        .document_kinds
                        .get(&doc.kind)
                        .is_some_and(|k| k.fields.iter().any(|f| &f.key == field));
                    if !printed && !doc.fields.contains_key(field) {
                        return Err(ActionError::UnknownField(document.clone(), field.clone()));
                    }
                }
                Ok((case, claim))
            }
            Claim::Discrepancy { a, b } => {
                let (case, _) = self.case_document(&a.document)?;
                let (other, _) = self.case_document(&b.document)?;
                if case != other || a == b {
                    return Err(ActionError::DiscrepancyNeedsTwoFields);
                }
                self.field_value(a)?;
                self.field_value(b)?;
                Ok((case, claim))
            }
        }
    }

    pub(super) fn flag(&mut self, claim: &Claim) -> Outcome {
        let (case, claim) = self.checked_claim(claim)?;
        let at = self.now;
        let work = self.casework_mut(&case);
        if work.has_flag(&claim) {
            return Err(ActionError::AlreadyFlagged);
        }
        work.flags.push(RaisedFlag {
            claim: claim.clone(),
            at,
        });
        Ok((vec![Event::Flagged { claim }], 10))
    }

    pub(super) fn clear_flag(&mut self, claim: &Claim) -> Outcome {
        let (case, claim) = self.checked_claim(claim)?;
        let work = self.casework_mut(&case);
        let Some(n) = work.flags.iter().position(|f| f.claim == claim) else {
            return Err(ActionError::NotFlagged);
        };
        work.flags.remove(n);
        work.flags_cleared += 1;
        Ok((vec![Event::FlagCleared { claim }], 5))
    }
}
