//! The clerk's own side of the system (issue 13, item 2), played on `clerk-system-day`: the
//! staff login and its timeout, the personal digital signature on every scan, and the
//! expired signing certificate as a fault.

use std::path::Path;
use std::sync::Arc;

use motcua::scenario::load::load_pack;
use motcua::scenario::{FaultKind, Mode, Scenario};
use motcua::sim::{Action, ActionError, Event, Shift};

fn scenario(id: &str) -> Arc<Scenario> {
    let pack = load_pack(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios")));
    let found = pack.loaded().iter().find(|s| s.id() == id).cloned();
    match found {
        Some(s) => Arc::new(s.clone()),
        None => panic!("scenario {id} not loaded: {:?}", pack.problems()),
    }
}

#[test]
#[ignore = "tool: prints the expert's path of clerk-system-day"]
fn print_expert_path() {
    let (_, actions) = motcua::expert::play(scenario("clerk-system-day"), 1, Mode::Practice)
        .expect("expert plays");
    for a in actions {
        println!("    {},", ron::to_string(&a).expect("ron"));
    }
}
