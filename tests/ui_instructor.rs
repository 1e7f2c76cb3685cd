//! The conference through the real app: an instructor creates a session and reads out its
//! code; a trainee joins with it (typed carelessly) or with the session file; wrong codes
//! are worded so the trainee knows what to fix; the class dashboard shows who finished and
//! sets tampered results apart. Snapshots of the instructor's screens at 1024x768 and
//! 1366x768 in Vietnamese and Bengali (`CI=true UPDATE_SNAPSHOTS=1 cargo test --test
//! ui_instructor` writes them).
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotResults};
use motcua::i18n::Locale;
use motcua::scenario::Mode;
use motcua::session::{SESSION_FILE_FORMAT, Seeding, SessionCode, SessionFile, SessionPlan};
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::app::Screen;
use motcua::ui::instructor::dashboard::{Export, Exported};
use ui_support::*;

/// The code an instructor creates through the screen: "a day per seat", titled.
fn create_through_the_screen(h: &mut Harness<'_, App>) -> SessionCode {
    click(h, "Dành cho giảng viên");
    assert_eq!(h.state().screen, Screen::Instructor);
    click(h, "Mỗi người một ngày");
    retype(h, "Tiêu đề", "Hội nghị tập huấn 30/11");
    click(h, "Tạo mã phiên");
    h.state()
        .instructor
        .create
        .created
        .as_ref()
        .map(|c| c.code.clone())
        .expect("a session was created")
}

#[test]
fn an_instructor_creates_a_session_and_its_code_is_shown_valid() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    let code = create_through_the_screen(&mut h);
    // Shown large, in its three groups, and it reads back as the same code.
    assert!(
        h.query_by_label(code.as_str()).is_some(),
        "{code} on screen"
    );
    let groups: Vec<&str> = code.as_str().split('-').collect();
    assert_eq!(groups.len(), 3);
    assert!(groups.iter().all(|g| g.len() == 3), "{code}");
    assert_eq!(SessionCode::parse(code.as_str()), Ok(code.clone()));
    // Exam by default, a day per seat as chosen, made for the scenario chosen (the first).
    let plan = code.plan();
    assert_eq!(plan.mode, Mode::Exam);
    assert_eq!(plan.seeding, Seeding::PerSeat);
    let first = h.state().pack.as_ref().unwrap().scenarios[0]
        .id()
        .to_owned();
    assert!(plan.fits(&first));
    // Saved as a session file that reads back with the same code, scenario and title.
    let path = dir.path().join("lop.motcua-session");
    h.state_mut().instructor.create.save_to(&path);
    h.run_ok();
    let saved =
        Locale::new(Lang::Vi).tr_args("instructor-saved", &[("file", path.display().to_string())]);
    assert!(h.query_by_label(&saved).is_some(), "{saved}");
    let (file, read) = SessionFile::read(&path).unwrap();
    assert_eq!(read, code);
    assert_eq!(file.scenario, first);
    assert_eq!(file.title, "Hội nghị tập huấn 30/11");
    assert_eq!(file.format, SESSION_FILE_FORMAT);
    // From the code to the class dashboard of that session.
    click(&mut h, "Theo dõi lớp của buổi này");
    let d = &h.state().instructor.dashboard;
    assert_eq!(d.session.as_ref(), Some(&code));
    assert_eq!(d.session_text, code.as_str());
    assert_eq!(
        h.query_by_role_and_label(Role::TextInput, "Mã phiên của lớp")
            .and_then(|n| n.accesskit_node().value())
            .as_deref(),
        Some(code.as_str())
    );
}

#[test]
fn a_trainee_joins_with_the_code_typed_in_lower_case_with_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    let code = create_through_the_screen(&mut h);
    click(&mut h, "Về trang chính");
    let name = "Nguyễn Thị Hoa";
    retype(&mut h, "Họ và tên học viên", name);
    let careless = code.as_str().to_lowercase().replace('-', " ");
    retype(&mut h, "Mã phiên", &format!(" {careless} "));
    click(&mut h, "Vào phiên");
    assert_eq!(h.state().screen, Screen::Briefing);
    let plan = code.plan();
    let session = h.state().session.as_ref().expect("a shift started");
    assert_eq!(session.shift.seed, plan.seed_for(name));
    assert_eq!(session.shift.mode, Mode::Exam);
    assert!(plan.fits(session.shift.scenario.id()));
    assert_eq!(session.code.as_deref(), Some(code.as_str()));
    // The journal carries the session's canonical code and the trainee's name.
    let journal = h.state().paths.as_ref().unwrap().journal.clone();
    let recovered = motcua::record::recover(&journal).unwrap();
    assert_eq!(recovered.header.session.as_deref(), Some(code.as_str()));
    assert_eq!(recovered.header.trainee, name);
    assert_eq!(recovered.header.seed, plan.seed_for(name));
    // The briefing says which session this is.
    let said =
        Locale::new(Lang::Vi).tr_args("briefing-session", &[("code", code.as_str().to_owned())]);
    assert!(h.query_by_label(&said).is_some(), "{said}");
}

/// `code` with the character at `index` (dashes counted) replaced by `with`.
fn replaced(code: &SessionCode, index: usize, with: char) -> String {
    code.as_str()
        .chars()
        .enumerate()
        .map(|(i, c)| if i == index { with } else { c })
        .collect()
}

#[test]
fn wrong_codes_are_worded_so_the_trainee_knows_what_to_fix() {
    let good = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::Shared, 4242).code();
    // Another symbol of the alphabet in the last place: the check fails.
    let last = good.as_str().chars().last().unwrap();
    let other = if last == 'A' { 'B' } else { 'A' };
    // A code made for a scenario no copy of the app has (its tag is no shipped scenario's).
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let ids: Vec<String> = app
        .pack
        .as_ref()
        .unwrap()
        .scenarios
        .iter()
        .map(|s| s.id().to_owned())
        .collect();
    let foreign = (0..)
        .map(|n| SessionPlan::new(&format!("not-shipped-{n}"), Mode::Exam, Seeding::Shared, 1))
        .find(|p| !ids.iter().any(|id| p.fits(id)))
        .unwrap()
        .code();
    for (lang, name_label, code_label, join) in [
        (Lang::Vi, "Họ và tên học viên", "Mã phiên", "Vào phiên"),
        (Lang::Bn, "প্রশিক্ষণার্থীর পূর্ণ নাম", "সেশন কোড", "সেশনে যোগ দিন"),
    ] {
        let locale = Locale::new(lang);
        let cases = [
            (
                "K7M-4QX".to_owned(),
                locale.tr_args(
                    "join-code-length",
                    &[("expected", "9".into()), ("found", "6".into())],
                ),
            ),
            (
                replaced(&good, 4, '0'),
                locale.tr_args(
                    "join-code-character",
                    &[("position", "4".into()), ("character", "0".into())],
                ),
            ),
            (
                replaced(&good, 0, 'O'),
                locale.tr_args(
                    "join-code-character",
                    &[("position", "1".into()), ("character", "O".into())],
                ),
            ),
            (replaced(&good, 10, other), locale.tr("join-code-check")),
            (foreign.as_str().to_owned(), locale.tr("join-no-scenario")),
        ];
        let dir = tempfile::tempdir().unwrap();
        let mut app = ui_support::app(dir.path());
        app.set_language(lang);
        let mut h = harness(app);
        retype(&mut h, name_label, "Trần Văn Nam");
        for (typed, expected) in cases {
            retype(&mut h, code_label, &typed);
            click(&mut h, join);
            assert_eq!(h.state().screen, Screen::Home, "{typed}");
            assert!(
                h.query_by_label(&expected).is_some(),
                "{lang:?} {typed}: expected «{expected}»"
            );
        }
        // The Vietnamese words say which look-alikes codes never use.
        if lang == Lang::Vi {
            let text = locale.tr_args(
                "join-code-character",
                &[("position", "1".into()), ("character", "O".into())],
            );
            assert!(text.contains("chữ số 0 và chữ O"), "{text}");
            assert!(locale.tr("join-code-check").contains("nghe nhầm"));
        }
    }
}

#[test]
fn every_shipped_scenario_is_found_by_its_code_alone() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let scenarios = app.pack.as_ref().unwrap().scenarios.clone();
    for s in &scenarios {
        let code = SessionPlan::new(s.id(), Mode::Practice, Seeding::Shared, 9).code();
        let found = motcua::ui::join::find_scenario(code.as_str(), None, &scenarios);
        assert_eq!(
            found.ok().map(|(f, _)| f.id().to_owned()),
            Some(s.id().to_owned())
        );
    }
}

#[test]
fn a_session_file_fills_the_code_and_a_broken_one_is_named_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let code = SessionPlan::new("hard-shift", Mode::Practice, Seeding::PerSeat, 31).code();
    let good = dir.path().join("buoi-hoc.motcua-session");
    std::fs::write(
        &good,
        SessionFile::new(&code, "hard-shift", "Lớp chiều").to_text(),
    )
    .unwrap();
    let broken = dir.path().join("hong.motcua-session");
    std::fs::write(&broken, "(\n    format: 1,\n    code: 12,\n)\n").unwrap();
    let mut h = harness(app(dir.path()));
    motcua::ui::home::open_session_path(h.state_mut(), broken.clone());
    h.run_ok();
    let shown = h
        .state()
        .home
        .code_error
        .as_ref()
        .map(|e| e.text(&Locale::new(Lang::Vi)))
        .unwrap_or_default();
    assert!(
        shown.starts_with(&format!("{}:3:", broken.display())),
        "{shown}"
    );
    assert!(h.query_by_label(&shown).is_some());
    motcua::ui::home::open_session_path(h.state_mut(), good);
    h.run_ok();
    assert!(h.state().home.code_error.is_none());
    assert_eq!(h.state().home.code, code.as_str());
    retype(&mut h, "Họ và tên học viên", "Lò Thị Mai");
    click(&mut h, "Vào phiên");
    let session = h.state().session.as_ref().expect("joined from the file");
    assert_eq!(session.shift.scenario.id(), "hard-shift");
    assert_eq!(session.shift.mode, Mode::Practice);
    assert_eq!(session.shift.seed, code.plan().seed_for("Lò Thị Mai"));
}

/// The dashboard of `app` open on `code`, imported.
fn dashboard(app: App, code: &SessionCode) -> Harness<'static, App> {
    let mut h = harness(app);
    click(&mut h, "Dành cho giảng viên");
    click(&mut h, "Bảng theo dõi lớp");
    h.state_mut()
        .instructor
        .dashboard
        .set_session(Some(code.clone()));
    h.run_ok();
    h.state_mut().instructor.dashboard.wait();
    h.run_ok();
    h
}

#[test]
fn the_dashboard_counts_the_class_and_sets_apart_the_tampered_and_the_foreign() {
    let dir = tempfile::tempdir().unwrap();
    let (app, code) = class_app(dir.path());
    let mut h = dashboard(app, &code);
    let class = h
        .state()
        .instructor
        .dashboard
        .class
        .clone()
        .expect("imported");
    assert_eq!(class.entries.len(), 5);
    assert_eq!(
        class.summary.counted,
        3,
        "{:?}",
        class.entries.iter().map(|e| &e.verdict).collect::<Vec<_>>()
    );
    let locale = Locale::new(Lang::Vi);
    // Who finished: the count and the names.
    let names = "Lê Văn Cường, Nguyễn Văn An, Trần Thị Bình";
    assert!(h.query_by_label(names).is_some(), "{names}");
    // The forged copy and the other session's result, each in the set-apart list with why.
    assert!(
        h.query_by_label(&locale.tr("class-verdict-tampered"))
            .is_some()
    );
    let other = class
        .entries
        .iter()
        .find_map(|e| match &e.verdict {
            motcua::class::Verdict::ForeignSession { session: Some(s) } => Some(s.clone()),
            _ => None,
        })
        .expect("the other session's result is set apart");
    let foreign = locale.tr_args("class-verdict-foreign-session", &[("session", other)]);
    assert!(h.query_by_label(&foreign).is_some(), "{foreign}");
    assert!(h.query_by_label("do-van-gia.motcua").is_some());
    // Never counted: the table lists the three trainees only.
    for name in ["Đỗ Văn Giả", "Vũ Thị Khác"] {
        assert!(
            class.summary.rows.iter().all(|r| r.trainee != name),
            "{name} counted"
        );
    }
    // The gradebook and the printable report, saved where the instructor chose.
    let gradebook = dir.path().join("bang-diem.csv");
    let report = dir.path().join("bao-cao.html");
    let d = &mut h.state_mut().instructor.dashboard;
    d.export_to(Export::Gradebook, &gradebook, &locale, "Lớp 30/11");
    h.run_ok();
    let said = locale.tr_args(
        "instructor-gradebook-saved",
        &[("file", gradebook.display().to_string())],
    );
    assert!(h.query_by_label(&said).is_some(), "{said}");
    let csv = std::fs::read_to_string(&gradebook).unwrap();
    assert!(
        csv.contains("Trần Thị Bình") && !csv.contains("Đỗ Văn Giả"),
        "{csv}"
    );
    let d = &mut h.state_mut().instructor.dashboard;
    d.export_to(Export::Report, &report, &locale, "Lớp 30/11");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<title>Lớp 30/11</title>"), "{html}");
    // A folder that is not there: the export says so, naming the file.
    let nowhere = dir.path().join("khong-co").join("bang-diem.csv");
    let d = &mut h.state_mut().instructor.dashboard;
    d.export_to(Export::Gradebook, &nowhere, &locale, "Lớp 30/11");
    h.run_ok();
    let failed = h.state().instructor.dashboard.exported.clone();
    match failed {
        Some((Export::Gradebook, Exported::Failed(e))) => {
            let text = motcua::ui::instructor::dashboard::class_error_text(&locale, &e);
            assert!(
                text.starts_with("Không lưu được tệp") && text.contains("bang-diem.csv"),
                "{text}"
            );
            assert!(h.query_by_label(&text).is_some(), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(h.state().instructor.dashboard.verified_last(), 5);
    // Nothing changed in the folder: a look imports nothing.
    let imports = h.state().instructor.dashboard.imports();
    h.state_mut().instructor.dashboard.look_now();
    h.state_mut().instructor.dashboard.wait();
    assert_eq!(h.state().instructor.dashboard.imports(), imports);
    // A trainee finishes: the next look imports the class again, with one more counted.
    let folder = h.state().settings.results_folder.clone().unwrap();
    let app = h.state();
    let path = result_file(&folder, app, &code, "Hoàng Thị Dung", false, Some(30));
    assert!(path.is_file());
    h.state_mut().instructor.dashboard.look_now();
    h.state_mut().instructor.dashboard.wait();
    h.run_ok();
    assert_eq!(h.state().instructor.dashboard.imports(), imports + 1);
    // Only the new result was read and verified again.
    assert_eq!(h.state().instructor.dashboard.verified_last(), 1);
    let class = h.state().instructor.dashboard.class.clone().unwrap();
    assert_eq!(class.summary.counted, 4);
    assert!(
        h.query_by_label("Hoàng Thị Dung, Lê Văn Cường, Nguyễn Văn An, Trần Thị Bình")
            .is_some()
    );
}

/// The trainees' names in the order the table shows them.
fn shown_names(h: &Harness<'_, App>) -> Vec<String> {
    let d = &h.state().instructor.dashboard;
    let class = d.class.as_ref().unwrap();
    let rows = &class.summary.rows;
    let title = |id: &str| id.to_owned();
    motcua::ui::instructor::tables::visible_rows(rows, &title, d.sort, &d.filter, d.standing)
        .into_iter()
        .map(|i| rows[i].trainee.clone())
        .collect()
}

#[test]
fn the_trainee_table_sorts_by_the_column_clicked_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let (app, code) = class_app(dir.path());
    let mut h = dashboard(app, &code);
    let rows = h
        .state()
        .instructor
        .dashboard
        .class
        .as_ref()
        .unwrap()
        .summary
        .rows
        .clone();
    let mut by_score = rows.clone();
    by_score.sort_by(|a, b| b.score.total_cmp(&a.score));
    // By score, best first (the default), then lowest first after a click on its header.
    let best_first: Vec<String> = by_score.iter().map(|r| r.trainee.clone()).collect();
    assert_eq!(shown_names(&h), best_first);
    click(&mut h, "Sắp xếp theo Điểm");
    let lowest_first: Vec<String> = best_first.iter().rev().cloned().collect();
    assert_eq!(shown_names(&h), lowest_first);
    // By name, A to Z (Vietnamese names compare by their letters).
    click(&mut h, "Sắp xếp theo Học viên");
    assert_eq!(
        shown_names(&h),
        ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]
    );
    click(&mut h, "Sắp xếp theo Học viên");
    assert_eq!(
        shown_names(&h),
        ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường"]
    );
    // The screen draws them in that order, top to bottom.
    let tops: Vec<f32> = shown_names(&h)
        .iter()
        .map(|n| h.get_by_label(n).rect().min.y)
        .collect();
    assert!(tops.windows(2).all(|w| w[0] < w[1]), "{tops:?}");
    // The filter keeps the matching names only.
    h.state_mut().instructor.dashboard.filter = "bình".to_owned();
    h.run_ok();
    assert_eq!(shown_names(&h), ["Trần Thị Bình"]);
}

/// Takes one picture of `app` at `size` in lavapipe, after `setup`; false without lavapipe
/// (a notice on a developer's machine, a failure under `CI`).
fn shoot(
    results: &mut SnapshotResults,
    app: App,
    size: (f32, f32),
    name: &str,
    setup: impl FnOnce(&mut Harness<'_, App>),
    masked: &[String],
) -> bool {
    let Some(renderer) = lavapipe() else {
        return false;
    };
    let mut h = builder(size)
        .renderer(renderer)
        .build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    h.run_ok();
    setup(&mut h);
    h.run_steps(3);
    // A fixed width, whatever the glyphs of the text masked.
    for label in masked {
        let rect = h.get_by_label(label).rect();
        h.mask(egui::Rect::from_min_size(
            rect.min,
            egui::vec2(320.0, rect.height()),
        ));
    }
    h.snapshot(name);
    results.extend(h.take_snapshot_results());
    true
}

/// A session of the tutorial created with a fixed code (a fresh one changes every run).
fn created(dir: &std::path::Path, lang: Lang) -> App {
    let mut app = app(dir);
    app.set_language(lang);
    let tutorial = scenario(&app, "tutorial-birth");
    let create = &mut app.instructor.create;
    create.seeding = Seeding::PerSeat;
    create.title = "Hội nghị tập huấn 30/11".into();
    create.create(&tutorial);
    let code = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::PerSeat, 2026).code();
    if let Some(c) = &mut create.created {
        c.file = SessionFile::new(&code, "tutorial-birth", &c.file.title);
        c.code = code;
    }
    app.open_instructor();
    app
}

#[test]
fn the_instructor_screens_at_1024_and_1366_in_vietnamese_and_bengali() {
    let mut results = SnapshotResults::default();
    for size in [(1024.0, 768.0), (1366.0, 768.0)] {
        let w = size.0 as u32;
        for (lang, tag) in [(Lang::Vi, "vi"), (Lang::Bn, "bn")] {
            let dir = tempfile::tempdir().unwrap();
            if !shoot(
                &mut results,
                created(dir.path(), lang),
                size,
                &format!("instructor_create_{w}_{tag}"),
                |_| {},
                &[],
            ) {
                return;
            }
            let (mut app, code) = class_app(dir.path());
            app.set_language(lang);
            app.open_instructor();
            app.instructor.pane = motcua::ui::instructor::Pane::Dashboard;
            let folder = app.results_folder().unwrap().display().to_string();
            // The temporary folder's name changes every run: masked.
            shoot(
                &mut results,
                app,
                size,
                &format!("instructor_dashboard_{w}_{tag}"),
                |h| {
                    h.state_mut().instructor.dashboard.set_session(Some(code));
                    h.run_ok();
                    h.state_mut().instructor.dashboard.wait();
                    h.run_ok();
                },
                &[folder],
            );
        }
    }
}

/// A one-page LRS on loopback: every GET of `statements` answers `page` (a statements
/// result), and the request targets it saw are kept. Serves `answers` requests.
fn loopback_lrs(
    page: String,
    answers: usize,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}/xAPI", listener.local_addr().unwrap());
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(answers) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            reader.read_line(&mut first).unwrap();
            log.lock().unwrap().push(first.trim().to_owned());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Experience-API-Version: 1.0.3\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
                page.len()
            );
            stream.write_all(reply.as_bytes()).unwrap();
        }
    });
    (endpoint, seen)
}

#[test]
fn results_read_back_from_the_lrs_join_the_class_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, code) = class_app(dir.path());
    // Phan Văn Lộc's result reached the LRS only; An's is in the folder and in the LRS.
    let elsewhere = dir.path().join("may-khac");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let loc = result_file(&elsewhere, &app, &code, "Phan Văn Lộc", false, Some(40));
    let folder = app.results_folder().unwrap();
    let an = folder.join("nguyễn-văn-an.motcua");
    let cfg = motcua::xapi::LrsConfig {
        endpoint: "http://127.0.0.1:9/xAPI".into(),
        ..Default::default()
    };
    let mut statements = Vec::new();
    for path in [&loc, &an] {
        let sealed = std::fs::read_to_string(path).unwrap();
        let body = motcua::record::result::read_result(path).unwrap();
        statements.extend(motcua::xapi::statements_for(&body, &sealed, &cfg));
    }
    let page = serde_json::json!({ "statements": statements, "more": "" }).to_string();
    let (endpoint, seen) = loopback_lrs(page, 1);
    app.settings.delivery.endpoint = endpoint;
    let mut h = dashboard(app, &code);
    assert_eq!(
        h.state()
            .instructor
            .dashboard
            .class
            .as_ref()
            .unwrap()
            .summary
            .counted,
        3
    );
    click(&mut h, "Đọc từ LRS");
    h.state_mut().instructor.dashboard.wait();
    h.run_ok();
    let class = h.state().instructor.dashboard.class.clone().unwrap();
    // Lộc counts now; An counts once (the copy from the LRS and the file are one result).
    assert_eq!(
        class.summary.counted,
        4,
        "{:?}",
        class
            .entries
            .iter()
            .map(|e| (&e.report.trainee, &e.verdict))
            .collect::<Vec<_>>()
    );
    let ans = class
        .summary
        .rows
        .iter()
        .filter(|r| r.trainee == "Nguyễn Văn An")
        .count();
    assert_eq!(ans, 1);
    assert!(
        class
            .summary
            .rows
            .iter()
            .any(|r| r.trainee == "Phan Văn Lộc")
    );
    let read = Locale::new(Lang::Vi).tr_args("instructor-lrs-read", &[("count", "2".into())]);
    assert!(h.query_by_label(&read).is_some(), "{read}");
    // It asked for the session's registration.
    let asked = seen.lock().unwrap().clone();
    let registration = motcua::xapi::registration_for(&code);
    assert!(
        asked
            .iter()
            .any(|r| r.starts_with("GET /xAPI/statements?registration=")
                && r.contains(&registration)),
        "{asked:?}"
    );
}

#[test]
fn an_lrs_that_cannot_be_reached_is_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, code) = class_app(dir.path());
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    app.settings.delivery.endpoint = format!("http://127.0.0.1:{port}/xAPI");
    let mut h = dashboard(app, &code);
    click(&mut h, "Đọc từ LRS");
    h.state_mut().instructor.dashboard.wait();
    h.run_ok();
    let note = h.state().instructor.dashboard.lrs_note.clone();
    let Some(motcua::ui::instructor::dashboard::LrsNote::Failed(e)) = note else {
        panic!("{note:?}");
    };
    let text = motcua::ui::delivery::lrs_error_text(&Locale::new(Lang::Vi), &e);
    assert!(h.query_by_label(&text).is_some(), "{text}");
    // The folder's class is still there.
    assert_eq!(
        h.state()
            .instructor
            .dashboard
            .class
            .as_ref()
            .unwrap()
            .summary
            .counted,
        3
    );
}
