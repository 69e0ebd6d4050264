"""Hostile input for the parsers of outside data: the one judgement, and the ways to spoil input.

The judgement (`judge`) is shared by the hypothesis tests (tests/core/test_fuzz_*.py) and the
atheris harnesses (fuzz/): a parser given anything either works or raises the program's own
error (a NotebookError); any other exception, a hang (`WATCHDOG_SECONDS`) or an allocation
of more than `MEMORY_HEADROOM` bytes beyond what the process already holds is a `Crash`.

Settings: `fuzz_settings(n)` gives n examples, derandomized (each test draws the same inputs
on every run, so a failure in CI is a failure on a laptop, and no .hypothesis folder is
written); with CASENOTEBOOK_STRESS set, `STRESS_FACTOR` times as many, freshly random on each
run (a failure prints the blob that reproduces it). The settings are built per test rather
than loaded as the global profile, so that no other test of the session changes.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from notebook.backup_format import entry_head, read_entry_head
from notebook.errors import NotebookError

try:
    import resource
except ImportError:  # Windows: no address-space limit, the allocation check is skipped
    resource = None  # type: ignore[assignment]

# -- settings ---------------------------------------------------------------------------------

STRESS = bool(os.environ.get("CASENOTEBOOK_STRESS"))
STRESS_FACTOR = 20
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]

settings.register_profile(
    "casenotebook-fuzz",
    derandomize=True,
    database=None,
    deadline=None,  # the watchdog below catches hangs; a per-example deadline is flaky here
    suppress_health_check=_QUIET,
    print_blob=True,
)
settings.register_profile(
    "casenotebook-fuzz-stress",
    derandomize=False,
    database=None,
    deadline=None,
    suppress_health_check=_QUIET,
    print_blob=True,
)


def fuzz_settings(examples: int) -> settings:
    """`examples` examples, or STRESS_FACTOR times as many under CASENOTEBOOK_STRESS."""
    if STRESS:
        return settings(
            settings.get_profile("casenotebook-fuzz-stress"),
            max_examples=examples * STRESS_FACTOR,
        )
    return settings(settings.get_profile("casenotebook-fuzz"), max_examples=examples)


# -- the judgement ----------------------------------------------------------------------------

WATCHDOG_SECONDS = 30.0
MEMORY_HEADROOM = 2 << 30


class Crash(AssertionError):
    """A parser did something other than work or refuse with the program's own error."""


class Hang(BaseException):
    """Raised inside a parser that ran past the watchdog (BaseException: nothing catches it)."""


@contextlib.contextmanager
def watchdog(seconds: float = WATCHDOG_SECONDS) -> Iterator[None]:
    """Interrupt the main thread after `seconds` (Python code only: a loop in C runs on)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):  # a worker thread, or Windows: no watchdog
        yield
        return

    def expire(_signal: int, _frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _address_space() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


@contextlib.contextmanager
def memory_cap(headroom: int = MEMORY_HEADROOM) -> Iterator[None]:
    """Refuse allocations past what the process holds plus `headroom` (Linux): a length field
    that makes a parser allocate gigabytes shows up as a MemoryError, i.e. a Crash."""
    if resource is None or not os.path.exists("/proc/self/statm"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + headroom
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@dataclass(frozen=True)
class Outcome:
    """What a parser did: returned `value`, or refused with `error` (a NotebookError)."""

    value: Any = None
    error: NotebookError | None = None

    @property
    def worked(self) -> bool:
        return self.error is None


def judge(
    call: Callable[[], Any], *, seconds: float = WATCHDOG_SECONDS, cap_memory: bool = True
) -> Outcome:
    """Run `call`: its result, or the NotebookError it raised; anything else is a Crash."""
    limits = memory_cap() if cap_memory else contextlib.nullcontext()
    try:
        with watchdog(seconds), limits:
            return Outcome(value=call())
    except NotebookError as error:
        return Outcome(error=error)
    except Hang as hang:
        raise Crash(f"hang: {hang}") from None
    except Exception as error:
        raise Crash(f"{type(error).__name__}: {error}") from error


# -- spoiling bytes ---------------------------------------------------------------------------

INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFF, 0x0A, 0x0D, 0x25, 0x2F, 0x5C)
INTERESTING_INTEGERS = (0, 1, 2**7, 2**8 - 1, 2**15, 2**16 - 1, 2**31 - 1, 2**31, 2**32 - 1, 2**63)


def _index(draw: Any, size: int) -> int:
    # Formats keep their framing in front: half the edits land in the first 256 bytes.
    return draw(st.one_of(st.integers(0, min(size, 256)), st.integers(0, size)))


@st.composite
def _edit(draw: Any, data: bytes) -> bytes:
    size = len(data)
    kind = draw(
        st.sampled_from(
            ["flip", "byte", "truncate", "extend", "insert", "delete", "splice", "integer"]
        )
    )
    at = _index(draw, size)
    if kind == "flip" and size:
        at = min(at, size - 1)
        return data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
    if kind == "byte" and size:
        at = min(at, size - 1)
        value = draw(st.one_of(st.sampled_from(INTERESTING_BYTES), st.integers(0, 255)))
        return data[:at] + bytes([value]) + data[at + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "extend":
        return data + draw(st.binary(min_size=1, max_size=64))
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    if kind == "delete":
        end = draw(st.integers(at, min(size, at + 64)))
        return data[:at] + data[end:]
    if kind == "splice" and size:
        start = draw(st.integers(0, size - 1))
        end = draw(st.integers(start, min(size, start + 256)))
        return data[:at] + data[start:end] + data[at:]
    if kind == "integer":
        value = draw(st.sampled_from(INTERESTING_INTEGERS))
        width = draw(st.sampled_from([2, 4, 8]))
        order = draw(st.sampled_from(["big", "little"]))
        packed = (value % (1 << (8 * width))).to_bytes(width, order)
        return data[:at] + packed + data[at + width :]
    return data + b"\x00"


@st.composite
def mutated(draw: Any, original: bytes, *, edits: int = 3) -> bytes:
    """`original` after one to `edits` byte-level edits (it may come out unchanged)."""
    data = original
    for _ in range(draw(st.integers(1, edits))):
        data = draw(_edit(data))
    return data


def changed(original: bytes, *, edits: int = 3) -> st.SearchStrategy[bytes]:
    """As `mutated`, but never the original bytes themselves."""
    return mutated(original, edits=edits).filter(lambda data: data != original)


def random_bytes(magic: bytes = b"", max_size: int = 2048) -> st.SearchStrategy[bytes]:
    """Noise, half of it behind the format's magic (so that it reaches what follows)."""
    noise = st.binary(max_size=max_size)
    return st.one_of(noise, noise.map(lambda data: magic + data))


# -- spoiling JSON ----------------------------------------------------------------------------

DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
HOSTILE_TEXT = (
    "",
    " ",
    "../../../../../../etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\system32",
    "..\\..\\x",
    "~/x",
    "a\x00b",
    "\u202e\u0000\ufeff",
    "\ud800",
    "x" * 70_000,
    "00000000-0000-0000-0000-000000000000",
    "%0A%0D%25",
    "KR/\u00b2",
    "1e999",
    "NaN",
)
ODD_NUMBERS = (
    -1,
    0,
    2**31,
    2**32,
    2**63,
    2**64,
    10**30,
    -(2**63),
    0.5,
    -0.0,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
)


def odd_values() -> st.SearchStrategy[Any]:
    """Values that a field of a JSON document may hold when someone else wrote it."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(ODD_NUMBERS),
        st.integers(),
        st.sampled_from(HOSTILE_TEXT),
        st.text(max_size=40),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@st.composite
def json_mutated(draw: Any, document: Any, *, edits: int = 2) -> Any:
    """A deep copy of `document` with one to `edits` fields replaced by odd values, removed,
    added, or turned into another type."""
    result = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, edits))):
        paths = list(_paths(result))
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        value = draw(odd_values())
        if not path:
            result = value if kind == "replace" else result
            continue
        *parents, last = path
        holder = result
        for step in parents:
            holder = holder[step]
        if kind == "replace":
            holder[last] = value
        elif kind == "remove":
            del holder[last]
        elif isinstance(holder, dict):
            holder[draw(st.text(max_size=12))] = value
        else:
            holder.insert(last, value)
    return result


def dumps(document: Any) -> bytes:
    """JSON as a careless (or hostile) writer makes it: NaN, Infinity and lone surrogates
    (escaped, so the bytes are UTF-8 and the oddity reaches what reads the text) included."""
    return json.dumps(document, ensure_ascii=True).encode("ascii")


# -- what changed on disk ---------------------------------------------------------------------


def tree(folder: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file and folder under `folder` (but those under the relative paths `skip`), with
    a digest of each file's bytes."""
    found: dict[str, str] = {}
    if not folder.exists():
        return found
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if outside({relative}, *skip) != {relative}:
            continue
        if path.is_symlink():
            found[relative] = "symlink:" + os.readlink(path)
        elif path.is_dir():
            found[relative] = "folder"
        else:
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def changed_paths(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Paths added, removed or rewritten between two `tree`s."""
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def outside(paths: set[str], *allowed: str) -> set[str]:
    """The paths that are neither one of `allowed` nor inside one."""
    return {
        path
        for path in paths
        if not any(path == root or path.startswith(root.rstrip("/") + "/") for root in allowed)
    }


# -- framed containers (a backup's, which a case package's stream shares) ----------------------

Entry = tuple[bytes, str, int, bytes]  # kind, name, declared size, the bytes that follow


def read_entries(container: bytes) -> list[Entry]:
    reader, found = io.BytesIO(container), []
    while reader.tell() < len(container):
        kind, name, size = read_entry_head(reader)
        found.append((kind, name, size, reader.read(size)))
    return found


def framed(entries: list[Entry]) -> bytes:
    return b"".join(entry_head(kind, name, size) + data for kind, name, size, data in entries)


ENTRY_SIZES = (0, 1, 2**31, 2**63, 2**64 - 1)


@st.composite
def edited_entries(
    draw: Any,
    entries: list[Entry],
    *,
    kinds: list[bytes],
    names: st.SearchStrategy[str],
    end: Entry,
) -> list[Entry]:
    """One entry changed: its kind, name, declared size or bytes; dropped, doubled, swapped
    with another; or an `end` put in early."""
    entries = list(entries)
    at = draw(st.integers(0, len(entries) - 1))
    kind, name, size, body = entries[at]
    edit = draw(st.sampled_from(["kind", "name", "size", "body", "drop", "twice", "swap", "end"]))
    if edit == "kind":
        entries[at] = (draw(st.sampled_from([*kinds, b"X"])), name, size, body)
    elif edit == "name":
        entries[at] = (kind, draw(names), size, body)
    elif edit == "size":
        declared = draw(st.sampled_from([*ENTRY_SIZES, size - 1, size + 1]))
        entries[at] = (kind, name, max(declared, 0), body)
    elif edit == "body":
        entries[at] = (kind, name, size, draw(mutated(body)))
    elif edit == "drop":
        del entries[at]
    elif edit == "twice":
        entries.insert(at, entries[at])
    elif edit == "swap":
        other = draw(st.integers(0, len(entries) - 1))
        entries[at], entries[other] = entries[other], entries[at]
    else:
        entries.insert(at, end)
    return entries
