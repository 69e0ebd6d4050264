"""Offline: the tests run with the network cut off; no module of the program has network code."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

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
