//! No internal id reaches the screen. A whole shift is played through the app's state (the
//! tutorial's and the hard shift's expert and careless paths, via `App::apply`), and at each
//! citizen every screen is visited — the counter with each portal tab, each paper on the
//! desk, the comparison, the flag menu, each slip window — then the home screen and the
//! debrief with the expert path and the paper review. Every text of the accessibility tree
//! (labels, values, descriptions, placeholders) is read, and a token that looks like an id
//! fails the test: an id of the scenario (its own, its citizens', papers', procedures',
//! components', refusal rules', paper kinds' and fields'), a name from `Debug`
//! (`BelongsToOtherPerson`), a field path (`mother.full_name`), a kebab-case id
//! (`belongs-to-other`) or a Fluent leftover (`{`, `}`).
#![cfg(feature = "gui")]

mod ui_support;

use std::collections::{BTreeMap, BTreeSet};

use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use motcua::scenario::load::read_ron;
use motcua::scenario::{DefectKind, Mode, PaperArea};
use motcua::sim::{Action, FieldRef, Shift};
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::app::Screen;
use motcua::ui::counter::documents::PaperTarget;
use motcua::ui::counter::portal::PortalTab;
use motcua::vocabulary::{Department, DossierField, FaultKind};
use ui_support::*;

/// Every id the scenario of `shift` knows, derived from the loaded data.
fn scenario_ids(shift: &Shift) -> BTreeSet<String> {
    let scenario = &shift.scenario;
    let catalog = &scenario.catalog;
    let mut ids = BTreeSet::from([scenario.id().to_owned()]);
    for c in &shift.citizens {
        ids.insert(c.arrival.id.clone());
        ids.insert(c.arrival.persona.clone());
        for d in &c.arrival.documents {
            ids.insert(d.id.clone());
            ids.insert(d.kind.clone());
        }
    }
    for e in &scenario.file.existing_dossiers {
        ids.extend(e.documents.iter().map(|d| d.id.clone()));
    }
    for p in catalog.procedures.values() {
        ids.insert(p.code.clone());
        ids.extend(p.components.iter().map(|c| c.id.clone()));
        ids.extend(p.refusals.iter().map(|r| r.id.clone()));
    }
    for k in catalog.document_kinds.values() {
        ids.insert(k.id.clone());
        ids.extend(k.fields.iter().map(|f| f.key.clone()));
    }
    ids.extend(catalog.personas.keys().cloned());
    // The core's named values: each id, its capitals (`1/RECEIPT`) and its `Debug` name.
    let mut named = |id: &str, debug: String| {
        ids.insert(id.to_owned());
        ids.insert(id.to_uppercase());
        ids.insert(debug);
    };
    for k in DefectKind::ALL {
        named(k.id(), format!("{k:?}"));
    }
    for k in FaultKind::ALL {
        named(k.id(), format!("{k:?}"));
    }
    for k in Department::ALL {
        named(k.id(), format!("{k:?}"));
    }
    for k in DossierField::ALL {
        named(k.id(), format!("{k:?}"));
    }
    for k in shift.portal.slips.iter().map(|s| s.kind) {
        named(k.id(), format!("{k:?}"));
    }
    ids
}

/// Why `token` (a word of a screen text) looks like an internal id, if it does.
fn id_like(token: &str, ids: &BTreeSet<String>) -> Option<&'static str> {
    let ascii_word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
    let lower_word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    let humps = |s: &str| {
        // `BelongsToOtherPerson`: two or more capitalised ASCII words run together.
        let mut humps = 0;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if !c.is_ascii_uppercase() {
                return 0;
            }
            let mut lower = 0;
            while chars.peek().is_some_and(char::is_ascii_lowercase) {
                chars.next();
                lower += 1;
            }
            if lower == 0 {
                return 0;
            }
            humps += 1;
        }
        humps
    };
    if ids.contains(token) {
        Some("an id of the scenario")
    } else if token.contains('_') {
        Some("a snake_case key")
    } else if token.contains('.')
        && token.split('.').all(lower_word)
        && token
            .split('.')
            .any(|p| p.chars().any(|c| c.is_ascii_alphabetic()))
        && !matches!(token.rsplit('.').next(), Some("vn" | "com" | "org" | "net"))
    {
        Some("a field path")
    } else if token.contains('-')
        && token.split('-').all(lower_word)
        && token.chars().any(|c| c.is_ascii_alphabetic())
    {
        Some("a kebab-case id")
    } else if ascii_word(token) && humps(token) >= 2 {
        Some("a Debug name")
    } else {
        None
    }
}

/// A conference session code (`K7M-4QX-PZ2`): the code the instructor hands out and the
/// trainee types, so the one place a code is meant to be read.
fn is_session_code(text: &str) -> bool {
    motcua::session::SessionCode::is_code(text)
}

/// What the screen shows that looks like an id: (the offending word or text, why) → where.
#[derive(Default)]
struct Findings {
    seen: BTreeMap<(String, &'static str), String>,
    texts: usize,
    /// The kinds of screen read, so that a walk that stops reaching one fails.
    screens: BTreeSet<&'static str>,
    /// The interface speaks a language whose own words ids are made of (English, and
    /// Bengali where the scenario's text falls back to English): a plain word or a
    /// hyphenated compound (`declaration`, `civil-status`, `level-2`) is then read as a
    /// word, and only the scenario's ids with a digit, `_` or `.` in them (`c1-form`,
    /// `birth_notice`) count, with field paths, `Debug` names and Fluent leftovers.
    english_words: bool,
}

impl Findings {
    /// Reads every text of the accessibility tree of `h`'s current frame.
    fn read(&mut self, h: &Harness<'_, App>, ids: &BTreeSet<String>, place: &str) {
        self.screens.insert(screen_kind(place));
        let root = h.root();
        let mut texts = Vec::new();
        for node in std::iter::once(root).chain(root.children_recursive()) {
            let n = node.accesskit_node();
            texts.extend(n.label());
            texts.extend(n.value());
            texts.extend(n.description());
            texts.extend(n.placeholder().map(str::to_owned));
        }
        for text in texts {
            self.texts += 1;
            self.check(&text, ids, place);
        }
    }

    fn check(&mut self, text: &str, ids: &BTreeSet<String>, place: &str) {
        if is_session_code(text) {
            return;
        }
        if text.contains(['{', '}']) || text.contains("Some(") {
            self.seen
                .entry((text.to_owned(), "a Fluent or Debug leftover"))
                .or_insert_with(|| place.to_owned());
        }
        let separator = |c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        for raw in text.split(separator) {
            let token = raw.trim_matches(|c| matches!(c, '.' | '-'));
            let word = |t: &str| {
                t.split('-')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
            };
            if let Some(why) = id_like(token, ids)
                && !(self.english_words
                    && (why == "a kebab-case id" || (word(token) && why != "a Debug name")))
            {
                self.seen
                    .entry((format!("{token}  in  «{text}»"), why))
                    .or_insert_with(|| place.to_owned());
            }
        }
    }

    /// Adds what another walk found.
    fn merge(&mut self, other: Findings) {
        self.seen.extend(other.seen);
        self.texts += other.texts;
        self.screens.extend(other.screens);
    }

    /// Fails on any id-like text, and when a screen was not reached (`online`: the scenario
    /// has online dossiers to review).
    fn assert_none(&self, online: bool) {
        assert!(self.texts > 500, "too few texts read: {}", self.texts);
        let expected: BTreeSet<&str> = SCREENS
            .into_iter()
            .filter(|s| online || *s != "an online dossier")
            .collect();
        assert_eq!(self.screens, expected, "screens read");
        let report: Vec<String> = self
            .seen
            .iter()
            .map(|((what, why), place)| format!("{why}: {what}   ({place})"))
            .collect();
        assert!(
            report.is_empty(),
            "{} id-like texts on screen:\n{}",
            report.len(),
            report.join("\n")
        );
    }
}

/// Every kind of screen the walk reads (an online dossier only where the scenario has one).
const SCREENS: [&str; 11] = [
    "home",
    "briefing",
    "portal tab",
    "an online dossier",
    "a paper on the desk",
    "the comparison",
    "the flag menu",
    "the flag menu's fields",
    "the quick-flag strip",
    "slip window",
    "debrief",
];

/// The kind of screen a place names.
fn screen_kind(place: &str) -> &'static str {
    if place == "home" {
        return "home";
    }
    match SCREENS[1..].iter().rev().find(|s| place.contains(*s)) {
        Some(s) => s,
        None => panic!("a place of no known screen: {place}"),
    }
}

/// The shift's current state.
fn shift<'a>(h: &'a Harness<'_, App>) -> &'a Shift {
    &h.state().session.as_ref().expect("a shift").shift
}

/// Shows the counter as it is now and reads it: each portal tab, each paper of the citizen
/// at the counter on the desk, two of their fields side by side, the flag menu, and each
/// slip issued so far in its window.
fn visit_counter(h: &mut Harness<'_, App>, found: &mut Findings, at: &str) {
    settle(h);
    let ids = &scenario_ids(shift(h));
    let counter = shift(h).counter;
    h.state_mut().screen = Screen::Counter;
    h.state_mut().counter.visit_of = counter;
    for tab in [
        PortalTab::Reception,
        PortalTab::Processing,
        PortalTab::Return,
        PortalTab::Lookup,
    ] {
        h.state_mut().counter.portal.tab = tab;
        h.run_ok();
        found.read(h, ids, &format!("{at}, portal tab {tab:?}"));
    }
    h.state_mut().counter.portal.tab = PortalTab::Reception;
    // Online dossiers under review, each shown in the reception tab.
    let online: Vec<String> = shift(h).online_truth.keys().cloned().collect();
    for code in online {
        h.state_mut().counter.portal.online = Some(code);
        h.run_ok();
        found.read(h, ids, &format!("{at}, an online dossier"));
    }
    h.state_mut().counter.portal.online = None;
    let papers: Vec<(String, Vec<String>)> = shift(h)
        .at_counter()
        .map(|c| {
            c.arrival
                .documents
                .iter()
                .map(|d| (d.id.clone(), d.fields.keys().cloned().collect()))
                .collect()
        })
        .unwrap_or_default();
    for (paper, fields) in &papers {
        h.state_mut().counter.selected_doc = Some(paper.clone());
        h.run_ok();
        found.read(h, ids, &format!("{at}, a paper on the desk"));
        flag_menu(h, ids, found, at);
        // The quick-flag strip, on a line and on the paper as a whole.
        let targets = fields
            .first()
            .map(|f| PaperTarget::Field(f.clone()))
            .into_iter()
            .chain([PaperTarget::Area(PaperArea::Whole)]);
        for target in targets {
            h.state_mut().counter.flag_target = Some((paper.clone(), target));
            h.run_ok();
            found.read(h, ids, &format!("{at}, the quick-flag strip"));
        }
        h.state_mut().counter.flag_target = None;
    }
    let sides: Vec<FieldRef> = papers
        .iter()
        .filter_map(|(paper, fields)| {
            fields.first().map(|f| FieldRef {
                document: paper.clone(),
                field: f.clone(),
            })
        })
        .take(2)
        .collect();
    if let [a, b] = sides.as_slice() {
        h.state_mut().counter.pick_a = Some(a.clone());
        h.state_mut().counter.pick_b = Some(b.clone());
        h.run_ok();
        found.read(h, ids, &format!("{at}, the comparison"));
        h.state_mut().counter.pick_a = None;
        h.state_mut().counter.pick_b = None;
    }
    let slips: Vec<u32> = shift(h).portal.slips.iter().map(|s| s.number).collect();
    for n in slips {
        h.state_mut().counter.slip = Some(n);
        h.run_ok();
        found.read(h, ids, &format!("{at}, slip window {n}"));
    }
    h.state_mut().counter.slip = None;
    h.run_ok();
}

/// Opens the flag menu of the paper on the desk and its first area, and reads them.
fn flag_menu(h: &mut Harness<'_, App>, ids: &BTreeSet<String>, found: &mut Findings, at: &str) {
    use egui_kittest::kittest::Queryable;
    let (menu, field) = {
        let locale = &h.state().locale;
        (locale.tr("flag-menu"), locale.tr("flag-area-field"))
    };
    let Some(menu) = h.query_all_by_label(&menu).next() else {
        return;
    };
    menu.click();
    h.run_ok();
    found.read(h, ids, &format!("{at}, the flag menu"));
    let area = h.query_all_by_label(&field).next();
    if let Some(area) = area {
        area.hover();
        h.run_ok();
        found.read(h, ids, &format!("{at}, the flag menu's fields"));
    }
    h.key_press(egui::Key::Escape);
    h.run_ok();
}

/// Plays `path` (`expert.ron`, `careless.ron`) of `scenario` through the app's state,
/// visiting the counter whenever a citizen is about to be let go, then the debrief.
fn play_and_read(scenario: &str, path: &str) -> Findings {
    play_and_read_in(Lang::Vi, scenario, path)
}

/// [`play_and_read`] with the interface in `lang`.
fn play_and_read_in(lang: Lang, scenario: &str, path: &str) -> Findings {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    app.set_language(lang);
    let mut h = harness(app);
    let mut found = Findings {
        english_words: lang != Lang::Vi,
        ..Findings::default()
    };
    start(h.state_mut(), scenario, Mode::Practice);
    let ids = scenario_ids(shift(&h));
    h.state_mut().go_home();
    h.run_ok();
    found.read(&h, &ids, "home");
    // The briefing lists who comes and for what: names and procedures, never ids.
    let s = ui_support::scenario(h.state(), scenario);
    h.state_mut().start_shift(s, 1, Mode::Practice, None);
    h.run_ok();
    found.read(&h, &ids, "briefing");
    h.state_mut().enter_counter();
    let script: Vec<Action> = read_ron(&pack_root().join(scenario).join(path)).unwrap();
    for (k, a) in script.into_iter().enumerate() {
        let at = format!("{scenario}/{path} before action {k} ({})", a.name());
        if matches!(a, Action::Dismiss | Action::EndShift) {
            visit_counter(&mut h, &mut found, &at);
        }
        if let Err(e) = h.state_mut().apply(a) {
            panic!("{at}: {e:?}");
        }
        if k % 10 == 0 {
            h.run_ok();
        }
    }
    h.state_mut().finish_shift();
    settle(&mut h);
    let ids = scenario_ids(shift(&h));
    h.set_size(egui::vec2(1366.0, 6000.0));
    h.run_ok();
    found.read(&h, &ids, &format!("{scenario}/{path} debrief"));
    found
}

#[test]
fn the_tutorial_shows_no_internal_id_on_any_screen() {
    let mut found = play_and_read("tutorial-birth", "expert.ron");
    found.merge(play_and_read("tutorial-birth", "careless.ron"));
    found.assert_none(false);
}

#[test]
fn in_english_and_bengali_the_tutorial_shows_no_internal_id() {
    let mut found = play_and_read_in(Lang::En, "tutorial-birth", "expert.ron");
    found.merge(play_and_read_in(Lang::Bn, "tutorial-birth", "careless.ron"));
    found.assert_none(false);
}

#[test]
fn the_hard_shift_shows_no_internal_id_on_any_screen() {
    let mut found = play_and_read("hard-shift", "expert.ron");
    found.merge(play_and_read("hard-shift", "careless.ron"));
    found.assert_none(false);
}

#[test]
fn collecting_results_and_online_dossiers_show_no_internal_id() {
    let mut found = play_and_read("collecting-results", "expert.ron");
    found.merge(play_and_read("collecting-results", "careless.ron"));
    found.assert_none(true);
}

#[test]
fn the_id_detector_catches_each_kind_of_id() {
    let ids = BTreeSet::from(["h3".to_owned(), "c1-form".to_owned()]);
    for (token, why) in [
        ("h3", "an id of the scenario"),
        ("c1-form", "an id of the scenario"),
        ("mother.full_name", "a snake_case key"),
        ("mother.name", "a field path"),
        ("belongs-to-other", "a kebab-case id"),
        ("BelongsToOtherPerson", "a Debug name"),
    ] {
        assert_eq!(id_like(token, &ids), Some(why), "{token}");
    }
    for word in [
        "VNeID",
        "DVCQG",
        "Trần",
        "H50.12-261123-0001",
        "23",
        "dichvucong.gov.vn",
        "Receipt",
        "0912-345-678",
    ] {
        assert_eq!(id_like(word, &ids), None, "{word}");
    }
    let mut found = Findings::default();
    found.check("Số: 1/RECEIPT { $n }", &ids, "test");
    assert_eq!(found.seen.len(), 1, "a Fluent leftover is caught");
}

#[test]
fn a_refused_action_names_the_paper_not_its_id() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    // The tutorial's first citizen: the declaration on the desk is no identity paper.
    let mut app = at_citizen(dir.path(), "tutorial-birth", 1);
    let declaration = shift_of(&app).at_counter().unwrap().arrival.documents[0].clone();
    app.counter.selected_doc = Some(declaration.id.clone());
    let mut h = harness(app);
    settle(&mut h);
    h.key_press(egui::Key::K);
    h.run_ok();
    let ids = scenario_ids(shift(&h));
    let message = motcua::ui::counter::status_text(h.state()).unwrap().1;
    let kind = &shift(&h).scenario.catalog.document_kinds[&declaration.kind];
    assert!(
        message.contains(kind.name.get(motcua::text::Lang::Vi)),
        "{message}"
    );
    let mut found = Findings::default();
    found.check(&message, &ids, "the status bar");
    assert!(found.seen.is_empty(), "{:?}", found.seen);
    assert!(h.query_by_label_contains(&message).is_some(), "shown");

    // A portal refusal names the statuses as the portal lists them.
    use motcua::portal::{PortalError, Status};
    let err = motcua::sim::ActionError::Portal(PortalError::IllegalTransition {
        code: "H50.12-261123-0001".to_owned(),
        from: Status::Accepted,
        to: Status::Returned,
    });
    let vi = motcua::i18n::Locale::shared(motcua::text::Lang::Vi);
    let said = motcua::ui::describe::error_in(shift(&h), &err, vi);
    assert!(said.contains(&vi.tr("status-accepted")), "{said}");
    assert!(said.contains(&vi.tr("status-returned")), "{said}");
    let mut found = Findings::default();
    found.check(&said, &ids, "a portal error");
    assert!(found.seen.is_empty(), "{said}: {:?}", found.seen);
    assert!(!said.contains("Accepted"), "{said}");
}

/// The shift of an app.
fn shift_of(app: &App) -> &Shift {
    &app.session.as_ref().expect("a shift").shift
}
