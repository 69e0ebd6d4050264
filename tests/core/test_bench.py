"""The benchmark still runs, and the store and the bare baseline still agree on the answers."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_store.py"


def test_a_small_benchmark_runs_and_both_sides_give_the_same_answers(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_store", bench)  # its dataclasses look it up
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        assert bench.main(["--incidents", "300", "--rounds", "1"]) == 0
    report = printed.getvalue()
    hits = re.search(r"ours (\d+), bare (\d+)", report)
    # Ours may find more: it also indexes the case and its people, the baseline incidents only.
    assert hits and int(hits.group(1)) >= int(hits.group(2)) > 0
    assert "timelines list the same dates in the same order: True" in report
    for operation in ("insert", "search", "timeline"):
        assert re.search(rf"^{operation} .* \d+\.\d+x ", report, re.MULTILINE), operation
