//! Tests of the generator.

use super::*;
use crate::scenario::{DefectKind, Sex};

#[test]
fn altered_names_differ_by_one_letter() {
    assert_eq!(alter_name("Nguyễn Thị Hương"), "Nguyễn Thị Hưong");
    assert_ne!(alter_name("Le Van An"), "Le Van An");
}

#[test]
fn cards_expire_at_renewal_ages() {
    let birth = NaiveDate::from_ymd_opt(2001, 5, 12).unwrap();
    // issued at 19 → valid until 25
    assert_eq!(
        card_expiry(birth, NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
        NaiveDate::from_ymd_opt(2026, 5, 12)
    );
    // issued at 23y7m (within 2 years of 25) → valid until 40
    assert_eq!(
        card_expiry(birth, NaiveDate::from_ymd_opt(2024, 12, 1).unwrap()),
        NaiveDate::from_ymd_opt(2041, 5, 12)
    );
    let old = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    assert_eq!(
        card_expiry(old, NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()),
        None
    );
}

/// The generator is total: whatever the spec (validation rejects all of these first),
/// it returns arrivals or none, and never panics.
#[test]
fn hostile_specs_generate_without_panicking() {
    use rand::SeedableRng;
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/shared");
    let catalog = crate::scenario::load::load_catalog(&shared).unwrap();
    let t = |h, m| ClockTime::hm(h, m).unwrap();
    let template =
        |procedure: &str, weight, personas: Vec<&str>, defects, copies| ArrivalTemplate {
            procedure: procedure.into(),
            weight,
            personas: personas.into_iter().map(str::to_owned).collect(),
            fact_sets: vec![],
            defects,
            copies,
        };
    let all_defects: Vec<(DefectKind, u32)> =
        DefectKind::ALL.iter().map(|k| (*k, u32::MAX)).collect();
    let hostile_templates = vec![
        vec![],
        vec![template(
            "birth-registration",
            0,
            vec!["young-mother"],
            vec![],
            0,
        )],
        vec![template("birth-registration", 1, vec![], vec![], 0)],
        vec![template(
            "no-such-procedure",
            1,
            vec!["young-mother"],
            vec![],
            0,
        )],
        vec![template(
            "birth-registration",
            1,
            vec!["no-such-persona"],
            vec![],
            0,
        )],
        vec![
            template(
                "copy-certification",
                u32::MAX,
                vec!["student"],
                all_defects.clone(),
                u32::MAX,
            ),
            template(
                "birth-registration",
                u32::MAX,
                vec!["young-mother"],
                all_defects,
                0,
            ),
        ],
    ];
    let days = [
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        NaiveDate::MIN,
        NaiveDate::MAX,
    ];
    for difficulty in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -1.0, 2.0, 1.0] {
        for templates in &hostile_templates {
            for (from, until) in [(t(8, 0), t(9, 0)), (t(9, 0), t(8, 0)), (t(23, 59), t(0, 0))] {
                for today in days {
                    let spec = Generated {
                        count: u32::MAX,
                        from,
                        until,
                        difficulty,
                        templates: templates.clone(),
                    };
                    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
                    let arrivals = generate_all(&spec, &catalog, today, &|_| true, &mut rng);
                    assert!(arrivals.len() <= super::super::validate::MAX_GENERATED as usize);
                }
            }
        }
    }
}

#[test]
fn generated_id_numbers_are_consistent() {
    use rand::SeedableRng;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let birth = NaiveDate::from_ymd_opt(1990, 2, 3).unwrap();
    let n = id_number_for(&mut rng, Sex::Female, birth);
    assert!(
        truth::id_number_is_consistent(&n, Some(false), Some(birth)),
        "{n}"
    );
}
