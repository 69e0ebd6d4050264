"""Reading an untrusted zip: names and sizes checked before anything is read, then each entry
streamed and hashed with bounded memory, its declared size never trusted.

Shared by the bundle check and the bundle import. Nothing here extracts or writes anything.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import IO

from notebook.errors import InvalidInput, NotebookError
from notebook.progress import Progress

CHUNK_BYTES = 1 << 20
_BAG_NAME = re.compile(r"[A-Za-z0-9._-]+")
_DRIVE = re.compile(r"[A-Za-z]:")
_ENCRYPTED_FLAGS = 0x1 | 0x40  # traditional and strong encryption
_LOCAL_HEADER_BYTES = 30


@dataclass(frozen=True, kw_only=True)
class Limits:
    """How much a zip may claim before it is refused unread (zip bombs, disk fillers)."""

    total_bytes: int = 64 << 30  # the sum of the entries' declared sizes
    entries: int = 100_000
    ratio: int = 1000  # inflated size to compressed size, for any one entry
    ratio_floor: int = 1 << 20  # smaller entries may be as compressible as they like
    tag_file_bytes: int = 64 << 20  # a tag file that is read whole to be parsed


@dataclass(frozen=True)
class Problem:
    """What is wrong (a short English phrase) with one zip entry, or with the zip itself."""

    path: str  # the entry's name in the zip, or the zip file's own name
    problem: str


@dataclass(frozen=True)
class StreamHashes:
    size: int
    sha256: str
    sha512: str
    data: bytes = field(default=b"", repr=False)  # the bytes themselves, when asked to keep them


class UnsafeArchive(InvalidInput):
    """A zip whose names or sizes could harm whoever unpacks it; `problems` says which entries."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(f"{len(self.problems)} unsafe entries in the zip")


class DeclaredSizeMismatch(NotebookError):
    """An entry inflated to more, or fewer, bytes than the zip declared for it."""

    def __init__(self, declared: int, read: int) -> None:
        super().__init__(f"declared {declared} bytes, read {read}")
        self.declared = declared
        self.read = read


DEFAULT_LIMITS = Limits()


# -- the zip's names and sizes, before anything is read ---------------------------------------


def safe_member_names(
    archive: zipfile.ZipFile, *, limits: Limits = DEFAULT_LIMITS, archive_name: str = ""
) -> list[str]:
    """The names of the zip's files (not folders), or UnsafeArchive if any check fails."""
    problems = member_problems(archive, limits=limits, archive_name=archive_name)
    if problems:
        raise UnsafeArchive(problems)
    return [info.filename for info in archive.infolist() if not info.is_dir()]


def member_problems(
    archive: zipfile.ZipFile, *, limits: Limits = DEFAULT_LIMITS, archive_name: str = ""
) -> list[Problem]:
    """Everything wrong with the zip's entry names, kinds and declared sizes.

    Problems about the zip as a whole are named by `archive_name` (default: the zip's file name).
    """
    whole = archive_name or Path(archive.filename or "").name
    infos = archive.infolist()
    if not infos:
        return [Problem(whole, "the zip is empty")]
    if len(infos) > limits.entries:
        return [Problem(whole, f"more than {limits.entries} entries")]
    problems = [
        Problem(info.orig_filename, problem)
        for info in infos
        for problem in _entry_problems(info, limits)
    ]
    problems += _collisions(infos)
    problems += _overlaps(infos)
    problems += _top_level_problems(infos, whole)
    declared = sum(info.file_size for info in infos)
    if declared > limits.total_bytes:
        problems.append(
            Problem(whole, f"declares {declared} bytes, over the limit of {limits.total_bytes}")
        )
    return sorted(problems, key=lambda problem: problem.path)


def _entry_problems(info: zipfile.ZipInfo, limits: Limits) -> Iterator[str]:
    # orig_filename: zipfile cuts `filename` at a NUL, hiding what follows it.
    name = info.orig_filename
    if "\\" in name:
        yield "backslash in the name"
    if any(unicodedata.category(character) == "Cc" for character in name):
        yield "control character in the name"
    if name.startswith("/") or _DRIVE.match(name):
        yield "absolute path"
    elif ":" in name:
        yield "colon in the name (a drive or an alternate data stream on Windows)"
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    if ".." in parts:
        yield "'..' in the path"
    if any(part.startswith("~") for part in parts):
        yield "'~' in the path"
    if any(part in ("", ".") for part in parts) and not name.startswith("/"):
        yield "empty or '.' component in the path"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        yield "symbolic link"
    elif stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        yield "not a regular file"
    if info.flag_bits & _ENCRYPTED_FLAGS:
        yield "encrypted entry"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        yield f"compression method {info.compress_type} is not allowed"
    if _is_dir(info) and (info.file_size or info.compress_size):
        yield "folder entry with data"
    if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(
        info.compress_size, 1
    ):
        yield f"compression ratio over {limits.ratio}:1"


def _is_dir(info: zipfile.ZipInfo) -> bool:
    """ZipInfo.is_dir without its IndexError on a name that begins with a NUL (zipfile cuts
    `filename` there, leaving it empty; the NUL itself is named a control character)."""
    return info.filename.endswith("/")


def _fold(name: str) -> str:
    """A name as Windows and macOS compare it: normalised and without case."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def _collisions(infos: list[zipfile.ZipInfo]) -> Iterator[Problem]:
    """Files that would unpack over one another, exactly, after NFC, or ignoring case."""
    files = [info.orig_filename for info in infos if not _is_dir(info)]
    exact: set[str] = set()
    normalised: dict[str, str] = {}
    folded: dict[str, str] = {}
    for name in files:
        if name in exact:
            yield Problem(name, "appears twice in the zip")
            continue
        exact.add(name)
        nfc = unicodedata.normalize("NFC", name)
        if nfc in normalised:
            yield Problem(name, f"collides with {normalised[nfc]} after Unicode normalisation")
            continue
        normalised[nfc] = name
        key = _fold(name)
        if key in folded:
            yield Problem(name, f"collides with {folded[key]} when case is ignored")
            continue
        folded[key] = name
    folders = {_fold(info.orig_filename.rstrip("/")) for info in infos if _is_dir(info)}
    for name in files:
        parts = name.split("/")
        folders |= {_fold("/".join(parts[:end])) for end in range(1, len(parts))}
    for name in files:
        if _fold(name) in folders:
            yield Problem(name, "is both a file and a folder")


def _overlaps(infos: list[zipfile.ZipInfo]) -> Iterator[Problem]:
    """Entries sharing compressed bytes: the trick of zip bombs that need no nesting."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for before, after in pairwise(ordered):
        end = before.header_offset + _LOCAL_HEADER_BYTES + before.compress_size
        if after.header_offset < end:
            yield Problem(after.orig_filename, f"overlaps {before.orig_filename} in the zip")


def _top_level_problems(infos: list[zipfile.ZipInfo], whole: str) -> Iterator[Problem]:
    # Absolute names are refused on their own; their empty first part is no folder.
    tops = sorted({i.orig_filename.split("/", 1)[0] for i in infos if i.orig_filename[:1] != "/"})
    if not tops:
        return
    if len(tops) > 1:
        yield Problem(whole, "more than one top-level folder: " + ", ".join(tops))
        return
    if not _BAG_NAME.fullmatch(tops[0]) or not tops[0].strip("."):
        yield Problem(tops[0], "the bag's folder name is not made of A-Z, a-z, 0-9, '.', '_', '-'")
    for info in infos:
        if "/" not in info.orig_filename:
            yield Problem(info.orig_filename, "a file outside the bag's folder")


# -- reading, bounded --------------------------------------------------------------------------


def hash_stream(
    source: IO[bytes],
    *,
    declared_size: int,
    keep: bool = False,
    chunk_bytes: int = CHUNK_BYTES,
    progress: Progress | None = None,
) -> StreamHashes:
    """Read `source` to its end a chunk at a time, hashing it; DeclaredSizeMismatch unless it
    holds exactly `declared_size` bytes. Never reads more than one byte past that size."""
    sha256, sha512 = hashlib.sha256(), hashlib.sha512()
    kept = bytearray()
    size = 0
    while True:
        if progress is not None:
            progress.check()
        chunk = source.read(min(chunk_bytes, declared_size - size + 1))
        if not chunk:
            break
        size += len(chunk)
        if size > declared_size:
            raise DeclaredSizeMismatch(declared_size, size)
        sha256.update(chunk)
        sha512.update(chunk)
        if keep:
            kept += chunk
    if size != declared_size:
        raise DeclaredSizeMismatch(declared_size, size)
    return StreamHashes(size, sha256.hexdigest(), sha512.hexdigest(), bytes(kept))
