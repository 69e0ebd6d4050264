"""The audit log: every change is chained, and any edit, removal or reordering is found."""

from __future__ import annotations

import itertools

import pytest

from notebook.audit import GENESIS, digest_of
from notebook.model import Case, Incident


@pytest.fixture
def logged(notebook):
    case = notebook.add(Case(title="Case"))
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    notebook.update(incident.id, place="Karakol")
    notebook.tag(incident.id, "detention")
    notebook.add(Incident(case_id=case.id, title="Release", date="2020-05-31"))
    return notebook


def test_every_change_appends_one_chained_entry(logged):
    entries = logged.audit.entries()
    assert [e.action for e in entries] == ["create", "create", "update", "tag", "create"]
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev == GENESIS
    assert all(later.prev == earlier.hash for earlier, later in itertools.pairwise(entries))
    assert logged.audit.head() == entries[-1].hash


def test_an_intact_chain_verifies(logged):
    report = logged.audit.verify()
    assert report.intact
    assert report.entries == 5
    assert report.head == logged.audit.head()


def test_the_log_holds_digests_not_content(logged):
    entries = logged.audit.entries()
    assert all(len(e.digest) == 64 for e in entries)
    assert logged.db.query("SELECT * FROM audit WHERE digest LIKE '%Karakol%'") == []
    assert entries[3].digest == digest_of({"tag": "detention"})


@pytest.mark.parametrize(
    ("tampering", "problem"),
    [
        ("UPDATE audit SET action = 'delete' WHERE seq = 3", "hash"),
        ("UPDATE audit SET digest = '" + "0" * 64 + "' WHERE seq = 2", "hash"),
        ("UPDATE audit SET at = '2001-01-01T00:00:00.000000Z' WHERE seq = 4", "hash"),
        ("DELETE FROM audit WHERE seq = 3", "sequence"),
        ("UPDATE audit SET seq = 99 WHERE seq = 1", "sequence"),
    ],
)
def test_a_tampered_entry_is_found(logged, tampering, problem):
    logged.db.execute(tampering)
    report = logged.audit.verify()
    assert not report.intact
    assert report.problem == problem


def test_a_removed_entry_is_found_even_when_the_sequence_is_renumbered(logged):
    logged.db.execute("DELETE FROM audit WHERE seq = 3")
    logged.db.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 3")
    report = logged.audit.verify()
    assert (report.broken_at, report.problem) == (3, "link")


def test_swapped_entries_are_found(logged):
    logged.db.execute("UPDATE audit SET seq = 100 WHERE seq = 2")
    logged.db.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
    logged.db.execute("UPDATE audit SET seq = 3 WHERE seq = 100")
    report = logged.audit.verify()
    assert report.broken_at == 2
    assert report.entries == 1


def test_verify_reports_a_broken_chain_as_unsound(logged):
    assert logged.verify().sound
    logged.db.execute("UPDATE audit SET record_id = 'someone-else' WHERE seq = 5")
    report = logged.verify()
    assert not report.sound
    assert report.database_problems == []
    assert report.audit.broken_at == 5


def test_entries_can_be_read_for_one_record(logged):
    incident = logged.records(kind="incident")[0]
    assert [e.action for e in logged.audit.entries(record_id=incident.id)] == [
        "create",
        "update",
        "tag",
    ]
