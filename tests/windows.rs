//! `motcua.exe`, the Windows build users get, tested under Wine (and Xvfb for the window).
//!
//! `.ci/windows` cross-builds the .exe (`x86_64-pc-windows-gnu`, MinGW-w64) and runs these
//! tests with `MOTCUA_WINDOWS_EXE` set to it. In a plain `cargo test` they are ignored (they
//! need MinGW, Wine and Xvfb); run with `--ignored` but without the variable, they fail and say
//! what to do.
//!
//! What they cover: the .exe is a GUI program (no console window) with its icon, version and
//! manifest; the CLI still prints to the console it was started from; the app starts under
//! Wine, draws its home screen and exits, its data in the (Vietnamese) user's AppData folder;
//! `validate` says on Windows what it says on Linux; every shipped expert and careless path
//! plays to the same score and the byte-identical result file on both systems, and the Linux
//! build verifies the Windows file; and the paths only Windows has: a torn journal cut on
//! resume, a result replaced over an existing file (also while another program holds it a
//! moment), folders with Vietnamese names, a results folder that cannot be written.
//!
//! Wine 8 (Debian 12) lacks `ProcessPrng`, which Rust's std imports; the test builds a shim
//! DLL (`tests/windows_support/processprng_shim.c`) into its own copy of the .exe's folder.
//! The shim is never part of what users get.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use motcua::scenario::load::{BUILTIN_ROOT, load_pack};
use motcua::sim::Action;

mod common;
#[cfg(feature = "gui")]
mod ui_support;

use common::copy_dir;

const WHY: &str = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests";

/// The Windows user of the Wine prefix: the test's AppData then has Vietnamese letters in it.
const WINDOWS_USER: &str = "Nguyễn Văn An";

/// The shared Wine set-up: a folder with the .exe, the shim and the helper, and a prefix.
struct Wine {
    /// Holds everything below; removed by the OS's temp cleaning (statics are not dropped).
    root: PathBuf,
    /// `<root>/bin/motcua.exe` (a copy of the one under test).
    exe: PathBuf,
    /// `<root>/bin/hold_file.exe`.
    hold_file: PathBuf,
    /// The Wine prefix (`WINEPREFIX`).
    prefix: PathBuf,
}

fn wine() -> &'static Wine {
    static WINE: OnceLock<Wine> = OnceLock::new();
    WINE.get_or_init(set_up)
}

fn set_up() -> Wine {
    let Some(exe) = std::env::var_os("MOTCUA_WINDOWS_EXE") else {
        panic!(
            "MOTCUA_WINDOWS_EXE is not set: these tests run motcua.exe under Wine; \
             run `bash .ci/windows`, which builds it and sets the variable"
        );
    };
    let exe = PathBuf::from(exe);
    assert!(
        exe.is_file(),
        "MOTCUA_WINDOWS_EXE={} is not a file",
        exe.display()
    );
    let root = tempfile::Builder::new()
        .prefix("motcua-wine-")
        .tempdir()
        .expect("temporary folder")
        .keep();
    let bin = root.join("bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    let copy = bin.join("motcua.exe");
    std::fs::copy(&exe, &copy).expect("copy of motcua.exe");
    let support = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/windows_support");
    mingw_gcc(&[
        "-O2".as_ref(),
        "-shared".as_ref(),
        "-o".as_ref(),
        bin.join("bcryptprimitives.dll").as_os_str(),
        support.join("processprng_shim.c").as_os_str(),
        "-ladvapi32".as_ref(),
    ]);
    let hold_file = bin.join("hold_file.exe");
    mingw_gcc(&[
        "-O2".as_ref(),
        "-municode".as_ref(),
        "-o".as_ref(),
        hold_file.as_os_str(),
        support.join("hold_file.c").as_os_str(),
    ]);
    let prefix = root.join("prefix");
    let boot = Command::new("wineboot")
        .arg("-i")
        .envs(wine_env(&prefix))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("wineboot (install Debian's wine64)");
    assert!(boot.success(), "wineboot -i failed: {boot}");
    Wine {
        root,
        exe: copy,
        hold_file,
        prefix,
    }
}

fn mingw_gcc(args: &[&OsStr]) {
    let out = Command::new("x86_64-w64-mingw32-gcc")
        .args(args)
        .output()
        .expect("x86_64-w64-mingw32-gcc (install Debian's gcc-mingw-w64-x86-64)");
    assert!(
        out.status.success(),
        "x86_64-w64-mingw32-gcc {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn wine_env(prefix: &Path) -> Vec<(&'static str, std::ffi::OsString)> {
    vec![
        ("DISPLAY", display().into()),
        ("WINEPREFIX", prefix.as_os_str().to_owned()),
        ("USER", WINDOWS_USER.into()),
        ("WINEDEBUG", "-all".into()),
        // No Wine dialogs (Mono, Gecko) in a test.
        ("WINEDLLOVERRIDES", "mscoree,mshtml=".into()),
    ]
}

impl Wine {
    /// A command running a Windows program of the test under Wine.
    fn command(&self, program: &Path) -> Command {
        let mut c = Command::new("wine");
        c.arg(program)
            .stdin(Stdio::null())
            .envs(wine_env(&self.prefix))
            .env_remove("MOTCUA_DATA_DIR")
            .env_remove("MOTCUA_MEASURE")
            .current_dir(&self.root);
        c
    }

    /// Runs `motcua.exe` with these arguments.
    fn motcua<S: AsRef<OsStr>>(&self, args: &[S]) -> Output {
        let out = self
            .command(&self.exe)
            .args(args)
            .output()
            .expect("wine runs");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "motcua.exe panicked: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// `C:\` of the prefix, on the Linux side.
    fn drive_c(&self) -> PathBuf {
        self.prefix.join("drive_c")
    }

    /// The Windows user's profile folder, on the Linux side.
    fn profile(&self) -> PathBuf {
        self.drive_c().join("users").join(WINDOWS_USER)
    }
}

/// A Linux path as Windows programs under Wine see it (drive Z: is `/`).
fn windows_path(path: &Path) -> String {
    format!("Z:{}", path.display()).replace('/', "\\")
}

/// A path under the prefix's drive C:, as Windows sees it.
fn drive_c_path(wine: &Wine, path: &Path) -> String {
    let rel = path
        .strip_prefix(wine.drive_c())
        .expect("a path under drive_c");
    format!("C:\\{}", rel.display()).replace('/', "\\")
}

/// The Linux build of the same sources.
fn run_linux(args: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_motcua"))
        .args(args)
        .env_remove("MOTCUA_DATA_DIR")
        .output()
        .expect("the Linux motcua runs")
}

/// Verifies a result file with the Linux build; asserts it is authentic (exit 0) and returns
/// what `verify` printed.
fn verified_on_linux(path: &Path, what: &str) -> String {
    let verified = run_linux(&["verify".as_ref(), path.as_os_str()]);
    let printed = text(&verified.stdout);
    assert_eq!(
        verified.status.code(),
        Some(0),
        "{what}: the Linux build must verify {}: {printed}",
        path.display()
    );
    printed
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// Every declared test path of the shipped pack: (scenario folder, script, seed, mode).
fn shipped_paths() -> Vec<(PathBuf, String, u64, &'static str)> {
    let pack = load_pack(Path::new(BUILTIN_ROOT));
    let mut paths = Vec::new();
    for (dir, scenario) in &pack.scenarios {
        let scenario = scenario.as_ref().expect("the shipped pack loads");
        let name = dir.file_name().expect("a scenario folder");
        let tests = &scenario.file.tests;
        for p in tests.expert.iter().chain(&tests.careless) {
            let mode = match p.mode {
                motcua::scenario::Mode::Practice => "practice",
                motcua::scenario::Mode::Exam => "exam",
            };
            paths.push((scenarios_dir().join(name), p.script.clone(), p.seed, mode));
        }
    }
    assert!(
        paths.len() >= 20,
        "the shipped pack declares its test paths"
    );
    paths
}

/// A Windows GUI-subsystem program (2), not a console one (3): no console window opens
/// behind the app.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn the_exe_is_a_gui_program_with_icon_version_and_manifest() {
    let wine = wine();
    let bytes = std::fs::read(&wine.exe).expect("read the exe");
    let pe = u32::from_le_bytes(bytes[0x3c..0x40].try_into().expect("4 bytes")) as usize;
    assert_eq!(&bytes[pe..pe + 4], b"PE\0\0", "a PE file");
    let optional = pe + 24;
    assert_eq!(
        u16::from_le_bytes([bytes[optional], bytes[optional + 1]]),
        0x20b,
        "PE32+ (64-bit)"
    );
    let subsystem = u16::from_le_bytes([bytes[optional + 68], bytes[optional + 69]]);
    assert_eq!(subsystem, 2, "IMAGE_SUBSYSTEM_WINDOWS_GUI");

    // The resources, as Windows' Explorer reads them (icoutils' wrestool).
    let listed = Command::new("wrestool")
        .arg("-l")
        .arg(&wine.exe)
        .output()
        .expect("wrestool (install Debian's icoutils)");
    let listed = text(&listed.stdout);
    for kind in ["--type=14", "--type=16", "--type=24"] {
        assert!(
            listed.contains(kind),
            "no resource {kind} (14 icon group, 16 version, 24 manifest):\n{listed}"
        );
    }
    // The icon is ours, in every size: each image of assets/icon/motcua.ico is in the .exe.
    let shipped =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon/motcua.ico"))
            .expect("assets/icon/motcua.ico");
    let count = u16::from_le_bytes([shipped[4], shipped[5]]) as usize;
    assert_eq!(count, 6, "six sizes, 16 to 256 px");
    for i in 0..count {
        let entry = &shipped[6 + 16 * i..6 + 16 * (i + 1)];
        let size = u32::from_le_bytes(entry[8..12].try_into().expect("4 bytes")) as usize;
        let offset = u32::from_le_bytes(entry[12..16].try_into().expect("4 bytes")) as usize;
        let image = &shipped[offset..offset + size];
        assert!(
            bytes.windows(size).any(|w| w == image),
            "icon image {i} ({size} bytes) is not in the .exe"
        );
    }
    assert_eq!(listed.matches("--type=3 ").count(), count, "{listed}");
    // The version block names the product and Cargo.toml's version (UTF-16, as Windows stores it).
    let version = Command::new("wrestool")
        .args(["-x", "--raw", "--type=16"])
        .arg(&wine.exe)
        .output()
        .expect("wrestool -x");
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    for wanted in [
        "ProductName",
        "Một Cửa",
        "FileVersion",
        env!("CARGO_PKG_VERSION"),
        "motcua.exe",
    ] {
        let needle = utf16(wanted);
        assert!(
            version.stdout.windows(needle.len()).any(|w| w == needle),
            "the version resource lacks {wanted:?}"
        );
    }
    let manifest = Command::new("wrestool")
        .args(["-x", "--raw", "--type=24"])
        .arg(&wine.exe)
        .output()
        .expect("wrestool -x");
    let manifest = text(&manifest.stdout);
    assert!(
        manifest.contains("asInvoker") && manifest.contains("PerMonitorV2"),
        "{manifest}"
    );
}

/// Started from a console, a subcommand prints there (the GUI program attaches to it), and
/// its exit code is the one of the Linux build.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn the_cli_prints_to_its_console_and_validate_agrees_with_linux() {
    let wine = wine();
    let version = wine.motcua(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout).trim(),
        format!("motcua {}", env!("CARGO_PKG_VERSION"))
    );
    let windows = wine.motcua(&["validate", "<built-in>/scenarios"]);
    let linux = run_linux(&["validate".as_ref(), "<built-in>/scenarios".as_ref()]);
    assert_eq!(windows.status.code(), Some(0), "{}", text(&windows.stderr));
    assert_eq!(linux.status.code(), Some(0));
    assert_eq!(text(&windows.stdout), text(&linux.stdout));
    assert!(
        text(&windows.stdout).contains(": OK — "),
        "{}",
        text(&windows.stdout)
    );
    // A broken file: the same message, file:line:col, and exit code 1 on both.
    let broken = tempfile::tempdir().expect("temp");
    copy_dir(&scenarios_dir(), broken.path());
    let file = broken.path().join("tutorial-birth/scenario.ron");
    let original = std::fs::read_to_string(&file).expect("scenario.ron");
    std::fs::write(
        &file,
        original.replacen("difficulty: 1,", "difficulty: \"one\",", 1),
    )
    .expect("write");
    let windows = wine.motcua(&["validate".to_owned(), windows_path(broken.path())]);
    let linux = run_linux(&["validate".as_ref(), broken.path().as_os_str()]);
    assert_eq!(windows.status.code(), Some(1));
    assert_eq!(linux.status.code(), Some(1));
    let line = |out: &Output| {
        text(&out.stdout)
            .lines()
            .chain(text(&out.stderr).lines())
            .find(|l| l.contains("scenario.ron:"))
            .map(|l| l[l.find("scenario.ron:").unwrap_or(0)..].to_owned())
    };
    assert!(line(&linux).is_some(), "{}", text(&linux.stdout));
    assert_eq!(line(&windows), line(&linux));
}

/// Determinism across systems: the same run gives the same score and the same sealed
/// result file, byte for byte, and the Linux build verifies the Windows file.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn every_shipped_path_plays_the_same_on_windows_and_linux() {
    let wine = wine();
    let out = tempfile::tempdir().expect("temp");
    for (i, (scenario, script, seed, mode)) in shipped_paths().into_iter().enumerate() {
        let script_path = scenario.join(&script);
        let seed = seed.to_string();
        let win_result = out.path().join(format!("{i}-windows.motcua"));
        let lin_result = out.path().join(format!("{i}-linux.motcua"));
        let windows = wine.motcua(&[
            "play".to_owned(),
            windows_path(&scenario),
            "--script".to_owned(),
            windows_path(&script_path),
            "--seed".to_owned(),
            seed.clone(),
            "--mode".to_owned(),
            mode.to_owned(),
            "--trainee".to_owned(),
            "Trần Thị Hoà".to_owned(),
            "--out".to_owned(),
            windows_path(&win_result),
        ]);
        let linux = run_linux(&[
            "play".as_ref(),
            scenario.as_os_str(),
            "--script".as_ref(),
            script_path.as_os_str(),
            "--seed".as_ref(),
            seed.as_ref(),
            "--mode".as_ref(),
            mode.as_ref(),
            "--trainee".as_ref(),
            "Trần Thị Hoà".as_ref(),
            "--out".as_ref(),
            lin_result.as_os_str(),
        ]);
        let what = format!("{} {script} seed {seed} {mode}", scenario.display());
        assert_eq!(
            linux.status.code(),
            Some(0),
            "{what}: {}",
            text(&linux.stderr)
        );
        assert_eq!(
            windows.status.code(),
            Some(0),
            "{what} on Windows: {}",
            text(&windows.stderr)
        );
        // The printed report (score, every dimension, KPIs), all but the file name line.
        let report = |o: &Output| {
            text(&o.stdout)
                .lines()
                .filter(|l| !l.starts_with("Result written to"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(report(&windows), report(&linux), "{what}");
        let win_bytes = std::fs::read(&win_result).expect("the Windows result");
        let lin_bytes = std::fs::read(&lin_result).expect("the Linux result");
        assert!(win_bytes == lin_bytes, "{what}: the result files differ");
        let verified = verified_on_linux(&win_result, &what);
        assert!(verified.contains("authentic"), "{what}: {verified}");
    }
}

/// A journal whose last line was torn by a crash is cut back on resume: on Windows that cut
/// needs a handle opened for writing (one opened for appending is refused), and the resumed
/// run ends exactly as an uninterrupted one.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn a_torn_journal_is_cut_and_the_shift_resumes() {
    let wine = wine();
    let dir = tempfile::tempdir().expect("temp");
    let scenario = scenarios_dir().join("tutorial-birth");
    let script = scenario.join("expert.ron");
    let actions: Vec<Action> =
        ron::from_str(&std::fs::read_to_string(&script).expect("script")).expect("actions");
    assert!(actions.len() > 10);
    let half = dir.path().join("half.ron");
    std::fs::write(
        &half,
        ron::to_string(&actions[..actions.len() / 2]).expect("ron"),
    )
    .expect("write");
    let journal = dir.path().join("ca trực.journal");
    let common = |script: &Path| {
        vec![
            "play".to_owned(),
            windows_path(&scenario),
            "--script".to_owned(),
            windows_path(script),
            "--seed".to_owned(),
            "1".to_owned(),
            "--trainee".to_owned(),
            "Lê Văn Tám".to_owned(),
            "--journal".to_owned(),
            windows_path(&journal),
        ]
    };
    let first = wine.motcua(&common(&half));
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let intact = std::fs::read(&journal).expect("journal");
    // The crash: the next line was half written.
    let torn = format!("{}\tdeadbeef\tCallNe", actions.len() / 2);
    std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .and_then(|mut f| f.write_all(torn.as_bytes()))
        .expect("tear the journal");
    let resumed_result = dir.path().join("resumed.motcua");
    let mut args = common(&script);
    args.extend([
        "--resume".to_owned(),
        "--out".to_owned(),
        windows_path(&resumed_result),
    ]);
    let resumed = wine.motcua(&args);
    assert_eq!(resumed.status.code(), Some(0), "{}", text(&resumed.stderr));
    let after = std::fs::read(&journal).expect("journal");
    assert!(
        after.starts_with(&intact) && !text(&after).contains("deadbeef"),
        "the torn line was cut before the rest was written"
    );
    assert_eq!(
        text(&after).lines().count(),
        actions.len() + 1,
        "header + one line per action"
    );
    // The same as a run that never crashed.
    let straight = dir.path().join("straight.motcua");
    let linux = run_linux(&[
        "play".as_ref(),
        scenario.as_os_str(),
        "--script".as_ref(),
        script.as_os_str(),
        "--seed".as_ref(),
        "1".as_ref(),
        "--trainee".as_ref(),
        "Lê Văn Tám".as_ref(),
        "--out".as_ref(),
        straight.as_os_str(),
    ]);
    assert_eq!(linux.status.code(), Some(0));
    assert!(
        std::fs::read(&resumed_result).expect("resumed")
            == std::fs::read(&straight).expect("straight"),
        "the resumed run's result is the uninterrupted one's"
    );
}

fn play_tutorial_to(wine: &Wine, out: &str) -> Output {
    let scenario = scenarios_dir().join("tutorial-birth");
    wine.motcua(&[
        "play".to_owned(),
        windows_path(&scenario),
        "--script".to_owned(),
        windows_path(&scenario.join("expert.ron")),
        "--seed".to_owned(),
        "1".to_owned(),
        "--trainee".to_owned(),
        WINDOWS_USER.to_owned(),
        "--out".to_owned(),
        out.to_owned(),
    ])
}

/// A result file is replaced in one step over an existing one, also while a virus scanner
/// or a backup tool holds it for a moment (Windows refuses the replace then: it is retried);
/// one held for longer is reported, the old file left whole and no temporary file behind.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn a_result_replaces_an_existing_file_even_one_held_for_a_moment() {
    let wine = wine();
    let dir = tempfile::tempdir().expect("temp");
    let result = dir.path().join("kết quả.motcua");
    std::fs::write(&result, "an older result").expect("write");
    let out = play_tutorial_to(wine, &windows_path(&result));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    verified_on_linux(&result, "replaced");

    // Held (no sharing) for 0.8 s while motcua.exe replaces it.
    let mut holder = hold(wine, &result, 800);
    std::fs::write(&result, "older again").ok();
    let started = Instant::now();
    let out = play_tutorial_to(wine, &windows_path(&result));
    let took = started.elapsed();
    let _ = holder.wait();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    verified_on_linux(
        &result,
        &format!("replaced after the holder let go (in {took:?})"),
    );

    // Held for 20 s: reported, old content kept, no temporary file left.
    std::fs::write(&result, "kept as it was").expect("write");
    let mut holder = hold(wine, &result, 20000);
    let out = play_tutorial_to(wine, &windows_path(&result));
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let message = text(&out.stderr);
    assert!(
        message.contains("kết quả.motcua") && message.contains("cannot replace"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&result).expect("read"),
        "kept as it was"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Starts `hold_file.exe` on `path` for `ms` milliseconds; returns once it holds the file.
fn hold(wine: &Wine, path: &Path, ms: u32) -> std::process::Child {
    use std::io::BufRead;
    let mut holder = wine
        .command(&wine.hold_file)
        .arg(windows_path(path))
        .arg(ms.to_string())
        .stdout(Stdio::piped())
        .spawn()
        .expect("hold_file.exe");
    let stdout = holder.stdout.take().expect("piped stdout");
    let mut line = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("hold_file.exe answers");
    assert_eq!(line.trim(), "held", "hold_file.exe could not open the file");
    holder
}

/// Folders and files with Vietnamese names inside the Vietnamese user's profile: journal,
/// result and the app's data folder.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn vietnamese_folder_and_file_names_work() {
    let wine = wine();
    let folder = wine.profile().join("Tài liệu").join("Kết quả tập huấn");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let result = folder.join("Ca sáng – Đăng ký khai sinh.motcua");
    let out = play_tutorial_to(wine, &drive_c_path(wine, &result));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        result.is_file(),
        "written under its Vietnamese name: {:?}",
        std::fs::read_dir(&folder).map(|d| d
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect::<Vec<_>>())
    );
    let verified = verified_on_linux(&result, "Vietnamese names");
    assert!(verified.contains(WINDOWS_USER), "{verified}");
    // `grade` on that folder, from Windows.
    let graded = wine.motcua(&["grade".to_owned(), drive_c_path(wine, &folder)]);
    assert_eq!(graded.status.code(), Some(0), "{}", text(&graded.stderr));
    assert!(
        text(&graded.stdout).contains(WINDOWS_USER),
        "{}",
        text(&graded.stdout)
    );
}

/// A results folder nobody may write to (here: immutable, which even root obeys) gives a
/// message naming the file and exit code 2, never a panic.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn a_results_folder_that_cannot_be_written_is_reported() {
    let wine = wine();
    let dir = tempfile::tempdir().expect("temp");
    let folder = dir.path().join("Kết quả (chỉ đọc)");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let locked = Command::new("chattr")
        .arg("+i")
        .arg(&folder)
        .status()
        .expect("chattr (e2fsprogs)");
    assert!(locked.success(), "chattr +i needs root on ext4/xfs/btrfs");
    let result = folder.join("ca.motcua");
    let out = play_tutorial_to(wine, &windows_path(&result));
    let _ = Command::new("chattr").arg("-i").arg(&folder).status();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let message = text(&out.stderr);
    assert!(
        message.contains("ca.motcua") && message.contains("Kết quả (chỉ đọc)"),
        "names the file: {message}"
    );
    assert!(!result.exists());
}

/// The X display every Wine process of the tests uses: one server for the prefix, so that
/// Wine's desktop process and the app share it. `.ci/windows` runs the tests under
/// `xvfb-run` with a 1366x768 screen.
fn display() -> String {
    match std::env::var("DISPLAY") {
        Ok(d) if !d.is_empty() => d,
        _ => panic!(
            "no DISPLAY: run these tests under xvfb-run -a -s '-screen 0 1366x768x24' \
             (as .ci/windows does)"
        ),
    }
}

/// The app under Wine: it starts, loads the pack, draws its home screen and closes (the
/// start-up measure mode), with its data in the user's AppData folder. Prints the time to
/// the first frame beside the Linux build's on the same Xvfb.
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn the_app_starts_draws_its_home_screen_and_exits() {
    let wine = wine();
    let scenarios = load_pack(Path::new(BUILTIN_ROOT)).scenarios.len();
    let mut windows_times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let out = wine
            .command(&wine.exe)
            .env("MOTCUA_MEASURE", "1")
            .output()
            .expect("wine");
        let wall = started.elapsed();
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
        assert!(
            stdout.contains(&format!("({scenarios} scenarios)")),
            "the pack loaded: {stdout}"
        );
        windows_times.push((first_frame_ms(&stdout), wall));
    }
    // The data folder: AppData\Roaming of the Vietnamese user.
    let data = wine
        .profile()
        .join("AppData")
        .join("Roaming")
        .join("motcua")
        .join("motcua")
        .join("data");
    assert!(
        data.join("results").is_dir(),
        "the results folder is made in AppData: {}",
        data.display()
    );
    let home = tempfile::tempdir().expect("temp");
    let mut linux_times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
            .env("DISPLAY", display())
            .env("MOTCUA_MEASURE", "1")
            .env("MOTCUA_DATA_DIR", home.path())
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .output()
            .expect("linux app");
        let wall = started.elapsed();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        linux_times.push((first_frame_ms(&text(&out.stdout)), wall));
    }
    let median = |v: &mut Vec<(f64, Duration)>| {
        v.sort_by_key(|t| t.1);
        v[v.len() / 2]
    };
    let (w_frame, w_wall) = median(&mut windows_times);
    let (l_frame, l_wall) = median(&mut linux_times);
    println!(
        "start-up, median of 3 on one Xvfb: motcua.exe under Wine: first frame {w_frame:.0} ms \
         after main, {:.0} ms from launch to exit; Linux build (this test's, debug): first \
         frame {l_frame:.0} ms, {:.0} ms launch to exit",
        w_wall.as_secs_f64() * 1000.0,
        l_wall.as_secs_f64() * 1000.0
    );
}

fn first_frame_ms(stdout: &str) -> f64 {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("time-to-first-frame-ms: "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no time-to-first-frame line: {stdout}"))
}

/// The settings file is replaced in one step each time the trainee changes a setting: on
/// Windows that is a rename over the existing file. Clicks the real app under Wine, where the
/// language buttons are (found by laying out the same home screen with egui_kittest).
#[cfg(feature = "gui")]
#[test]
#[ignore = "runs motcua.exe under Wine: .ci/windows builds it and runs these tests"]
fn the_settings_file_is_replaced_as_the_trainee_changes_settings() {
    use egui_kittest::kittest::Queryable;
    use motcua::text::Lang;

    let wine = wine();
    let data = wine.profile().join("Dữ liệu Một Cửa");
    let mut app = wine
        .command(&wine.exe)
        .env("MOTCUA_DATA_DIR", drive_c_path(wine, &data))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wine");
    let Some((x, y, width, height)) = window_origin() else {
        let _ = app.kill();
        let out = app.wait_with_output().expect("the app's output");
        panic!(
            "the app's window did not appear on {}: {}",
            display(),
            text(&out.stderr)
        );
    };
    // Where the language buttons of home are, in the interface language `lang`.
    let button = |lang: Lang, label: &str| {
        let dir = tempfile::tempdir().expect("temp");
        let mut state = ui_support::app(dir.path());
        state.set_language(lang);
        let mut h = ui_support::builder((width, height))
            .build_ui_state(|ui, app: &mut motcua::ui::App| app.app_ui(ui), state);
        h.run();
        let centre = h
            .query_all_by_label(label)
            .next()
            .unwrap_or_else(|| panic!("no {label:?} on home"))
            .rect()
            .center();
        (x + centre.x.round() as i64, y + centre.y.round() as i64)
    };
    let settings = data.join("settings.ron");
    for (lang, label, wanted) in [(Lang::Vi, "English", "en"), (Lang::En, "বাংলা", "bn")]
    {
        let (cx, cy) = button(lang, label);
        // The app may still be loading: click again until the choice is on disk.
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            xdotool(&["mousemove", &cx.to_string(), &cy.to_string()]);
            std::thread::sleep(Duration::from_millis(300));
            xdotool(&["click", "1"]);
            std::thread::sleep(Duration::from_millis(1500));
            if saved_language(&settings).as_deref() == Some(wanted) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "clicking {label:?} at ({cx}, {cy}) did not save lang {wanted}: {:?}",
                std::fs::read_to_string(&settings)
            );
        }
    }
    let _ = app.kill();
    let _ = app.wait();
    let leftovers: Vec<_> = std::fs::read_dir(&data)
        .expect("data folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The language saved in a settings file (`"lang": "en"`), read as the app writes it.
#[cfg(feature = "gui")]
fn saved_language(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let line = text.lines().find(|l| l.contains("\"lang\""))?;
    let value = line.split(':').nth(1)?;
    Some(
        value
            .trim()
            .trim_end_matches(',')
            .trim_matches('"')
            .to_owned(),
    )
}

#[cfg(feature = "gui")]
fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display())
        .output()
        .expect("xdotool (install Debian's xdotool)");
    if !out.status.success() && !out.stderr.is_empty() {
        eprintln!("xdotool {args:?}: {}", text(&out.stderr));
    }
    text(&out.stdout)
}

/// Waits for the app's window (maximized after its first frame) and returns its origin on the
/// screen and the size egui lays out.
#[cfg(feature = "gui")]
fn window_origin() -> Option<(i64, i64, f32, f32)> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = String::new();
    loop {
        let ids = xdotool(&["search", "--name", "Một Cửa"]);
        if let Some(id) = ids.lines().last() {
            // Let it maximize itself after its first frame.
            std::thread::sleep(Duration::from_secs(3));
            let geometry = xdotool(&["getwindowgeometry", "--shell", id]);
            seen = format!("{ids} / {geometry}");
            let value = |key: &str| {
                geometry
                    .lines()
                    .find_map(|l| l.strip_prefix(key))
                    .and_then(|v| v.trim().parse::<i64>().ok())
            };
            if let (Some(x), Some(y), Some(w), Some(h)) =
                (value("X="), value("Y="), value("WIDTH="), value("HEIGHT="))
            {
                return Some((x, y, w as f32, (768 - y).min(h) as f32));
            }
        }
        if Instant::now() > deadline {
            eprintln!("no window on {} after 60 s: {seen}", display());
            return None;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn these_tests_are_run_by_ci() {
    // The Wine tests are ignored in a plain `cargo test`; CI runs them. Keep it so.
    let ci = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/windows"))
        .expect(".ci/windows");
    assert!(
        ci.contains("--test windows") && ci.contains("--ignored"),
        "{WHY}"
    );
    let run = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/run"))
        .expect(".ci/run");
    assert!(run.contains(".ci/windows"), "{WHY}");
}
