//! `motcua play`: a scripted shift headless, with a crash-safe journal (`--resume`), the score
//! printed and a sealed result file written.

use super::*;

pub(super) struct PlayArgs {
    pub(super) scenario: PathBuf,
    pub(super) script: PathBuf,
    pub(super) seed: u64,
    pub(super) mode: Mode,
    pub(super) trainee: String,
    pub(super) session: Option<String>,
    pub(super) out: Option<PathBuf>,
    pub(super) journal: Option<PathBuf>,
    pub(super) resume: bool,
    pub(super) lang: Option<crate::text::Lang>,
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

pub(super) fn play(args: &PlayArgs) -> ExitCode {
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
    let verdict = match Standing::of(r) {
        Standing::Passed => "PASSED",
        Standing::PassedWithHints => "NOT PASSED: hints were used",
        Standing::NotPassed => "FAILED",
        Standing::Unfinished => "UNFINISHED: the shift was not ended",
    };
    let mode = mode_word(r.mode);
    out!("Score: {:.1} / 100 — {verdict} ({mode} mode)", r.total);
    for d in &r.dimensions {
        out!(
            "  {:<13} {:>5.1}%  {:>5.1} / {:<5.1} (rubric weight {}{}, opportunities {}, penalties {})",
            d.dimension.id(),
            d.percent,
            d.points,
            d.out_of,
            d.weight,
            if d.counted() {
                ""
            } else {
                ", not counted: no work of this kind"
            },
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
