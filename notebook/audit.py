"""The append-only, hash-chained log of every change and custody event."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .db import Database

GENESIS = "0" * 64
ACTIONS = ("create", "update", "delete", "link", "unlink", "tag", "untag")
# "prior": an event of the item's history before it came here, brought with it in a bundle.
CUSTODY_EVENTS = ("intake", "view", "export", "verify", "destroy", "prior")
# A way into the notebook added or removed (or the erase-after-wrong-passphrases guard set):
# the slots live in the header, the guard beside it, the record of it here.
KEY_EVENTS = ("add-key", "remove-key", "set-guard")
# A case package written for another notebook, or taken in from one.
EXCHANGE_EVENTS = ("send", "receive")


@dataclass(frozen=True, kw_only=True)
class Entry:
    seq: int
    at: str
    action: str
    record_id: str
    digest: str  # SHA-256 of the change's canonical form: proves content without holding it
    prev: str
    hash: str


@dataclass(frozen=True, kw_only=True)
class ChainReport:
    """The outcome of walking the chain: how many entries held, and where it first broke."""

    entries: int
    head: str
    broken_at: int | None = None  # sequence number of the first bad entry
    problem: str = ""  # "hash", "link" or "sequence"

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def digest_of(change: Any) -> str:
    return hashlib.sha256(canonical(change)).hexdigest()


def entry_hash(*, seq: int, at: str, action: str, record_id: str, digest: str, prev: str) -> str:
    fields = {
        "seq": seq,
        "at": at,
        "action": action,
        "record": record_id,
        "digest": digest,
        "prev": prev,
    }
    return hashlib.sha256(canonical(fields)).hexdigest()


class AuditLog:
    """Appends inside the caller's transaction, so a change and its entry commit together."""

    def __init__(self, db: Database, clock: Callable[[], str]) -> None:
        self._db = db
        self._clock = clock
        self._head: tuple[int, str] | None = None  # cached (seq, hash) of the last entry

    def append(self, action: str, record_id: str, change: Any) -> Entry:
        if action not in (*ACTIONS, *CUSTODY_EVENTS, *KEY_EVENTS, *EXCHANGE_EVENTS):
            raise ValueError(action)
        seq, prev = self._last()
        seq += 1
        at = self._clock()
        digest = digest_of(change)
        own = entry_hash(
            seq=seq, at=at, action=action, record_id=record_id, digest=digest, prev=prev
        )
        self._db.execute(
            "INSERT INTO audit(seq, at, action, record_id, digest, prev, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, at, action, record_id, digest, prev, own),
        )
        self._head = (seq, own)
        return Entry(
            seq=seq, at=at, action=action, record_id=record_id, digest=digest, prev=prev, hash=own
        )

    def forget_cached_head(self) -> None:
        """After a rollback the cached head may name an entry that never committed."""
        self._head = None

    def _last(self) -> tuple[int, str]:
        if self._head is None:
            row = self._db.query_one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            self._head = (0, GENESIS) if row is None else (row[0], row[1])
        return self._head

    def entries(
        self, *, record_id: str | None = None, after: int = 0, limit: int | None = None
    ) -> list[Entry]:
        sql = "SELECT seq, at, action, record_id, digest, prev, hash FROM audit WHERE seq > ?"
        parameters: list[Any] = [after]
        if record_id:
            sql += " AND record_id = ?"
            parameters.append(record_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            parameters.append(limit)
        return [Entry(**dict(row)) for row in self._db.query(sql, parameters)]

    def head(self) -> str:
        return self._last()[1]

    def verify(self) -> ChainReport:
        """Walk from the first entry: an edited, removed or reordered entry breaks the chain."""
        expected_prev, expected_seq, count = GENESIS, 1, 0
        cursor = self._db.execute(
            "SELECT seq, at, action, record_id, digest, prev, hash FROM audit ORDER BY seq"
        )
        for seq, at, action, record_id, digest, prev, own in cursor:
            if seq != expected_seq:
                return ChainReport(
                    entries=count, head=expected_prev, broken_at=seq, problem="sequence"
                )
            if prev != expected_prev:
                return ChainReport(entries=count, head=expected_prev, broken_at=seq, problem="link")
            recomputed = entry_hash(
                seq=seq, at=at, action=action, record_id=record_id, digest=digest, prev=prev
            )
            if recomputed != own:
                return ChainReport(entries=count, head=expected_prev, broken_at=seq, problem="hash")
            expected_prev, expected_seq, count = own, seq + 1, count + 1
        return ChainReport(entries=count, head=expected_prev)
