"""Exports are whole or absent, and a partial file a killed writer left is swept later."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from notebook.export.files import (
    ABANDONED_AFTER_SECONDS,
    PARTIAL_PREFIX,
    PARTIAL_SUFFIX,
    atomic_output,
    sweep_abandoned_partials,
    write_export,
)

fcntl = pytest.importorskip("fcntl", reason="the sweep relies on flock")


def left_partial(folder: Path, name: str, *, age: float) -> Path:
    """A partial file as a killed writer leaves it: ours by name, unlocked, `age` seconds old."""
    path = folder / f"{PARTIAL_PREFIX}{name}{PARTIAL_SUFFIX}"
    path.write_bytes(b"CNBACKUP half of a backup")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_the_next_export_to_a_folder_removes_a_partial_file_a_killed_writer_left(
    tmp_path: Path,
) -> None:
    abandoned = left_partial(tmp_path, "abandoned", age=ABANDONED_AFTER_SECONDS + 5)
    write_export(tmp_path / "statement.docx", b"whole")
    assert not abandoned.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["statement.docx"]


def test_a_partial_file_whose_writer_still_holds_its_lock_is_left_alone(tmp_path: Path) -> None:
    busy = left_partial(tmp_path, "busy", age=ABANDONED_AFTER_SECONDS + 5)
    with open(busy, "rb") as writer:  # a separate open file: its lock stands against ours
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert sweep_abandoned_partials(tmp_path) == 0
    assert busy.exists()
    assert sweep_abandoned_partials(tmp_path) == 1


def test_a_fresh_partial_file_and_files_not_ours_are_left_alone(tmp_path: Path) -> None:
    fresh = left_partial(tmp_path, "fresh", age=1)
    theirs = tmp_path / "notes.part"
    theirs.write_bytes(b"the user's own")
    folder = tmp_path / f"{PARTIAL_PREFIX}folder{PARTIAL_SUFFIX}"
    folder.mkdir()
    os.utime(folder, (0, 0))
    assert sweep_abandoned_partials(tmp_path) == 0
    assert fresh.exists() and theirs.exists() and folder.is_dir()


def test_the_file_being_written_holds_its_lock_until_it_is_whole(tmp_path: Path) -> None:
    with atomic_output(tmp_path / "bundle.zip") as stream:
        stream.write(b"half")
        (partial,) = tmp_path.glob(f"{PARTIAL_PREFIX}*{PARTIAL_SUFFIX}")
        old = time.time() - ABANDONED_AFTER_SECONDS - 5
        os.utime(partial, (old, old))
        assert sweep_abandoned_partials(tmp_path) == 0  # its writer is alive: not swept
        stream.write(b" and the rest")
    assert (tmp_path / "bundle.zip").read_bytes() == b"half and the rest"
