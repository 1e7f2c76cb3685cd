//! Embeds the shipped scenario pack (`scenarios/`) into the binary, so the app and the CLI
//! work from any folder, offline, with nothing but the executable; and, for a Windows
//! build, the Windows resources of `motcua.exe` (icon, version information, manifest).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "ron")
            && let Ok(rel) = path.strip_prefix(root)
        {
            out.push(rel.to_path_buf());
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let root = manifest.join("scenarios");
    println!("cargo:rerun-if-changed=scenarios");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The shipped scenario pack: (path relative to `scenarios/`, text).\npub(crate) static FILES: &[(&str, &str)] = &[\n",
    );
    for rel in &files {
        let rel_text = rel.to_string_lossy().replace('\\', "/");
        let abs = root.join(rel);
        let _ = writeln!(
            code,
            "    ({rel_text:?}, include_str!({:?})),",
            abs.to_string_lossy()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("builtin_pack.rs");
    if let Err(e) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
    windows_resources(&manifest);
}

/// Compiles `assets/windows/motcua.rc` (icon, version information from `Cargo.toml`,
/// application manifest) with the MinGW resource compiler and links it into `motcua.exe`.
/// Only for a Windows target with the GNU toolchain (the one the README's Windows command
/// builds); a missing resource compiler fails the build with what to install.
fn windows_resources(manifest: &Path) {
    let env = |key: &str| std::env::var(key).unwrap_or_default();
    if env("CARGO_CFG_TARGET_OS") != "windows" {
        return;
    }
    let assets = manifest.join("assets").join("windows");
    println!("cargo:rerun-if-changed={}", assets.display());
    println!("cargo:rerun-if-changed=assets/icon/motcua.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    if env("CARGO_CFG_TARGET_ENV") != "gnu" {
        println!(
            "cargo:warning=Windows resources (icon, version) are only built for the GNU target \
             (x86_64-pc-windows-gnu); this build has none"
        );
        return;
    }
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
        if cfg!(windows) {
            "windres".to_owned()
        } else {
            format!("{}-w64-mingw32-windres", env("CARGO_CFG_TARGET_ARCH"))
        }
    });
    let out_dir = PathBuf::from(env("OUT_DIR"));
    // The version block, from Cargo.toml (Windows wants four numbers).
    let number = |key: &str| env(key).parse::<u16>().unwrap_or(0);
    let (major, minor, patch) = (
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH"),
    );
    let version_rc = format!(
        "#define MOTCUA_VERSION_NUMBERS {major},{minor},{patch},0\n\
         #define MOTCUA_VERSION_TEXT \"{}\"\n",
        env("CARGO_PKG_VERSION")
    );
    let version_path = out_dir.join("version.rc");
    let object = out_dir.join("motcua-resources.o");
    if let Err(e) = std::fs::write(&version_path, version_rc) {
        panic!("cannot write {}: {e}", version_path.display());
    }
    let status = std::process::Command::new(&windres)
        .arg("--codepage=65001")
        .arg("--input-format=rc")
        .arg("--output-format=coff")
        .arg("-I")
        .arg(&out_dir)
        .arg("-I")
        .arg(&assets)
        .arg("-I")
        .arg(manifest.join("assets").join("icon"))
        .arg("-i")
        .arg(assets.join("motcua.rc"))
        .arg("-o")
        .arg(&object)
        .status();
    match status {
        Ok(s) if s.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        Ok(s) => panic!("{windres} failed ({s}) on assets/windows/motcua.rc"),
        Err(e) => panic!(
            "cannot run the resource compiler `{windres}` ({e}): install MinGW-w64 \
             (Debian: apt-get install binutils-mingw-w64-x86-64) or set WINDRES"
        ),
    }
}
