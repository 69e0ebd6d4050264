"""Deciding what a received package changes: a three-way comparison, record by record.

For each record the two notebooks share, the base is what they last exchanged (its digest,
kept per peer when a package is sent or received). Against it:

- the package's version is the same as ours: nothing to do;
- only the sender changed it: ours is updated;
- only we changed it: ours is kept (the sender has simply not seen our edit);
- both changed it, differently: a conflict. Ours is kept and the conflict is reported, with
  the fields that differ, every time until the two versions agree; taking the sender's
  version instead has to be asked for.

A record we deleted is not brought back, and a record the package no longer holds is not
deleted here: both are reported. Nothing here writes; `package.py` applies the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import model
from .model import Record
from .package_content import record_digest

NEW = "new"
UPDATED = "updated"
UNCHANGED = "unchanged"
KEPT_OURS = "kept-ours"  # only we changed it since the last exchange
CONFLICT = "conflict"  # both changed it; ours kept
TOOK_THEIRS = "took-theirs"  # both changed it; theirs taken, as asked
DELETED_HERE = "deleted-here"  # we deleted it after an exchange; not brought back
NOT_IN_PACKAGE = "not-in-package"  # we have it from an exchange; the package does not

# What each outcome writes to the notebook.
WRITES = frozenset({NEW, UPDATED, TOOK_THEIRS})


@dataclass(frozen=True)
class Change:
    record_id: str
    kind: str
    label: str  # the record's label as the package (or, if absent there, we) have it
    outcome: str
    fields: tuple[str, ...] = ()  # those that differ between ours and theirs

    @property
    def writes(self) -> bool:
        return self.outcome in WRITES


def plan(
    incoming: list[Record],
    ours: Mapping[str, Record],
    base: Mapping[str, str],
    *,
    take_theirs: bool = False,
    seen: Callable[[Record], Record] = lambda record: record,
) -> list[Change]:
    """One change per record of the package (in its order), then one for each record of ours
    that an earlier exchange shared and this package lacks.

    `seen` shows our version as the sender's package would: for a redacted package, redacted
    by our own redactor, so that a pseudonym in place of a name is not taken for an edit.
    """
    changes = [_decide(record, ours.get(record.id), base, take_theirs, seen) for record in incoming]
    arrived = {record.id for record in incoming}
    for record_id, record in ours.items():
        if record_id in base and record_id not in arrived:
            changes.append(Change(record_id, record.KIND, record.label, NOT_IN_PACKAGE))
    return changes


def _decide(
    theirs: Record,
    ours: Record | None,
    base: Mapping[str, str],
    take_theirs: bool,
    seen: Callable[[Record], Record],
) -> Change:
    def change(outcome: str, fields: tuple[str, ...] = ()) -> Change:
        return Change(theirs.id, theirs.KIND, theirs.label, outcome, fields)

    if ours is None:
        return change(DELETED_HERE if theirs.id in base else NEW)
    ours = seen(ours)
    their_digest, our_digest = record_digest(theirs), record_digest(ours)
    if their_digest == our_digest:
        return change(UNCHANGED)
    known = base.get(theirs.id)
    if known == our_digest:
        return change(UPDATED, differing_fields(ours, theirs))
    if known == their_digest:
        return change(KEPT_OURS, differing_fields(ours, theirs))
    return change(TOOK_THEIRS if take_theirs else CONFLICT, differing_fields(ours, theirs))


def differing_fields(ours: Record, theirs: Record) -> tuple[str, ...]:
    mine, yours = model.to_data(ours), model.to_data(theirs)
    return tuple(
        name
        for name in model.field_names(type(theirs))
        if name not in model.IDENTITY_FIELDS and mine.get(name) != yours.get(name)
    )
