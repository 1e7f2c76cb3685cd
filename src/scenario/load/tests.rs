//! Tests of the syntactic pass.

use super::source::decode_utf8;
use super::*;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Small {
    name: String,
    count: u32,
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let src = "(\n  name: \"a\",\n  cont: 3,\n)";
    let err = parse_ron::<Small>(Path::new("x.ron"), src).unwrap_err();
    assert_eq!(err.line, Some(3));
    assert!(err.to_string().starts_with("x.ron:3:"), "{err}");
    assert!(err.hint.is_some());
}

#[test]
fn hostile_nesting_is_an_error_not_a_crash() {
    let src = "[".repeat(100_000);
    let err = parse_ron::<Small>(Path::new("deep.ron"), &src).unwrap_err();
    assert!(err.message.contains("nesting"));
}

#[test]
fn brackets_inside_strings_do_not_count() {
    let src = format!("(name: \"{}\", count: 1)", "(".repeat(500));
    assert!(parse_ron::<Small>(Path::new("s.ron"), &src).is_ok());
}

#[test]
fn text_is_nfc_normalized_on_load() {
    let src = "(name: \"Nguye\u{302}\u{303}n\", count: 1)";
    let s: Small = parse_ron(Path::new("n.ron"), src).unwrap();
    assert_eq!(s.name, "Nguyễn");
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Dated {
    date: Option<chrono::NaiveDate>,
    moment: Option<chrono::NaiveDateTime>,
}

fn date_problem(src: &str) -> String {
    let err = parse_ron::<Dated>(Path::new("d.ron"), src).unwrap_err();
    format!("{}:{} {}", err.line.unwrap(), err.col.unwrap(), err.message)
}

#[test]
fn impossible_dates_and_moments_say_why() {
    // The column is where the value's text starts (after the quote).
    assert_eq!(
        date_problem("(date: Some(\"2028-02-30\"))"),
        "1:14 `2028-02-30` is not a date: February 2028 has 29 days"
    );
    assert_eq!(
        date_problem("(\n date: Some(\"2026-04-31\"))"),
        "2:14 `2026-04-31` is not a date: April 2026 has 30 days"
    );
    assert_eq!(
        date_problem("(date: Some(\"2026-00-10\"))"),
        "1:14 `2026-00-10` is not a date: there is no month 0"
    );
    assert_eq!(
        date_problem("(date: Some(\"2026-11-00\"))"),
        "1:14 `2026-11-00` is not a date: November 2026 has 30 days"
    );
    assert_eq!(
        date_problem("(date: Some(\"23/11/2026\"))"),
        "1:14 `23/11/2026` is not a date"
    );
    assert_eq!(
        date_problem("(moment: Some(\"2026-11-20T24:00:00\"))"),
        "1:16 `2026-11-20T24:00:00` is not a date and time: hours go from 00 to 23"
    );
    assert_eq!(
        date_problem("(moment: Some(\"2026-02-29T08:00:00\"))"),
        "1:16 `2026-02-29T08:00:00` is not a date and time: February 2026 has 28 days"
    );
    assert_eq!(
        date_problem("(moment: Some(\"2026-11-20T09:00\"))"),
        "1:16 `2026-11-20T09:00` is not a date and time"
    );
}

#[test]
fn an_invalid_byte_counts_lines_and_characters_before_it() {
    let mut bytes = "(\n  name: \"Nguyễn".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(b"\")\n");
    let err = decode_utf8(Path::new("b.ron"), bytes).unwrap_err();
    // Line 2: two spaces, `name: "` and the six characters of "Nguyễn" come first.
    assert_eq!((err.line, err.col), (Some(2), Some(16)));
    assert_eq!(err.message, "file is not valid UTF-8 (byte 0xFF)");
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_text() {
    let text = decode_utf8(Path::new("m.ron"), "\u{feff}(name: \"a\", count: 1)".into()).unwrap();
    assert!(text.starts_with('('));
    let s: Small = parse_ron(Path::new("m.ron"), "\u{feff}(name: \"a\", count: 1)").unwrap();
    assert_eq!(s.count, 1);
}

#[test]
fn field_values_are_found_in_order_whatever_the_spacing() {
    let src = "(id: \"a\", x: \"a\", list: [(id:\"a\"), (id :  \"a\")], hid: \"a\")";
    let offsets = field_offsets(src, "id", "a");
    assert_eq!(offsets.len(), 3, "{offsets:?}");
    assert_eq!(&src[offsets[2]..offsets[2] + 3], "\"a\"");
    let p = Problem::new("f.ron", "dup").locate_field(src, "id", "a", 1);
    assert_eq!(p.col, Some(u32::try_from(offsets[1] + 1).unwrap()));
}

#[test]
fn truncated_input_is_an_error() {
    assert!(parse_ron::<Small>(Path::new("t.ron"), "(name: \"a").is_err());
    assert!(parse_ron::<Small>(Path::new("t.ron"), "").is_err());
}
