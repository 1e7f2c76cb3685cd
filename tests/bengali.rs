//! Bengali everywhere, one term per concept.
//!
//! 1. Every text of the shipped pack has a Bengali translation: every `(vi: …, en: …)` of every
//!    RON file under `scenarios/` (scenario files, scripts, the shared catalogue), and every
//!    text the engine builds in code for the citizens it generates (the endless generator,
//!    several seeds per scenario). A missing `bn` is a fallback to English on the bn screen.
//! 2. Every Fluent message of Vietnamese exists in Bengali: that is
//!    `i18n::tests::every_message_exists_in_every_locale_with_the_same_variables` (unit test
//!    of `src/i18n.rs`), not repeated here.
//! 3. The term table `locales/terms.ron`: where a Vietnamese text says a concept, its Bengali
//!    says the concept's Bengali term; no Bengali text uses a banned variant.
//!
//! Run alone with `cargo test --no-default-features --test bengali`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::calendar::Calendar;
use motcua::i18n::sources;
use motcua::scenario::load::Source;
use motcua::scenario::load::load_pack;
use motcua::scenario::{DocumentKind, LegalRule, Mode, Persona, Procedure, ScenarioFile};
use motcua::sim::{Action, Shift};
use motcua::text::{Lang, nfc};
use serde::Deserialize;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Seeds the generated citizens are drawn with, per scenario.
const SEEDS: [u64; 6] = [1, 2, 3, 7, 42, 2026];

// ---------------------------------------------------------------------------------------------
// Collecting every (vi, bn) pair: RON files, generated citizens, Fluent messages.

/// One localized text found somewhere, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    /// File (relative to the repository) or what produced the text.
    place: String,
    /// Path of keys inside it.
    path: String,
    vi: String,
    bn: Option<String>,
}

impl Found {
    fn locate(&self) -> String {
        format!("{}: {}", self.place, self.path)
    }
}

/// Every `.ron` file under `dir`, sorted.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "ron") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn relative(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .into_owned()
}

/// The texts of a JSON value (a serialized model): every object with `vi` (and `en`, `bn`).
fn walk_json(value: &serde_json::Value, place: &str, path: &str, out: &mut Vec<Found>) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            if map.contains_key("vi") && map.keys().all(|k| ["vi", "en", "bn"].contains(&&**k)) {
                let text = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_owned);
                out.push(Found {
                    place: place.to_owned(),
                    path: path.to_owned(),
                    vi: text("vi").unwrap_or_default(),
                    bn: text("bn"),
                });
                return;
            }
            for (k, v) in map {
                walk_json(v, place, &join(path, k), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk_json(v, place, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A pack file parsed as what it is (the loader's own types), as JSON: map keys such as a
/// question's name survive, which an untyped RON value would merge.
fn typed(file: &Path) -> Result<serde_json::Value, String> {
    fn parse<T: serde::de::DeserializeOwned + serde::Serialize>(
        file: &Path,
    ) -> Result<serde_json::Value, String> {
        let value: T = Source::Disk.read_ron(file).map_err(|p| p.to_string())?;
        serde_json::to_value(&value).map_err(|e| e.to_string())
    }
    let rel = relative(file);
    let folder = |name: &str| rel.starts_with(&format!("scenarios/shared/{name}/"));
    if folder("procedures") {
        parse::<Procedure>(file)
    } else if folder("documents") {
        parse::<DocumentKind>(file)
    } else if folder("personas") {
        parse::<Persona>(file)
    } else if folder("calendars") {
        parse::<Calendar>(file)
    } else if folder("bundles") {
        parse::<motcua::scenario::Bundle>(file)
    } else if rel == "scenarios/shared/rules.ron" {
        parse::<Vec<LegalRule>>(file)
    } else if file.file_name().is_some_and(|n| n == "scenario.ron") {
        parse::<ScenarioFile>(file)
    } else {
        // A scenario's scripted path: a list of actions.
        parse::<Vec<Action>>(file)
    }
}

/// Every text written in the pack's RON files; files that do not parse are problems.
fn pack_texts() -> (Vec<Found>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for file in ron_files(&root().join("scenarios")) {
        let place = relative(&file);
        match typed(&file) {
            Ok(value) => walk_json(&value, &place, "", &mut out),
            Err(e) => problems.push(format!("{place}: {e}")),
        }
    }
    (out, problems)
}

/// Every text of the citizens each scenario's shift starts with (scripted and generated, with
/// the persona as the engine applies it), for several seeds: what the engine builds in code.
fn engine_texts() -> Vec<Found> {
    let pack = load_pack(&root().join("scenarios"));
    let problems: Vec<String> = pack.problems().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut out = Vec::new();
    for scenario in pack.loaded() {
        let seeds: &[u64] = if scenario.file.generated.is_some() {
            &SEEDS
        } else {
            &SEEDS[..1]
        };
        let scenario = Arc::new(scenario.clone());
        for &seed in seeds {
            let shift = Shift::new(Arc::clone(&scenario), seed, Mode::Practice);
            let place = format!("{} seed {seed} (engine)", scenario.id());
            for citizen in &shift.citizens {
                for (part, value) in [
                    ("arrival", serde_json::to_value(&citizen.arrival)),
                    ("persona", serde_json::to_value(&citizen.persona)),
                ] {
                    let value = value.unwrap_or_else(|e| panic!("{place}: {e}"));
                    let path = format!("citizen {}.{part}", citizen.arrival.id);
                    walk_json(&value, &place, &path, &mut out);
                }
            }
        }
    }
    out
}

/// The texts of [`engine_texts`] built in code: a text also written in a file is that file's
/// (the file check names it). Each is listed once, where it was first met.
fn built_texts() -> Vec<Found> {
    let found = engine_texts();
    assert!(!found.is_empty(), "no citizen text found");
    let (written, _) = pack_texts();
    let written: BTreeSet<&str> = written.iter().map(|f| f.vi.as_str()).collect();
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .filter(|f| !written.contains(f.vi.as_str()) && seen.insert(f.vi.clone()))
        .collect()
}

/// The plain text of a Fluent pattern (placeables' variants included, variables left out).
fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    for v in variants {
                        out.push(' ');
                        pattern_text(&v.value, out);
                    }
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                Expression::Inline(_) => out.push(' '),
            },
        }
    }
}

/// Each message of a Fluent source (value and attributes) as plain text, by id.
fn fluent_messages(source: &str) -> Vec<(String, String)> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut text = String::new();
            if let Some(p) = &m.value {
                pattern_text(p, &mut text);
            }
            for attribute in &m.attributes {
                text.push('\n');
                pattern_text(&attribute.value, &mut text);
            }
            out.push((m.id.name.to_owned(), text));
        }
    }
    out
}

/// The (vi, bn) pair of every Fluent message, by file and id.
fn fluent_texts() -> Vec<Found> {
    let mut out = Vec::new();
    for ((file, vi), (_, bn)) in sources(Lang::Vi).iter().zip(sources(Lang::Bn)) {
        let bn = fluent_messages(bn);
        for (id, vi) in fluent_messages(vi) {
            let bn = bn.iter().find(|(b, _)| *b == id).map(|(_, t)| t.clone());
            out.push(Found {
                place: format!("locales/bn/{file}"),
                path: id,
                vi,
                bn,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The term table and its matcher.

/// One concept of `locales/terms.ron`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    id: String,
    vi: Vec<String>,
    #[allow(dead_code)]
    en: String,
    bn: Vec<String>,
    #[serde(default)]
    banned: Vec<String>,
    #[serde(default)]
    banned_here: Vec<String>,
}

fn terms() -> Vec<Term> {
    let path = root().join("locales/terms.ron");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ron::from_str(&text).unwrap_or_else(|e| panic!("locales/terms.ron:{e}"))
}

/// A text as the matcher compares it: NFC, lower case, one space between words.
fn folded(text: &str) -> String {
    nfc(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for a character that belongs to a word (Latin letters with diacritics, digits, the
/// Bengali block with its vowel signs and virama, the zero-width joiners).
fn word_char(c: char) -> bool {
    c.is_alphanumeric()
        || ('\u{0980}'..='\u{09FF}').contains(&c)
        || c == '\u{200C}'
        || c == '\u{200D}'
        || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// True when `needle` occurs in `haystack` starting a word; with `whole`, also ending one.
fn occurs(haystack: &str, needle: &str, whole: bool) -> bool {
    let (haystack, needle) = (folded(haystack), folded(needle));
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(&needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        let starts_word = !before.is_some_and(word_char);
        let ends_word = !whole || !after.is_some_and(word_char);
        starts_word && ends_word
    })
}

/// True when the Vietnamese text says the concept (a whole word or phrase).
fn says(term: &Term, vi: &str) -> bool {
    term.vi.iter().any(|form| occurs(vi, form, true))
}

/// True when the Bengali text has one of the concept's forms (a word's start: Bengali adds
/// its case endings to the word, "নথির", "নথিটি").
fn has_bn(forms: &[String], bn: &str) -> bool {
    forms.iter().any(|form| occurs(bn, form, false))
}

/// What is wrong with one (vi, bn) pair under the term table.
fn offences(terms: &[Term], vi: &str, bn: &str) -> Vec<String> {
    let mut out = Vec::new();
    let present: Vec<&Term> = terms.iter().filter(|t| says(t, vi)).collect();
    for term in &present {
        if !has_bn(&term.bn, bn) {
            out.push(format!(
                "`{}` (vi \"{}\") without \"{}\"",
                term.id,
                term.vi.join("\"/\""),
                term.bn.join("\"/\"")
            ));
        }
        for variant in &term.banned_here {
            // Another concept of the same text may need that very word ("ফাইল" for "tệp").
            let needed = present.iter().any(|o| o.bn.contains(variant));
            if !needed && has_bn(std::slice::from_ref(variant), bn) {
                out.push(format!("`{}`: \"{variant}\" is not used for it", term.id));
            }
        }
    }
    for term in terms {
        for variant in &term.banned {
            if has_bn(std::slice::from_ref(variant), bn) {
                out.push(format!(
                    "banned \"{variant}\" (use \"{}\" for `{}`)",
                    term.bn.join("\"/\""),
                    term.id
                ));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The checks.

fn missing_bn(found: &[Found]) -> BTreeSet<String> {
    found
        .iter()
        .filter(|f| f.bn.as_deref().is_none_or(|b| b.trim().is_empty()))
        .map(|f| format!("{}  (vi: {})", f.locate(), f.vi))
        .collect()
}

fn report(what: &str, lines: &BTreeSet<String>) -> String {
    let mut s = format!("{} {what}:\n", lines.len());
    for line in lines {
        let _ = writeln!(s, "  {line}");
    }
    s
}

#[test]
fn every_text_of_the_pack_files_has_bengali() {
    let (found, problems) = pack_texts();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        found.len() > 500,
        "only {} texts found: the walk misses the pack",
        found.len()
    );
    let missing = missing_bn(&found);
    assert!(
        missing.is_empty(),
        "{}",
        report("texts without bn (the bn screen shows English)", &missing)
    );
}

#[test]
fn every_text_the_engine_builds_has_bengali() {
    let built = built_texts();
    assert!(
        !built.is_empty(),
        "no text built in code found: the walk misses them"
    );
    let missing = missing_bn(&built);
    assert!(
        missing.is_empty(),
        "{}",
        report("engine texts without bn", &missing)
    );
}

#[test]
fn every_bengali_text_follows_the_term_table() {
    let terms = terms();
    let (mut found, _) = pack_texts();
    found.extend(built_texts());
    found.extend(fluent_texts());
    let mut lines = BTreeSet::new();
    for f in &found {
        let Some(bn) = &f.bn else { continue };
        for offence in offences(&terms, &f.vi, bn) {
            lines.insert(format!("{}: {offence}", f.locate()));
        }
    }
    assert!(lines.is_empty(), "{}", report("term offences", &lines));
}

#[test]
fn the_term_table_is_well_formed() {
    let terms = terms();
    assert!(terms.len() >= 15, "the common brief's table has 20 rows");
    let mut ids = BTreeSet::new();
    for t in &terms {
        assert!(ids.insert(t.id.clone()), "terms.ron: `{}` twice", t.id);
        assert!(
            !t.vi.is_empty() && !t.bn.is_empty(),
            "terms.ron: `{}` needs vi and bn",
            t.id
        );
        for form in
            t.vi.iter()
                .chain(&t.bn)
                .chain(&t.banned)
                .chain(&t.banned_here)
        {
            assert_eq!(
                *form,
                nfc(form),
                "terms.ron: `{}`: \"{form}\" is not NFC",
                t.id
            );
        }
        for b in t.banned.iter().chain(&t.banned_here) {
            assert!(!t.bn.contains(b), "terms.ron: `{}` bans its own term", t.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The matcher on small examples.

fn term(id: &str, vi: &[&str], bn: &[&str], banned: &[&str], banned_here: &[&str]) -> Term {
    let own = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect();
    Term {
        id: id.into(),
        vi: own(vi),
        en: String::new(),
        bn: own(bn),
        banned: own(banned),
        banned_here: own(banned_here),
    }
}

fn table() -> Vec<Term> {
    vec![
        term("dossier", &["hồ sơ"], &["নথি"], &["আবেদনপত্র"], &["ফাইল"]),
        term("computer-file", &["tệp"], &["ফাইল"], &[], &[]),
        term("copy", &["bản sao"], &["প্রতিলিপি"], &[], &["কপি"]),
        term("supplement", &["bổ sung"], &["সম্পূরণ"], &["সম্পূরক"], &[]),
        term("fee", &["lệ phí"], &["ফি"], &[], &[]),
    ]
}

#[test]
fn a_vietnamese_term_is_found_whatever_its_case_and_composition() {
    let t = table();
    assert!(says(&t[0], "Hồ sơ đã nhận"));
    assert!(says(&t[0], "HỒ SƠ"));
    // "ồ" decomposed: o + combining circumflex + combining grave.
    assert!(says(&t[0], "ho\u{0302}\u{0300} sơ"));
    assert!(says(&t[0], "Nhận  hồ\nsơ."));
    assert!(!says(&t[0], "hồ sơn"), "a longer word is another word");
    assert!(!says(&t[0], "hộ sơ"), "another tone is another word");
    assert!(!says(&t[4], "phí"), "only the listed phrase");
}

#[test]
fn a_bengali_term_is_found_with_its_case_endings_but_not_inside_a_word() {
    let t = table();
    assert!(has_bn(&t[0].bn, "নথির কোড"));
    assert!(has_bn(&t[0].bn, "এই নথিটি"));
    assert!(!has_bn(&t[0].bn, "কাগজপত্র"));
    assert!(has_bn(&t[2].banned_here, "কপিটি দিন"));
    assert!(
        !has_bn(&t[2].banned_here, "ফটোকপি দিন"),
        "কপি inside ফটোকপি is not the word"
    );
}

#[test]
fn offences_name_a_missing_term_and_a_banned_variant() {
    let t = table();
    assert_eq!(
        offences(&t, "Tiếp nhận hồ sơ", "নথি গ্রহণ"),
        Vec::<String>::new()
    );
    let o = offences(&t, "Tiếp nhận hồ sơ", "ফাইল গ্রহণ");
    assert_eq!(o.len(), 2, "{o:?}");
    assert!(o[0].contains("`dossier`") && o[0].contains("নথি"), "{o:?}");
    assert!(o[1].contains("ফাইল"), "{o:?}");
    // ফাইল is the word for a computer file, also next to a dossier.
    assert_eq!(
        offences(&t, "Lưu tệp kết quả của hồ sơ", "নথির ফলাফল ফাইল সংরক্ষণ"),
        Vec::<String>::new()
    );
    assert_eq!(
        offences(&t, "Lưu tệp kết quả", "ফলাফল ফাইল সংরক্ষণ"),
        Vec::<String>::new()
    );
    // A variant banned here is one only where the Vietnamese says the concept…
    assert_eq!(offences(&t, "Sao chép", "কপি করুন"), Vec::<String>::new());
    let o = offences(&t, "Nộp bản sao", "প্রতিলিপি ও কপি দিন");
    assert_eq!(o.len(), 1, "{o:?}");
    assert!(o[0].contains("\"কপি\" is not used"), "{o:?}");
    // …a banned one is an offence anywhere.
    let o = offences(&t, "Nộp giấy", "সম্পূরক কাগজ দিন");
    assert_eq!(o.len(), 1, "{o:?}");
    assert!(o[0].contains("banned \"সম্পূরক\""), "{o:?}");
}
