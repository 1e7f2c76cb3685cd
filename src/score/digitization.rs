//! Digitization quality: every paper a counter dossier needs is scanned at reception and
//! attached to its component — the citizen's own paper, the right one, every page (pages
//! with a sticky note twice), legible.

use std::collections::BTreeSet;

use super::cases::Submission;
use super::{CriticalKind, Dimension, Grader, Rule};
use crate::portal::Dossier;
use crate::scenario::{Channel, Document};
use crate::sim::{Scan, ScanProblem};

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Digitization;

/// Units each paper to digitize is worth; also what leaving it out costs.
const PER_PAPER: f64 = 3.0;

/// Offers the papers a complete submission has to digitize (none when it was received
/// online).
pub(super) fn offer(g: &mut Grader<'_>, case: &Submission<'_>) {
    if case.received.is_some_and(|d| d.channel == Channel::Online) {
        return;
    }
    let papers = case.truth.to_digitize(Channel::Counter).len();
    g.offer(DIMENSION, PER_PAPER * papers as f64);
}

/// Nothing was received, so nothing was digitized: each paper is an omission, charged in
/// full even in practice mode.
pub(super) fn nothing_received(g: &mut Grader<'_>, case: &Submission<'_>) {
    for (component, _) in case.truth.to_digitize(Channel::Counter) {
        g.penalty(DIMENSION, Rule::DigitizeAtReception, "fb-not-digitized")
            .arg("citizen", &case.who)
            .arg("component", component)
            .units(PER_PAPER)
            .citizen(case.citizen)
            .omission()
            .record();
    }
}

/// Each component of the received counter dossier `d` that needs a scan has the right one.
pub(super) fn counter_dossier(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    for (component, paper) in case.truth.to_digitize(Channel::Counter) {
        component_scans(g, case, d, &component, &paper);
    }
}

/// The scans attached to `component`, expected to show `paper`: attached at all, all of this
/// citizen's papers, of the right paper (or another of its kind), legible, every image.
fn component_scans(
    g: &mut Grader<'_>,
    case: &Submission<'_>,
    d: &Dossier,
    component: &str,
    paper: &str,
) {
    let shift = g.shift;
    let c = case.person;
    let scans: Vec<&Scan> = d
        .attachments
        .get(component)
        .into_iter()
        .flatten()
        .filter_map(|n| n.checked_sub(1).and_then(|k| shift.scans.get(k as usize)))
        .collect();
    if scans.is_empty() {
        g.penalty(DIMENSION, Rule::DigitizeAtReception, "fb-not-digitized")
            .arg("citizen", &case.who)
            .arg("component", component)
            .units(PER_PAPER)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
        return;
    }
    if let Some(other) = scans.iter().find(|s| s.citizen != case.citizen) {
        g.penalty(DIMENSION, Rule::Privacy, "fb-attached-others-document")
            .arg("citizen", &case.who)
            .arg("document", &other.document)
            .units(PER_PAPER)
            .critical(CriticalKind::AttachedOthersDocument)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
        return;
    }
    let doc = c.document(paper);
    let shows_paper = |s: &&Scan| {
        s.document == paper
            || doc.is_some_and(|doc| c.document(&s.document).is_some_and(|x| x.kind == doc.kind))
    };
    let right: Vec<&Scan> = scans.into_iter().filter(shows_paper).collect();
    if right.is_empty() {
        g.penalty(
            DIMENSION,
            Rule::DigitizeAtReception,
            "fb-wrong-scan-attached",
        )
        .arg("citizen", &case.who)
        .arg("component", component)
        .units(2.0)
        .citizen(case.citizen)
        .dossier(&d.code)
        .record();
        return;
    }
    scan_quality(g, case, d, component, &right);
    if let Some(doc) = doc {
        images_complete(g, case, d, component, &right, doc);
    }
}

/// Each problem the right scans show (missing pages are counted by [`images_complete`]).
fn scan_quality(
    g: &mut Grader<'_>,
    case: &Submission<'_>,
    d: &Dossier,
    component: &str,
    right: &[&Scan],
) {
    let problems: BTreeSet<ScanProblem> = right
        .iter()
        .flat_map(|s| s.problems.iter().copied())
        .filter(|p| *p != ScanProblem::MissingPages)
        .collect();
    for problem in problems {
        g.penalty(DIMENSION, Rule::DigitizeAtReception, "fb-scan-quality")
            .arg("component", component)
            .arg("problem", problem.id())
            .units(1.0)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
}

/// The right scans of paper `doc` hold an image of every page, and a second of each page
/// with a sticky note.
fn images_complete(
    g: &mut Grader<'_>,
    case: &Submission<'_>,
    d: &Dossier,
    component: &str,
    right: &[&Scan],
    doc: &Document,
) {
    let pages = g
        .shift
        .scenario
        .catalog
        .document_kinds
        .get(&doc.kind)
        .map_or(1, |k| doc.page_count(k));
    let needed = u32::from(pages) + u32::from(doc.sticky_notes);
    let images: u32 = right.iter().map(|s| u32::from(s.images)).sum();
    if images >= needed {
        return;
    }
    let message = if doc.sticky_notes > 0 && images >= u32::from(pages) {
        "fb-sticky-note-once"
    } else {
        "fb-pages-missing"
    };
    g.penalty(DIMENSION, Rule::DigitizeAtReception, message)
        .arg("component", component)
        .arg("images", images)
        .arg("needed", needed)
        .units(1.0)
        .citizen(case.citizen)
        .dossier(&d.code)
        .record();
}
