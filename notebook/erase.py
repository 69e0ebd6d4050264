"""Emergency erase: destroy a notebook's keys at once, then remove everything else in its folder.

The order is the point. The master key exists on disk only sealed in the header's key slots,
so overwriting the header makes the database key, and with it every evidence file's key (kept
in the database), unrecoverable: the rest is ciphertext, deleted at whatever pace the disk
allows. Only an older copy of the header (a copy taken earlier, or one the disk kept) and
its passphrase or recovery code could still unseal the master key. The core says what it
did; `cli.py` and `ui/` say, in the user's words, what an erase cannot do.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from . import crypto
from .errors import NotebookInUse, NotFound
from .header import FORMAT_NAME, fsync_directory
from .lockfile import FolderLock
from .progress import Progress
from .vault import BLOB_FOLDER, DATABASE_FILE, HEADER_FILE, LOCK_FILE, SUFFIX

HEADER_FILES = (HEADER_FILE + ".tmp", HEADER_FILE)  # a half-made header may hold a new slot
DATABASE_FILES = tuple(DATABASE_FILE + ending for ending in ("", "-wal", "-shm", "-journal"))
# What a notebook folder holds, and nothing else: a folder of only these names (left, say, by
# an erase the power cut short) may be erased even when its header is no longer readable.
BACKUP_SCRATCH_PREFIX = (
    ".backup-"  # notebook.backup.SCRATCH_PREFIX; not imported: erase stays small
)
GUARD_FILES = ("notebook.guard", "notebook.guard.tmp")  # notebook.guard.GUARD_FILE
NOTEBOOK_NAMES = frozenset({*HEADER_FILES, *DATABASE_FILES, *GUARD_FILES, BLOB_FOLDER, LOCK_FILE})
# SQLCipher keeps the salt it derives the page-HMAC key from in the first 16 bytes; without it
# no SQLCipher opens the file, whatever key it is given. The first MiB also takes the schema
# and the early pages with it, in a few milliseconds. Overwriting all of a large database
# would not fit in a second, and is not what protects the rest: every page is encrypted under
# the database key (a raw key: the salt does not enter it), derived from the master key that
# goes with the header. Whoever kept an old header and knows its passphrase could still
# decrypt pages the disk keeps, by hand; that is why the words say it is no forensic wipe.
DATABASE_OVERWRITE_BYTES = 1 << 20
_HEADER_SNIFF_BYTES = 1 << 20
_WRITE_BLOCK = 1 << 16


@dataclass(frozen=True, kw_only=True)
class EraseReport:
    """What an erase did. `unreadable`: no header and no database file is left in the folder."""

    folder: Path
    unreadable: bool
    seconds_to_unreadable: float  # from the start until the keys' files were gone, on disk
    seconds: float  # the whole erase
    in_use: bool  # another process had it open: it keeps the keys in memory until it closes
    header_found: bool
    database_found: bool
    files_removed: int = 0  # blobs and every other file, after the keys
    bytes_removed: int = 0
    links_removed: tuple[Path, ...] = ()  # symbolic links unlinked; what they point to is kept
    leftovers: tuple[Path, ...] = ()  # what could not be removed

    @property
    def complete(self) -> bool:
        return self.unreadable and not self.leftovers and not os.path.lexists(self.folder)


def is_notebook_folder(folder: Path | str) -> bool:
    """A notebook (with our header), or a folder holding only the names a notebook holds."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    header_path = folder / HEADER_FILE
    if _looks_like_our_header(header_path):
        return True
    try:
        # A backup killed midway may leave its scratch copy of the database (encrypted).
        names = {
            entry.name
            for entry in os.scandir(folder)
            if not entry.name.startswith(BACKUP_SCRATCH_PREFIX)
        }
    except OSError:
        return False
    if not names <= NOTEBOOK_NAMES:
        return False
    # An erase cut short after the keys leaves blobs behind: a .casenotebook folder of
    # nothing but notebook names may be finished off.
    return bool(names & {HEADER_FILE, DATABASE_FILE}) or folder.name.endswith(SUFFIX)


def require_notebook_folder(folder: Path | str) -> Path:
    """The folder, when it is one erase may destroy; otherwise NotFound, and nothing is touched."""
    folder = Path(folder)
    if not is_notebook_folder(folder):
        raise NotFound("not a notebook folder")
    return folder


def erase(folder: Path | str, *, progress: Progress | None = None) -> EraseReport:
    """Destroy the notebook in `folder`: its keys first, its files after; never cancelled.

    The caller closes its own open notebook first. Another process holding the lock does not
    stop the erase (speed is the point); the report says so. Symbolic links inside the folder
    are removed as links: nothing outside the folder is ever read, written or deleted.
    `progress` is advanced over the files removed after the keys; it is not checked, since a
    half-erased notebook is of no use to anyone.
    """
    given = Path(folder)
    require_notebook_folder(given)
    # A folder reached through a link is erased where it lives, and the link goes with it.
    real = given.resolve()
    started = time.perf_counter()
    lock = FolderLock(real / LOCK_FILE)
    in_use = False
    try:
        lock.acquire()
    except NotebookInUse:
        in_use = True
    except OSError:
        pass  # a read-only folder: the erase below says what could not be done
    leftovers: list[Path] = []
    links: list[Path] = []
    try:
        header_found = _destroy_all(real, HEADER_FILES, leftovers, links, whole=True)
        database_found = _destroy_all(real, DATABASE_FILES, leftovers, links, whole=False)
        _fsync_folder(real)
        unreadable = not any(os.path.lexists(real / name) for name in HEADER_FILES + DATABASE_FILES)
        seconds_to_unreadable = time.perf_counter() - started
        removed, size = _remove_the_rest(real, lock, leftovers, links, progress)
    finally:
        lock.release()
    _remove_lock_file_and_folder(real, leftovers)
    if given != real and given.is_symlink() and not os.path.lexists(real):
        _unlink(given, leftovers)
    return EraseReport(
        folder=given,
        unreadable=unreadable,
        seconds_to_unreadable=seconds_to_unreadable,
        seconds=time.perf_counter() - started,
        in_use=in_use,
        header_found=header_found,
        database_found=database_found,
        files_removed=removed,
        bytes_removed=size,
        links_removed=tuple(links),
        leftovers=tuple(dict.fromkeys(leftovers)),
    )


# -- the keys ---------------------------------------------------------------------------------


def _destroy_all(
    folder: Path, names: tuple[str, ...], leftovers: list[Path], links: list[Path], *, whole: bool
) -> bool:
    """Overwrite (all, or the first pages), flush, unlink each; True if any was there."""
    found = False
    for name in names:
        path = folder / name
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            continue
        except OSError:
            leftovers.append(path)
            continue
        found = True
        if stat.S_ISLNK(mode):
            links.append(path)  # what it points to is outside our reach, on purpose
        elif stat.S_ISREG(mode):
            _overwrite(path, None if whole else DATABASE_OVERWRITE_BYTES)
        _unlink(path, leftovers)
    return found


def _overwrite(path: Path, limit: int | None) -> None:
    """Random bytes over the file's first `limit` bytes (all of it for None), then fsync: an
    unlink alone may leave the old bytes in blocks the disk never rewrites.

    Best effort: a failure here still leaves the unlink to do, and on an SSD or a
    copy-on-write file system the old blocks may survive anyway (the words say so).
    """
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        size = os.fstat(fd).st_size
        todo = size if limit is None else min(size, limit)
        done = 0
        while done < todo:
            done += os.write(fd, crypto.random_bytes(min(_WRITE_BLOCK, todo - done)))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """The unlinks reach the disk now, not at the file system's leisure."""
    with contextlib.suppress(OSError):
        fsync_directory(folder)


# -- the rest ---------------------------------------------------------------------------------


def _remove_the_rest(
    folder: Path,
    lock: FolderLock,
    leftovers: list[Path],
    links: list[Path],
    progress: Progress | None,
) -> tuple[int, int]:
    """Every file and folder inside, deepest first; links are unlinked, never followed."""
    files: list[tuple[Path, int]] = []
    folders: list[Path] = []
    _collect(folder, files, folders, links, leftovers, top=True)
    if progress is not None:
        progress.total, progress.done = len(files), 0
    removed = size = 0
    for path, length in files:
        if _unlink(path, leftovers):
            removed += 1
            size += length
        if progress is not None:
            progress.done += 1
    for inner in folders:
        try:
            os.rmdir(inner)
        except OSError:
            leftovers.append(inner)
    return removed, size


def _collect(
    folder: Path,
    files: list[tuple[Path, int]],
    folders: list[Path],
    links: list[Path],
    leftovers: list[Path],
    *,
    top: bool,
) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        leftovers.append(folder)
        return
    for entry in entries:
        path = Path(entry.path)
        if top and entry.name == LOCK_FILE:
            continue  # removed once the lock is released (Windows cannot unlink it before)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            leftovers.append(path)
            continue
        if _is_link(info):
            links.append(path)
            files.append((path, 0))
        elif stat.S_ISDIR(info.st_mode):
            _collect(path, files, folders, links, leftovers, top=False)
            folders.append(path)
        else:
            files.append((path, info.st_size))


def _is_link(info: os.stat_result) -> bool:
    """A symbolic link, or on Windows a junction: both lead out of the folder."""
    reparse = getattr(info, "st_file_attributes", 0) & getattr(
        stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0
    )
    return stat.S_ISLNK(info.st_mode) or bool(reparse)


def _unlink(path: Path, leftovers: list[Path]) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    except OSError:
        leftovers.append(path)
        return False
    return True


def _remove_lock_file_and_folder(folder: Path, leftovers: list[Path]) -> None:
    lock_path = folder / LOCK_FILE
    if os.path.lexists(lock_path):
        _unlink(lock_path, leftovers)
    try:
        os.rmdir(folder)
    except FileNotFoundError:
        pass
    except OSError:
        leftovers.append(folder)
        return
    _fsync_folder(folder.parent)


def _looks_like_our_header(path: Path) -> bool:
    """Our format's name in a JSON header; its checksum is not needed (damaged is still ours)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            document = json.loads(handle.read(_HEADER_SNIFF_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT_NAME
