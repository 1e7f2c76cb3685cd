//! The `motcua` command line: validate scenario packs, play scripted shifts, verify and
//! grade result files.
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
use crate::record::verify::{ScenarioSource, VerifyReport, grade_folder, verify_file, write_csv};
use crate::record::{Outcome, RecordError};
use crate::scenario::Mode;
use crate::scenario::load::{Problem, Problems, load_pack, open_scenario, read_ron};
use crate::score::{ScoreReport, grade};
use crate::sim::{Action, Shift};

mod due;

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
            play(&PlayArgs {
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
        Some(Command::Verify { file, scenarios }) => verify(&file, scenarios),
        Some(Command::Grade {
            dir,
            csv,
            scenarios,
            threads,
            rescore,
        }) => grade_dir(&GradeArgs {
            dir,
            csv,
            scenarios,
            threads,
            rescore,
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

fn validate(path: &Path) -> ExitCode {
    let builtin = path == Path::new(crate::scenario::load::BUILTIN_ROOT);
    if builtin || path.join("shared").is_dir() {
        let pack = load_pack(path);
        let mut problems: Vec<Problem> = pack.problems().into_iter().cloned().collect();
        let mut paths = 0;
        for scenario in pack.loaded() {
            let scenario = Arc::new(scenario.clone());
            paths += scenario.file.tests.expert.len() + scenario.file.tests.careless.len();
            problems.extend(check_paths(&scenario));
        }
        if !problems.is_empty() {
            let n = print_problems(&problems);
            err!("{}: {}", path.display(), plural(n, "problem", "problems"));
            return ExitCode::from(FAILED);
        }
        let (procedures, kinds, personas) = pack.catalog.as_ref().map_or((0, 0, 0), |c| {
            (c.procedures.len(), c.document_kinds.len(), c.personas.len())
        });
        out!(
            "{}: OK — {}, {}, {}, {}; {} replayed as declared",
            path.display(),
            plural(pack.scenarios.len(), "scenario", "scenarios"),
            plural(procedures, "procedure", "procedures"),
            plural(kinds, "document kind", "document kinds"),
            plural(personas, "persona", "personas"),
            plural(paths, "test path", "test paths"),
        );
        ExitCode::SUCCESS
    } else if path.join("scenario.ron").is_file() {
        match open_scenario(path) {
            Ok(s) => {
                let s = Arc::new(s);
                let problems = check_paths(&s);
                if !problems.is_empty() {
                    let n = print_problems(&problems);
                    err!("{}: {}", path.display(), plural(n, "problem", "problems"));
                    return ExitCode::from(FAILED);
                }
                out!(
                    "{}: OK — 1 scenario, {}, {}, {}; {} replayed as declared",
                    path.display(),
                    plural(s.catalog.procedures.len(), "procedure", "procedures"),
                    plural(
                        s.catalog.document_kinds.len(),
                        "document kind",
                        "document kinds"
                    ),
                    plural(s.catalog.personas.len(), "persona", "personas"),
                    plural(
                        s.file.tests.expert.len() + s.file.tests.careless.len(),
                        "test path",
                        "test paths"
                    ),
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
    resume: bool,
    lang: Option<crate::text::Lang>,
}

/// The exit code for a records error: `2` when a file could not be read or written, `1`
/// when its content is wrong.
fn record_exit(e: &RecordError) -> ExitCode {
    match e {
        RecordError::Io { .. } | RecordError::Rollback { .. } | RecordError::Damaged { .. } => {
            ExitCode::from(TROUBLE)
        }
        _ => ExitCode::from(FAILED),
    }
}

/// Checks that a journal being resumed was recorded with the command line's seed, mode,
/// trainee and session, and that the script starts with the journal's actions.
fn check_resumable(
    args: &PlayArgs,
    recovered: &Recovered,
    actions: &[Action],
) -> Result<(), String> {
    let journal = args.journal.as_deref().unwrap_or(Path::new(""));
    let h = &recovered.header;
    let recorded = (h.seed, h.mode, h.trainee.as_str(), h.session.as_deref());
    let given = (
        args.seed,
        args.mode,
        args.trainee.as_str(),
        args.session.as_deref(),
    );
    if recorded != given {
        let show = |(seed, mode, trainee, session): (u64, Mode, &str, Option<&str>)| {
            format!(
                "seed {seed}, mode {}, trainee \"{}\", session {}",
                mode_word(mode),
                safe(trainee),
                session.map_or_else(|| "none".to_owned(), |s| format!("\"{}\"", safe(s)))
            )
        };
        return Err(format!(
            "{}: recorded with {}; the command line gives {}; give the journal's values to resume it",
            journal.display(),
            show(recorded),
            show(given)
        ));
    }
    if recovered.actions.len() > actions.len() {
        return Err(format!(
            "{}: the journal holds {} actions, the script {} only {}; it is not this run's script",
            journal.display(),
            recovered.actions.len(),
            args.script.display(),
            actions.len()
        ));
    }
    if let Some(index) = recovered
        .actions
        .iter()
        .zip(actions)
        .position(|(journaled, scripted)| journaled != scripted)
    {
        return Err(format!(
            "{}:{index}: {} differs from action {index} of the journal {} ({}); the script does not continue this run",
            args.script.display(),
            actions[index].name(),
            journal.display(),
            recovered.actions[index].name()
        ));
    }
    Ok(())
}

fn mode_word(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Exam => "exam",
    }
}

/// Opens the journal: a new one, or with `--resume` an existing one replayed into `shift`.
/// Returns the journal and how many script actions it already holds.
fn open_journal(
    args: &PlayArgs,
    scenario: &Arc<crate::scenario::Scenario>,
    actions: &[Action],
    shift: &mut Shift,
) -> Result<(Option<Journal>, usize), ExitCode> {
    let Some(path) = &args.journal else {
        return Ok((None, 0));
    };
    if args.resume && path.exists() {
        let (resumed, recovered) = crate::record::resume(path, scenario.clone()).map_err(|e| {
            err!("{}", safe(&e.to_string()));
            record_exit(&e)
        })?;
        if let Some(note) = &recovered.dropped_tail {
            err!("note: {}", safe(note));
        }
        check_resumable(args, &recovered, actions).map_err(|message| {
            err!("{message}");
            ExitCode::from(FAILED)
        })?;
        let journal = Journal::open_existing(path).map_err(|e| {
            err!("{}", safe(&e.to_string()));
            record_exit(&e)
        })?;
        let done = recovered.actions.len();
        out!(
            "Resumed {}: {} already applied, continuing with action {done}",
            path.display(),
            plural(done, "action", "actions")
        );
        *shift = resumed;
        return Ok((Some(journal), done));
    }
    let header = JournalHeader::for_shift(shift, &args.trainee, args.session.as_deref());
    match Journal::create(path, &header) {
        Ok(j) => Ok((Some(j), 0)),
        Err(e) => {
            err!("{}", safe(&e.to_string()));
            if path.exists() && !args.resume {
                err!("hint: add --resume to continue the run it records");
            }
            Err(ExitCode::from(TROUBLE))
        }
    }
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
    if let Err(e) = std::fs::metadata(&args.script) {
        err!("{}: cannot read: {e}", args.script.display());
        return ExitCode::from(TROUBLE);
    }
    let actions: Vec<Action> = match read_ron(&args.script) {
        Ok(a) => a,
        Err(p) => {
            err!("{p}");
            return ExitCode::from(FAILED);
        }
    };
    let mut shift = Shift::new(scenario.clone(), args.seed, args.mode);
    let (mut journal, done) = match open_journal(args, &scenario, &actions, &mut shift) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let mut code = ExitCode::SUCCESS;
    let mut complete = true;
    for (index, action) in actions.iter().enumerate().skip(done) {
        if let Err(e) = shift.apply(action.clone()) {
            err!("{}:{index}: {}: {e}", args.script.display(), action.name());
            code = ExitCode::from(FAILED);
            complete = false;
            break;
        }
        if let Some(j) = journal.as_mut()
            && let Err(e) = j.append(action)
        {
            err!("{}", safe(&e.to_string()));
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
    let mode = mode_word(r.mode);
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

fn total_text(total: Option<f64>) -> String {
    total.map_or_else(|| "?".to_owned(), |s| format!("{s:.1}"))
}

fn verify(file: &Path, scenarios: Option<PathBuf>) -> ExitCode {
    if let Err(e) = std::fs::metadata(file) {
        err!("{}: cannot read: {e}", file.display());
        return ExitCode::from(TROUBLE);
    }
    let report = verify_file(file, &source_for(scenarios));
    for note in &report.notes {
        out!("note: {}", safe(&note.to_string()));
    }
    let claims = if report.scenario_id.is_empty() {
        "nothing readable".to_owned()
    } else {
        format!(
            "trainee {}, scenario {}",
            safe(&report.trainee),
            safe(&report.scenario_id)
        )
    };
    let (verdict, code) = match report.outcome() {
        Outcome::Authentic => {
            out!(
                "{}: authentic — {claims}, score {}",
                file.display(),
                total_text(report.score())
            );
            return ExitCode::SUCCESS;
        }
        Outcome::NotAuthentic => ("NOT authentic", FAILED),
        Outcome::NotChecked => ("NOT CHECKED", TROUBLE),
    };
    match report.stored_total {
        Some(total) => out!(
            "{}: {verdict} — claims {claims}, score {total:.1}",
            file.display()
        ),
        None => out!("{}: {verdict} — claims {claims}", file.display()),
    }
    for d in &report.differences {
        out!("  - {}", safe(&d.to_string()));
    }
    ExitCode::from(code)
}

struct GradeArgs {
    dir: PathBuf,
    csv: Option<PathBuf>,
    scenarios: Option<PathBuf>,
    threads: usize,
    rescore: bool,
}

fn grade_dir(args: &GradeArgs) -> ExitCode {
    let source = source_for(args.scenarios.clone());
    if let Err(e) = source.check() {
        err!("{}", safe(&e.to_string()));
        return ExitCode::from(TROUBLE);
    }
    let reports = match grade_folder(&args.dir, &source, args.threads) {
        Ok(r) => r,
        Err(e) => {
            err!("{e}");
            return ExitCode::from(TROUBLE);
        }
    };
    print_table(&reports, args.rescore);
    let count = |o: Outcome| reports.iter().filter(|r| r.outcome() == o).count();
    let unchecked = count(Outcome::NotChecked);
    out!(
        "{}: {}, {} authentic, {} not authentic{}",
        args.dir.display(),
        plural(reports.len(), "file", "files"),
        count(Outcome::Authentic),
        count(Outcome::NotAuthentic),
        if unchecked > 0 {
            format!(", {unchecked} not checked")
        } else {
            String::new()
        }
    );
    if let Some(path) = &args.csv {
        if let Err(e) = write_csv(path, &reports) {
            err!("{e}");
            return ExitCode::from(TROUBLE);
        }
        out!("Grades written to {}", path.display());
    }
    ExitCode::SUCCESS
}

fn print_table(reports: &[VerifyReport], rescore: bool) {
    let mut header = vec!["FILE", "TRAINEE", "SCENARIO"];
    if rescore {
        header.push("STORED");
    }
    header.extend(["SCORE", "AUTHENTIC", "CRITICAL"]);
    // Right-aligned columns: the scores.
    let numeric = |i: usize| i == 3 || (rescore && i == 4);
    let rows: Vec<Vec<String>> = reports
        .iter()
        .map(|r| {
            let mut row = vec![
                safe(
                    &r.file
                        .file_name()
                        .unwrap_or(r.file.as_os_str())
                        .to_string_lossy(),
                ),
                safe(&r.trainee),
                safe(&r.scenario_id),
            ];
            if rescore {
                row.push(
                    r.stored_total
                        .map(|s| format!("{s:.1}"))
                        .unwrap_or_default(),
                );
            }
            row.push(r.score().map(|s| format!("{s:.1}")).unwrap_or_default());
            row.push(
                match r.outcome() {
                    Outcome::Authentic => "yes",
                    Outcome::NotAuthentic => "NO",
                    Outcome::NotChecked => "NOT CHECKED",
                }
                .to_owned(),
            );
            row.push(r.critical_errors.join(", "));
            row
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            if numeric(i) {
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
    let header: Vec<String> = header.into_iter().map(str::to_owned).collect();
    out!("{}", line(&header));
    for row in &rows {
        out!("{}", line(row));
    }
    for r in reports {
        let name = safe(
            &r.file
                .file_name()
                .unwrap_or(r.file.as_os_str())
                .to_string_lossy(),
        );
        for d in &r.differences {
            out!("  {name}: {}", safe(&d.to_string()));
        }
        if rescore {
            for n in &r.notes {
                out!("  {name}: note: {}", safe(&n.to_string()));
            }
        }
    }
    let noted = reports.iter().filter(|r| !r.notes.is_empty()).count();
    if noted > 0 && !rescore {
        out!(
            "{} notes (older engine or file format, converted line ends); --rescore shows them beside the stored scores",
            if noted == 1 {
                "1 file has".to_owned()
            } else {
                format!("{noted} files have")
            }
        );
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
