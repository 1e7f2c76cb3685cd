//! Help for a citizen who needs it (issue 13, item 8), through the real UI: the trainee
//! calls the interpreter for the K'Ho farmer and reads the papers aloud to the retired
//! teacher, from the buttons under the guidance.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::sim::{Action, Help};
use ui_support::*;

fn last_action(h: &egui_kittest::Harness<'_, motcua::ui::app::App>) -> Option<Action> {
    h.state()
        .session
        .as_ref()
        .and_then(|s| s.shift.actions.last().map(|(_, a)| a.clone()))
}

#[test]
fn the_interpreter_is_called_from_the_counter_and_the_conversation_says_so() {
    let dir = tempfile::tempdir().unwrap();
    // The second citizen is the K'Ho farmer.
    let app = at_citizen(dir.path(), "helping-every-citizen", 2);
    let mut h = harness(app);
    settle(&mut h);
    click(&mut h, "Gọi người phiên dịch");
    settle(&mut h);
    assert_eq!(
        last_action(&h),
        Some(Action::Accommodate {
            help: Help::Interpreter
        })
    );
    assert!(
        h.query_by_label("(Người phiên dịch đến và dịch cho người dân.)")
            .is_some(),
        "the conversation notes the interpreter's arrival"
    );
}

#[test]
fn the_papers_are_read_aloud_from_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    // The third citizen is the retired teacher.
    let app = at_citizen(dir.path(), "helping-every-citizen", 3);
    let mut h = harness(app);
    settle(&mut h);
    click(&mut h, "Đọc to giấy tờ");
    settle(&mut h);
    assert_eq!(
        last_action(&h),
        Some(Action::Accommodate {
            help: Help::ReadAloud
        })
    );
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert!(shift.at_counter().is_some_and(|c| c.reads_papers()));
}
