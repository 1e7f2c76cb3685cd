//! The trainee's side of the delivery to an LRS: the settings section, and a finished
//! shift that waits in the outbox while the LRS is away and reaches it once it is back —
//! the debrief saying which. The LRS here is a loopback stand-in answering 200; the real
//! one is `tests/lrs.rs`.
#![cfg(feature = "gui")]

mod ui_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use motcua::scenario::Mode;
use motcua::sim::Action;
use motcua::ui::App;
use motcua::ui::delivery::Handed;
use motcua::ui::settings::Settings;
use ui_support::*;

/// A loopback "LRS" that stores nothing and answers 200 to every request; counts POSTs.
fn accepting_lrs() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let posts = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&posts);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let Ok(mut writer) = stream.try_clone() else {
                continue;
            };
            let mut reader = BufReader::new(stream);
            let mut length = 0;
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            if first.starts_with("POST") {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            let _ = writer.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]",
            );
        }
    });
    (format!("http://127.0.0.1:{port}/xAPI"), posts)
}

/// An address nothing listens on.
fn closed_endpoint() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    drop(listener);
    format!("http://127.0.0.1:{port}/xAPI")
}

/// Turns delivery on towards `endpoint`, as the settings section does.
fn deliver_to(app: &mut App, endpoint: &str) {
    let d = &mut app.settings.delivery;
    d.enabled = true;
    d.endpoint = endpoint.to_owned();
    d.username = "key".to_owned();
    d.password = "secret".to_owned();
    d.link.apply(d);
}

fn waits_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn batch_files(outbox: &Path) -> usize {
    std::fs::read_dir(outbox).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .count()
    })
}

#[test]
fn a_finished_shift_waits_in_the_outbox_then_reaches_the_lrs() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app(dir.path());
    deliver_to(&mut app, &closed_endpoint());
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario, 1, Mode::Exam, None);
    app.apply(Action::EndShift).expect("the shift ends");
    app.wait_for_background();

    // Saved to the results folder, and handed to the outbox: one batch, waiting.
    let d = app.debrief.as_ref().expect("a debrief");
    assert!(matches!(d.saved, Some(Ok(_))), "{:?}", d.saved);
    let Some(Handed::Queued(id)) = d.delivery.1.clone() else {
        panic!("the result was not queued: {:?}", d.delivery.1);
    };
    let outbox = dir.path().join("outbox");
    assert!(outbox.join(format!("{id}.json")).is_file());
    assert_eq!(batch_files(&outbox), 1);

    let mut h = harness(app);
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("Đang chờ gửi đến LRS").is_some(),
        "the debrief says the result waits"
    );

    // The LRS is back (here: the settings point to one that answers).
    let (endpoint, posts) = accepting_lrs();
    deliver_to(h.state_mut(), &endpoint);
    let link = h.state().settings.delivery.link.clone();
    assert!(
        waits_for(Duration::from_secs(10), || link.delivered(&id)),
        "delivered once the LRS answers"
    );
    assert_eq!(batch_files(&outbox), 0);
    assert_eq!(posts.load(Ordering::SeqCst), 1, "one batch, one POST");
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("Đã gửi đến LRS").is_some(),
        "the debrief says it was sent"
    );
}

#[test]
fn with_delivery_off_nothing_is_queued() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app(dir.path());
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario, 1, Mode::Practice, None);
    app.apply(Action::EndShift).expect("the shift ends");
    app.wait_for_background();
    let d = app.debrief.as_ref().expect("a debrief");
    assert!(d.delivery.1.is_none());
    assert_eq!(batch_files(&dir.path().join("outbox")), 0);
}

#[test]
fn the_lrs_settings_are_typed_in_the_section_and_kept() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut h = harness(app(dir.path()));
    h.run_steps(3);
    click(&mut h, "Gửi kết quả đến LRS: Tắt");
    assert!(
        h.query_by_label_contains("Chưa bật gửi kết quả đến LRS")
            .is_some()
    );
    click(&mut h, "Tự động gửi kết quả (xAPI)");
    type_into(&mut h, "Địa chỉ LRS", "https://lrs.example.vn/xAPI");
    type_into(&mut h, "Tên đăng nhập", "khoá-lớp-3");
    // A password field is its own role.
    let password = h.get_by_role_and_label(Role::PasswordInput, "Mật khẩu");
    password.focus();
    h.run_ok();
    h.get_by_role_and_label(Role::PasswordInput, "Mật khẩu")
        .type_text("bí mật");
    h.run_ok();
    h.key_press(egui::Key::Enter);
    h.run_ok();

    let (saved, notices) = Settings::load(&dir.path().join("settings.ron"));
    assert!(notices.is_empty(), "{notices:?}");
    assert!(saved.delivery.enabled);
    assert_eq!(saved.delivery.endpoint, "https://lrs.example.vn/xAPI");
    assert_eq!(saved.delivery.username, "khoá-lớp-3");
    assert_eq!(saved.delivery.password, "bí mật");
    // On now, with an empty outbox.
    h.run_steps(3);
    assert!(h.query_by_label("0 kết quả chờ gửi").is_some());
    assert!(
        h.query_by_label("Gửi kết quả đến LRS: Bật — 0 kết quả chờ gửi")
            .is_some()
    );
}
