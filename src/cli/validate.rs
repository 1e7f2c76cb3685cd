//! `motcua validate`: a pack or one scenario folder, loaded, checked and its declared test
//! paths replayed.

use super::*;

pub(super) fn validate(path: &Path) -> ExitCode {
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
