"""Find build-machine paths that a build copied or compiled into the program's folder.

A path such as `/home/alice/.pyenv/...` inside a shipped file names whoever built it, and
when it is a library search path (an ELF RUNPATH) it tells the dynamic loader on every
user's machine to look for libraries in that folder first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

CHUNK = 1 << 22
OVERLAP = 4096


def needle_pattern(needle: str) -> re.Pattern[bytes]:
    """An absolute path as a whole path, not the tail of a longer one (`/opt/x/root/`);
    anything else (`.venv`) wherever it occurs."""
    escaped = re.escape(needle.encode())
    if needle.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", needle):
        return re.compile(rb"(?<![\w./\\-])" + escaped)
    return re.compile(escaped)


def files_containing(folder: Path, needles: Iterable[str]) -> dict[str, list[str]]:
    """{needle: [files below `folder` that contain it]}, for the needles found at all."""
    patterns = {needle: needle_pattern(needle) for needle in needles if needle}
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        hits = _search(path, patterns)
        for needle in hits:
            found.setdefault(needle, []).append(path.relative_to(folder).as_posix())
    return found


def _search(path: Path, patterns: dict[str, re.Pattern[bytes]]) -> set[str]:
    hits: set[str] = set()
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            window = tail + chunk
            hits |= {needle for needle, pattern in patterns.items() if pattern.search(window)}
            tail = window[-OVERLAP:]
    return hits
