"""Hardening at start-up: the command line, and the desktop it starts, write no core file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

resource = pytest.importorskip("resource", reason="core files are a POSIX matter")

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import ctypes, io, json, resource, sys
    from notebook.cli import main

    before = list(resource.getrlimit(resource.RLIMIT_CORE))
    sys.stderr = io.StringIO()
    code = main()  # as the console script runs it: the words come from sys.argv
    dumpable = None
    if sys.platform.startswith("linux"):
        dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    print(json.dumps({"before": before, "code": code,
                      "after": list(resource.getrlimit(resource.RLIMIT_CORE)),
                      "dumpable": dumpable}))
    """
)


def allow_core_files_of_one_mib() -> None:
    """A limit the child may lower, so the test sees the program lower it."""
    resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20))


def test_the_command_line_disables_core_dumps_before_it_does_anything(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--notebook", str(tmp_path / "absent"), "case", "list"],
        cwd=REPO,
        env={**os.environ, "CASENOTEBOOK_PASSPHRASE": "not this one"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=allow_core_files_of_one_mib,
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["before"] == [1 << 20, 1 << 20]
    assert facts["code"] != 0  # the notebook is not there: even a failing command is covered
    assert facts["after"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert facts["dumpable"] == 0
