"""The core's boundaries: no Qt, one door to each crypto library, and no network code."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "notebook"

# Who may import what: the only module allowed each library, by top-level package name.
ONE_DOOR = {"sqlcipher3": "db.py", "cryptography": "crypto.py"}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
NETWORK = (
    "socket",
    "socketserver",
    "ssl",
    "http",
    "urllib.request",
    "asyncio",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "xmlrpc",
    "webbrowser",
    "requests",
    "httpx",
    "urllib3",
    "aiohttp",
)


def imported_names(source: str) -> set[str]:
    """Every absolute module a source file imports, dynamically named ones included.

    `from a import b` yields both `a` and `a.b`, since b may be a module (urllib.request).
    """
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else None
            if isinstance(function, ast.Name):
                called = function.id
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names.add(str(first.value))
    return names


def _matches(name: str, forbidden: str) -> bool:
    return name == forbidden or name.startswith(forbidden + ".")


def _core_sources() -> dict[str, str]:
    sources = {
        str(path.relative_to(CORE)): path.read_text(encoding="utf-8")
        for path in sorted(CORE.rglob("*.py"))
    }
    assert "db.py" in sources and "crypto.py" in sources
    return sources


def test_the_import_scanner_sees_every_form_of_import() -> None:
    source = (
        "import os, socket\n"
        "import http.client as client\n"
        "from urllib import request\n"
        "from . import crypto\n"
        "from cryptography.hazmat import primitives\n"
        "import importlib\n"
        "importlib.import_module('ssl')\n"
        "__import__('PySide6.QtCore')\n"
    )
    names = imported_names(source)
    assert {"socket", "http.client", "urllib.request", "ssl", "PySide6.QtCore"} <= names
    assert any(_matches(name, "cryptography") for name in names)
    assert "crypto" not in names  # relative imports are our own modules


@pytest.mark.parametrize(("library", "allowed"), sorted(ONE_DOOR.items()))
def test_only_one_module_imports_each_crypto_library(library: str, allowed: str) -> None:
    importers = sorted(
        path
        for path, source in _core_sources().items()
        if any(_matches(name, library) for name in imported_names(source))
    )
    assert importers == [allowed]


def test_no_core_module_imports_qt() -> None:
    offenders = {
        path: sorted(name for name in imported_names(source) if name.startswith(QT))
        for path, source in _core_sources().items()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_no_core_module_imports_network_code() -> None:
    offenders = {
        path: sorted(
            name
            for name in imported_names(source)
            if any(_matches(name, forbidden) for forbidden in NETWORK)
        )
        for path, source in _core_sources().items()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


_LOAD_EVERYTHING = """
import importlib, json, pkgutil, sys
import notebook
try:
    import notebook.cli
except ModuleNotFoundError as error:
    if error.name != "notebook.cli":
        raise
loaded = [m.name for m in pkgutil.walk_packages(notebook.__path__, "notebook.")]
for name in loaded:
    importlib.import_module(name)
print(json.dumps({"core": loaded, "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def loaded_modules() -> dict[str, list[str]]:
    """What a fresh interpreter holds after importing the whole core (and its CLI)."""
    # As a user starts it: without the tests' network guard, which itself loads `socket`.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_EVERYTHING],
        cwd=REPO,
        env=environment,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    return json.loads(done.stdout)


def test_importing_the_whole_core_loads_every_module(loaded_modules: dict[str, list[str]]) -> None:
    expected = {f"notebook.{path.stem}" for path in CORE.glob("*.py") if path.stem != "__init__"}
    assert expected <= set(loaded_modules["core"])
    assert expected <= set(loaded_modules["modules"])


def test_importing_the_whole_core_loads_no_qt(loaded_modules: dict[str, list[str]]) -> None:
    assert [name for name in loaded_modules["modules"] if name.startswith(QT)] == []


def test_importing_the_whole_core_loads_no_network_module(
    loaded_modules: dict[str, list[str]],
) -> None:
    loaded = [
        name
        for name in loaded_modules["modules"]
        if any(_matches(name, forbidden) for forbidden in NETWORK)
    ]
    assert loaded == []
