"""Run the BUILT program, not the sources: its command line end to end, then its desktop start-up.

    python packaging/smoke_test.py dist/casenotebook

Everything runs in a temporary folder that stands in for the home and every XDG folder, so
the test neither reads nor writes the real ones, and can tell what the program left there.
Passphrases go through the environment variable the CLI reads, never the command line.

The command-line part reads every kind of shipped data: creating a notebook and a record
(the core, SQLCipher, cryptography), building the demo (demo data, vocabularies), a witness
statement (the Word template and its profile), a timeline picture (Qt drawing offscreen),
and a signed evidence bundle checked by the program itself.

The desktop part starts `casenotebook gui` offscreen and checks that it comes up and stays
up: past its imports and plugins (a missing one ends the process at once, with a message),
into the event loop long enough for the idle watcher's first timer to run, with its private
settings folder made inside the stand-in home. The program has no hook for quitting on
request, and adding one to the user's command line only for this test would be a door
that a user could find; so the test ends it with SIGTERM (TerminateProcess on Windows)
and checks that it was still running and died of that signal, not of a crash, with
nothing on its error stream.

Offscreen exercises no real window system. On Linux, where Xvfb and xwininfo are installed
(Debian: xvfb, x11-utils), the desktop is started once more on a virtual X server through
the xcb platform plugin, the one most Linux users get, and must map its main window (found
by its window class, which the disguise does not change). Elsewhere that part is skipped,
and says so.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# notebook.cli.PASSPHRASE_VARIABLE, written out: this script must not need the sources
# (tests/core/test_packaging.py checks that the two agree).
PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"

PASSPHRASE = "smoke test passphrase, not a secret"
GUI_SECONDS = 8  # longer than the idle watcher's 5-second check interval
COMMAND_TIMEOUT = 120
# Lines a healthy start may print: Qt's notes about a headless machine, not faults.
HARMLESS = ("QStandardPaths: ", "This plugin does not support ")


class SmokeFailure(Exception):
    pass


def executable(folder: Path) -> Path:
    name = "casenotebook.exe" if sys.platform == "win32" else "casenotebook"
    path = folder / name
    if not path.is_file():
        raise SmokeFailure(f"no program at {path}")
    return path


def isolated_environment(home: Path) -> dict[str, str]:
    """The caller's environment with every place a program may write moved into `home`."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CASENOTEBOOK_", "XDG_", "QT_", "PYTHON"))
    }
    folders = {
        "HOME": home,
        "USERPROFILE": home,
        "APPDATA": home / "AppData" / "Roaming",
        "LOCALAPPDATA": home / "AppData" / "Local",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
        "TMPDIR": home / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    environ.update({key: str(folder) for key, folder in folders.items()})
    environ["QT_QPA_PLATFORM"] = "offscreen"
    environ["CASENOTEBOOK_ACTOR"] = "smoke test"
    return environ


def unexpected_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith(HARMLESS)]


class Program:
    """The built executable, run with the isolated environment and a passphrase."""

    def __init__(self, path: Path, environ: dict[str, str]) -> None:
        self.path = path
        self.environ = environ

    def run(self, *words: str, passphrase: str = PASSPHRASE) -> str:
        environ = dict(self.environ)
        environ[PASSPHRASE_VARIABLE] = passphrase
        done = subprocess.run(
            [str(self.path), *words],
            env=environ,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
        shown = " ".join(words[:3])
        if done.returncode != 0:
            raise SmokeFailure(f"`{shown}` exited {done.returncode}: {done.stderr.strip()}")
        if unexpected_lines(done.stderr):
            raise SmokeFailure(f"`{shown}` wrote to stderr: {done.stderr.strip()}")
        return done.stdout

    def json(self, *words: str, passphrase: str = PASSPHRASE):
        return json.loads(self.run("--json", *words, passphrase=passphrase))


def check_command_line(program: Program, work: Path) -> None:
    program.run("--help")
    mine = str(work / "smoke.casenotebook")
    program.json("--notebook", mine, "init")
    case_id = program.json("--notebook", mine, "case", "add", "--title", "Smoke test")["id"]
    program.json(
        "--notebook", mine, "incident", "add", "--case", case_id,
        "--title", "A record to find again", "--date", "2019-06-10",
    )  # fmt: skip
    titles = [r["title"] for r in program.json("--notebook", mine, "incident", "list")]
    if titles != ["A record to find again"]:
        raise SmokeFailure(f"the record did not come back: {titles}")
    if not program.json("--notebook", mine, "verify")["sound"]:
        raise SmokeFailure("the new notebook does not verify")
    print("command line: created a notebook, added a case and an incident, verified it")

    demo = str(work / "demo.casenotebook")
    built = program.json("--notebook", demo, "demo")
    key = built["passphrase"]
    demo_case = program.json("--notebook", demo, "case", "list", passphrase=key)[0]["id"]
    opened = ("--notebook", demo)
    for words in (
        ("export", "statement", "--case", demo_case, "--profile", "witness",
         "--out", str(work / "witness.docx")),
        ("timeline", "--case", demo_case, "--image", str(work / "timeline.png")),
        ("timeline", "--case", demo_case, "--image", str(work / "timeline.svg")),
        ("export", "bundle", "--case", demo_case, "--out", str(work / "bundle.zip")),
    ):  # fmt: skip
        program.run(*opened, *words, passphrase=key)
    for name in ("witness.docx", "timeline.png", "timeline.svg", "bundle.zip"):
        if (work / name).stat().st_size == 0:
            raise SmokeFailure(f"{name} is empty")
    program.run("verify-bundle", str(work / "bundle.zip"))
    print("command line: demo, witness statement, timeline PNG and SVG, bundle verified")


def check_desktop(program: Program, work: Path) -> None:
    settings = Path(program.environ["XDG_CONFIG_HOME"]) / "CaseNotebook" / "qt"
    process = subprocess.Popen(
        [str(program.path), "--notebook", str(work / "smoke.casenotebook"), "gui"],
        env=program.environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        time.sleep(GUI_SECONDS)
        still_running = process.poll() is None
        process.terminate()
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if not still_running:
        raise SmokeFailure(f"the desktop program ended by itself ({process.returncode}): {err}")
    # Windows' TerminateProcess leaves exit code 1; elsewhere the signal is the status.
    expected = 1 if sys.platform == "win32" else -signal.SIGTERM
    if process.returncode != expected:
        raise SmokeFailure(f"the desktop program ended with {process.returncode}: {err}")
    if unexpected_lines(err) or out.strip():
        raise SmokeFailure(f"the desktop program printed: {out.strip()} {err.strip()}")
    if sys.platform.startswith("linux") and not settings.is_dir():
        raise SmokeFailure(f"the desktop program did not make its settings folder {settings}")
    print(f"desktop: came up offscreen, ran {GUI_SECONDS} s, ended by SIGTERM as asked")


class VirtualScreen:
    """An Xvfb server on a free display, for as long as the `with` lasts."""

    def __enter__(self) -> str:
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.server.kill()
            raise SmokeFailure("Xvfb did not start")
        return f":{number}"

    def __exit__(self, *_exc) -> None:
        self.server.terminate()
        self.server.wait(timeout=30)


# xwininfo's line for a mapped top-level window of ours: id "title": ("instance" "class") WxH
_OUR_WINDOW = re.compile(r'\("[^"]*" "CaseNotebook"\)\s+(\d+)x(\d+)')


def check_real_window(program: Program, work: Path) -> None:
    if not sys.platform.startswith("linux") or not (
        shutil.which("Xvfb") and shutil.which("xwininfo")
    ):
        print("real window: skipped (needs Linux with Xvfb and xwininfo)")
        return
    with VirtualScreen() as display:
        environ = dict(program.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        process = subprocess.Popen(
            [str(program.path), "--notebook", str(work / "smoke.casenotebook"), "gui"],
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        try:
            shown = _wait_for_window(display, process)
            process.terminate()
            _out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    if not shown:
        raise SmokeFailure(f"no window of the program appeared on the X server: {err.strip()}")
    print(f"real window: a {shown[0]}x{shown[1]} window mapped through the xcb plugin")


def _wait_for_window(display: str, process: subprocess.Popen) -> tuple[int, int] | None:
    deadline = time.monotonic() + GUI_SECONDS * 2
    while time.monotonic() < deadline and process.poll() is None:
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"],
            env=dict(os.environ, DISPLAY=display),
            capture_output=True,
            text=True,
        ).stdout
        sizes = [(int(w), int(h)) for w, h in _OUR_WINDOW.findall(tree)]
        large = [size for size in sizes if size[0] > 100 and size[1] > 100]
        if large:
            return max(large)
        time.sleep(0.5)
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        path = executable(Path(argv[0]))
        with tempfile.TemporaryDirectory(prefix="casenotebook-smoke-") as temporary:
            home = Path(temporary) / "home"
            work = Path(temporary) / "work"
            work.mkdir()
            program = Program(path, isolated_environment(home))
            check_command_line(program, work)
            check_desktop(program, work)
            check_real_window(program, work)
    except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError) as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
