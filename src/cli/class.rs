//! `motcua class`: a conference's results, from one or more folders, verified and
//! summarized — the command-line side of the instructor's class dashboard.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::*;
use crate::class::{
    Class, ClassOptions, Entry, Item, Progress, Verdict, collect_folder, import, write_gradebook,
    write_report,
};
use crate::i18n::Locale;
use crate::score::Dimension;
use crate::session::SessionCode;
use crate::text::Lang;

/// What `motcua class` was asked.
pub(super) struct ClassArgs {
    pub(super) dirs: Vec<PathBuf>,
    pub(super) session: Option<String>,
    pub(super) lrs: Option<String>,
    pub(super) csv: Option<PathBuf>,
    pub(super) html: Option<PathBuf>,
    pub(super) threads: usize,
    pub(super) scenarios: Option<PathBuf>,
    pub(super) lang: Option<String>,
    pub(super) title: Option<String>,
}

/// Runs `motcua class`.
pub(super) fn class(args: &ClassArgs) -> ExitCode {
    let session = match args.session.as_deref().map(SessionCode::parse) {
        None => None,
        Some(Ok(code)) => Some(code),
        Some(Err(e)) => {
            err!(
                "--session {}: {e}",
                safe(args.session.as_deref().unwrap_or(""))
            );
            return ExitCode::from(TROUBLE);
        }
    };
    let lang = match args.lang.as_deref() {
        None => Lang::Vi,
        Some(tag) => match Lang::from_tag(tag) {
            Some(lang) => lang,
            None => {
                err!("--lang {}: use vi, en or bn", safe(tag));
                return ExitCode::from(TROUBLE);
            }
        },
    };
    let source = ScenarioSource::new(args.scenarios.clone().unwrap_or_else(default_scenarios));
    if let Err(e) = source.check() {
        err!("{}", safe(&e.to_string()));
        return ExitCode::from(TROUBLE);
    }
    let mut items = Vec::new();
    for dir in &args.dirs {
        match collect_folder(dir) {
            Ok(files) => items.extend(files.into_iter().map(Item::file)),
            Err(e) => {
                err!("{}", safe(&e.to_string()));
                return ExitCode::from(TROUBLE);
            }
        }
    }
    if let (Some(endpoint), Some(code)) = (&args.lrs, &session) {
        let cfg = crate::xapi::LrsConfig {
            endpoint: endpoint.clone(),
            username: std::env::var("MOTCUA_LRS_USER").unwrap_or_default(),
            password: std::env::var("MOTCUA_LRS_PASSWORD").unwrap_or_default(),
            ..crate::xapi::LrsConfig::default()
        };
        match crate::xapi::client::fetch_session(&cfg, code) {
            Ok(fetched) => {
                err!(
                    "Read {} of session {code} from the LRS",
                    plural(fetched.len(), "result", "results")
                );
                items.extend(fetched.into_iter().map(|f| {
                    Item::bytes(
                        crate::class::Origin::Lrs {
                            statement: f.statement_id,
                        },
                        f.result_file,
                    )
                }));
            }
            Err(e) => {
                err!("{}", safe(&e.to_string()));
                return ExitCode::from(TROUBLE);
            }
        }
    }
    if items.is_empty() {
        out!("No result files (*.motcua) in {}", folders(&args.dirs));
        return ExitCode::SUCCESS;
    }
    let options = ClassOptions {
        session,
        threads: args.threads,
    };
    let started = Instant::now();
    let class = with_progress(|progress| import(items, &source, &options, progress));
    err!(
        "Verified {} in {:.2} s",
        plural(class.entries.len(), "result", "results"),
        started.elapsed().as_secs_f64()
    );
    print_rows(&class);
    print_set_apart(&class);
    print_summary(&class, options.session.as_ref());
    let mut code = if class
        .entries
        .iter()
        .any(|e| matches!(e.verdict, Verdict::Tampered | Verdict::Duplicate { .. }))
    {
        FAILED
    } else {
        0
    };
    if class
        .entries
        .iter()
        .any(|e| e.verdict == Verdict::NotChecked)
    {
        code = TROUBLE;
    }
    if let Some(path) = &args.csv {
        match write_gradebook(path, &class) {
            Ok(()) => out!("Gradebook written to {}", path.display()),
            Err(e) => {
                err!("{e}");
                code = TROUBLE;
            }
        }
    }
    if let Some(path) = &args.html {
        let title = args.title.clone().unwrap_or_else(|| {
            options
                .session
                .as_ref()
                .map_or_else(|| folders(&args.dirs), |c| c.as_str().to_owned())
        });
        match write_report(path, &class, &Locale::new(lang), &title) {
            Ok(()) => out!("Report written to {}", path.display()),
            Err(e) => {
                err!("{e}");
                code = TROUBLE;
            }
        }
    }
    ExitCode::from(code)
}

fn folders(dirs: &[PathBuf]) -> String {
    dirs.iter()
        .map(|d| d.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs the import while a line on stderr shows how far it has come: redrawn in place ten
/// times a second on a terminal; elsewhere (a log) one line at the start.
fn with_progress(work: impl FnOnce(&Progress) -> Class + Send) -> Class {
    let progress = Progress::new();
    let done = AtomicBool::new(false);
    let terminal = std::io::stderr().is_terminal();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut shown = usize::MAX;
            while !done.load(Ordering::Relaxed) {
                let now = progress.done();
                if terminal && now != shown && progress.total() > 0 {
                    let mut stderr = std::io::stderr().lock();
                    let _ = write!(
                        stderr,
                        "\rVerifying {}/{} ({:.0} %)",
                        now,
                        progress.total(),
                        progress.fraction() * 100.0
                    );
                    let _ = stderr.flush();
                    shown = now;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            if terminal && shown != usize::MAX {
                // Clear the line for what follows.
                let _ = write!(std::io::stderr().lock(), "\r{:40}\r", "");
            }
        });
        if !terminal {
            err!("Verifying the results…");
        }
        let class = work(&progress);
        done.store(true, Ordering::Relaxed);
        class
    })
}

/// Lines aligned in columns; `numeric` columns right-aligned.
fn table(header: &[&str], rows: &[Vec<String>], numeric: &[usize]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w.saturating_sub(cell.chars().count()));
            if numeric.contains(&i) {
                s.push_str(&pad);
                s.push_str(cell);
            } else {
                s.push_str(cell);
                s.push_str(&pad);
            }
            s.push_str("  ");
        }
        s.trim_end().to_owned()
    };
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    out!("{}", line(&header));
    for row in rows {
        out!("{}", line(row));
    }
}

fn score_text(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v:.1}"))
}

fn print_rows(class: &Class) {
    let rows: Vec<Vec<String>> = class
        .summary
        .rows
        .iter()
        .map(|r| {
            vec![
                safe(&r.trainee),
                safe(&r.scenario_id),
                format!("{:.1}", r.score),
                r.standing.word().to_owned(),
                r.critical_errors.join(", "),
                safe(r.finished.as_deref().unwrap_or("")),
                safe(&r.origin.label()),
            ]
        })
        .collect();
    table(
        &[
            "TRAINEE", "SCENARIO", "SCORE", "RESULT", "CRITICAL", "FINISHED", "FROM",
        ],
        &rows,
        &[2],
    );
}

/// Why an entry is set apart, in the command line's words.
fn reason(class: &Class, entry: &Entry) -> String {
    let other = |i: usize| {
        class.entries.get(i).map_or_else(String::new, |e| {
            format!("{} ({})", safe(e.trainee()), safe(&e.origin.label()))
        })
    };
    match &entry.verdict {
        Verdict::Counted => "counted".to_owned(),
        Verdict::Tampered => "NOT authentic".to_owned(),
        Verdict::NotChecked => "NOT CHECKED".to_owned(),
        Verdict::ForeignSession { session: Some(s) } => {
            format!("another session ({})", safe(s))
        }
        Verdict::ForeignSession { session: None } => "no session".to_owned(),
        Verdict::Duplicate { of, similarity } => format!(
            "same actions as {} ({:.0} % alike)",
            other(*of),
            similarity * 100.0
        ),
        Verdict::Superseded { by } => format!("superseded by {}", other(*by)),
    }
}

fn print_set_apart(class: &Class) {
    let apart: Vec<(usize, &Entry)> = class.set_apart().collect();
    if apart.is_empty() {
        return;
    }
    out!();
    out!("Set apart, not counted ({}):", apart.len());
    for (_, entry) in apart
        .iter()
        .filter(|(_, e)| !matches!(e.verdict, Verdict::Duplicate { .. }))
    {
        out!(
            "  {} — {}: {}",
            safe(&entry.origin.label()),
            who(entry),
            reason(class, entry)
        );
        for d in &entry.report.differences {
            out!("      {}", safe(&d.to_string()));
        }
    }
    for (n, group) in class.duplicate_groups().iter().enumerate() {
        out!(
            "  duplicates, group {} (same scenario and seed, near-identical actions; decide who did the work):",
            n + 1
        );
        for &i in group {
            if let Some(entry) = class.entries.get(i) {
                out!(
                    "    {} — {}: {}",
                    safe(&entry.origin.label()),
                    who(entry),
                    reason(class, entry)
                );
            }
        }
    }
}

fn who(entry: &Entry) -> String {
    if entry.trainee().is_empty() {
        "nothing readable".to_owned()
    } else {
        safe(entry.trainee())
    }
}

fn print_summary(class: &Class, session: Option<&SessionCode>) {
    let s = &class.summary;
    out!();
    out!(
        "{}{}: {} counted, {} set apart; {} passed; mean {}, median {}",
        session.map_or_else(String::new, |c| format!("Session {}, ", c.as_str())),
        plural(class.entries.len(), "result", "results"),
        s.counted,
        s.set_apart,
        s.passed,
        score_text(s.mean),
        score_text(s.median)
    );
    let buckets: Vec<String> = s
        .distribution
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if i + 1 == s.distribution.len() {
                format!("{}–100: {n}", i * 10)
            } else {
                format!("{}–{}: {n}", i * 10, i * 10 + 9)
            }
        })
        .collect();
    out!("Scores: {}", buckets.join(", "));
    let dims: Vec<String> = s
        .dimension_averages
        .iter()
        .map(|d| format!("{} {}", d.dimension.id(), score_text(d.average)))
        .collect();
    debug_assert_eq!(dims.len(), Dimension::ALL.len());
    out!("Dimensions (average %): {}", dims.join(", "));
    if !s.mistakes.is_empty() {
        out!("Most common mistakes:");
        for m in s.mistakes.iter().take(5) {
            out!(
                "  {} — {} times, {} of {} trainees ({})",
                m.rule.id(),
                m.count,
                m.trainees,
                s.counted,
                m.rule.cite()
            );
        }
    }
    if !s.hardest_cases.is_empty() {
        out!("Hardest cases:");
        for c in s.hardest_cases.iter().take(5) {
            out!(
                "  {} {}{} — handled wrongly by {} of {}, mistakes by {}",
                safe(&c.scenario_id),
                safe(&c.citizen),
                c.name
                    .as_deref()
                    .map_or_else(String::new, |n| format!(" ({})", safe(n))),
                c.wrong,
                c.of,
                c.with_mistakes
            );
        }
    }
}
