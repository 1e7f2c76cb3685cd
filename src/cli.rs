//! The `motcua` command line: validate scenario packs, play scripted shifts, verify and
//! grade result files, import a conference's class.
//!
//! Exit codes ([`EXIT_CODES`], also shown by `--help`): `0` success; `1` the content is
//! wrong (problems in a pack, an action that fails, a result that is not authentic); `2` the
//! command could not do its work (a file or pack missing or unreadable, a result that could
//! not be checked, bad arguments).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::pack_check::check_paths;
use crate::record::journal::{Journal, JournalHeader, Recovered};
use crate::record::result::write_result;
use crate::record::verify::{ScenarioSource, Standing, VerifyReport, grade_folder, verify_file};
use crate::record::write_csv;
use crate::record::{Outcome, RecordError};
use crate::scenario::Mode;
use crate::scenario::load::{Problem, Problems, load_pack, open_scenario, read_ron};
use crate::score::{ScoreReport, grade};
use crate::sim::{Action, Shift};

/// What the exit codes mean (printed at the end of `--help`).
pub const EXIT_CODES: &str = "Exit codes:
  0  success (verify: the result is authentic)
  1  the content is wrong: problems in a scenario pack, a script action that fails, a result
     that is not authentic (edited, forged, damaged)
  2  the command could not do its work: a file or scenario pack missing or unreadable, a
     result that could not be checked (its scenario is not in the pack or does not load, or
     it was recorded by another engine that this build does not reproduce), bad arguments";

/// Một Cửa — a training simulator for one-stop-shop counter clerks.
#[derive(Debug, Parser)]
#[command(name = "motcua", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do; without one, the desktop app opens (when built with it) or this help.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a scenario pack (a folder holding `shared/` and scenario folders) or one
    /// scenario folder, then replay every declared test path (expert paths reach their
    /// min_score, careless ones raise their critical errors); prints every problem as
    /// `file:line:col: message`. The path `<built-in>/scenarios` checks the pack compiled
    /// into this binary.
    Validate {
        /// Pack root or scenario folder.
        path: PathBuf,
    },
    /// Play a scripted shift headless and print its score.
    Play {
        /// Scenario folder (inside a pack, next to `shared/`).
        scenario: PathBuf,
        /// RON list of actions to apply.
        #[arg(long)]
        script: PathBuf,
        /// Seed of the shift.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Practice or exam.
        #[arg(long, value_enum, default_value_t = ModeArg::Practice)]
        mode: ModeArg,
        /// Trainee's name, stored in the result.
        #[arg(long, default_value = "anonymous")]
        trainee: String,
        /// Training session or class, stored in the result.
        #[arg(long)]
        session: Option<String>,
        /// Write the sealed result file here.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Keep a crash-safe journal of the applied actions here (must not exist yet, unless
        /// `--resume`).
        #[arg(long)]
        journal: Option<PathBuf>,
        /// Continue the run recorded in an existing `--journal` (after a crash): replay it,
        /// check that the script starts with the same actions, and apply the rest. Seed,
        /// mode, trainee and session must be the ones of the journal.
        #[arg(long, requires = "journal")]
        resume: bool,
        /// Print the report for trainees in this language (vi, en, bn) instead of the
        /// stable technical breakdown (rule ids, message ids).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Verify a result file by re-simulating it: exit 0 if authentic, 1 if not, 2 if it
    /// could not be checked.
    #[command(after_help = EXIT_CODES)]
    Verify {
        /// The `.motcua` file.
        file: PathBuf,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
    },
    /// Verify and grade every `.motcua` file of a folder (scores are always recomputed under
    /// today's rubric); exit 2 if the folder or the scenario pack cannot be used.
    #[command(after_help = EXIT_CODES)]
    Grade {
        /// Folder of result files.
        dir: PathBuf,
        /// Also write the grades as CSV here.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
        /// Threads to use (0 = all cores); each holds one file in memory at a time.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Show the score stored in each file beside today's recomputed one.
        #[arg(long)]
        rescore: bool,
    },
    /// Import a conference's results from one or more folders: verify each by re-simulation,
    /// set apart the tampered, not checked, foreign-session, duplicate and superseded ones,
    /// and print the class table and summary. Exit 1 when a result is not authentic or a
    /// copy, 2 when one could not be checked or a folder, the pack or an output is unusable.
    #[command(after_help = EXIT_CODES)]
    Class {
        /// Folders of result files (`*.motcua`, one level).
        #[arg(required_unless_present = "lrs")]
        dirs: Vec<PathBuf>,
        /// The session code: results of another session, or of none, are set apart.
        #[arg(long)]
        session: Option<String>,
        /// Also read the session's results back from this LRS (its xAPI endpoint, e.g.
        /// `https://lrs.example.org/xAPI/`); needs `--session`. The user name and password
        /// come from `MOTCUA_LRS_USER` and `MOTCUA_LRS_PASSWORD` (not on the command line,
        /// where other users of the PC could read them).
        #[arg(long, requires = "session")]
        lrs: Option<String>,
        /// Write the gradebook CSV (for Moodle's grade import) here.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Write the printable class report (HTML) here.
        #[arg(long)]
        html: Option<PathBuf>,
        /// Language of the report (vi, en, bn) [default: vi].
        #[arg(long)]
        lang: Option<String>,
        /// Title of the report [default: the session code, else the folders].
        #[arg(long)]
        title: Option<String>,
        /// Threads to use (0 = all cores); each holds one file in memory at a time.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
    },
    /// Compute the return date of a dossier the way the law counts it: the first line is the
    /// due date alone (YYYY-MM-DD), then the day of receipt and every day counted or skipped,
    /// with why. The day of receipt is not counted; received at or after the cut-off (15:00)
    /// or on a day off, the next working day counts as the day of receipt.
    Due {
        /// When the dossier was received: `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD HH:MM`; a date
        /// alone means during the morning, before the cut-off).
        #[arg(long)]
        received: String,
        /// Processing time in days (0 = a same-day procedure).
        #[arg(long)]
        days: u32,
        /// Count calendar days (e.g. land-dispute mediation, 30 days) instead of working days.
        #[arg(long)]
        calendar_days: bool,
        /// Calendar id of the pack [default: the pack's only calendar, else vn-civil-service].
        #[arg(long)]
        calendar: Option<String>,
        /// Put a rule of the pack in force, turning on its optional days off (e.g.
        /// `culture-day-2026`); repeat for several.
        #[arg(long = "rule", value_name = "RULE")]
        rules: Vec<String>,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
    },
}

/// Mode on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// Hints allowed, minor mistakes cost half.
    Practice,
    /// No hints, full penalties.
    Exam,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Self {
        match m {
            ModeArg::Practice => Mode::Practice,
            ModeArg::Exam => Mode::Exam,
        }
    }
}

/// Content problem (exit 1).
const FAILED: u8 = 1;
/// Could not do the work (exit 2).
const TROUBLE: u8 = 2;

/// Prints to stdout, ignoring a closed pipe (`motcua grade … | head`).
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Prints to stderr, ignoring errors.
macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod class;
mod due;
mod grade;
mod play;
mod validate;

/// Parses the process arguments and runs the command.
pub fn main() -> ExitCode {
    match Cli::try_parse() {
        Ok(cli) => run(cli),
        Err(e) => {
            let _ = e.print();
            if e.use_stderr() {
                ExitCode::from(TROUBLE)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Validate { path }) => validate::validate(&path),
        Some(Command::Play {
            scenario,
            script,
            seed,
            mode,
            trainee,
            session,
            out,
            journal,
            resume,
            lang,
        }) => {
            let lang = match lang.as_deref().map(|t| (t, crate::text::Lang::from_tag(t))) {
                None => None,
                Some((_, Some(lang))) => Some(lang),
                Some((tag, None)) => {
                    err!("--lang {}: use vi, en or bn", safe(tag));
                    return ExitCode::from(TROUBLE);
                }
            };
            play::play(&play::PlayArgs {
                scenario,
                script,
                seed,
                mode: mode.into(),
                trainee: crate::text::nfc(trainee.trim()),
                session: session.map(|s| crate::text::nfc(s.trim())),
                out,
                journal,
                resume,
                lang,
            })
        }
        Some(Command::Verify { file, scenarios }) => grade::verify(&file, scenarios),
        Some(Command::Grade {
            dir,
            csv,
            scenarios,
            threads,
            rescore,
        }) => grade::grade_dir(&grade::GradeArgs {
            dir,
            csv,
            scenarios,
            threads,
            rescore,
        }),
        Some(Command::Class {
            dirs,
            session,
            lrs,
            csv,
            html,
            lang,
            title,
            threads,
            scenarios,
        }) => class::class(&class::ClassArgs {
            dirs,
            session,
            lrs,
            csv,
            html,
            threads,
            scenarios,
            lang,
            title,
        }),
        Some(Command::Due {
            received,
            days,
            calendar_days,
            calendar,
            rules,
            scenarios,
        }) => due::run(&due::DueArgs {
            received,
            time: if calendar_days {
                crate::calendar::ProcessingTime::calendar_days(days)
            } else {
                crate::calendar::ProcessingTime::working_days(days)
            },
            calendar,
            rules,
            scenarios: scenarios.unwrap_or_else(default_scenarios),
        }),
        None => no_command(),
    }
}

fn no_command() -> ExitCode {
    #[cfg(feature = "gui")]
    {
        crate::ui::run()
    }
    #[cfg(not(feature = "gui"))]
    {
        let mut help = <Cli as clap::CommandFactory>::command();
        let _ = help.print_help();
        out!();
        ExitCode::SUCCESS
    }
}

/// The pack root used when `--scenarios` is not given: `./scenarios` when it exists, else
/// the pack built into the binary.
pub fn default_scenarios() -> PathBuf {
    let local = Path::new("scenarios");
    if local.is_dir() {
        local.to_path_buf()
    } else {
        PathBuf::from(crate::scenario::load::BUILTIN_ROOT)
    }
}

/// Like [`safe`], keeping line breaks.
fn safe_multiline(text: &str) -> String {
    text.lines().map(safe).collect::<Vec<_>>().join("\n")
}

/// Text from a file or a user, safe to print on a terminal (no control characters).
fn safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn print_problems<'a>(problems: impl IntoIterator<Item = &'a Problem>) -> usize {
    let mut n = 0;
    for p in problems {
        err!("{p}");
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(safe("a\u{1b}[31mb\n"), "a\u{fffd}[31mb\u{fffd}");
        assert_eq!(safe("Nguyễn Thị Lan"), "Nguyễn Thị Lan");
    }

    #[test]
    fn the_command_line_is_well_formed() {
        <Cli as clap::CommandFactory>::command().debug_assert();
    }
}
