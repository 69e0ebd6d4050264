"""Offline: the tests run with the network cut off; no module of the program has network code."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from notebook.cli import PASSPHRASE_VARIABLE
from notebook.demo import demo_passphrase
from tests.core.test_imports import NETWORK, _matches, imported_names
from tests.offline import NetworkUsed, is_cut_off

REPO = Path(__file__).resolve().parents[2]
# Qt's modules that talk to a network or embed a browser (which does).
QT_NETWORK = (
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtHttpServer",
    "PySide6.QtRemoteObjects",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtSerialBus",
    "PySide6.QtGrpc",
    "PySide6.QtProtobuf",
)
PROGRAM_FOLDERS = ("notebook", "ui", "packaging")


def program_sources() -> dict[str, str]:
    sources = {
        str(path.relative_to(REPO)): path.read_text(encoding="utf-8")
        for folder in PROGRAM_FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
    }
    assert "ui/app.py" in sources and "notebook/cli.py" in sources
    return sources


def test_a_connection_from_a_test_raises() -> None:
    assert is_cut_off()
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as raw, pytest.raises(NetworkUsed):
        raw.connect(("127.0.0.1", 9))


def test_a_name_lookup_from_a_test_raises() -> None:
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkUsed):
        socket.gethostbyname("localhost")


def test_a_datagram_from_a_test_raises() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as raw, pytest.raises(NetworkUsed):
        raw.sendto(b"x", ("127.0.0.1", 9))


def test_a_python_child_a_test_starts_is_cut_off_as_well() -> None:
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.getaddrinfo('localhost', 80)\n"
        "except AssertionError as error:\n"
        "    print('refused:', error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.startswith("refused: socket.getaddrinfo")


def test_no_module_of_the_program_imports_network_code() -> None:
    offenders = {
        path: sorted(
            name
            for name in imported_names(source)
            if any(_matches(name, forbidden) for forbidden in (*NETWORK, *QT_NETWORK))
        )
        for path, source in program_sources().items()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_scan_would_see_qt_network_and_a_web_engine() -> None:
    names = imported_names(
        "from PySide6 import QtNetwork\nfrom PySide6.QtWebEngineWidgets import QWebEngineView\n"
    )
    assert any(_matches(name, "PySide6.QtNetwork") for name in names)
    assert any(_matches(name, "PySide6.QtWebEngineWidgets") for name in names)


# -- the system calls of real commands -------------------------------------------------------

STRACE = shutil.which("strace")
# What reaches another machine: an internet socket of either family, or a raw packet socket.
NETWORK_SOCKET = re.compile(r"socket\((AF_INET6?|AF_PACKET)\b|connect\(.*sa_family=AF_INET6?\b")
RUN_CLI = "import sys; from notebook.cli import main; sys.exit(main())"


def test_the_socket_pattern_knows_a_network_socket_when_it_sees_one() -> None:
    assert NETWORK_SOCKET.search("1 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3")
    assert NETWORK_SOCKET.search(
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("1.1.1.1")}, 16)'
    )
    assert not NETWORK_SOCKET.search("1 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3")


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_the_command_line_opens_no_network_socket_from_demo_to_bundle(tmp_path: Path) -> None:
    folder = tmp_path / "demo.casenotebook"
    environment = {
        **os.environ,
        # As a user runs it: without the tests' own guard (strace watches the system calls).
        "PYTHONPATH": str(REPO),
        PASSPHRASE_VARIABLE: demo_passphrase(),
    }
    trace = tmp_path / "socket-calls"

    def run(*arguments: str) -> str:
        done = subprocess.run(
            [STRACE, "-f", "-qq", "-e", "trace=socket,connect,sendto,sendmsg",
             "-o", f"{trace}.{len(traces)}", sys.executable, "-c", RUN_CLI,
             "--notebook", str(folder), *arguments],
            env=environment, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        traces.append(Path(f"{trace}.{len(traces)}").read_text())
        return done.stdout

    traces: list[str] = []
    run("demo")
    case_id = json.loads(run("--json", "case", "list"))[0]["id"]
    run("search", "Karakol")
    run("export", "statement", "--case", case_id, "--profile", "witness",
        "--out", str(tmp_path / "statement.docx"))  # fmt: skip
    run("export", "bundle", "--case", case_id, "--out", str(tmp_path / "bundle.zip"))
    run("verify-bundle", str(tmp_path / "bundle.zip"))
    run("backup", "--out", str(tmp_path / "case.cnbackup"))
    run("verify")
    assert len(traces) == 8
    assert [
        line for text in traces for line in text.splitlines() if NETWORK_SOCKET.search(line)
    ] == []
