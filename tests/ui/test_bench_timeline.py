"""The timeline benchmark still runs and reports every figure against its baseline."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_timeline.py"


def test_a_small_timeline_benchmark_runs_and_reports_each_figure(qapp, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_timeline", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_timeline", bench)
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert bench.main(["--items", "400", "--rounds", "1"]) == 0
    report = printed.getvalue()
    assert "400 records" in report
    for operation in ("build:", "zoom \\+ repaint, whole case", "zoom \\+ repaint, two months"):
        assert re.search(rf"^{operation}.* \d+\.\d+ms +\d+\.\d+x ", report, re.MULTILINE), operation


def test_the_synthetic_case_is_in_date_order_with_the_undated_last():
    spec = importlib.util.spec_from_file_location("bench_timeline_marks", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    marks = bench.synthetic_marks(500)
    dated = [mark for mark in marks if mark.start is not None]
    assert [mark.start for mark in dated] == sorted(mark.start for mark in dated)
    assert all(mark.start is None for mark in marks[len(dated) :])
    assert len(dated) < len(marks)
