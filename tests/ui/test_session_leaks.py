"""A whole desktop session, with HOME, every XDG folder and TMPDIR redirected: no content
outside the notebook but in the explicit exports, no network socket, no network module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.test_imports import NETWORK, _matches
from tests.core.test_offline import NETWORK_SOCKET, QT_NETWORK, STRACE
from tests.leaks import LEAK_SCAN, REPOSITORY, leaks

REDIRECTED = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "XDG_RUNTIME_DIR": "run",
    "TMPDIR": "tmp",
}


@dataclass
class Session:
    root: Path
    folders: dict[str, Path]  # the redirected ones, by variable
    notebook: Path
    exports: Path
    backups: Path
    needles: list[str]
    modules: list[str]
    output: str
    trace: str  # strace's record of socket calls, when strace is installed


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    root = tmp_path_factory.mktemp("desktop-session")
    folders = {variable: root / name for variable, name in REDIRECTED.items()}
    for folder in folders.values():
        folder.mkdir(mode=0o700)
    notebook, sources, exports, backups = (
        root / "elsewhere" / "case.casenotebook",
        root / "input",
        root / "exports",
        root / "backups",
    )
    for folder in (sources, exports, backups):
        folder.mkdir()
    environment = {
        **os.environ,
        **{variable: str(folder) for variable, folder in folders.items()},
        "QT_QPA_PLATFORM": "offscreen",
        # As the program runs for a user: without the tests' own network guard, which loads
        # `socket` (strace below watches the system calls instead).
        "PYTHONPATH": str(REPOSITORY),
    }
    command = [sys.executable, "-m", "tests.ui.desktop_session"]
    trace_file = root / "socket-calls.txt"
    if STRACE:
        command = [STRACE, "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg",
                   "-o", str(trace_file), *command]  # fmt: skip
    finished = subprocess.run(
        [*command, str(notebook), str(sources), str(exports), str(backups)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=root,
    )
    assert finished.returncode == 0, finished.stderr
    return Session(
        root=root,
        folders=folders,
        notebook=notebook,
        exports=exports,
        backups=backups,
        needles=json.loads((sources / "canaries.json").read_text(encoding="utf-8")),
        modules=json.loads(finished.stdout.splitlines()[-1])["modules"],
        output=finished.stdout + finished.stderr,
        trace=trace_file.read_text() if STRACE else "",
    )


def test_the_session_did_its_work_where_it_should(session: Session) -> None:
    assert (session.notebook / "notebook.json").is_file()
    assert {path.name for path in session.exports.iterdir()} == {
        "statement.docx",
        "bundle.zip",
        "timeline.svg",
    }
    assert (session.backups / "case.cnbackup").is_file()
    # Qt's settings went to the private folder under the redirected config folder.
    assert list((session.folders["XDG_CONFIG_HOME"] / "CaseNotebook").rglob("*.ini"))


def test_no_canary_is_left_anywhere_but_in_the_explicit_exports(session: Session) -> None:
    scanned = [*session.folders.values(), session.notebook, session.backups]
    for folder in scanned:
        assert leaks(folder, session.needles) == [], folder
        if LEAK_SCAN.is_file():
            scan = subprocess.run(
                [sys.executable, str(LEAK_SCAN), str(folder), *session.needles],
                capture_output=True,
                text=True,
            )
            assert scan.returncode == 0, scan.stdout
    # Nothing else was written beside them, where the session ran.
    assert {path.name for path in session.root.iterdir()} == {
        *REDIRECTED.values(),
        "elsewhere",
        "input",
        "exports",
        "backups",
        "socket-calls.txt",
    } - ({"socket-calls.txt"} if not STRACE else set())
    assert not any(needle in session.output for needle in session.needles)


def test_the_scan_does_find_the_canaries_in_the_exports(session: Session) -> None:
    # The bundle stores exhibits byte for byte and the picture is text: the canaries are there,
    # so the scan above would have seen them wherever else they had gone.
    assert leaks(session.exports, session.needles) != []


def test_the_session_loaded_no_network_module(session: Session) -> None:
    loaded = [
        name
        for name in session.modules
        if any(_matches(name, forbidden) for forbidden in (*NETWORK, *QT_NETWORK))
    ]
    assert loaded == []
    assert "PySide6.QtWidgets" in session.modules  # the list is the desktop's


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_the_session_opened_no_network_socket(session: Session) -> None:
    assert session.trace  # strace saw the process (a local socket or two is normal)
    assert [line for line in session.trace.splitlines() if NETWORK_SOCKET.search(line)] == []
