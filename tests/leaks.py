"""Finding content strings in files: our own scan, and the shared leak-scan where it is."""

from __future__ import annotations

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
# CI lays shared/ beside the clone; a developer's checkout has it beside too.
LEAK_SCAN = REPOSITORY.parent / "shared" / "checks" / "leak-scan"


def leaks(folder: Path, needles: list[str]) -> list[str]:
    """Every needle found in a file (UTF-8, UTF-16-LE or UTF-16-BE) or in a file's name."""
    found = []
    for path in sorted(folder.rglob("*")):
        found += [f"{n!r} names {path}" for n in needles if n in path.name]
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            for needle in needles:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    if needle.encode(encoding) in data:
                        found.append(f"{needle!r} in {encoding} inside {path}")
    return found
