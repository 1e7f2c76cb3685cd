//! Where verification finds scenarios: a pack on disk (or built in) loaded once, or a fixed
//! set. A scenario that cannot be had is a typed [`SourceError`] that names the pack, or the
//! file and its first problem.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::scenario::Scenario;
use crate::scenario::load::{BUILTIN_ROOT, Problem, load_pack};

/// Why a scenario cannot be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// The pack folder does not exist.
    PackNotFound {
        /// The pack root.
        root: PathBuf,
    },
    /// The pack's shared data (or its folder listing) does not load.
    PackDoesNotLoad {
        /// The pack root.
        root: PathBuf,
        /// The first problem, with its file, line and column.
        problem: Box<Problem>,
        /// How many more problems there are.
        more: usize,
    },
    /// The scenario's folder is in the pack but does not load.
    ScenarioDoesNotLoad {
        /// Scenario id (its folder name).
        id: String,
        /// The first problem, with its file, line and column.
        problem: Box<Problem>,
        /// How many more problems there are.
        more: usize,
    },
    /// No scenario with this id.
    ScenarioNotFound {
        /// Scenario id.
        id: String,
        /// The pack searched, if from disk.
        root: Option<PathBuf>,
    },
}

/// A problem on one line: `file:line:col: item: message`, without the hint.
fn one_line(problem: &Problem) -> String {
    let mut p = problem.clone();
    p.hint = None;
    p.to_string().replace('\n', " ")
}

fn more_text(more: usize) -> String {
    match more {
        0 => String::new(),
        1 => " (and 1 more problem)".to_owned(),
        n => format!(" (and {n} more problems)"),
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::PackNotFound { root } => {
                write!(f, "scenario pack {} not found", root.display())
            }
            SourceError::PackDoesNotLoad {
                root,
                problem,
                more,
            } => write!(
                f,
                "the scenario pack {} does not load: {}{}",
                root.display(),
                one_line(problem),
                more_text(*more)
            ),
            SourceError::ScenarioDoesNotLoad { id, problem, more } => write!(
                f,
                "scenario `{id}` does not load: {}{}",
                one_line(problem),
                more_text(*more)
            ),
            SourceError::ScenarioNotFound {
                id,
                root: Some(root),
            } => {
                write!(f, "scenario `{id}` not found in {}", root.display())
            }
            SourceError::ScenarioNotFound { id, root: None } => {
                write!(f, "scenario `{id}` not found")
            }
        }
    }
}

impl std::error::Error for SourceError {}

/// Scenarios looked up by id: a pack root loaded once on first use (thread-safe), or a
/// fixed set given up front.
#[derive(Debug)]
pub struct ScenarioSource {
    root: Option<PathBuf>,
    loaded: OnceLock<Loaded>,
}

#[derive(Debug, Default)]
struct Loaded {
    by_id: BTreeMap<String, Arc<Scenario>>,
    failed: BTreeMap<String, (Box<Problem>, usize)>,
    pack_problem: Option<SourceError>,
}

impl ScenarioSource {
    /// Scenarios of the pack at `root` (a folder holding `shared/` and scenario folders, or
    /// [`BUILTIN_ROOT`]). The pack is loaded and validated once, on the first lookup.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: Some(root.into()),
            loaded: OnceLock::new(),
        }
    }

    /// A fixed set of already loaded scenarios.
    pub fn from_scenarios(scenarios: impl IntoIterator<Item = Arc<Scenario>>) -> Self {
        let by_id = scenarios
            .into_iter()
            .map(|s| (s.id().to_owned(), s))
            .collect();
        let loaded = OnceLock::new();
        let _ = loaded.set(Loaded {
            by_id,
            ..Loaded::default()
        });
        Self { root: None, loaded }
    }

    /// The pack root, when loading from disk.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    fn loaded(&self) -> &Loaded {
        self.loaded.get_or_init(|| match &self.root {
            Some(root) => load(root),
            None => Loaded::default(),
        })
    }

    /// Loads the pack now; an error when the pack as a whole is unusable (missing folder,
    /// shared data that does not load). Single scenarios that do not load are not an error
    /// here: [`ScenarioSource::get`] reports them.
    pub fn check(&self) -> Result<(), SourceError> {
        match &self.loaded().pack_problem {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// The scenario with this id, or why it is not available.
    pub fn get(&self, id: &str) -> Result<Arc<Scenario>, SourceError> {
        let loaded = self.loaded();
        if let Some(s) = loaded.by_id.get(id) {
            return Ok(s.clone());
        }
        // A broken shared folder makes every scenario fail with "not checked": name the
        // shared file that is at fault instead.
        if let Some(e) = &loaded.pack_problem {
            return Err(e.clone());
        }
        if let Some((problem, more)) = loaded.failed.get(id) {
            return Err(SourceError::ScenarioDoesNotLoad {
                id: id.to_owned(),
                problem: problem.clone(),
                more: *more,
            });
        }
        Err(SourceError::ScenarioNotFound {
            id: id.to_owned(),
            root: self.root.clone(),
        })
    }
}

fn load(root: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    if root != Path::new(BUILTIN_ROOT) && !root.is_dir() {
        loaded.pack_problem = Some(SourceError::PackNotFound {
            root: root.to_path_buf(),
        });
        return loaded;
    }
    let pack = load_pack(root);
    if (pack.catalog.is_none() || pack.scenarios.is_empty())
        && let Some(first) = pack.catalog_problems.first()
    {
        loaded.pack_problem = Some(SourceError::PackDoesNotLoad {
            root: root.to_path_buf(),
            problem: Box::new(first.clone()),
            more: pack.catalog_problems.len() - 1,
        });
    }
    for (dir, result) in pack.scenarios {
        match result {
            Ok(s) => {
                loaded.by_id.insert(s.id().to_owned(), Arc::new(s));
            }
            Err(problems) => {
                let folder = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if let Some(first) = problems.0.first() {
                    loaded
                        .failed
                        .insert(folder, (Box::new(first.clone()), problems.0.len() - 1));
                }
            }
        }
    }
    loaded
}
