//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use motcua::scenario::load::open_scenario;
use motcua::scenario::{ArrivalTemplate, DefectKind, Generated, Scenario};

/// The shipped tutorial scenario.
pub fn tutorial() -> Arc<Scenario> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial-birth"
    ));
    match open_scenario(dir) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("tutorial does not load: {e}"),
    }
}

/// The tutorial with a queue of generated citizens added (birth registrations with defects).
pub fn generated_shift() -> Arc<Scenario> {
    let mut s = (*tutorial()).clone();
    s.file.generated = Some(Generated {
        count: 5,
        from: motcua::calendar::ClockTime::hm(7, 40).unwrap(),
        until: motcua::calendar::ClockTime::hm(10, 30).unwrap(),
        difficulty: 0.7,
        templates: vec![ArrivalTemplate {
            procedure: "birth-registration".into(),
            weight: 1,
            personas: vec!["young-mother".into(), "young-father".into()],
            fact_sets: vec![
                BTreeSet::new(),
                BTreeSet::from(["late_registration".to_string()]),
            ],
            defects: vec![
                (DefectKind::NameMismatch, 2),
                (DefectKind::Expired, 1),
                (DefectKind::MissingSignature, 1),
                (DefectKind::PhotocopyOnly, 1),
                (DefectKind::Forged, 1),
            ],
            copies: 0,
        }],
    });
    s.file.shift.minutes = 240;
    Arc::new(s)
}

/// Copies a folder tree (a scenario pack) so that a test can edit the copy.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("created");
    for entry in std::fs::read_dir(from).expect("listable") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
}
