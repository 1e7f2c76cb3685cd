//! The content hash of a scenario: what a stored run depends on, and nothing else.
//!
//! A result file stores the hash of its scenario at the time of the run; verification
//! compares it with the hash of the scenario loaded today. Hashing the whole catalog would
//! make every stored result "changed" as soon as anyone edits any shared file, so the hash
//! covers the scenario file plus the shared entries it *uses* ([`Uses`]):
//!
//! - **procedures** named by its scripted arrivals, generated-arrival templates and existing
//!   dossiers;
//! - **document kinds** those procedures accept, and the kinds of every paper the scenario
//!   writes out (arrivals, existing dossiers);
//! - **personas** of its arrivals, templates and existing dossiers;
//! - its **calendar**;
//! - **legal rules** it puts in force, and the rules named in the conditions of the
//!   procedures it uses (components, state-held papers, refusals, fee exemptions);
//! - **inter-agency bundles** led by a procedure it uses under a rule it puts in force, or
//!   named by its existing dossiers (hashed after the rules, only when there are any).
//!
//! The input starts with [`HASH_VERSION`], so a change of what is hashed (or how) is a new
//! version and never silently equal to an old hash. Entries are hashed in id order as
//! single-line RON, each behind a line naming its kind and id.
//!
//! Files written before this hash existed (the scenario and the whole catalog) come from
//! engines verification no longer replays ([`crate::sim::FIRST_RANKED_GENERATION`]).
//!
//! Limit: the trainee may open a dossier for a procedure the scenario does not use (the
//! portal lists the whole catalog). Such a procedure is not in the hash; if it was edited
//! since the run, the replay can differ; verification then names the procedure.

use std::collections::BTreeSet;

use sha2::{Digest, Sha256};

use super::{Catalog, Condition, FeeRule, Procedure, ScenarioFile, Want};

/// First line of the hashed input; bump the number when what is hashed changes.
pub const HASH_VERSION: &str = "motcua-scenario-v2";

/// The shared entries a scenario uses, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Uses {
    /// Procedure codes.
    pub procedures: BTreeSet<String>,
    /// Document kind ids.
    pub document_kinds: BTreeSet<String>,
    /// Persona ids.
    pub personas: BTreeSet<String>,
    /// Calendar ids.
    pub calendars: BTreeSet<String>,
    /// Legal rule ids.
    pub rules: BTreeSet<String>,
    /// Inter-agency bundle ids (issue 13, item 4): the bundles led by a procedure it uses,
    /// and those its existing dossiers were received as.
    pub bundles: BTreeSet<String>,
}

fn condition_rules(condition: &Condition, out: &mut BTreeSet<String>) {
    condition.rules(out);
}

fn fee_rules(fee: &FeeRule, out: &mut BTreeSet<String>) {
    if let FeeRule::FreeWhen {
        condition,
        otherwise,
    } = fee
    {
        condition_rules(condition, out);
        fee_rules(otherwise, out);
    }
}

/// The rules a procedure's conditions name.
fn procedure_rules(p: &Procedure, out: &mut BTreeSet<String>) {
    for c in &p.components {
        if let Some(when) = &c.when {
            condition_rules(when, out);
        }
        out.extend(c.state_holds_under.iter().cloned());
    }
    for r in &p.refusals {
        condition_rules(&r.when, out);
    }
    fee_rules(&p.fee, out);
}

impl Uses {
    /// What `file` uses of `catalog`. Ids the catalog does not define are listed too (the
    /// semantic pass reports them); they hash as absent.
    pub fn of(file: &ScenarioFile, catalog: &Catalog) -> Self {
        let mut u = Uses::default();
        for a in &file.arrivals {
            u.personas.insert(a.persona.clone());
            if let Want::Submit { procedure, .. } = &a.wants {
                u.procedures.insert(procedure.clone());
            }
            u.document_kinds
                .extend(a.documents.iter().map(|d| d.kind.clone()));
        }
        if let Some(g) = &file.generated {
            for t in &g.templates {
                u.procedures.insert(t.procedure.clone());
                u.personas.extend(t.personas.iter().cloned());
            }
        }
        for d in &file.existing_dossiers {
            u.procedures.insert(d.procedure.clone());
            u.personas.insert(d.applicant.clone());
            u.document_kinds
                .extend(d.documents.iter().map(|d| d.kind.clone()));
        }
        u.calendars.insert(file.shift.calendar.clone());
        u.rules
            .extend(file.rules_in_force.iter().map(|r| r.rule.clone()));
        u.bundles.extend(
            file.existing_dossiers
                .iter()
                .filter_map(|d| d.bundle.clone()),
        );
        u.bundles.extend(
            catalog
                .bundles
                .values()
                .filter(|b| u.procedures.contains(&b.lead) && u.rules.contains(&b.rule))
                .map(|b| b.id.clone()),
        );
        for id in &u.bundles {
            if let Some(b) = catalog.bundles.get(id) {
                condition_rules(&b.qualifies, &mut u.rules);
                u.rules.insert(b.rule.clone());
            }
        }
        for code in &u.procedures {
            if let Some(p) = catalog.procedures.get(code) {
                for c in &p.components {
                    u.document_kinds.extend(c.accepts.iter().cloned());
                }
                procedure_rules(p, &mut u.rules);
            }
        }
        u
    }
}

/// Feeds one catalog entry (or its absence) to the hasher.
fn entry<T: serde::Serialize>(h: &mut Sha256, kind: &str, id: &str, value: Option<&T>) {
    h.update(kind.as_bytes());
    h.update(b" ");
    h.update(id.as_bytes());
    h.update(b"\n");
    match value.map(ron::to_string) {
        Some(Ok(text)) => h.update(text.as_bytes()),
        // Plain data always serializes; should it not, the error text keeps two failing
        // entries apart from a good one.
        Some(Err(e)) => h.update(format!("unserializable: {e}").as_bytes()),
        None => h.update(b"absent"),
    }
    h.update(b"\n");
}

/// SHA-256 (hex) of [`HASH_VERSION`], the scenario file and the shared entries it uses.
pub fn content_hash(file: &ScenarioFile, catalog: &Catalog) -> String {
    let uses = Uses::of(file, catalog);
    let mut h = Sha256::new();
    h.update(HASH_VERSION.as_bytes());
    h.update(b"\n");
    match ron::to_string(file) {
        Ok(text) => h.update(text.as_bytes()),
        Err(e) => h.update(format!("unserializable scenario: {e}").as_bytes()),
    }
    h.update(b"\n");
    for id in &uses.procedures {
        entry(&mut h, "procedure", id, catalog.procedures.get(id));
    }
    for id in &uses.document_kinds {
        entry(&mut h, "document", id, catalog.document_kinds.get(id));
    }
    for id in &uses.personas {
        entry(&mut h, "persona", id, catalog.personas.get(id));
    }
    for id in &uses.calendars {
        entry(&mut h, "calendar", id, catalog.calendars.get(id));
    }
    for id in &uses.rules {
        entry(&mut h, "rule", id, catalog.rules.get(id));
    }
    for id in &uses.bundles {
        entry(&mut h, "bundle", id, catalog.bundles.get(id));
    }
    crate::codec::hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::scenario::load::{load_catalog, read_ron};

    /// The shipped tutorial: three birth registrations, on the civil-service calendar.
    fn tutorial() -> (ScenarioFile, Catalog) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let catalog = match load_catalog(&root.join("shared")) {
            Ok(c) => c,
            Err(e) => panic!("the shipped catalog loads: {e}"),
        };
        let file = read_ron(&root.join("tutorial-birth/scenario.ron")).expect("parses");
        (file, catalog)
    }

    #[test]
    fn the_uses_are_what_the_scenario_names() {
        let (file, catalog) = tutorial();
        let uses = Uses::of(&file, &catalog);
        assert_eq!(
            uses.procedures,
            BTreeSet::from(["birth-registration".to_owned()])
        );
        assert!(uses.personas.contains("young-mother"));
        assert!(!uses.personas.contains("student"));
        assert_eq!(
            uses.calendars,
            BTreeSet::from(["vn-civil-service".to_owned()])
        );
        // Rules in force, and every rule the birth registration's conditions name.
        assert!(uses.rules.contains("directive-24-2025"));
        let mut named = BTreeSet::new();
        procedure_rules(&catalog.procedures["birth-registration"], &mut named);
        assert!(named.is_subset(&uses.rules), "{named:?}");
        // The kinds the procedure accepts, and the kinds of the papers the file writes.
        for c in &catalog.procedures["birth-registration"].components {
            for kind in &c.accepts {
                assert!(uses.document_kinds.contains(kind), "{kind}");
            }
        }
        for a in &file.arrivals {
            for d in &a.documents {
                assert!(uses.document_kinds.contains(&d.kind), "{}", d.kind);
            }
        }
    }

    #[test]
    fn editing_an_unused_entry_keeps_the_hash_and_a_used_one_changes_it() {
        let (file, catalog) = tutorial();
        let before = content_hash(&file, &catalog);
        assert_eq!(before, content_hash(&file, &catalog), "deterministic");

        let edited = |edit: &dyn Fn(&mut Catalog)| {
            let mut c = catalog.clone();
            edit(&mut c);
            content_hash(&file, &c)
        };
        // Not used by the tutorial: another procedure, persona and rule.
        let kept = [
            edited(&|c| {
                let p = c
                    .procedures
                    .get_mut("land-dispute-mediation")
                    .expect("shipped");
                p.processing_days += 1;
            }),
            edited(&|c| {
                let p = c.personas.get_mut("student").expect("shipped");
                p.patience_minutes += 1;
            }),
            edited(&|c| {
                let r = c.rules.get_mut("culture-day-2026").expect("shipped");
                r.cite.push('.');
            }),
            edited(&|c| {
                c.procedures
                    .remove("marriage-registration")
                    .expect("shipped");
            }),
        ];
        for (i, h) in kept.iter().enumerate() {
            assert_eq!(h, &before, "unused edit {i} changed the hash");
        }
        // Used: its procedure, a persona of an arrival, its calendar, a rule in force.
        let changed = [
            edited(&|c| {
                let p = c.procedures.get_mut("birth-registration").expect("shipped");
                p.processing_days += 1;
            }),
            edited(&|c| {
                let p = c.personas.get_mut("young-mother").expect("shipped");
                p.patience_minutes += 1;
            }),
            edited(&|c| {
                let cal = c.calendars.get_mut("vn-civil-service").expect("shipped");
                cal.days_off.clear();
            }),
            edited(&|c| {
                let r = c.rules.get_mut("directive-24-2025").expect("shipped");
                r.cite.push('.');
            }),
        ];
        for (i, h) in changed.iter().enumerate() {
            assert_ne!(h, &before, "used edit {i} kept the hash");
        }
        let mut edited = file.clone();
        edited.shift.minutes += 1;
        assert_ne!(content_hash(&edited, &catalog), before);
    }
}
