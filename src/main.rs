//! The `motcua` executable: the command line of [`motcua::cli`] (and, when built with the
//! `gui` feature, the desktop app when no subcommand is given).

fn main() -> std::process::ExitCode {
    motcua::cli::main()
}
