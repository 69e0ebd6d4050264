"""Case packages: only the recipient opens one, damage and forgery change nothing, the sender
is checked, and a later package merges with conflicts reported, never silently overwritten."""

from __future__ import annotations

import io
import json
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import (
    DamagedPackage,
    InvalidInput,
    NotAddressedHere,
    Notebook,
    UnsupportedFormat,
    WrongSender,
    package_merge,
)
from notebook import package as package_module
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo, demo_passphrase
from notebook.model import Case, Consent, Evidence, Incident, Interview, Person
from notebook.package_content import record_digest
from notebook.vault import BLOB_FOLDER
from tests.conftest import create_test_notebook
from tests.leaks import leaks


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo.casenotebook"
    build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True).close()
    return folder


@pytest.fixture
def defender(demo_source: Path, tmp_path: Path) -> Iterator[Notebook]:
    """A copy of the demo notebook: the sender, whose case the tests change."""
    folder = tmp_path / "defender.casenotebook"
    shutil.copytree(demo_source, folder)
    with Notebook.open(folder, demo_passphrase()) as opened:
        yield opened


@pytest.fixture
def lawyer(tmp_path: Path) -> Iterator[Notebook]:
    with create_test_notebook(tmp_path / "lawyer.casenotebook") as opened:
        yield opened


@pytest.fixture
def stranger(tmp_path: Path) -> Iterator[Notebook]:
    with create_test_notebook(tmp_path / "stranger.casenotebook") as opened:
        yield opened


def the_case(notebook: Notebook) -> Case:
    return notebook.cases()[0]


def send(sender: Notebook, recipient: Notebook, out: Path, *, redact: bool = False) -> Path:
    sender.send_case(the_case(sender).id, recipient.identity(), out, actor="sender", redact=redact)
    return out


def contents(notebook: Notebook, case_id: str) -> dict[str, str]:
    """Each record of the case by id, as its digest: what the two notebooks must agree on."""
    records = [notebook.get(case_id), *notebook.records(case_id=case_id)]
    return {record.id: record_digest(record) for record in records}


def state(notebook: Notebook) -> tuple[int, int, list[str]]:
    """Records, audit entries and blob files: what a refused package must leave alone."""
    blobs = sorted(p.name for p in (notebook.vault.folder / BLOB_FOLDER).rglob("*") if p.is_file())
    return notebook.count(), len(notebook.audit.entries()), blobs


# -- a whole case, from one notebook to another -----------------------------------------------


def test_a_case_arrives_whole_with_its_ids_links_tags_and_evidence_bytes(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    received = lawyer.receive_package(send(defender, lawyer, tmp_path / "p"), actor="lawyer")
    assert received.applied and received.new_case
    assert contents(lawyer, case_id) == contents(defender, case_id)
    for record in defender.records(case_id=case_id):
        assert sorted(lawyer.tags(record.id)) == sorted(defender.tags(record.id))
        assert {(k.from_id, k.to_id, k.kind) for k in lawyer.links(record.id)} == {
            (k.from_id, k.to_id, k.kind) for k in defender.links(record.id)
        }
    evidence = defender.records(case_id=case_id, kind="evidence")
    assert evidence
    for item in evidence:
        theirs, ours = io.BytesIO(), io.BytesIO()
        defender.read_evidence(item.id, theirs, actor="t")
        lawyer.read_evidence(item.id, ours, actor="t")
        assert ours.getvalue() == theirs.getvalue()
        assert lawyer.evidence_file(item.id).sha512 == defender.evidence_file(item.id).sha512
    assert lawyer.verify().sound


def test_received_evidence_keeps_its_custody_history_and_gains_the_transfer(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    item = defender.records(case_id=the_case(defender).id, kind="evidence")[0]
    history = defender.custody(item.id)
    lawyer.receive_package(send(defender, lawyer, tmp_path / "p"), actor="lawyer")
    events = lawyer.custody(item.id)
    assert [e.event for e in events] == ["prior"] * len(history) + ["intake"]
    assert all(e.sha256 == history[0].sha256 for e in events)
    assert events[0].purpose.startswith(f"{history[0].event} {history[0].at}")
    transfer = events[-1]
    assert transfer.actor == "lawyer"
    assert defender.identity().fingerprint in transfer.purpose
    # The sender's own log says where its copy went.
    sent = defender.custody(item.id)[-1]
    assert sent.event == "export"
    assert lawyer.identity().fingerprint in sent.purpose


def test_a_redacted_package_names_no_protected_person_and_leaves_out_what_shows_them(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    protected = [
        p for p in defender.records(case_id=case_id, kind="person") if isinstance(p, Person)
    ]
    protected = [p for p in protected if p.protected]
    assert protected
    shows = defender.records(case_id=case_id, kind="evidence")[0]
    defender.update(shows.id, identifies_protected=True)
    sent = defender.send_case(
        case_id, lawyer.identity(), tmp_path / "p", actor="sender", redact=True
    )
    assert ("evidence", "shows or names a protected person") in {
        (w.kind, w.reason) for w in sent.withheld
    }
    received = lawyer.receive_package(tmp_path / "p", actor="lawyer")
    assert received.redacted
    everything = json.dumps(
        [vars(r) | {"kind": r.KIND} for r in lawyer.records()], default=str, ensure_ascii=False
    )
    for person in protected:
        for form in (person.name, *person.other_names):
            assert form.casefold() not in everything.casefold()
        assert lawyer.get(person.id).name == person.pseudonym
    with pytest.raises(Exception, match=shows.id):
        lawyer.get(shows.id)


def test_interviews_go_only_where_their_consent_allows(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    person = defender.add(Person(case_id=case_id, name="Aigul", protected=True, pseudonym="W"))
    scopes = {"record-only": False, "share-anonymised": True, "share-named": True}
    made = {
        scope: defender.add(
            Interview(
                case_id=case_id, interviewee_id=person.id, title=scope, consent=Consent(scope=scope)
            )
        )
        for scope in scopes
    }
    sent = defender.send_case(case_id, lawyer.identity(), tmp_path / "p", actor="s", redact=True)
    lawyer.receive_package(tmp_path / "p", actor="lawyer")
    for scope, allowed in scopes.items():
        assert (made[scope].id in contents(lawyer, case_id)) is allowed, scope
    assert any("record-only" in w.reason for w in sent.withheld)


# -- only the recipient, and nothing from anyone else -------------------------------------------


def test_a_package_opens_only_in_the_notebook_it_was_sent_to(
    defender: Notebook, lawyer: Notebook, stranger: Notebook, tmp_path: Path
) -> None:
    package = send(defender, lawyer, tmp_path / "p")
    before = state(stranger)
    with pytest.raises(NotAddressedHere):
        stranger.receive_package(package, actor="x")
    assert state(stranger) == before
    with pytest.raises(NotAddressedHere):
        defender.receive_package(package, actor="x")  # not even its sender


def test_a_package_re_sealed_to_a_third_notebook_is_refused_there(
    defender: Notebook, lawyer: Notebook, stranger: Notebook, tmp_path: Path, monkeypatch
) -> None:
    """The signed header names the recipient: a package signed for the lawyer but sealed to
    someone else (who could then claim it was sent to them) does not open as theirs."""
    real_header = package_module.encode_header

    def header_naming_the_lawyer(package_id, created, sender, recipient, content):
        return real_header(package_id, created, sender, lawyer.identity(), content)

    monkeypatch.setattr(package_module, "encode_header", header_naming_the_lawyer)
    defender.send_case(the_case(defender).id, stranger.identity(), tmp_path / "p", actor="s")
    with pytest.raises(NotAddressedHere, match="addressed to another notebook"):
        stranger.receive_package(tmp_path / "p", actor="x")
    assert stranger.count() == 0


def test_a_package_claiming_another_sender_fails_its_signature(
    defender: Notebook, lawyer: Notebook, stranger: Notebook, tmp_path: Path, monkeypatch
) -> None:
    """The stranger writes a package whose header names the defender's keys: the signature
    is the stranger's, so it does not verify, and nothing is taken."""
    case = stranger.add(Case(title="Forged"))
    stranger.add(Incident(case_id=case.id, title="Something that did not happen"))
    monkeypatch.setattr(stranger, "identity", defender.identity)
    stranger.send_case(case.id, lawyer.identity(), tmp_path / "p", actor="s")
    before = state(lawyer)
    with pytest.raises(DamagedPackage, match="signature"):
        lawyer.receive_package(tmp_path / "p", actor="lawyer")
    assert state(lawyer) == before


def test_a_package_from_someone_other_than_the_expected_sender_is_refused(
    defender: Notebook, lawyer: Notebook, stranger: Notebook, tmp_path: Path
) -> None:
    package = send(defender, lawyer, tmp_path / "p")
    with pytest.raises(WrongSender) as refused:
        lawyer.receive_package(package, actor="l", expected_sender=stranger.identity())
    assert str(refused.value) == defender.identity().fingerprint
    assert lawyer.count() == 0
    received = lawyer.receive_package(package, actor="l", expected_sender=defender.identity())
    assert received.applied


def test_an_update_of_a_case_from_a_notebook_it_was_never_exchanged_with_needs_consent(
    defender: Notebook, lawyer: Notebook, stranger: Notebook, tmp_path: Path
) -> None:
    lawyer.receive_package(send(defender, lawyer, tmp_path / "first"), actor="l")
    # The stranger somehow holds the same case (a copy of the defender's notebook, say).
    stranger.receive_package(send(defender, stranger, tmp_path / "copy"), actor="s")
    stranger.update(
        stranger.records(case_id=the_case(stranger).id, kind="incident")[0].id,
        title="Rewritten by a stranger",
    )
    package = send(stranger, lawyer, tmp_path / "from-stranger")
    before = state(lawyer)
    with pytest.raises(WrongSender):
        lawyer.receive_package(package, actor="l")
    assert state(lawyer) == before
    taken = lawyer.receive_package(package, actor="l", accept_new_sender=True)
    # With no exchange in common there is no base to tell whose edit it is: a conflict.
    assert [c.outcome for c in taken.changes if c.outcome != package_merge.UNCHANGED] == [
        package_merge.CONFLICT
    ]
    assert "stranger" not in json.dumps([r.label for r in lawyer.records()])


# -- damage -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["magic", "preamble", "first chunk", "last chunk", "truncated", "appended"],
)
def test_a_damaged_package_is_refused_and_changes_nothing(
    defender: Notebook, lawyer: Notebook, tmp_path: Path, where: str
) -> None:
    # Evidence big enough for several chunks, so damage can land after files were stored.
    big = tmp_path / "video.bin"
    big.write_bytes(bytes(range(256)) * 12_000)
    defender.import_evidence(big, Evidence(case_id=the_case(defender).id, title="V"), actor="d")
    data = bytearray(send(defender, lawyer, tmp_path / "p").read_bytes())
    if where == "magic":
        data[0] ^= 1
    elif where == "preamble":
        data[20] ^= 1
    elif where == "first chunk":
        data[200] ^= 1
    elif where == "last chunk":
        data[-5] ^= 1
    elif where == "truncated":
        del data[-(1 << 20) :]
    else:
        data += b"\0" * 40
    (tmp_path / "p").write_bytes(bytes(data))
    before = state(lawyer)
    with pytest.raises(DamagedPackage):
        lawyer.receive_package(tmp_path / "p", actor="l")
    assert state(lawyer) == before


def test_a_file_that_is_no_package_is_told_apart_from_a_damaged_one(
    lawyer: Notebook, tmp_path: Path
) -> None:
    other = tmp_path / "letter.docx"
    other.write_bytes(b"PK\x03\x04" + bytes(500))
    with pytest.raises(UnsupportedFormat, match="not a case package"):
        lawyer.receive_package(other, actor="l")


def test_a_package_reveals_nothing_of_the_case_or_its_parties(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    out = tmp_path / "out"
    out.mkdir()
    package = send(defender, lawyer, out / "p")
    needles = [the_case(defender).title[:20]]
    needles += [p.label for p in defender.records(case_id=case_id, kind="person")]
    needles += [defender.evidence_file(e.id).sha256 for e in defender.records(kind="evidence")]
    assert leaks(out, needles) == []
    data = package.read_bytes()
    assert len(zlib.compress(data)) > 0.99 * len(data)


# -- a second package: merging ----------------------------------------------------------------


def test_a_second_package_merges_edits_and_reports_conflicts_without_overwriting(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    lawyer.receive_package(send(defender, lawyer, tmp_path / "1"), actor="l")
    theirs_only, ours_only, both, untouched = lawyer.records(case_id=case_id, kind="incident")[:4]
    lawyer.update(theirs_only.id, description="The lawyer's account")
    lawyer.update(both.id, place="Lawyer's place")
    defender.update(ours_only.id, description="The defender's own update")
    defender.update(both.id, place="Defender's place")
    lawyer.add(Incident(case_id=case_id, title="Found by the lawyer"))
    received = defender.receive_package(send(lawyer, defender, tmp_path / "2"), actor="d")
    outcomes = {change.record_id: change for change in received.changes}
    assert outcomes[theirs_only.id].outcome == package_merge.UPDATED
    assert outcomes[theirs_only.id].fields == ("description",)
    assert outcomes[ours_only.id].outcome == package_merge.KEPT_OURS
    assert outcomes[both.id].outcome == package_merge.CONFLICT
    assert outcomes[both.id].fields == ("place",)
    assert outcomes[untouched.id].outcome == package_merge.UNCHANGED
    assert received.count(package_merge.NEW) == 1
    assert [c.record_id for c in received.conflicts] == [both.id]
    assert defender.get(theirs_only.id).description == "The lawyer's account"
    assert defender.get(ours_only.id).description == "The defender's own update"
    assert defender.get(both.id).place == "Defender's place"  # never silently overwritten
    assert defender.verify().sound


def test_a_conflict_is_reported_again_until_it_is_resolved_and_can_take_theirs(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    lawyer.receive_package(send(defender, lawyer, tmp_path / "1"), actor="l")
    record = lawyer.records(case_id=case_id, kind="incident")[0]
    lawyer.update(record.id, place="Theirs")
    defender.update(record.id, place="Ours")
    first = defender.receive_package(send(lawyer, defender, tmp_path / "2"), actor="d")
    again = defender.receive_package(send(lawyer, defender, tmp_path / "3"), actor="d")
    assert [c.record_id for c in first.conflicts] == [record.id]
    assert [c.record_id for c in again.conflicts] == [record.id]
    taken = defender.receive_package(
        send(lawyer, defender, tmp_path / "4"), actor="d", take_theirs=True
    )
    assert taken.count(package_merge.TOOK_THEIRS) == 1
    assert defender.get(record.id).place == "Theirs"
    settled = defender.receive_package(send(lawyer, defender, tmp_path / "5"), actor="d")
    assert settled.conflicts == []


def test_an_older_package_or_the_same_one_again_is_refused(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    older = send(defender, lawyer, tmp_path / "older")
    newer = send(defender, lawyer, tmp_path / "newer")
    lawyer.receive_package(newer, actor="l")
    before = state(lawyer)
    with pytest.raises(InvalidInput, match="before one already received"):
        lawyer.receive_package(older, actor="l")
    with pytest.raises(InvalidInput, match="already received"):
        lawyer.receive_package(newer, actor="l")
    assert state(lawyer) == before


def test_a_record_deleted_here_is_not_brought_back_and_one_missing_there_is_kept(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    lawyer.receive_package(send(defender, lawyer, tmp_path / "1"), actor="l")
    dropped_by_lawyer = lawyer.records(case_id=case_id, kind="incident")[-1]
    lawyer.delete(dropped_by_lawyer.id)
    added_here = defender.add(Incident(case_id=case_id, title="Only in the defender's copy"))
    defender.delete(added_here.id)  # so the next package from the lawyer lacks nothing new
    deleted_by_defender = defender.records(case_id=case_id, kind="incident")[0]
    defender.delete(deleted_by_defender.id)
    received = defender.receive_package(send(lawyer, defender, tmp_path / "2"), actor="d")
    outcomes = {change.record_id: change.outcome for change in received.changes}
    assert outcomes[deleted_by_defender.id] == package_merge.DELETED_HERE
    assert outcomes[dropped_by_lawyer.id] == package_merge.NOT_IN_PACKAGE
    with pytest.raises(Exception, match=deleted_by_defender.id):
        defender.get(deleted_by_defender.id)
    assert defender.get(dropped_by_lawyer.id).label == dropped_by_lawyer.label


def test_an_exhibit_mark_already_used_here_is_replaced_by_the_next_free_one(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    lawyer.receive_package(send(defender, lawyer, tmp_path / "1"), actor="l")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"lawyer's photo")
    lawyer.import_evidence(photo, Evidence(case_id=case_id, title="Lawyer's photo"), actor="l")
    mark = lawyer.records(case_id=case_id, kind="evidence")[-1].exhibit_ref
    photo.write_bytes(b"defender's photo")
    theirs = defender.import_evidence(
        photo, Evidence(case_id=case_id, title="Defender's photo"), actor="d"
    )
    assert theirs.exhibit_ref == mark
    received = lawyer.receive_package(send(defender, lawyer, tmp_path / "2"), actor="l")
    assert received.renamed_marks == [(mark, lawyer.get(theirs.id).exhibit_ref)]
    assert lawyer.get(theirs.id).exhibit_ref != mark
    assert lawyer.verify().sound


def test_a_dry_run_checks_everything_and_writes_nothing(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    package = send(defender, lawyer, tmp_path / "p")
    before = state(lawyer)
    preview = lawyer.receive_package(package, actor="l", dry_run=True)
    assert not preview.applied
    assert preview.count(package_merge.NEW) == len(contents(defender, the_case(defender).id))
    assert preview.sender_fingerprint == defender.identity().fingerprint
    assert state(lawyer) == before
    data = bytearray(package.read_bytes())
    data[-3] ^= 1
    package.write_bytes(bytes(data))
    with pytest.raises(DamagedPackage):
        lawyer.receive_package(package, actor="l", dry_run=True)


def test_sending_to_its_own_contact_code_or_over_a_file_is_refused(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="own contact code"):
        send(defender, defender, tmp_path / "p")
    (tmp_path / "kept").write_bytes(b"the user's own file")
    with pytest.raises(InvalidInput, match="exists"):
        send(defender, lawyer, tmp_path / "kept")
    assert (tmp_path / "kept").read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_redacted_package_coming_back_never_puts_pseudonyms_in_place_of_names(
    defender: Notebook, lawyer: Notebook, tmp_path: Path
) -> None:
    case_id = the_case(defender).id
    person = defender.add(
        Person(case_id=case_id, name="Aigul Osmonova", protected=True, pseudonym="Witness A")
    )
    named = defender.add(
        Incident(case_id=case_id, title="Aigul Osmonova detained", description="At night")
    )
    edited = defender.add(Incident(case_id=case_id, title="Search of Aigul Osmonova's flat"))
    before = contents(defender, case_id)
    lawyer.receive_package(send(defender, lawyer, tmp_path / "1", redact=True), actor="l")
    assert lawyer.get(named.id).title == "Witness A detained"
    lawyer.update(edited.id, description="Witness A says the search lasted four hours")
    received = defender.receive_package(
        send(lawyer, defender, tmp_path / "2", redact=True), actor="d"
    )
    changed = {c.record_id: c for c in received.changes if c.outcome != package_merge.UNCHANGED}
    assert list(changed) == [edited.id]
    assert changed[edited.id].outcome == package_merge.UPDATED
    assert changed[edited.id].fields == ("description",)
    assert defender.get(person.id).name == "Aigul Osmonova"
    assert defender.get(named.id).title == "Aigul Osmonova detained"
    assert defender.get(edited.id).title == "Search of Aigul Osmonova's flat"
    after = contents(defender, case_id)
    assert {k for k in before if before[k] != after[k]} == {edited.id}
