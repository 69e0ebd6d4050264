"""Erase after too many wrong passphrases in a row: optional, off by default.

A small file beside the header, notebook.guard, holds the limit and how many wrong
passphrases (or recovery codes) have been typed in a row since the last unlock. The attempt
that reaches the limit erases the notebook (erase.py: keys and database first).

What it cannot do, and the user is told so where it is set: whoever copies the folder first
can try passphrases on the copy forever, or put back an older guard file; it only stops
guessing in this program, on this folder. And a user who mistypes often enough loses the
notebook: keep a backup. The file holds no content, only two numbers; it is not part of a
backup, so a restored notebook starts with the guard off.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .erase import erase
from .errors import InvalidInput, WrongPassphrase
from .header import write_file_atomically

GUARD_FILE = "notebook.guard"
MINIMUM_LIMIT = 3  # fewer, and one slip of the keyboard layout loses the notebook
MAXIMUM_LIMIT = 100


class ErasedAfterWrongPassphrases(WrongPassphrase):
    """The wrong passphrase that reached the limit: the notebook has been erased."""

    def __init__(self, complete: bool) -> None:
        super().__init__("erased after too many wrong passphrases")
        self.complete = complete


@dataclass(frozen=True)
class Guard:
    erase_after: int
    failures: int = 0


def read(folder: Path) -> Guard | None:
    """The guard of the notebook in `folder`; None when off. A guard file that cannot be read
    counts as off: damage must never be what erases a notebook."""
    try:
        document = json.loads((folder / GUARD_FILE).read_text(encoding="utf-8"))
        guard = Guard(int(document["erase_after"]), int(document["failures"]))
    # OverflowError: int() of an Infinity; RecursionError: JSON nested past Python's limit.
    except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError):
        return None
    if not MINIMUM_LIMIT <= guard.erase_after <= MAXIMUM_LIMIT or guard.failures < 0:
        return None
    return guard


def set_limit(folder: Path, erase_after: int | None) -> None:
    """Turn the guard on with a limit, or off with None; the count starts again from zero."""
    path = folder / GUARD_FILE
    if erase_after is None:
        path.unlink(missing_ok=True)
        return
    if not MINIMUM_LIMIT <= erase_after <= MAXIMUM_LIMIT:
        raise InvalidInput(
            f"the limit is between {MINIMUM_LIMIT} and {MAXIMUM_LIMIT} wrong passphrases",
            field="erase_after",
        )
    _write(path, Guard(erase_after))


def after_wrong_passphrase(folder: Path, error: WrongPassphrase) -> WrongPassphrase:
    """Count one more wrong passphrase. Returns the error to raise: the same one, telling how
    many attempts are left, or, at the limit, ErasedAfterWrongPassphrases once erased."""
    guard = read(folder)
    if guard is None:
        return error
    failures = guard.failures + 1
    if failures >= guard.erase_after:
        report = erase(folder)
        return ErasedAfterWrongPassphrases(report.complete)
    _write(folder / GUARD_FILE, Guard(guard.erase_after, failures))
    error.attempts_left = guard.erase_after - failures  # type: ignore[attr-defined]
    return error


def after_unlock(folder: Path) -> None:
    """The right passphrase: the count of wrong ones in a row starts again."""
    guard = read(folder)
    if guard is not None and guard.failures:
        _write(folder / GUARD_FILE, Guard(guard.erase_after))


def _write(path: Path, guard: Guard) -> None:
    document = {"erase_after": guard.erase_after, "failures": guard.failures}
    write_file_atomically(path, json.dumps(document).encode() + b"\n")
