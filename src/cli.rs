//! The `motcua` command line: validate scenario packs, play scripted shifts, verify and
//! grade result files.
//!
//! Exit codes: `0` success; `1` the content is wrong (problems in a pack, an action that
//! fails, a result that is not authentic); `2` the command could not do its work (a file
//! cannot be read or written, bad arguments).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::record::journal::{Journal, JournalHeader};
use crate::record::result::write_result;
use crate::record::verify::{ScenarioSource, VerifyReport, grade_folder, verify_file, write_csv};
use crate::scenario::Mode;
use crate::scenario::load::{Problem, Problems, load_pack, open_scenario, read_ron};
use crate::score::{ScoreReport, grade};
use crate::sim::{Action, Shift};

mod due;

/// Một Cửa — a training simulator for one-stop-shop counter clerks.
#[derive(Debug, Parser)]
#[command(name = "motcua", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without one, the desktop app opens (when built with it) or this help.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a scenario pack (a folder holding `shared/` and scenario folders) or one
    /// scenario folder; prints every problem as `file:line:col: message`. The path
    /// `<built-in>/scenarios` checks the pack compiled into this binary.
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
        /// Keep a crash-safe journal of the applied actions here (must not exist yet).
        #[arg(long)]
        journal: Option<PathBuf>,
        /// Print the report for trainees in this language (vi, en, bn) instead of the
        /// stable technical breakdown (rule ids, message ids).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Verify a result file by re-simulating it.
    Verify {
        /// The `.motcua` file.
        file: PathBuf,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
    },
    /// Verify and grade every `.motcua` file of a folder.
    Grade {
        /// Folder of result files.
        dir: PathBuf,
        /// Also write the grades as CSV here.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Scenario pack root [default: ./scenarios, else the bundled one].
        #[arg(long)]
        scenarios: Option<PathBuf>,
        /// Threads to use (0 = all cores).
        #[arg(long, default_value_t = 0)]
        threads: usize,
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
        Some(Command::Validate { path }) => validate(&path),
        Some(Command::Play {
            scenario,
            script,
            seed,
            mode,
            trainee,
            session,
            out,
            journal,
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
            play(&PlayArgs {
                scenario,
                script,
                seed,
                mode: mode.into(),
                trainee: crate::text::nfc(trainee.trim()),
                session: session.map(|s| crate::text::nfc(s.trim())),
                out,
                journal,
                lang,
            })
        }
        Some(Command::Verify { file, scenarios }) => verify(&file, scenarios),
        Some(Command::Grade {
            dir,
            csv,
            scenarios,
            threads,
        }) => grade_dir(&dir, csv.as_deref(), scenarios, threads),
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

fn validate(path: &Path) -> ExitCode {
    let builtin = path == Path::new(crate::scenario::load::BUILTIN_ROOT);
    if builtin || path.join("shared").is_dir() {
        let pack = load_pack(path);
        let problems = pack.problems();
        if !problems.is_empty() {
            let n = print_problems(problems);
            err!("{}: {}", path.display(), plural(n, "problem", "problems"));
            return ExitCode::from(FAILED);
        }
        let (procedures, kinds, personas) = pack.catalog.as_ref().map_or((0, 0, 0), |c| {
            (c.procedures.len(), c.document_kinds.len(), c.personas.len())
        });
        out!(
            "{}: OK — {}, {}, {}, {}",
            path.display(),
            plural(pack.scenarios.len(), "scenario", "scenarios"),
            plural(procedures, "procedure", "procedures"),
            plural(kinds, "document kind", "document kinds"),
            plural(personas, "persona", "personas"),
        );
        ExitCode::SUCCESS
    } else if path.join("scenario.ron").is_file() {
        match open_scenario(path) {
            Ok(s) => {
                out!(
                    "{}: OK — 1 scenario, {}, {}, {}",
                    path.display(),
                    plural(s.catalog.procedures.len(), "procedure", "procedures"),
                    plural(
                        s.catalog.document_kinds.len(),
                        "document kind",
                        "document kinds"
                    ),
                    plural(s.catalog.personas.len(), "persona", "personas"),
                );
                ExitCode::SUCCESS
            }
            Err(Problems(problems)) => {
                let n = print_problems(&problems);
                err!("{}: {}", path.display(), plural(n, "problem", "problems"));
                ExitCode::from(FAILED)
            }
        }
    } else {
        err!(
            "{}: neither a scenario pack (no shared/ folder) nor a scenario folder (no scenario.ron)",
            path.display()
        );
        ExitCode::from(FAILED)
    }
}

struct PlayArgs {
    scenario: PathBuf,
    script: PathBuf,
    seed: u64,
    mode: Mode,
    trainee: String,
    session: Option<String>,
    out: Option<PathBuf>,
    journal: Option<PathBuf>,
    lang: Option<crate::text::Lang>,
}

fn play(args: &PlayArgs) -> ExitCode {
    let scenario = match open_scenario(&args.scenario) {
        Ok(s) => Arc::new(s),
        Err(Problems(problems)) => {
            let n = print_problems(&problems);
            err!(
                "{}: {}; fix them before playing",
                args.scenario.display(),
                plural(n, "problem", "problems")
            );
            return ExitCode::from(FAILED);
        }
    };
    let actions: Vec<Action> = match read_ron(&args.script) {
        Ok(a) => a,
        Err(p) => {
            err!("{p}");
            return ExitCode::from(FAILED);
        }
    };
    let mut shift = Shift::new(scenario, args.seed, args.mode);
    let mut journal = match &args.journal {
        None => None,
        Some(path) => {
            let header = JournalHeader::for_shift(&shift, &args.trainee, args.session.as_deref());
            match Journal::create(path, &header) {
                Ok(j) => Some(j),
                Err(e) => {
                    err!("{e}");
                    return ExitCode::from(TROUBLE);
                }
            }
        }
    };
    let mut code = ExitCode::SUCCESS;
    let mut complete = true;
    for (index, action) in actions.iter().enumerate() {
        if let Err(e) = shift.apply(action.clone()) {
            err!("{}:{index}: {}: {e}", args.script.display(), action.name());
            code = ExitCode::from(FAILED);
            complete = false;
            break;
        }
        if let Some(j) = journal.as_mut()
            && let Err(e) = j.append(action)
        {
            err!("{e}");
            code = ExitCode::from(TROUBLE);
            complete = false;
            break;
        }
    }
    let report = grade(&shift);
    if !complete {
        out!(
            "Partial score after {} of {} actions:",
            shift.actions.len(),
            actions.len()
        );
    }
    match args.lang {
        Some(lang) => {
            let locale = crate::i18n::Locale::new(lang);
            out!(
                "{}",
                safe_multiline(&crate::report::text_report(&locale, &shift, &report))
            );
        }
        None => print_score(&report),
    }
    if let (true, Some(path)) = (complete, &args.out) {
        match write_result(path, &shift, &args.trainee, args.session.as_deref()) {
            Ok(body) => out!(
                "Result written to {} (chain {}…)",
                path.display(),
                body.chain.get(..12).unwrap_or(&body.chain)
            ),
            Err(e) => {
                err!("{e}");
                return ExitCode::from(TROUBLE);
            }
        }
    } else if let Some(path) = &args.out {
        err!(
            "{}: not written, the script stopped before its end",
            path.display()
        );
    }
    code
}

fn print_score(r: &ScoreReport) {
    let verdict = if r.passed { "PASSED" } else { "FAILED" };
    let mode = match r.mode {
        Mode::Practice => "practice",
        Mode::Exam => "exam",
    };
    out!("Score: {:.1} / 100 — {verdict} ({mode} mode)", r.total);
    for d in &r.dimensions {
        out!(
            "  {:<13} {:>5.1}%  {:>5.1} / {:<3} (opportunities {}, penalties {})",
            d.dimension.id(),
            d.percent,
            d.points,
            d.weight,
            d.opportunities,
            d.penalties
        );
    }
    if r.critical.is_empty() {
        out!("Critical errors: none");
    } else {
        let ids: Vec<&str> = r.critical.iter().map(|c| c.id()).collect();
        out!("Critical errors: {}", ids.join(", "));
    }
    if r.feedback.is_empty() {
        out!("Feedback: none");
    } else {
        out!("Feedback:");
        for f in &r.feedback {
            let args: String = f
                .args
                .iter()
                .map(|(k, v)| {
                    if v.contains(char::is_whitespace) || v.is_empty() {
                        format!(" {k}=\"{}\"", safe(v))
                    } else {
                        format!(" {k}={}", safe(v))
                    }
                })
                .collect();
            let critical = f
                .critical
                .map(|c| format!(" [critical: {}]", c.id()))
                .unwrap_or_default();
            out!(
                "  [{}] {} ({}): {}{args} −{}{critical}",
                f.dimension.id(),
                f.rule.id(),
                f.rule.cite(),
                f.message,
                f.units
            );
        }
    }
    let k = &r.kpis;
    out!(
        "KPIs: on time {:.1}%, online submission {:.1}%, digitization {:.1}%, online payment {:.1}%, sync {:.1}%, satisfaction {:.1}, service index {:.1}/100",
        k.on_time,
        k.online_submission,
        k.digitization,
        k.online_payment,
        k.sync,
        k.satisfaction,
        k.index
    );
}

fn source_for(scenarios: Option<PathBuf>) -> ScenarioSource {
    ScenarioSource::new(scenarios.unwrap_or_else(default_scenarios))
}

fn verify(file: &Path, scenarios: Option<PathBuf>) -> ExitCode {
    if let Err(e) = std::fs::metadata(file) {
        err!("{}: cannot read: {e}", file.display());
        return ExitCode::from(TROUBLE);
    }
    let report = verify_file(file, &source_for(scenarios));
    let score = report
        .score()
        .map_or_else(|| "?".to_owned(), |s| format!("{s:.1}"));
    for note in &report.notes {
        out!("note: {}", safe(note));
    }
    if report.authentic {
        out!(
            "{}: authentic — trainee {}, scenario {}, score {score}",
            file.display(),
            safe(&report.trainee),
            safe(&report.scenario_id)
        );
        ExitCode::SUCCESS
    } else {
        out!(
            "{}: NOT authentic — claims trainee {}, scenario {}, score {}",
            file.display(),
            safe(&report.trainee),
            safe(&report.scenario_id),
            report
                .stored_total
                .map_or_else(|| "?".to_owned(), |s| format!("{s:.1}"))
        );
        for d in &report.differences {
            out!("  - {}", safe(d));
        }
        ExitCode::from(FAILED)
    }
}

fn grade_dir(
    dir: &Path,
    csv: Option<&Path>,
    scenarios: Option<PathBuf>,
    threads: usize,
) -> ExitCode {
    let source = source_for(scenarios);
    let reports = match grade_folder(dir, &source, threads) {
        Ok(r) => r,
        Err(e) => {
            err!("{e}");
            return ExitCode::from(TROUBLE);
        }
    };
    print_table(&reports);
    let authentic = reports.iter().filter(|r| r.authentic).count();
    out!(
        "{}: {}, {authentic} authentic, {} not authentic",
        dir.display(),
        plural(reports.len(), "file", "files"),
        reports.len() - authentic
    );
    if let Some(path) = csv {
        if let Err(e) = write_csv(path, &reports) {
            err!("{e}");
            return ExitCode::from(TROUBLE);
        }
        out!("Grades written to {}", path.display());
    }
    ExitCode::SUCCESS
}

fn print_table(reports: &[VerifyReport]) {
    let header = [
        "FILE",
        "TRAINEE",
        "SCENARIO",
        "SCORE",
        "AUTHENTIC",
        "CRITICAL",
    ];
    let rows: Vec<[String; 6]> = reports
        .iter()
        .map(|r| {
            [
                safe(
                    &r.file
                        .file_name()
                        .unwrap_or(r.file.as_os_str())
                        .to_string_lossy(),
                ),
                safe(&r.trainee),
                safe(&r.scenario_id),
                r.score().map(|s| format!("{s:.1}")).unwrap_or_default(),
                if r.authentic { "yes" } else { "NO" }.to_owned(),
                r.critical_errors.join(", "),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 6]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            if i == 3 {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            } else {
                s.push_str(cell);
                if i + 1 < cells.len() {
                    s.push_str(&" ".repeat(pad));
                }
            }
            if i + 1 < cells.len() {
                s.push_str("  ");
            }
        }
        s.trim_end().to_owned()
    };
    out!("{}", line(&header.map(str::to_owned)));
    for row in &rows {
        out!("{}", line(row));
    }
    for r in reports.iter().filter(|r| !r.authentic) {
        let name = r.file.file_name().unwrap_or(r.file.as_os_str());
        for d in &r.differences {
            out!("  {}: {}", safe(&name.to_string_lossy()), safe(d));
        }
    }
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
