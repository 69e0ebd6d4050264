"""The backup benchmark still runs and reports both speeds, their ratio, and a sound backup."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_backup.py"


def test_a_small_backup_benchmark_runs_and_reports_the_ratio_against_copytree(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_backup", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_backup", bench)  # its dataclasses look it up
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        assert bench.main(["--size-mib", "3", "--files", "2", "--incidents", "50",
                           "--rounds", "1"]) == 0  # fmt: skip
    report = printed.getvalue()
    assert "3 MiB of evidence in 2 files and 50 incidents" in report
    assert re.search(r"^bare: shutil\.copytree of the folder .* \d+ +1\.00x$", report, re.M)
    assert re.search(r"^ours: Notebook\.backup .* \d+ +\d+\.\d\dx$", report, re.M)
    for context in ("copytree \\+ fsync", "verify_backup", "restore"):
        assert re.search(rf"^  {context}.* \d+\.\d\dx$", report, re.M), context
    assert re.search(r"^notebook folder: \d+\.\d MiB; backup file: \d+\.\d MiB$", report, re.M)
    assert "the backup verifies: True; the restored notebook passes verify: True" in report
