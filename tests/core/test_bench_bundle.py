"""The bundle benchmark still runs and reports speed, memory and a zip holding every exhibit."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_bundle.py"


def test_a_small_bundle_benchmark_runs_and_reports_speed_memory_and_the_zip(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_bundle", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_bundle", bench)  # its dataclasses look it up
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        assert bench.main(["--size-mib", "4", "--files", "2", "--rounds", "1"]) == 0
    report = printed.getvalue()
    assert "4 MiB in 2 exhibits" in report
    assert re.search(r"^bare: stream_evidence .* \d+ +1\.00x$", report, re.MULTILINE)
    assert re.search(
        r"^ours: build_bundle .* \d+\.\d+x +>=0\.7x +(met|NOT met)$", report, re.MULTILINE
    )
    assert re.search(
        r"^peak extra memory of the bundle: (-?\d+\.\d MiB|not measurable)", report, re.MULTILINE
    )
    assert re.search(r"^zip size: \d+\.\d MiB for 4\.0 MiB of exhibits$", report, re.MULTILINE)
    assert "exhibit bytes in the zip equal the notebook's: True" in report
