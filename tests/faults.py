"""Writes that fail as a full or failing disk makes them fail, for tests.

A write can fail in three places, and each gets its own injector (and a real disk, a fourth):

- Python's own file writes (`FailingDisk`). Every file the code opens for writing goes
  through `io.open` (`open`, `os.fdopen` and `Path.open` all call it); while a FailingDisk is
  active, such a file under its root is opened unbuffered and wrapped in a counting raw
  file, then buffered (or decoded) exactly as `io.open` would do it. So the buffering layer
  behaves as it does in use: a failure surfaces where it would (in `write`, `flush` or
  `close`), and the raw writes counted are the ones the kernel would see (small writes
  coalesced into buffer-sized ones, large ones passed straight through). `os.write` to a
  regular file under the root is counted too. All files share one budget of bytes, as they
  share a disk: the write that crosses it is short (as write(2) is when the disk fills in
  the middle of it), the next raises OSError(ENOSPC, or EIO), and so does every later one.
  Besides the bytes, a FailingDisk can fail the k-th `os.fsync` with EIO (how a failing
  disk, or ext4's delayed allocation, reports a lost write), and the k-th change to the
  folder tree (creating a file, `os.mkdir`, `os.replace`, `os.rename`) with ENOSPC.

  `os.fdatasync` is not counted: the core calls it only to start pushing data early, on a
  thread of its own, and ignores its failures on purpose (the final fsync reports them).
  Not intercepted either: `os.sendfile` and `os.copy_file_range` (shutil's fast copies) and
  writes through `mmap`; the core writes none of its files that way.

- SQLite's writes to the database, which happen in C: `database_limit` sets SQLite's own
  `PRAGMA max_page_count` just above the current size, so the n-th page the transaction
  needs beyond it fails with SQLITE_FULL ("database or disk is full"), as a full disk does.

- Every write of a child process, C or Python: `file_size_limit` sets RLIMIT_FSIZE (with
  SIGXFSZ ignored), so a write past that offset in any file is cut short and then fails
  with EFBIG; SQLite reports it as SQLITE_IOERR ("disk I/O error"), what it says when a
  disk fails. `in_child` runs a function in a forked child and reports how it ended.

- A real small disk, where the machine allows it (`small_disks_possible`): a forked child
  becomes root of its own user and mount namespaces (`enter_private_mounts`) and mounts a
  tmpfs (`mount_small_disk`) sized to leave exactly so many bytes free: every write, C or
  Python, fails with ENOSPC from the kernel, and SQLite says SQLITE_FULL.

`failure_points` turns a recorded run into the budgets to sweep: each raw write call is made
to fail at its first byte (every write before it whole) and partway through it (a short
write, then the error).
"""

from __future__ import annotations

import builtins
import contextlib
import ctypes
import errno
import io
import json
import os
import resource
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_REAL_OPEN = io.open
_REAL_WRITE = os.write
_REAL_FSYNC = os.fsync
_REAL_OS_OPEN = os.open
_REAL_MKDIR = os.mkdir
_REAL_REPLACE = os.replace
_REAL_RENAME = os.rename
_WRITING_MODES = frozenset("wax+")


def _path_of_descriptor(fd: int) -> str | None:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


class FailingDisk:
    """While active, file writes under `root` draw on a budget of `budget` bytes (None:
    unlimited, only counted); see the module's docstring.

    After the run: `calls` holds (offset in the whole volume written, size) of each raw
    write, `written` the bytes that reached files, `syncs` and `namespace_changes` how many
    of those calls were made, and `fired` whether anything was made to fail.
    """

    def __init__(
        self,
        root: Path,
        *,
        budget: int | None = None,
        error: int = errno.ENOSPC,
        failing_sync: int | None = None,
        failing_namespace_change: int | None = None,
    ) -> None:
        self.root = os.path.realpath(root)
        self.budget = budget
        self.error = error
        self.failing_sync = failing_sync
        self.failing_namespace_change = failing_namespace_change
        self.calls: list[tuple[int, int]] = []
        self.written = 0
        self.syncs = 0
        self.namespace_changes = 0
        self.fired = False
        self._lock = threading.Lock()
        self._patches: list[tuple[Any, str, Any]] = []

    # -- switching it on and off ------------------------------------------------------------

    def __enter__(self) -> FailingDisk:
        for owner, name, replacement in (
            (builtins, "open", self._open),
            (io, "open", self._open),
            (os, "write", self._os_write),
            (os, "fsync", self._fsync),
            (os, "open", self._os_open),
            (os, "mkdir", self._mkdir),
            (os, "replace", self._replace),
            (os, "rename", self._rename),
        ):
            self._patches.append((owner, name, getattr(owner, name)))
            setattr(owner, name, replacement)
        return self

    def __exit__(self, *exc: object) -> None:
        while self._patches:
            owner, name, original = self._patches.pop()
            setattr(owner, name, original)

    # -- which files are on the failing disk ------------------------------------------------

    def _covers_path(self, path: Any) -> bool:
        if isinstance(path, int):
            where = _path_of_descriptor(path)
            return where is None or self._inside(where)
        name = os.fsdecode(path)
        folder = os.path.realpath(os.path.dirname(os.path.abspath(name)))
        return self._inside(os.path.join(folder, os.path.basename(name)))

    def _inside(self, where: str) -> bool:
        return where == self.root or where.startswith(self.root + os.sep)

    def _covers_descriptor(self, fd: int) -> bool:
        try:
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
        except OSError:
            return False
        return regular and self._covers_path(fd)

    # -- the budget -------------------------------------------------------------------------

    def failure(self, code: int | None = None) -> OSError:
        code = self.error if code is None else code
        return OSError(code, os.strerror(code))

    def _reserve(self, size: int) -> int:
        """How many of `size` bytes may be written now; records the call."""
        with self._lock:
            self.calls.append((self.written, size))
            room = size if self.budget is None else max(0, min(size, self.budget - self.written))
            if room < size:
                self.fired = True
            self.written += room
            return room

    def _release(self, unused: int) -> None:
        with self._lock:
            self.written -= unused

    def write_through(self, write: Callable[[memoryview], int | None], data: Any) -> int:
        """Pass what the budget allows of `data` to `write`; nothing left: the disk's error."""
        view = memoryview(data).cast("B")
        room = self._reserve(len(view))
        if room == 0 and len(view):
            raise self.failure()
        done = write(view[:room]) or 0
        self._release(room - done)
        return done

    # -- the replacements -------------------------------------------------------------------

    def _open(
        self,
        file: Any,
        mode: str = "r",
        buffering: int = -1,
        encoding: str | None = None,
        errors: str | None = None,
        newline: str | None = None,
        closefd: bool = True,
        opener: Any = None,
    ) -> Any:
        if not _WRITING_MODES & set(mode) or not self._covers_path(file):
            return _REAL_OPEN(file, mode, buffering, encoding, errors, newline, closefd, opener)
        if not isinstance(file, int) and not os.path.exists(os.fsdecode(file)):
            self._namespace_change()
        raw_mode = mode.replace("t", "").replace("b", "") + "b"
        raw = _REAL_OPEN(file, raw_mode, buffering=0, closefd=closefd, opener=opener)
        counted = _CountedFile(raw, self)
        binary = "b" in mode
        if binary and buffering == 0:
            return counted
        size = (
            buffering if buffering > 1 else (getattr(raw, "_blksize", 0) or io.DEFAULT_BUFFER_SIZE)
        )
        buffered_class = io.BufferedRandom if "+" in mode else io.BufferedWriter
        buffered = buffered_class(counted, size)
        if binary:
            return buffered
        text = io.TextIOWrapper(
            buffered,
            io.text_encoding(encoding),
            errors,
            newline,
            line_buffering=buffering == 1,
        )
        text.mode = mode  # type: ignore[misc]  # as io.open sets it
        return text

    def _os_write(self, fd: int, data: Any) -> int:
        if not self._covers_descriptor(fd):
            return _REAL_WRITE(fd, data)
        return self.write_through(lambda view: _REAL_WRITE(fd, view), data)

    def _fsync(self, fd: Any) -> None:
        descriptor = fd if isinstance(fd, int) else fd.fileno()
        if self._covers_path(descriptor):
            with self._lock:
                index = self.syncs
                self.syncs += 1
            if index == self.failing_sync:
                self.fired = True
                raise self.failure(errno.EIO)
        _REAL_FSYNC(fd)

    def _namespace_change(self) -> None:
        with self._lock:
            index = self.namespace_changes
            self.namespace_changes += 1
        if index == self.failing_namespace_change:
            self.fired = True
            raise self.failure()

    def _os_open(self, path: Any, flags: int, mode: int = 0o777, *, dir_fd: Any = None) -> int:
        creates = flags & os.O_CREAT and dir_fd is None and self._covers_path(path)
        if creates and not os.path.exists(os.fsdecode(path)):
            self._namespace_change()
        return _REAL_OS_OPEN(path, flags, mode, dir_fd=dir_fd)

    def _mkdir(self, path: Any, mode: int = 0o777, *, dir_fd: Any = None) -> None:
        if dir_fd is None and self._covers_path(path) and not os.path.exists(os.fsdecode(path)):
            self._namespace_change()
        _REAL_MKDIR(path, mode, dir_fd=dir_fd)

    def _replace(self, source: Any, target: Any, **options: Any) -> None:
        if self._covers_path(target):
            self._namespace_change()
        _REAL_REPLACE(source, target, **options)

    def _rename(self, source: Any, target: Any, **options: Any) -> None:
        if self._covers_path(target):
            self._namespace_change()
        _REAL_RENAME(source, target, **options)


class _CountedFile(io.RawIOBase):
    """A real unbuffered file whose writes draw on a FailingDisk's budget."""

    def __init__(self, raw: io.FileIO, disk: FailingDisk) -> None:
        super().__init__()
        self._raw = raw
        self._disk = disk

    @property
    def name(self) -> Any:
        return self._raw.name

    @property
    def mode(self) -> str:
        return self._raw.mode

    def readable(self) -> bool:
        return self._raw.readable()

    def writable(self) -> bool:
        return self._raw.writable()

    def seekable(self) -> bool:
        return self._raw.seekable()

    def fileno(self) -> int:
        return self._raw.fileno()

    def isatty(self) -> bool:
        return self._raw.isatty()

    def readinto(self, buffer: Any) -> int | None:
        return self._raw.readinto(buffer)

    def write(self, data: Any) -> int:
        return self._disk.write_through(self._raw.write, data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def truncate(self, size: int | None = None) -> int:
        return self._raw.truncate(size)

    def close(self) -> None:
        if not self.closed:
            try:
                super().close()
            finally:
                self._raw.close()


def failure_points(calls: list[tuple[int, int]], *, dense: bool = False) -> list[int]:
    """Budgets that make each recorded write fail at its first byte and partway through it
    (dense: at eight places through it, and one byte in and one byte short too)."""
    points: set[int] = set()
    for offset, size in calls:
        if size <= 0:
            continue
        points.add(offset)
        if size > 1:
            points.add(offset + size // 2)
        if dense:
            points.update(offset + size * step // 8 for step in range(1, 8))
            points.update({offset + 1, offset + size - 1} if size > 2 else set())
    total = sum(size for _offset, size in calls)
    return sorted(point for point in points if point < total)


# -- SQLite's own limit -----------------------------------------------------------------------

UNLIMITED_PAGES = 4294967294  # SQLite's default max_page_count


@contextlib.contextmanager
def database_limit(database: Any, extra_pages: int) -> Iterator[int]:
    """The database may grow by `extra_pages` pages and no more while inside: the next page
    makes SQLite fail with SQLITE_FULL, as a full disk does. Yields the page count now."""
    pages = int(database.scalar("PRAGMA page_count"))
    database.execute(f"PRAGMA max_page_count = {pages + int(extra_pages)}")
    try:
        yield pages
    finally:
        database.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")


# -- every write of a child process -----------------------------------------------------------


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """No file may grow past `limit` bytes while inside: a write past it fails (EFBIG), in C
    as in Python. Only for a child process (`in_child`): it would stop pytest's own writes."""
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


@dataclass(frozen=True)
class Outcome:
    """How a function run in a child ended: returned (with what it returned, as JSON) or
    raised (the error's class and those it is built on, its message, what and why)."""

    raised: bool
    returned: Any = None
    classes: tuple[str, ...] = ()
    message: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def in_child(function: Callable[[], Any]) -> Outcome:
    """Run `function` in a forked child (which must open whatever it uses itself: SQLite
    connections do not survive a fork) and report how it ended."""
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(reading)
            try:
                report: dict[str, Any] = {"raised": False, "returned": function()}
            except BaseException as error:  # reported to the parent
                report = {
                    "raised": True,
                    "classes": [kind.__name__ for kind in type(error).__mro__],
                    "message": str(error),
                    "details": {
                        name: str(getattr(error, name))
                        for name in ("what", "why", "errno")
                        if getattr(error, name, None) is not None
                    },
                }
            data = json.dumps(report, default=str).encode()
            while data:
                data = data[_REAL_WRITE(writing, data) :]
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    chunks = []
    with _REAL_OPEN(reading, "rb") as pipe:
        while chunk := pipe.read(65536):
            chunks.append(chunk)
    _pid, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not chunks:
        raise AssertionError(f"the child process failed (status {status})")
    report = json.loads(b"".join(chunks))
    return Outcome(
        raised=report["raised"],
        returned=report.get("returned"),
        classes=tuple(report.get("classes", ())),
        message=report.get("message", ""),
        details=report.get("details", {}),
    )


# -- a real, small disk -----------------------------------------------------------------------

_CLONE_NEWNS = 0x00020000
_CLONE_NEWUSER = 0x10000000
_MS_REMOUNT = 32
_MS_REC = 16384
_MS_PRIVATE = 1 << 18


def _libc() -> Any:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def enter_private_mounts() -> None:
    """Make this (forked, single-threaded) process the root of its own user and mount
    namespaces, so that it may mount a tmpfs that nobody else sees. Only in a child."""
    uid, gid = os.getuid(), os.getgid()
    libc = _libc()
    _check(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNS), "unshare")
    with contextlib.suppress(FileNotFoundError):
        Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
    Path("/proc/self/gid_map").write_text(f"0 {gid} 1")
    _check(libc.mount(b"none", b"/", None, _MS_REC | _MS_PRIVATE, None), "private mounts")


def mount_small_disk(folder: Path, size: int, *, again: bool = False) -> None:
    """A tmpfs of `size` bytes (whole pages) at `folder`; `again` resizes the one there (not
    below what it holds). A write that does not fit fails with ENOSPC, from the kernel."""
    flags = _MS_REMOUNT if again else 0
    options = f"size={max(size, 4096)},mode=0700".encode()
    _check(_libc().mount(b"tmpfs", os.fsencode(folder), b"tmpfs", flags, options), "mount tmpfs")


def unmount(folder: Path) -> None:
    _check(_libc().umount2(os.fsencode(folder), 0), "umount")


def used_bytes(folder: Path) -> int:
    found = os.statvfs(folder)
    return (found.f_blocks - found.f_bfree) * found.f_frsize


def small_disks_possible() -> bool:
    """Whether this machine lets a process mount a private tmpfs (user namespaces)."""
    if not os.path.isdir("/proc/self") or not hasattr(os, "fork"):
        return False

    def trial() -> bool:
        enter_private_mounts()
        with _temporary_folder() as folder:
            mount_small_disk(folder, 64 * 1024)
            unmount(folder)
        return True

    try:
        outcome = in_child(trial)
    except AssertionError:
        return False
    return not outcome.raised and outcome.returned is True


@contextlib.contextmanager
def _temporary_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)
