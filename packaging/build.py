"""Build Case Notebook as one folder for this platform, smoke-test it, and record its SHA-256.

    python3 packaging/build.py          (what `make package` runs; packaging/README.md)

1. Choose a Python installed outside the home folder: `$PACKAGE_PYTHON`, else the first
   found. An interpreter's install path is compiled into it (libpython's prefix, the
   RUNPATH of every standard-library extension), so a Python under the home would carry
   the builder's home path into the program, and point the loader there on users' machines.
2. Make `build/package-venv` from it with the project's dependencies and its `package`
   extra (the pinned PyInstaller). The project itself is read from this checkout.
3. Run PyInstaller with PYTHONHASHSEED=0 and SOURCE_DATE_EPOCH set: `dist/casenotebook/`.
4. Refuse the result if it holds the home folder's path, this checkout's or a venv's.
5. Run packaging/smoke_test.py against the built program.
6. Write `dist/casenotebook-VERSION-SYSTEM-MACHINE.tar.gz` reproducibly, `dist/SHA256SUMS`
   over it, and `dist/build-environment.txt` (what it was built with, to build it again:
   `PACKAGE_CONSTRAINTS=that/file` installs exactly those versions in step 2).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import archive
import baked_paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "case-notebook.spec"
DIST = REPO / "dist"
WORK = REPO / "build"
BUILD_VENV = WORK / "package-venv"
APP_NAME = "casenotebook"
MINIMUM_PYTHON = (3, 11)
# 1980-01-01, the earliest time a zip entry can hold: used when there is no commit to date by.
FALLBACK_EPOCH = 315532800


class BuildError(Exception):
    pass


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def is_inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def describe_python(command: str) -> tuple[Path, tuple[int, int], str] | None:
    """(base prefix, version, executable) of the Python that `command` runs, if it runs."""
    probe = "import json, sys; print(json.dumps([sys.base_prefix, sys.version_info[:2]]))"
    try:
        done = subprocess.run(
            [command, "-c", probe], capture_output=True, text=True, timeout=60, check=True
        )
        prefix, version = json.loads(done.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return Path(prefix), tuple(version), command


def choose_python() -> str:
    """An interpreter for the build venv, preferring one installed outside the home folder."""
    chosen = os.environ.get("PACKAGE_PYTHON")
    if chosen:
        candidates = [chosen]
    else:
        names = [f"python3.{minor}" for minor in range(14, MINIMUM_PYTHON[1] - 1, -1)]
        found = [shutil.which(name) for name in names]
        candidates = [sys.executable, *found, "/usr/bin/python3", "/usr/local/bin/python3"]
    usable = []
    for candidate in dict.fromkeys(c for c in candidates if c):
        described = describe_python(candidate)
        if described and described[1] >= MINIMUM_PYTHON:
            usable.append(described)
    if not usable:
        raise BuildError(f"no Python {MINIMUM_PYTHON[0]}.{MINIMUM_PYTHON[1]} or newer found")
    home = Path.home()
    outside = [entry for entry in usable if not is_inside(entry[0], home)]
    prefix, version, command = (outside or usable)[0]
    print(f"build Python: {command} ({version[0]}.{version[1]}, installed in {prefix})")
    if not outside:
        print("  it lives in the home folder; the check after the build decides if that shows")
    return command


def venv_python(folder: Path) -> Path:
    if sys.platform == "win32":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def prepare_venv(base_python: str) -> Path:
    """The build venv, made from `base_python` (made again if it was made from another)."""
    python = venv_python(BUILD_VENV)
    wanted = describe_python(base_python)
    present = describe_python(str(python)) if python.exists() else None
    if present is None or wanted is None or present[:2] != wanted[:2]:
        shutil.rmtree(BUILD_VENV, ignore_errors=True)
        subprocess.run(
            [base_python, "-c", f"import venv; venv.create({str(BUILD_VENV)!r}, with_pip=True)"],
            check=True,
        )
    meta = project()
    requirements = [*meta["dependencies"], *meta["optional-dependencies"]["package"]]
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    constraints = os.environ.get("PACKAGE_CONSTRAINTS")
    if constraints:  # a release's build-environment.txt: the exact versions to rebuild it
        pip += ["--constraint", constraints]
    subprocess.run([*pip, *requirements], check=True)
    return python


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        done = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        )
        return int(done.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        return FALLBACK_EPOCH


def run_pyinstaller(python: Path, epoch: int) -> None:
    environ = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=str(epoch))
    command = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, env=environ, check=True, cwd=REPO)


def check_no_build_paths(folder: Path, python: Path) -> None:
    home = str(Path.home())
    needles = {home + os.sep, str(REPO), str(python.parent.parent), ".venv"}
    if sys.platform == "win32":
        needles |= {needle.replace("\\", "/") for needle in needles}
    found = baked_paths.files_containing(folder, needles)
    if found:
        lines = [f"  {needle!r}: {', '.join(files[:8])}" for needle, files in found.items()]
        raise BuildError("the program carries build-machine paths:\n" + "\n".join(lines))
    print(f"no build paths inside: checked for {', '.join(sorted(needles))}")


def shipped_folder() -> tuple[Path, str]:
    """The folder to archive, and the name of its root inside the archive."""
    if sys.platform == "darwin":
        return DIST / "Case Notebook.app", "Case Notebook.app"
    return DIST / APP_NAME, f"{APP_NAME}-{project()['version']}"


def archive_name() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    return f"{APP_NAME}-{project()['version']}-{system}-{platform.machine().lower()}.tar.gz"


def write_build_environment(python: Path, epoch: int) -> None:
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--all", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    version = subprocess.run(
        [str(python), "-c", "import sys; print(sys.version)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Comments first, then pip's own list: the file is a constraints file as it stands.
    text = (
        f"# python {version.strip()}\n# platform {platform.platform()}\n"
        f"# SOURCE_DATE_EPOCH={epoch} PYTHONHASHSEED=0\n{frozen}"
    )
    (DIST / "build-environment.txt").write_text(text, encoding="utf-8", newline="\n")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    started = time.monotonic()
    try:
        python = prepare_venv(choose_python())
        epoch = source_date_epoch()
        built = time.monotonic()
        run_pyinstaller(python, epoch)
        print(f"PyInstaller took {time.monotonic() - built:.0f} s")
        folder, root = shipped_folder()
        check_no_build_paths(folder, python)
        smoke = [str(python), str(HERE / "smoke_test.py"), str(DIST / APP_NAME)]
        if subprocess.run(smoke, check=False).returncode != 0:
            raise BuildError("the smoke test failed; nothing was archived")
        tarball = DIST / archive_name()
        archive.write_tar_gz(folder, tarball, root=root, epoch=epoch)
        sums = archive.write_checksums([tarball], DIST / "SHA256SUMS")
        write_build_environment(python, epoch)
    except (BuildError, subprocess.CalledProcessError, OSError) as error:
        print(f"make package FAILED: {error}", file=sys.stderr)
        return 1
    print(f"{folder.relative_to(REPO)}: {folder_size(folder) / 2**20:.0f} MiB")
    print(f"{tarball.relative_to(REPO)}: {tarball.stat().st_size / 2**20:.0f} MiB")
    print(f"dist/SHA256SUMS:\n{sums.rstrip()}")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
