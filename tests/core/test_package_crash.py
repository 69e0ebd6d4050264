"""A kill while a case package is being received leaves the whole case or none of it.

A child process receives a package of several evidence files; the test kills it with
SIGKILL at a random moment, then opens the notebook: either every record is there and
verify passes, or none is and no blob of the half-received files survives the open.
CASENOTEBOOK_STRESS=N runs N rounds instead of the default 8.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.model import Case, Evidence, Incident
from notebook.vault import BLOB_FOLDER
from tests.conftest import PASSPHRASE, create_test_notebook

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("CASENOTEBOOK_STRESS") or 8)
PASSPHRASE_VARIABLE = "CASENOTEBOOK_TEST_PASSPHRASE"

CHILD = f"""\
import os, sys
from notebook import Notebook

folder, package = sys.argv[1:]
with Notebook.open(folder, os.environ["{PASSPHRASE_VARIABLE}"]) as nb:
    print("ready", flush=True)
    nb.receive_package(package, actor="crash test")
    print("committed", flush=True)
"""


@pytest.fixture(scope="module")
def package_and_empty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """A package of a case with three multi-chunk files, and the empty notebook it is for."""
    folder = tmp_path_factory.mktemp("package")
    empty = folder / "recipient.casenotebook"
    create_test_notebook(empty).close()
    with Notebook.open(empty, PASSPHRASE, writable=False) as recipient:
        to = recipient.identity()
    with create_test_notebook(folder / "sender.casenotebook") as sender:
        case = sender.add(Case(title="Karakol"))
        for number in range(20):
            sender.add(Incident(case_id=case.id, title=f"Incident {number}"))
        for number, size in enumerate((3 << 20, (2 << 20) + 7, 4 << 20)):
            source = folder / f"file{number}.bin"
            source.write_bytes(os.urandom(size))
            sender.import_evidence(source, Evidence(case_id=case.id, title=f"F{number}"), actor="s")
        sender.send_case(case.id, to, folder / "case.cnpkg", actor="s", redact=False)
        records = sender.count()  # the case and everything in it
    return folder / "case.cnpkg", empty, records


def blobs(folder: Path) -> list[Path]:
    return [path for path in (folder / BLOB_FOLDER).rglob("*") if path.is_file()]


def test_a_kill_during_receive_leaves_the_whole_case_or_nothing(
    package_and_empty: tuple[Path, Path, int], tmp_path: Path
) -> None:
    package, empty, records = package_and_empty
    seed = int(os.environ.get("CASENOTEBOOK_CRASH_SEED") or random.randrange(1 << 30))
    chooser = random.Random(seed)
    outcomes = {"none": 0, "whole": 0}
    environment = {**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE, "PYTHONPATH": str(ROOT)}

    def start(folder: Path) -> subprocess.Popen[bytes]:
        shutil.copytree(empty, folder)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), str(package)],
            stdout=subprocess.PIPE,
            env=environment,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        return child

    # How long a whole receive takes on this machine now: kills are spread over it, and a
    # little after, whatever the load.
    started = time.perf_counter()
    calibration = start(tmp_path / "calibration.casenotebook")
    assert calibration.stdout is not None and calibration.stdout.read() == b"committed\n"
    calibration.wait()
    duration = time.perf_counter() - started
    for number in range(ROUNDS):
        child = start(folder := tmp_path / f"round{number}.casenotebook")
        assert child.stdout is not None
        time.sleep(chooser.uniform(0, 1.2 * duration))
        child.send_signal(signal.SIGKILL)
        said = child.stdout.read()
        child.wait()
        where = f"seed {seed}, round {number}"
        with Notebook.open(folder, PASSPHRASE) as notebook:
            count = notebook.count()
            if b"committed" in said:
                assert count == records, where
            assert count in (0, records), where
            if count:
                assert notebook.verify().sound, where
                outcomes["whole"] += 1
            else:
                assert blobs(folder) == [], where  # swept at this open
                outcomes["none"] += 1
    assert sum(outcomes.values()) == ROUNDS
    print(f"seed {seed}: {outcomes}")
