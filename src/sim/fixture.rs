//! The engine's unit tests' scenario: the mini-pack of `tests/fixtures/mini-pack`, whose
//! first morning has two citizens and an expert path.

use std::path::PathBuf;

use crate::scenario::Scenario;
use crate::scenario::load::open_scenario;

/// The folder of the mini-pack's first morning.
pub(super) fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack/first-morning")
}

/// The mini-pack's first morning, loaded (a fixture that does not load fails the test).
pub(super) fn scenario() -> Scenario {
    match open_scenario(&dir()) {
        Ok(s) => s,
        Err(e) => panic!("fixture does not load: {e}"),
    }
}
