"""Each benchmark figure's goal, in one place, with the issue that set it.

The benchmarks print their verdicts from these numbers, and bench/report.py judges every
figure by them. Where an issue asked for a figure but set no number, `limit` is None ("no goal
set"); where the issue named a quality without a number ("without visible stutter") and its
benchmark chose a number to read it by, that number is a `mark`, reported beside the figure
but never counted as a goal met or missed. A figure with no entry here is context (a part of
the work measured on its own), not a goal.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
}


@dataclass(frozen=True, kw_only=True)
class Goal:
    issue: int
    said: str  # the issue's words
    on: str = "ratio"  # what the limit or mark applies to: "ratio", or "ours" (in its unit)
    op: str = "<="
    limit: float | None = None  # set by the issue
    mark: float | None = None  # chosen by the benchmark where the issue gave no number
    mark_why: str = ""

    @property
    def value(self) -> float:
        """The number a benchmark prints beside its figure: the limit, else the mark."""
        number = self.limit if self.limit is not None else self.mark
        assert number is not None
        return number

    def text(self, unit: str = "") -> str:
        """The goal as the report prints it: "≤ 1.5×", "< 100 MiB", "no goal set"."""
        if self.limit is None:
            return "no goal set"
        return _format(self.op, self.limit, "×" if self.on == "ratio" else f" {unit}")

    def mark_text(self, unit: str = "") -> str:
        if self.mark is None:
            return ""
        return _format(self.op, self.mark, "×" if self.on == "ratio" else f" {unit}")

    def judge(self, *, ours: float, ratio: float | None) -> bool | None:
        """True if met, False if missed, None if there is no limit (or nothing to judge)."""
        return self._compare(self.limit, ours=ours, ratio=ratio)

    def judge_mark(self, *, ours: float, ratio: float | None) -> bool | None:
        return self._compare(self.mark, ours=ours, ratio=ratio)

    def _compare(self, number: float | None, *, ours: float, ratio: float | None) -> bool | None:
        subject = ratio if self.on == "ratio" else ours
        if number is None or subject is None:
            return None
        return _COMPARE[self.op](subject, number)


_SIGNS = {"<=": "≤", ">=": "≥", "<": "<"}


def _format(op: str, number: float, suffix: str) -> str:
    return f"{_SIGNS[op]} {number:g}{suffix}"


_STORE = "insert within 1.5× of bare, search and timeline within 1.2×"
_EVIDENCE = "at least 0.7 of the SHA-256 rate, and under 100 MiB of extra memory for any file size"
_TIMELINE = "10,000 items pan and zoom without visible stutter"
_TIMELINE_MARK = "one frame at 20 frames a second, the point where a zoom starts to look jerky"
_EXPORT = (
    "reports the time against python-docx writing a document of the same number of plain"
    " paragraphs in the same run"
)
_EXPORT_MARK = (
    "an export of a large case done while the user watches a progress bar, not a coffee break"
)
_BUNDLE = "at least 0.7 of that rate, under 100 MiB extra memory"
_BACKUP = (
    "reports backup throughput as a ratio against copying the notebook folder with"
    " shutil.copytree in the same run"
)
_PACKAGE = "(issue 8 asked for no benchmark of case packages; bench_package.py adds one)"

GOALS: dict[str, Goal] = {
    # Issue 2, the encrypted notebook: bench_store.py.
    "store.insert": Goal(issue=2, said=_STORE, limit=1.5),
    "store.search": Goal(issue=2, said=_STORE, limit=1.2),
    "store.timeline": Goal(issue=2, said=_STORE, limit=1.2),
    # Issue 3, evidence files: bench_evidence.py.
    "evidence.import": Goal(issue=3, said=_EVIDENCE, op=">=", limit=0.7),
    "evidence.memory": Goal(issue=3, said=_EVIDENCE, on="ours", op="<", limit=100),
    # Issue 5, the timeline: bench_timeline.py. A frame's time, in ms.
    "timeline.build": Goal(issue=5, said=_TIMELINE, on="ours", mark=50.0, mark_why=_TIMELINE_MARK),
    "timeline.zoom_whole": Goal(
        issue=5, said=_TIMELINE, on="ours", mark=50.0, mark_why=_TIMELINE_MARK
    ),
    "timeline.zoom_two_months": Goal(
        issue=5, said=_TIMELINE, on="ours", mark=50.0, mark_why=_TIMELINE_MARK
    ),
    # Issue 6, Word exports: bench_export.py.
    "export.chronology": Goal(issue=6, said=_EXPORT, mark=10.0, mark_why=_EXPORT_MARK),
    "export.witness": Goal(issue=6, said=_EXPORT, mark=10.0, mark_why=_EXPORT_MARK),
    # Issue 7, evidence bundles: bench_bundle.py.
    "bundle.build": Goal(issue=7, said=_BUNDLE, op=">=", limit=0.7),
    "bundle.memory": Goal(issue=7, said=_BUNDLE, on="ours", op="<", limit=100),
    # Issue 8, backup and case packages: bench_backup.py, bench_package.py.
    "backup.backup": Goal(issue=8, said=_BACKUP, op=">="),
    "package.send": Goal(issue=8, said=_PACKAGE, op=">="),
    "package.receive": Goal(issue=8, said=_PACKAGE, op=">="),
}
