"""The benchmark report: each benchmark's figures reach it, judged against the goal its issue
set, beside the machine it ran on and each benchmark's peak memory."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.common import FIGURES_ENV, record_figure  # noqa: E402
from bench.goals import GOALS  # noqa: E402


def test_a_quick_report_of_two_benchmarks_holds_the_machine_the_ratios_and_peak_memory(
    tmp_path,
):
    out = tmp_path / "REPORT.md"
    environment = {key: value for key, value in os.environ.items() if key != FIGURES_ENV}
    script = str(ROOT / "bench" / "report.py")
    done = subprocess.run(
        [sys.executable, script, "--quick", "--out", str(out), "evidence", "export"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    assert "**A quick run at small sizes" in report
    assert re.search(rf"^\| cores \| {os.cpu_count()} ", report, re.MULTILINE)
    assert re.search(r"^\| database \| SQLCipher \d+\.\d+", report, re.MULTILINE)
    assert re.search(r"^\| commit \| [0-9a-f]{40}", report, re.MULTILINE)
    # Each figure beside its baseline, its ratio and the goal its issue set, judged.
    assert re.search(
        r"^\| evidence \| import_evidence of 8 MiB \| [\d,]+ MiB/s \| [\d,]+ MiB/s "
        r"\(hashlib\.sha256, 1 MiB reads\) \| \d+\.\d\d× \(speed\) \| ≥ 0\.7× \(issue 3\) "
        r"\| \*\*(met|missed)\*\* \|$",
        report,
        re.MULTILINE,
    )
    assert re.search(
        r"^\| evidence \| peak extra memory .* \| < 100 MiB \(issue 3\) \| \*\*met\*\* \|$",
        report,
        re.MULTILINE,
    )
    assert re.search(
        r"^\| export \| chronology, 40 incidents, 8 exhibits \| \d+ ms \| \d+ ms "
        r"\(python-docx, 40 plain paragraphs\) \| \d+\.\d\d× \(time\) \| no number set "
        r"\(issue 6\); the benchmark's mark ≤ 10× \| (within|outside) the mark \|$",
        report,
        re.MULTILINE,
    )
    # Peak memory and wall time of each benchmark's own process and of its tree.
    for name in ("evidence", "export"):
        assert re.search(
            rf"^\| {name} \| `bench/bench_{name}\.py .*` \| \d+\.\d s "
            r"\| \d+ MiB \| \d+ MiB \| 0 \|$",
            report,
            re.MULTILINE,
        ), name
    # The tables as the benchmarks print them, verbatim.
    assert "ours: import_evidence" in report
    assert re.search(r"^ours: chronology +\d+\.\d+s +\d+\.\d+x ", report, re.MULTILINE)
    assert "## Goals missed" in report


def test_a_figure_is_written_only_where_the_report_asks_for_it(tmp_path, monkeypatch):
    monkeypatch.delenv(FIGURES_ENV, raising=False)
    record_figure("store.insert", what="insert", ours=2.0, unit="s", bare=1.0, ratio=2.0)
    assert list(tmp_path.iterdir()) == []
    figures = tmp_path / "figures.jsonl"
    monkeypatch.setenv(FIGURES_ENV, str(figures))
    record_figure("store.insert", what="insert", ours=2.0, unit="s", bare=1.0, ratio=2.0)
    record_figure("evidence.memory", what="memory", ours=5.0, unit="MiB")
    rows = [json.loads(row) for row in figures.read_text(encoding="utf-8").splitlines()]
    assert [row["figure"] for row in rows] == ["store.insert", "evidence.memory"]
    assert rows[0]["ratio"] == 2.0 and rows[1]["bare"] is None


def test_goals_name_their_issue_and_judge_each_way():
    insert, memory, backup = GOALS["store.insert"], GOALS["bundle.memory"], GOALS["backup.backup"]
    assert (insert.issue, memory.issue, backup.issue) == (2, 7, 8)
    assert insert.judge(ours=9.0, ratio=1.4) is True
    assert insert.judge(ours=9.0, ratio=1.6) is False
    assert GOALS["evidence.import"].judge(ours=1.0, ratio=0.69) is False
    assert memory.judge(ours=99.0, ratio=None) is True
    assert backup.judge(ours=900.0, ratio=0.3) is None and backup.text() == "no goal set"
    frame = GOALS["timeline.zoom_whole"]
    assert frame.judge(ours=80.0, ratio=1.3) is None  # issue 5 set no number: a mark only
    assert frame.judge_mark(ours=80.0, ratio=1.3) is False
