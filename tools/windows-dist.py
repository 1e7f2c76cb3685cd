#!/usr/bin/env python3
"""Builds the Windows release of Một Cửa for an instructor to hand out.

    python3 tools/windows-dist.py

Cross-builds `motcua.exe` on Linux for 64-bit Windows 10 and 11 (target
x86_64-pc-windows-gnu, MinGW-w64; profile `dist`: the release build, stripped) and writes

    target/dist/motcua-<version>-windows-x86_64.zip
        motcua-<version>/motcua.exe           the app (double-click) and the command line
        motcua-<version>/README.txt           how to start it, where its data goes
        motcua-<version>/LICENSE-MIT.txt      Một Cửa's licences
        motcua-<version>/LICENSE-APACHE.txt
        motcua-<version>/FONTS-OFL.txt        the embedded Noto fonts' licence
        motcua-<version>/THIRD-PARTY-LICENSES.txt   every Rust crate compiled into the .exe

Needs the Rust target and MinGW-w64; when one is missing it says how to install it.
Prints the .exe's size and the build time.
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
import zipfile

TARGET = "x86_64-pc-windows-gnu"
ROOT = pathlib.Path(__file__).resolve().parent.parent
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT", "UNLICENSE")


def fail(message):
    print(f"windows-dist: {message}", file=sys.stderr)
    sys.exit(2)


def check_tools():
    installed = subprocess.run(
        ["rustup", "target", "list", "--installed"], capture_output=True, text=True
    )
    if installed.returncode == 0 and TARGET not in installed.stdout.split():
        fail(f"the Rust target is missing: rustup target add {TARGET}")
    for tool in ("x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres"):
        if shutil.which(tool) is None:
            fail(f"{tool} is missing: apt-get install gcc-mingw-w64-x86-64 (Debian/Ubuntu)")


def build():
    started = time.monotonic()
    result = subprocess.run(
        ["cargo", "build", "--locked", "--profile", "dist", "--target", TARGET], cwd=ROOT
    )
    if result.returncode != 0:
        fail("cargo build failed (see above)")
    return time.monotonic() - started


def target_dir():
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return pathlib.Path(json.loads(meta.stdout)["target_directory"])


def compiled_packages():
    """Every package compiled into the .exe: the normal (not dev, not build) dependencies of
    motcua for the Windows target, with the features a build resolves (`cargo tree`)."""
    tree = subprocess.run(
        ["cargo", "tree", "--locked", "-e", "normal", "--target", TARGET,
         "--prefix", "none", "-f", "{p}"],
        cwd=ROOT, capture_output=True, text=True,
    )
    if tree.returncode != 0:
        fail("cargo tree failed: " + tree.stderr.strip())
    wanted = set()
    for line in tree.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].startswith("v"):
            wanted.add((parts[0], parts[1][1:]))
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked",
         "--filter-platform", TARGET],
        cwd=ROOT, capture_output=True, text=True,
    )
    if meta.returncode != 0:
        fail("cargo metadata failed: " + meta.stderr.strip())
    packages = [
        p for p in json.loads(meta.stdout)["packages"]
        if (p["name"], p["version"]) in wanted and p["name"] != "motcua"
    ]
    return sorted(packages, key=lambda p: (p["name"], p["version"]))


def third_party_text(packages):
    parts = [
        "Một Cửa (motcua.exe) is built from the Rust crates below. Each is listed with its\n"
        "licence as declared by its authors and the licence and notice files it ships.\n"
    ]
    without = []
    for p in packages:
        folder = pathlib.Path(p["manifest_path"]).parent
        files = sorted(
            f for f in folder.iterdir()
            if f.is_file() and f.name.upper().startswith(LICENCE_NAMES)
        )
        head = f"{p['name']} {p['version']}\nLicence: {p.get('license') or p.get('license_file')}"
        if p.get("authors"):
            head += f"\nAuthors: {', '.join(p['authors'])}"
        if p.get("repository"):
            head += f"\nSource: {p['repository']}"
        parts.append("=" * 78 + "\n" + head + "\n")
        if not files:
            without.append(p["name"])
            parts.append(
                "(The crate's package holds no licence file. Its licence is the one named above,\n"
                "copyright its authors; the MIT and Apache-2.0 texts are in LICENSE-MIT.txt and\n"
                "LICENSE-APACHE.txt, the full licence in its source repository.)\n"
            )
        for f in files:
            parts.append(f"--- {f.name} ---\n{f.read_text(encoding='utf-8', errors='replace')}\n")
    return "\n".join(parts), without


README = """Một Cửa {version} — mô phỏng quầy tiếp nhận và trả kết quả cấp xã
Một Cửa {version} — a training simulator for commune one-stop-shop counters

Cần / Needs: Windows 10 hoặc 11, 64-bit (Windows 7 và 8 không chạy được / do not run it).

Mở ứng dụng: bấm đúp motcua.exe. Không cần cài đặt, không cần mạng.
Start the app: double-click motcua.exe. Nothing to install; works offline.

Tệp chưa được ký số: lần đầu Windows có thể hiện "Windows đã bảo vệ máy tính của bạn";
bấm "Thông tin thêm" rồi "Vẫn chạy". / The .exe is not code-signed: the first time, Windows
may say "Windows protected your PC"; click "More info", then "Run anyway".

Dữ liệu (thiết lập, tiến độ, ca đang làm, tệp kết quả) được lưu trong
Data (settings, progress, the shift in progress, result files) is kept in
    %APPDATA%\\motcua\\motcua\\data
Ứng dụng hiện đường dẫn này ở cuối phần Thiết lập. / The app shows it under Settings.

Dòng lệnh / Command line (cmd hoặc PowerShell, trong thư mục này / in this folder):
    motcua.exe --help
    motcua.exe validate "<built-in>/scenarios"
    motcua.exe grade "D:\\Ket qua"
motcua.exe là ứng dụng cửa sổ: trong cmd, dùng  start /wait motcua.exe …  để chờ lệnh
xong và nhận mã thoát (%ERRORLEVEL%). / motcua.exe is a windowed program: in cmd, use
start /wait motcua.exe …  to wait for a command and get its exit code.

Giấy phép / Licences: LICENSE-MIT.txt hoặc LICENSE-APACHE.txt (Một Cửa),
FONTS-OFL.txt (phông Noto), THIRD-PARTY-LICENSES.txt (thư viện / libraries).
"""


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def main():
    os.chdir(ROOT)
    check_tools()
    seconds = build()
    version = next(
        p["version"]
        for p in json.loads(subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--no-deps"],
            capture_output=True, text=True, check=True).stdout)["packages"]
        if p["name"] == "motcua"
    )
    target = target_dir()
    exe = target / TARGET / "dist" / "motcua.exe"
    if not exe.is_file():
        fail(f"the build left no {exe}")
    third_party, without = third_party_text(compiled_packages())
    out_dir = target / "dist"
    out_dir.mkdir(parents=True, exist_ok=True)
    zip_path = out_dir / f"motcua-{version}-windows-x86_64.zip"
    folder = f"motcua-{version}"
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.write(exe, f"{folder}/motcua.exe")
        z.writestr(f"{folder}/README.txt", crlf(README.format(version=version)))
        for name, source in (
            ("LICENSE-MIT.txt", ROOT / "LICENSE-MIT"),
            ("LICENSE-APACHE.txt", ROOT / "LICENSE-APACHE"),
            ("FONTS-OFL.txt", ROOT / "assets" / "fonts" / "OFL.txt"),
        ):
            z.writestr(f"{folder}/{name}", crlf(source.read_text(encoding="utf-8")))
        z.writestr(f"{folder}/THIRD-PARTY-LICENSES.txt", crlf(third_party))
    tmp.replace(zip_path)
    mib = 1024 * 1024
    print(f"motcua.exe: {exe.stat().st_size / mib:.1f} MiB (stripped), built in {seconds:.0f} s")
    print(f"{zip_path}: {zip_path.stat().st_size / mib:.1f} MiB")
    if without:
        print(f"crates without a licence file (licence named instead): {', '.join(without)}")


if __name__ == "__main__":
    main()
