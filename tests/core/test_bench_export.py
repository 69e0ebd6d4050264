"""The export benchmark still runs and reports both documents against its baseline."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_export.py"


def test_a_small_export_benchmark_runs_and_reports_each_document(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_export", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_export", bench)
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert bench.main(["--incidents", "30", "--exhibits", "6", "--rounds", "1"]) == 0
    report = printed.getvalue()
    for operation in ("chronology", "witness"):
        assert re.search(rf"^ours: {operation} +\d+\.\d+s +\d+\.\d+x ", report, re.MULTILINE)
    assert "30 incidents, 6 exhibits" in report
