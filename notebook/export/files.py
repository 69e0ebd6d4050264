"""Writing an export where the user chose: whole or not at all, never half a file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import BinaryIO

from notebook import writes
from notebook.header import fsync_directory

try:
    import fcntl
except ImportError:  # Windows: a killed writer's partial file stays until removed by hand
    fcntl = None

PARTIAL_PREFIX, PARTIAL_SUFFIX = ".casenotebook-", ".part"
# A partial file younger than this is left alone even when unlocked: its writer may be
# between creating it and locking it.
ABANDONED_AFTER_SECONDS = 60


@contextmanager
def atomic_output(
    path: Path,
    *,
    what: str = writes.OUTPUT_FILE,
    logged: Callable[[], AbstractContextManager[object]] | None = None,
) -> Iterator[BinaryIO]:
    """A file to write that appears at `path` only once it is whole and on the disk.

    It is written beside the destination under a hidden random name, flushed, then renamed
    over it: a failure, a cancel or a full disk leaves the destination as it was and no
    partial file beside it. Nothing the user keeps there is touched. A file that cannot be
    written raises WriteFailed naming `what`.

    `logged`, if given, opens the caller's transaction that records the export (custody):
    the file takes its name inside it, so the file and its record are kept together or not
    at all (if the record cannot be committed, the file is removed again).
    """
    path = Path(path)
    sweep_abandoned_partials(path.parent)
    with writes.writing(what):
        handle, temporary_name = tempfile.mkstemp(
            dir=path.parent, prefix=PARTIAL_PREFIX, suffix=PARTIAL_SUFFIX
        )
    if fcntl is not None:  # "being written": a lock the kernel lets go of if we are killed
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    temporary = Path(temporary_name)
    renamed = False
    try:
        with writes.output_file(handle, what, mode="wb") as stream:
            yield stream
        transaction = logged() if logged is not None else contextlib.nullcontext()
        with transaction, writes.writing(what):
            os.replace(temporary, path)
            renamed = True
            fsync_directory(path.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        if renamed:
            path.unlink(missing_ok=True)
        raise


def sweep_abandoned_partials(folder: Path) -> int:
    """Remove the partial outputs a killed writer left in `folder` (a backup's begins with the
    notebook's header); how many. Only ours by name, only files, and only those whose lock no
    living writer holds."""
    if fcntl is None:
        return 0
    removed = 0
    for candidate in folder.glob(f"{PARTIAL_PREFIX}*{PARTIAL_SUFFIX}"):
        try:
            handle = os.open(candidate, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            facts = os.fstat(handle)
            if not stat.S_ISREG(facts.st_mode):
                continue
            if time.time() - facts.st_mtime < ABANDONED_AFTER_SECONDS:
                continue
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a writer is at work on it
            candidate.unlink(missing_ok=True)
            removed += 1
        finally:
            os.close(handle)
    return removed


def write_export(path: Path, data: bytes) -> None:
    """Write bytes built in memory to `path`, whole or not at all (see atomic_output)."""
    with atomic_output(path) as stream:
        stream.write(data)
