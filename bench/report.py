"""Runs every benchmark in bench/, each in its own process, and writes bench/REPORT.md.

Run: `make bench`, or `.venv/bin/python bench/report.py [--quick] [--out FILE] [NAME ...]`
(NAME: store, evidence, timeline, export, bundle, backup, package; all by default, in that
order; `--quick` runs each at a small size, for a test, in under a minute in all).

Each benchmark runs in a child process of its own, one after the other, with
QT_QPA_PLATFORM=offscreen (the timeline draws into pictures) and CASENOTEBOOK_BENCH_FIGURES
naming a file where it appends its figures (bench.common.record_figure). The child is this
script again with `--child SCRIPT ARGS...`: it runs the benchmark as `__main__` and, once it
is done, appends the process's own peak RSS (VmHWM). The parent keeps the child's stdout (its
table, verbatim), its wall time and, from os.wait4, the peak RSS of the child's whole tree (the
evidence and bundle benchmarks start children of their own to measure memory; on Linux a
child's ru_maxrss also starts at its parent's RSS when forked, so this parent stays small).
Each figure is judged against its goal in bench/goals.py; the report explains each miss with
bench/misses.md. Exits 0 if every benchmark ran (whatever the figures), 1 if one failed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import runpy
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import FIGURES_ENV, MIB, peak_rss_bytes, say
from bench.goals import GOALS, Goal

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHILD_FLAG = "--child"
PEAK = "peak_rss"  # the child's own last line in the figures file
MISSES = HERE / "misses.md"

# name -> (script, full-size arguments, quick arguments)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "store": ("bench_store.py", [], ["--incidents", "1500", "--rounds", "1"]),
    "evidence": ("bench_evidence.py", [], ["--size-mib", "8"]),
    "timeline": ("bench_timeline.py", [], ["--items", "500", "--rounds", "2"]),
    "export": ("bench_export.py", [], ["--incidents", "40", "--exhibits", "8", "--rounds", "1"]),
    "bundle": ("bench_bundle.py", [], ["--size-mib", "8", "--files", "2", "--rounds", "1"]),
    "backup": (
        "bench_backup.py",
        [],
        ["--size-mib", "4", "--files", "2", "--incidents", "30", "--rounds", "1"],
    ),
    "package": (
        "bench_package.py",
        [],
        ["--size-mib", "4", "--files", "2", "--incidents", "30", "--rounds", "1"],
    ),
}


@dataclass
class Run:
    """One benchmark's run: what it printed and handed over, and what it cost."""

    name: str
    command: list[str]
    exit_code: int = 0
    seconds: float = 0.0
    stdout: str = ""
    stderr_tail: str = ""
    figures: list[dict[str, Any]] = field(default_factory=list)
    own_peak: int | None = None  # VmHWM of the benchmark's process
    tree_peak: int | None = None  # ru_maxrss from wait4: the largest process of its tree


# -- the child ---------------------------------------------------------------------------------


def child(script: str, arguments: list[str]) -> int:
    """Run one benchmark as __main__, then note this process's peak RSS in the figures file."""
    sys.argv = [script, *arguments]
    code: Any = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as done:
        code = done.code
    sys.stdout.flush()
    path = os.environ.get(FIGURES_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"figure": PEAK, "bytes": peak_rss_bytes()}) + "\n")
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


# -- the parent --------------------------------------------------------------------------------


def run_one(name: str, *, quick: bool, scratch: Path) -> Run:
    script, full, small = BENCHMARKS[name]
    arguments = small if quick else full
    path = HERE / script
    figures = scratch / f"{name}.jsonl"
    out, err = scratch / f"{name}.out", scratch / f"{name}.err"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", FIGURES_ENV: str(figures)}
    command = [sys.executable, str(Path(__file__).resolve()), CHILD_FLAG, str(path), *arguments]
    run = Run(name=name, command=[f"bench/{script}", *arguments])
    say(f"-- {name}: {' '.join(run.command)}")
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        run.seconds = time.perf_counter() - started
    process.returncode = run.exit_code = os.waitstatus_to_exitcode(status)
    # Linux and the BSDs count ru_maxrss in KiB, macOS in bytes.
    run.tree_peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    run.stdout = out.read_text(encoding="utf-8", errors="replace")
    run.stderr_tail = "\n".join(
        err.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
    )
    if figures.exists():
        for row in figures.read_text(encoding="utf-8").splitlines():
            data = json.loads(row)
            if data["figure"] == PEAK:
                run.own_peak = data["bytes"]
            else:
                run.figures.append(data)
    say(f"   {run.seconds:.1f} s, exit {run.exit_code}, {len(run.figures)} figures")
    return run


# -- the machine -------------------------------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _git(*arguments: str) -> str:
    """A read-only git command's output ("" if git is missing). `--no-optional-locks` keeps
    `status` from refreshing the index: making the report writes nothing to the repository."""
    try:
        done = subprocess.run(
            ["git", "--no-optional-locks", *arguments],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _engine() -> str:
    """SQLCipher's version, its crypto provider and SQLite's version, asked of the engine."""
    try:
        import sqlcipher3
    except ImportError:
        return "sqlcipher3 not installed"
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute(f"PRAGMA key = \"x'{'00' * 32}'\"")
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        provider = connection.execute("PRAGMA cipher_provider").fetchone()[0]
        provider_version = connection.execute("PRAGMA cipher_provider_version").fetchone()[0]
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    return (
        f"SQLCipher {cipher} (SQLite {sqlite}; provider {provider} {provider_version}), "
        f"through sqlcipher3 {_version('sqlcipher3')}"
    )


def machine() -> list[tuple[str, str]]:
    cpuinfo = _read("/proc/cpuinfo")
    models = [row.split(":", 1)[1].strip() for row in cpuinfo.splitlines() if "model name" in row]
    meminfo = {
        row.split(":")[0]: row.split(":")[1].strip() for row in _read("/proc/meminfo").splitlines()
    }
    ram = meminfo.get("MemTotal", "")
    if ram.endswith(" kB"):
        ram = f"{int(ram.split()[0]) / 1024 / 1024:.1f} GiB"
    commit = _git("rev-parse", "HEAD")
    changed = _git("status", "--porcelain", "--untracked-files=no")
    if commit and changed:
        commit += f" with uncommitted changes to {len(changed.splitlines())} files"
    try:
        from cryptography.hazmat.backends.openssl.backend import backend

        openssl = f" ({backend.openssl_version_text()})"
    except ImportError:
        openssl = ""
    return [
        ("cores", f"{os.cpu_count()} (os.cpu_count)"),
        ("CPU", models[0] if models else platform.processor() or "unknown"),
        ("RAM", ram or "unknown"),
        ("system", f"{platform.system()} {platform.release()} {platform.machine()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("database", _engine()),
        ("cryptography", _version("cryptography") + openssl),
        ("python-docx", _version("python-docx")),
        ("PySide6", _version("PySide6-Essentials")),
        ("commit", commit or "unknown"),
    ]


def load_average() -> str:
    return " ".join(_read("/proc/loadavg").split()[:3]) or "unknown"


# -- the report --------------------------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit in ("s",):
        return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.0f} ms"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MiB/s":
        return f"{value:,.0f} MiB/s"
    return f"{value:,.1f} {unit}"


def _ratio(figure: dict[str, Any]) -> str:
    if figure["ratio"] is None:
        return "–"
    return f"{figure['ratio']:.2f}× ({figure['ratio_of']})"


def judged(figure: dict[str, Any]) -> tuple[Goal | None, bool | None]:
    goal = GOALS.get(figure["figure"])
    if goal is None:
        return None, None
    return goal, goal.judge(ours=figure["ours"], ratio=figure["ratio"])


def _goal_cells(figure: dict[str, Any]) -> tuple[str, str]:
    goal, met = judged(figure)
    if goal is None:
        return "context, no goal", ""
    words = f"{goal.text(figure['unit'])} (issue {goal.issue})"
    if met is not None:
        return words, "**met**" if met else "**missed**"
    if goal.mark is None:
        return words, "–"
    inside = goal.judge_mark(ours=figure["ours"], ratio=figure["ratio"])
    mark = goal.mark_text(figure["unit"])
    return (
        f"no number set (issue {goal.issue}); the benchmark's mark {mark}",
        "within the mark" if inside else "outside the mark",
    )


def missed_sections() -> dict[str, str]:
    """The explanations in bench/misses.md, by figure: `## figure.name` starts each."""
    sections: dict[str, str] = {}
    name = ""
    for row in _read(str(MISSES)).splitlines():
        if row.startswith("## "):
            name = row[3:].split()[0]
            sections[name] = ""
        elif name:
            sections[name] += row + "\n"
    return {key: text.strip() for key, text in sections.items()}


def render(
    runs: list[Run],
    *,
    about: list[tuple[str, str]],
    quick: bool,
    seconds: float,
    loads: tuple[str, str],
    started: str,
) -> str:
    lines = ["# Benchmark report", ""]
    lines.append(
        f"Written by `make bench` (`bench/report.py{' --quick' if quick else ''}`) on {started}; "
        f"the whole run took **{seconds / 60:.1f} minutes** ({seconds:,.0f} s) of wall time."
    )
    if quick:
        lines += ["", "**A quick run at small sizes: these figures are not the benchmarks'.**"]
    lines += [
        "",
        f"Load average {loads[0]} at the start and {loads[1]} at the end, on "
        f"{os.cpu_count()} cores: a machine shared with other work may be busy. Every ratio is "
        "against a bare baseline measured in the same run and mostly in the same process, "
        "round by round, so load moves the ratios less than the times; still, on this machine "
        "timings moved by 10–40 % from run to run.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in about),
        "",
        "## Figures",
        "",
        "Each figure beside its bare baseline from the same run. A ratio of times is ours over "
        "bare (lower is better); a ratio of speeds is ours over bare (higher is better). Goals "
        "are those the issues set (bench/goals.py names the issue of each); where an issue set "
        "no number, it says so, and a number the benchmark reads the issue by is shown as a "
        "mark, not judged as a goal. Context rows time one part of the work on its own.",
        "",
        "| benchmark | figure | ours | bare baseline | ratio | goal | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        for figure in run.figures:
            goal, verdict = _goal_cells(figure)
            bare = _number(figure["bare"], figure["unit"])
            if figure["bare_what"]:
                bare += f" ({figure['bare_what']})"
            lines.append(
                f"| {run.name} | {figure['what']} | {_number(figure['ours'], figure['unit'])} "
                f"| {bare} | {_ratio(figure)} | {goal} | {verdict} |"
            )
        if run.exit_code != 0:
            lines.append(f"| {run.name} | **the benchmark failed (exit {run.exit_code})** "
                         "| | | | | |")  # fmt: skip
    lines += [
        "",
        "## Peak memory and time of each benchmark",
        "",
        "Own peak: the benchmark process's VmHWM, read by it when done (it includes the Qt, "
        "SQLCipher and python-docx libraries and whatever data the benchmark generates). Tree "
        "peak: ru_maxrss from wait4, the largest single process of the benchmark's tree "
        "(evidence and bundle measure their import and build in a child process of their own; "
        "their figures above give the extra memory of that one call).",
        "",
        "| benchmark | command | wall time | own peak | tree peak | exit |",
        "|---|---|---|---|---|---|",
    ]
    for run in runs:
        own = f"{run.own_peak / MIB:,.0f} MiB" if run.own_peak else "–"
        tree = f"{run.tree_peak / MIB:,.0f} MiB" if run.tree_peak else "–"
        lines.append(
            f"| {run.name} | `{' '.join(run.command)}` | {run.seconds:,.1f} s | {own} | {tree} "
            f"| {run.exit_code} |"
        )
    lines += ["", *misses(runs)]
    lines += ["## Each benchmark's table", ""]
    for run in runs:
        lines += [f"### {run.name}: `{' '.join(run.command)}`", "", "```"]
        lines += run.stdout.rstrip("\n").splitlines() or ["(printed nothing)"]
        lines += ["```", ""]
        if run.exit_code != 0:
            lines += ["It failed; the end of what it wrote to stderr:", "", "```"]
            lines += [*run.stderr_tail.splitlines(), "```", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def misses(runs: list[Run]) -> list[str]:
    """The sections explaining each missed goal, and each figure outside its benchmark's own
    mark, from bench/misses.md."""
    explained = missed_sections()
    missed, outside = [], []
    for run in runs:
        for figure in run.figures:
            goal, met = judged(figure)
            if goal is None:
                continue
            if met is False:
                missed.append((run, figure, goal))
            elif goal.judge_mark(ours=figure["ours"], ratio=figure["ratio"]) is False:
                outside.append((run, figure, goal))
    lines = ["## Goals missed", ""]
    if not missed:
        lines += ["None in this run.", ""]
    for run, figure, goal in missed:
        lines += [
            f"### {run.name}: {figure['what']}: {_figure_words(figure)}; goal "
            f"{goal.text(figure['unit'])} (issue {goal.issue})",
            "",
            explained.get(figure["figure"], "Not explained yet: profile it (bench/README.md)."),
            "",
        ]
    if outside:
        lines += [
            "## Outside a benchmark's own mark",
            "",
            "No goal was missed here: the issue set no number, and the mark is the benchmark's "
            "reading of the issue's words.",
            "",
        ]
    for run, figure, goal in outside:
        lines += [
            f"### {run.name}: {figure['what']}: {_figure_words(figure)}; mark "
            f'{goal.mark_text(figure["unit"])} (issue {goal.issue}: "{goal.said}")',
            "",
            f"The mark, chosen by bench/{BENCHMARKS[run.name][0]}: {goal.mark_why}.",
            "",
            explained.get(figure["figure"], "Not looked into in this run."),
            "",
        ]
    return lines


def _figure_words(figure: dict[str, Any]) -> str:
    words = _number(figure["ours"], figure["unit"])
    if figure["ratio"] is not None:
        words += f", {_ratio(figure)}"
    return words


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHILD_FLAG]:
        return child(argv[1], argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--quick", action="store_true", help="small sizes, for a test")
    parser.add_argument("--out", type=Path, default=HERE / "REPORT.md", metavar="FILE")
    options = parser.parse_args(argv)
    unknown = [name for name in options.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)} (there are {', '.join(BENCHMARKS)})")
    names = options.names or list(BENCHMARKS)

    started = datetime.datetime.now().astimezone()
    began, load_before = time.perf_counter(), load_average()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as scratch:
        runs = [run_one(name, quick=options.quick, scratch=Path(scratch)) for name in names]
    seconds = time.perf_counter() - began
    text = render(
        runs,
        about=machine(),
        quick=options.quick,
        seconds=seconds,
        loads=(load_before, load_average()),
        started=started.strftime("%Y-%m-%d %H:%M %Z"),
    )
    options.out.write_text(text, encoding="utf-8")
    say(f"wrote {options.out} ({seconds:,.0f} s)")
    return 1 if any(run.exit_code for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
