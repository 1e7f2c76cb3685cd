//! The `motcua` executable: the command line of [`motcua::cli`] (and, when built with the
//! `gui` feature, the desktop app when no subcommand is given).
//!
//! On Windows the executable is a GUI program (no console window opens behind the app); a
//! subcommand started from a console (`motcua.exe validate …` in cmd or PowerShell) attaches
//! to that console, so what it prints appears there.

// A console window behind the desktop app would confuse trainees; the CLI attaches instead.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    if std::env::args_os().len() > 1 {
        attach_to_parent_console();
    }
    motcua::cli::main()
}

/// Lets a subcommand print to the console it was started from: a GUI-subsystem program gets
/// no console of its own. Output redirected to a file or a pipe needs nothing (the handles
/// are inherited), and without a parent console (started from Explorer) nothing happens.
#[cfg(all(windows, feature = "gui"))]
fn attach_to_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; it
    // fails harmlessly when there is no parent console or one is already attached.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(all(windows, feature = "gui")))]
fn attach_to_parent_console() {}
