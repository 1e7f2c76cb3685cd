//! Tests of the ground truth.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn id_numbers_follow_the_structure() {
    // 001 Hà Nội, 0 = 20th-century male, 85 = born 1985
    assert!(id_number_is_consistent(
        "001085012345",
        Some(true),
        Some(d(1985, 3, 2))
    ));
    assert!(!id_number_is_consistent(
        "001185012345",
        Some(true),
        Some(d(1985, 3, 2))
    ));
    assert!(id_number_is_consistent(
        "001185012345",
        Some(false),
        Some(d(1985, 3, 2))
    ));
    assert!(id_number_is_consistent(
        "079301012345",
        Some(false),
        Some(d(2001, 1, 1))
    ));
    assert!(!id_number_is_consistent(
        "07930101234",
        Some(false),
        Some(d(2001, 1, 1))
    ));
    assert!(!id_number_is_consistent(
        "079301012345",
        Some(false),
        Some(d(2002, 1, 1))
    ));
}

#[test]
fn dates_parse_in_both_notations() {
    assert_eq!(parse_date("2026-11-23"), Some(d(2026, 11, 23)));
    assert_eq!(parse_date("23/11/2026"), Some(d(2026, 11, 23)));
    assert_eq!(parse_date("soon"), None);
    assert!(is_lifelong("Không thời hạn"));
}
