//! Every screen fits the screens commune PCs have — 1024x768, 1366x768 and 1920x1080, at
//! font scale 100 % and 125 % — with no text over other text and nothing cut at an edge.
//!
//! The real app is driven through home, instructor mode (a session created, the class
//! dashboard), the counter (the papers, the scanner, each portal
//! tab, a procedure page opened and left, a slip window) and the debrief; after each step the
//! geometry of the AccessKit tree is checked (every egui widget reports its rectangle):
//! - no two text-bearing widgets of the same layer overlap (a widget drawn on a paper, like
//!   a field row, may lie on the paper);
//! - every one lies inside the window and crosses no panel divider (a widget across a
//!   divider is cut by the panel's edge);
//! - on the counter, the paper on the desk is wide enough to read ([`MIN_PAPER_WIDTH`]).
//!
//! What a scroll area hides is not on screen: a widget is checked only for the part of it
//! that its scroll areas show.
#![cfg(feature = "gui")]

mod ui_support;

use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use motcua::scenario::Mode;
use motcua::session::{Seeding, SessionPlan};
use motcua::sim::Action;
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::app::Screen;
use motcua::ui::counter::portal::PortalTab;
use ui_support::*;

/// The screens of commune PCs, and the text sizes a trainee may choose.
const SIZES: [(f32, f32); 3] = [(1024.0, 768.0), (1366.0, 768.0), (1920.0, 1080.0)];
const SCALES: [f32; 2] = [1.0, 1.25];

/// The narrowest the paper on the desk may be: a declaration form's heading (the national
/// motto, 9.5 pt bold, about 200 px) with the form code beside it and margins, and a field
/// label with room for its value.
const MIN_PAPER_WIDTH: f32 = 380.0;

/// A widget with words on it, as the screen reader sees it.
#[derive(Debug, Clone)]
struct Text {
    role: Role,
    name: String,
    /// Where it is drawn (whole).
    rect: Rect,
    /// The part of it its scroll areas show.
    shown: Rect,
    /// Index of the top-level area (window) it belongs to.
    layer: usize,
}

/// The words of a node: its label, else its value.
fn words(n: &egui_kittest::Node<'_>) -> Option<String> {
    let a = n.accesskit_node();
    a.label()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| a.value().filter(|s| !s.trim().is_empty()))
}

fn rect_of(n: &egui_kittest::Node<'_>) -> Option<Rect> {
    n.accesskit_node().bounding_box().map(|_| n.rect())
}

/// The part of a container that its scroll bars say is shown: a vertical bar spans the
/// visible height, a horizontal one the visible width (a scroll area shows its bars only
/// when the content is larger than the area; one without bars hides nothing).
fn scroll_view(n: &egui_kittest::Node<'_>) -> Option<Rect> {
    let bars: Vec<Rect> = n
        .children()
        .filter(|c| c.accesskit_node().role() == Role::ScrollBar)
        .filter_map(|c| rect_of(&c))
        .collect();
    let mut view = Rect::EVERYTHING;
    for bar in &bars {
        if bar.height() > bar.width() {
            view.min.y = bar.top();
            view.max.y = bar.bottom();
        } else {
            view.min.x = bar.left();
            view.max.x = bar.right();
        }
    }
    (!bars.is_empty()).then_some(view)
}

fn collect(
    n: &egui_kittest::Node<'_>,
    view: Rect,
    layer: usize,
    out: &mut Vec<Text>,
    dividers: &mut Vec<Rect>,
) {
    let role = n.accesskit_node().role();
    if role == Role::Splitter {
        if let Some(r) = rect_of(n) {
            dividers.push(r);
        }
        return;
    }
    if matches!(role, Role::TextRun | Role::ScrollBar) {
        return;
    }
    let view = match scroll_view(n) {
        Some(v) => view.intersect(v),
        None => view,
    };
    if let (Some(name), Some(rect)) = (words(n), rect_of(n))
        && !matches!(role, Role::Window | Role::GenericContainer | Role::Pane)
    {
        out.push(Text {
            role,
            name,
            rect,
            shown: rect.intersect(view),
            layer,
        });
    }
    for c in n.children() {
        collect(&c, view, layer, out, dividers);
    }
}

/// Every text-bearing widget on screen, and the panel dividers.
fn texts(h: &Harness<'_, App>) -> (Vec<Text>, Vec<Rect>) {
    let mut out = Vec::new();
    let mut dividers = Vec::new();
    let everything = Rect::EVERYTHING;
    // Each child of the root is an area of its own (the panels, a window, a popup).
    for (layer, c) in h.root().children().enumerate() {
        collect(&c, everything, layer, &mut out, &mut dividers);
    }
    out.retain(|t| t.shown.is_positive());
    (out, dividers)
}

/// A drawn picture with widgets on it (a paper and its field rows, a portrait).
fn carries(outer: &Text, inner: &Text) -> bool {
    outer.role == Role::Image && outer.rect.contains_rect(inner.rect.shrink(0.5))
}

/// What is wrong with the screen as drawn now, one line each.
fn problems(h: &Harness<'_, App>, size: egui::Vec2) -> Vec<String> {
    let (texts, dividers) = texts(h);
    let window = Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);
    let mut found = Vec::new();
    for t in &texts {
        if !window.contains_rect(t.shown) {
            found.push(format!(
                "outside the window: {:?} «{}» at {:?}",
                t.role, t.name, t.shown
            ));
        }
        for d in &dividers {
            let x = d.center().x;
            let crosses = t.shown.left() < x - 1.0 && t.shown.right() > x + 1.0;
            if crosses && t.shown.y_range().intersects(d.y_range()) {
                found.push(format!(
                    "cut by a panel edge at x={x:.0}: {:?} «{}» at {:?}",
                    t.role, t.name, t.shown
                ));
            }
        }
    }
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            if a.layer != b.layer || carries(a, b) || carries(b, a) {
                continue;
            }
            let common = a.shown.intersect(b.shown);
            if common.width() > 1.0 && common.height() > 1.0 {
                found.push(format!(
                    "overlap: {:?} «{}» at {:?} and {:?} «{}» at {:?}",
                    a.role, a.name, a.shown, b.role, b.name, b.shown
                ));
            }
        }
    }
    found
}

/// The paper shown large on the desk (the widest picture named after a paper).
fn paper_width(h: &Harness<'_, App>, name: &str) -> Option<f32> {
    let (texts, _) = texts(h);
    texts
        .iter()
        .filter(|t| t.role == Role::Image && t.name.starts_with(name))
        .map(|t| t.rect.width())
        .reduce(f32::max)
}

/// A harness of `size` around `app` at text scale `scale`, settled.
fn harness_at(mut app: App, size: (f32, f32), scale: f32) -> Harness<'static, App> {
    app.settings.font_scale = scale;
    app.restyle();
    let mut h = builder(size).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    h.run_ok();
    h.run_steps(2);
    h
}

/// Checks the screen now, adding what is wrong to `all` under `what`.
fn check(h: &Harness<'_, App>, size: (f32, f32), scale: f32, what: &str, all: &mut Vec<String>) {
    for p in problems(h, egui::vec2(size.0, size.1)) {
        all.push(format!("{}x{} @{scale}: {what}: {p}", size.0, size.1));
    }
}

/// The tutorial with its first citizen at the counter and her declaration on the desk.
fn counter_app(dir: &std::path::Path) -> App {
    let mut app = at_citizen(dir, "tutorial-birth", 1);
    app.counter.selected_doc = Some("c1-form".into());
    app
}

fn check_counter(size: (f32, f32), scale: f32, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_at(counter_app(dir.path()), size, scale);
    check(&h, size, scale, "counter, papers", all);
    match paper_width(&h, "Tờ khai đăng ký khai sinh") {
        Some(w) if w >= MIN_PAPER_WIDTH => {}
        w => all.push(format!(
            "{}x{} @{scale}: the paper on the desk is {w:?} px wide, under {MIN_PAPER_WIDTH}",
            size.0, size.1
        )),
    }
    // Both dividers dragged as far as they go (by the screen reader's "set value", as a
    // drag would): the side columns stop where the desk keeps its paper.
    for _ in 0..2 {
        for n in h.get_all_by_role(Role::Splitter) {
            n.set_value_accesskit(1.0);
        }
        h.run_steps(3);
    }
    check(&h, size, scale, "counter, dividers dragged to the end", all);
    match paper_width(&h, "Tờ khai đăng ký khai sinh") {
        Some(w) if w >= MIN_PAPER_WIDTH => {}
        w => all.push(format!(
            "{}x{} @{scale}: with the dividers dragged the paper is {w:?} px wide, under {MIN_PAPER_WIDTH}",
            size.0, size.1
        )),
    }
    // Through the magnifier: the paper grows with its print and scrolls sideways.
    h.state_mut().counter.zoom = Some(1.8);
    h.run_steps(3);
    check(&h, size, scale, "counter, magnified paper", all);
    let zoom = 1.8;
    match paper_width(&h, "Tờ khai đăng ký khai sinh") {
        Some(w) if w >= MIN_PAPER_WIDTH * zoom - 0.5 => {}
        w => all.push(format!(
            "{}x{} @{scale}: the magnified paper is {w:?} px wide, under {}",
            size.0,
            size.1,
            MIN_PAPER_WIDTH * zoom
        )),
    }
    h.state_mut().counter.zoom = None;
    h.run_steps(3);
    // The scanner, under the papers.
    h.get_by_label("Quét (S)").scroll_to_me();
    h.run_steps(3);
    check(&h, size, scale, "counter, scanner", all);
    for (tab, name) in [
        (PortalTab::Processing, "processing"),
        (PortalTab::Return, "return"),
        (PortalTab::Lookup, "lookup"),
    ] {
        h.state_mut().counter.portal.tab = tab;
        h.run_steps(3);
        check(&h, size, scale, &format!("portal tab {name}"), all);
    }
    // A procedure page opened in the lookup, then back to reception: the desk must keep
    // its width.
    let open = h
        .state()
        .session
        .as_ref()
        .and_then(|s| s.shift.scenario.catalog.procedures.keys().next().cloned());
    if let Some(code) = open {
        h.state_mut().counter.portal.procedure = Some(code.clone());
        h.state_mut()
            .apply(Action::LookUpProcedure { procedure: code })
            .unwrap();
    }
    h.run_steps(3);
    check(&h, size, scale, "portal, procedure page", all);
    h.state_mut().counter.portal.tab = PortalTab::Reception;
    h.run_steps(3);
    check(
        &h,
        size,
        scale,
        "portal tab reception after a procedure page",
        all,
    );
    match paper_width(&h, "Tờ khai đăng ký khai sinh") {
        Some(w) if w >= MIN_PAPER_WIDTH => {}
        w => all.push(format!(
            "{}x{} @{scale}: after a procedure page the paper is {w:?} px wide, under {MIN_PAPER_WIDTH}",
            size.0, size.1
        )),
    }
    // The dossier being entered: its form, components, fee and receipt stay inside the
    // portal (long field labels and component names once pushed them under the desk).
    h.state_mut()
        .apply(Action::CreateDossier {
            procedure: "birth-registration".into(),
        })
        .unwrap();
    h.run_steps(3);
    check(
        &h,
        size,
        scale,
        "portal tab reception, a dossier entered",
        all,
    );
    match paper_width(&h, "Tờ khai đăng ký khai sinh") {
        Some(w) if w >= MIN_PAPER_WIDTH => {}
        w => all.push(format!(
            "{}x{} @{scale}: with a dossier entered the paper is {w:?} px wide, under {MIN_PAPER_WIDTH}",
            size.0, size.1
        )),
    }
}

fn check_slip(size: (f32, f32), scale: f32, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = at_citizen(dir.path(), "tutorial-birth", 2);
    app.counter.slip = app
        .session
        .as_ref()
        .and_then(|s| s.shift.portal.slips.last())
        .map(|s| s.number);
    assert!(app.counter.slip.is_some(), "the first citizen got a slip");
    let h = harness_at(app, size, scale);
    check(&h, size, scale, "counter with a slip", all);
}

fn check_home(size: (f32, f32), scale: f32, lang: Lang, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    app.set_language(lang);
    // A best score on every scenario, none passed: the locked ones show both lines.
    let ids: Vec<String> = app
        .pack
        .as_ref()
        .map(|p| p.scenarios.iter().map(|s| s.id().to_owned()).collect())
        .unwrap_or_default();
    for id in ids {
        app.progress.best.insert(id, 62.5);
    }
    app.screen = Screen::Home;
    let h = harness_at(app, size, scale);
    check(&h, size, scale, &format!("home ({lang:?})"), all);
}

fn check_briefing(size: (f32, f32), scale: f32, lang: Lang, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    app.set_language(lang);
    let scenario = scenario(&app, "hard-shift");
    let code = SessionPlan::new("hard-shift", Mode::Exam, Seeding::Shared, 77).code();
    app.start_shift(scenario, 77, Mode::Exam, Some(code.as_str().to_owned()));
    assert_eq!(app.screen, Screen::Briefing);
    let h = harness_at(app, size, scale);
    check(&h, size, scale, &format!("briefing ({lang:?})"), all);
}

#[test]
fn the_briefing_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            for lang in [Lang::Vi, Lang::Bn] {
                check_briefing(size, scale, lang, &mut all);
            }
        }
    }
    report(&all);
}

fn check_debrief(size: (f32, f32), scale: f32, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", Mode::Practice);
    let script: Vec<Action> =
        motcua::scenario::load::read_ron(&pack_root().join("tutorial-birth").join("careless.ron"))
            .unwrap();
    for a in script {
        app.apply(a).unwrap();
    }
    app.wait_for_background();
    assert_eq!(app.screen, Screen::Debrief);
    let h = harness_at(app, size, scale);
    check(&h, size, scale, "debrief", all);
}

fn report(all: &[String]) {
    assert!(
        all.is_empty(),
        "{} layout problems:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn the_counter_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            check_counter(size, scale, &mut all);
        }
    }
    report(&all);
}

#[test]
fn a_slip_window_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            check_slip(size, scale, &mut all);
        }
    }
    report(&all);
}

/// In Vietnamese and in Bengali (longer words).
#[test]
fn home_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            for lang in [Lang::Vi, Lang::Bn] {
                check_home(size, scale, lang, &mut all);
            }
        }
    }
    report(&all);
}

/// Instructor mode: a session created (its code shown large), then the class dashboard of a
/// conference folder, imported.
fn check_instructor(size: (f32, f32), scale: f32, lang: Lang, all: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, code) = class_app(dir.path());
    app.set_language(lang);
    let first = scenario(&app, "tutorial-birth");
    app.instructor.create.title = "Hội nghị tập huấn 30/11".into();
    app.instructor.create.create(&first);
    app.open_instructor();
    let mut h = harness_at(app, size, scale);
    check(
        &h,
        size,
        scale,
        &format!("create a session ({lang:?})"),
        all,
    );
    h.state_mut().instructor.pane = motcua::ui::instructor::Pane::Dashboard;
    h.state_mut().instructor.dashboard.set_session(Some(code));
    h.run_ok();
    h.state_mut().instructor.dashboard.wait();
    h.run_ok();
    h.run_steps(2);
    check(&h, size, scale, &format!("class dashboard ({lang:?})"), all);
}

/// In Vietnamese and in Bengali.
#[test]
fn instructor_mode_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            for lang in [Lang::Vi, Lang::Bn] {
                check_instructor(size, scale, lang, &mut all);
            }
        }
    }
    report(&all);
}

#[test]
fn the_debrief_fits_every_screen_and_text_size() {
    let mut all = Vec::new();
    for size in SIZES {
        for scale in SCALES {
            check_debrief(size, scale, &mut all);
        }
    }
    report(&all);
}
