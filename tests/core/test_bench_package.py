"""The case package benchmark still runs, reports send and receive against copytree, and the
recipient it fills passes verify."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_package.py"


def test_a_small_package_benchmark_runs_and_reports_send_and_receive_against_copytree(
    monkeypatch,
):
    spec = importlib.util.spec_from_file_location("bench_package", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_package", bench)
    spec.loader.exec_module(bench)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        assert bench.main(["--size-mib", "3", "--files", "2", "--incidents", "20",
                           "--rounds", "1"]) == 0  # fmt: skip
    report = printed.getvalue()
    assert "3 MiB of evidence in 2 files and 20 incidents" in report
    assert re.search(r"^bare: shutil\.copytree of the folder .* \d+ +1\.00x$", report, re.M)
    for name in ("send", "receive", "  context: receive --dry-run"):
        assert re.search(rf"^(ours: )?{name}.* \d+ +\d+\.\d\dx$", report, re.M), name
    assert "records received: 23; the recipient passes verify: True" in report
