//! `motcua verify` and `motcua grade`: result files re-simulated, one or a folder, with the
//! table and the CSV of a class.

use super::*;

fn source_for(scenarios: Option<PathBuf>) -> ScenarioSource {
    ScenarioSource::new(scenarios.unwrap_or_else(default_scenarios))
}

/// `, passed` / `, unfinished`… after a score, or nothing when it could not be recomputed.
fn standing_text(standing: Option<Standing>) -> String {
    standing.map_or_else(String::new, |s| format!(", {}", s.word()))
}

fn total_text(total: Option<f64>) -> String {
    total.map_or_else(|| "?".to_owned(), |s| format!("{s:.1}"))
}

pub(super) fn verify(file: &Path, scenarios: Option<PathBuf>) -> ExitCode {
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
                "{}: authentic — {claims}, score {}{}",
                file.display(),
                total_text(report.score()),
                standing_text(report.standing)
            );
            if report.standing == Some(Standing::Unfinished) {
                out!("  the shift was not ended (no end-shift action): it never counts as a pass");
            }
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

pub(super) struct GradeArgs {
    pub(super) dir: PathBuf,
    pub(super) csv: Option<PathBuf>,
    pub(super) scenarios: Option<PathBuf>,
    pub(super) threads: usize,
    pub(super) rescore: bool,
}

pub(super) fn grade_dir(args: &GradeArgs) -> ExitCode {
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
    header.extend(["SCORE", "RESULT", "AUTHENTIC", "CRITICAL"]);
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
                r.standing
                    .map(Standing::word)
                    .unwrap_or_default()
                    .to_owned(),
            );
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
