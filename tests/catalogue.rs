//! The catalogue a commune centre receives (issue 13 item 12): at least 25 procedures, each
//! with its national procedure code, every paper a procedure accepts shipped with a layout
//! the desk can draw, and the endless generator able to build a case of every procedure —
//! a procedure no endless scenario can ever generate fails here by name.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use motcua::calendar::ClockTime;
use motcua::scenario::generate::generate_case;
use motcua::scenario::load::{load_pack, open_scenario};
use motcua::scenario::{Catalog, Department, Scenario, SlipFamily};
use rand::SeedableRng;

/// The scenarios that must cover the whole catalogue.
const ENDLESS: [&str; 3] = ["endless-practice", "endless-gentle", "endless-hard"];

fn scenarios_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn catalog() -> Arc<Catalog> {
    let pack = load_pack(&scenarios_root());
    let problems: Vec<String> = pack.problems().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    pack.catalog
        .unwrap_or_else(|| panic!("the shared data did not load"))
}

fn shipped(id: &str) -> Scenario {
    open_scenario(&scenarios_root().join(id)).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// A national procedure code as the National Public Service Portal prints it: one digit, a
/// dot, six digits (`1.001193`, `2.000884`).
fn is_national_code(code: &str) -> bool {
    let Some((head, tail)) = code.split_once('.') else {
        return false;
    };
    head.len() == 1
        && tail.len() == 6
        && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
}

#[test]
fn the_catalogue_holds_at_least_25_procedures_each_with_its_national_code() {
    let catalog = catalog();
    assert!(
        catalog.procedures.len() >= 25,
        "{} procedures shipped; a commune centre receives at least 25",
        catalog.procedures.len()
    );
    let missing: Vec<&str> = catalog
        .procedures
        .values()
        .filter(|p| !p.national_code.as_deref().is_some_and(is_national_code))
        .map(|p| p.code.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "procedures without a national code of the form 1.001193: {missing:?}"
    );
}

#[test]
fn national_codes_are_read_as_the_portal_prints_them() {
    assert!(is_national_code("1.001193"));
    assert!(is_national_code("2.000884"));
    assert!(!is_national_code("1.00119"));
    assert!(!is_national_code("207274"));
    assert!(!is_national_code("1.0011a3"));
}

#[test]
fn every_paper_a_procedure_accepts_is_shipped() {
    let catalog = catalog();
    let mut unknown = Vec::new();
    for p in catalog.procedures.values() {
        for c in &p.components {
            for kind in &c.accepts {
                if !catalog.document_kinds.contains_key(kind) {
                    unknown.push(format!("{} / {}: {kind}", p.code, c.id));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "unknown paper kinds: {unknown:?}");
}

#[test]
fn the_commune_police_procedures_and_only_they_use_the_police_slips() {
    let catalog = catalog();
    for p in catalog.procedures.values() {
        let police = p.department == Department::CommunePolice;
        assert_eq!(
            p.slips == SlipFamily::Police,
            police,
            "{}: slips {:?}, department {:?}",
            p.code,
            p.slips,
            p.department
        );
    }
    // The residence procedures of the issue are among them.
    for code in [
        "permanent-residence",
        "temporary-residence",
        "temporary-residence-extension",
        "temporary-absence",
        "residence-confirmation",
    ] {
        assert_eq!(
            catalog.procedures.get(code).map(|p| p.slips),
            Some(SlipFamily::Police),
            "{code}"
        );
    }
}

#[test]
fn a_lease_for_permanent_residence_need_not_be_notarised() {
    // Decree 154/2024 (flagged unconfirmed in the data): the plain lease fills the
    // component, and so does a notarised one.
    let catalog = catalog();
    let lease = catalog
        .procedures
        .get("permanent-residence")
        .and_then(|p| p.component("lease"))
        .unwrap_or_else(|| panic!("permanent-residence has a `lease` component"));
    for kind in ["lease-contract", "notarised-lease-contract"] {
        assert!(lease.accepts.iter().any(|k| k == kind), "{kind}");
    }
}

#[test]
fn every_endless_scenario_has_a_template_for_every_procedure() {
    let catalog = catalog();
    for id in ENDLESS {
        let scenario = shipped(id);
        let Some(generated) = &scenario.file.generated else {
            panic!("{id} generates no citizens");
        };
        let templated: BTreeSet<&str> = generated
            .templates
            .iter()
            .map(|t| t.procedure.as_str())
            .collect();
        let missing: Vec<&str> = catalog
            .procedures
            .keys()
            .map(String::as_str)
            .filter(|p| !templated.contains(p))
            .collect();
        assert!(missing.is_empty(), "{id} never generates {missing:?}");
    }
}

#[test]
fn the_generator_builds_a_case_of_every_procedure() {
    // A template naming a procedure is not enough: the generator must find, for some seed,
    // a case with exactly one correct disposition, without a defect and with one.
    let scenario = shipped("endless-practice");
    let Some(generated) = &scenario.file.generated else {
        panic!("endless-practice generates no citizens");
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 14).unwrap_or_default();
    let at = ClockTime::hm(8, 0).unwrap_or_default();
    let rule_in_force = |rule: &str| scenario.rule_in_force(rule);
    let mut never = Vec::new();
    for template in &generated.templates {
        for difficulty in [0.0, 1.0] {
            let built = (0..40u64).any(|seed| {
                let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
                generate_case(
                    template,
                    &scenario.catalog,
                    difficulty,
                    today,
                    at,
                    1,
                    &rule_in_force,
                    &mut rng,
                )
                .is_some_and(|a| a.expect.is_some())
            });
            if !built {
                never.push(format!("{} at difficulty {difficulty}", template.procedure));
            }
        }
    }
    assert!(never.is_empty(), "never generated: {never:?}");
}
