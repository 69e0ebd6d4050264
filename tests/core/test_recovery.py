"""Recovery codes: a second key slot on paper, so a lost passphrase is not a lost case."""

from __future__ import annotations

import inspect
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from notebook import (
    DamagedNotebook,
    InvalidInput,
    Notebook,
    NotebookError,
    NotFound,
    WrongPassphrase,
    crypto,
    header,
)
from notebook.crypto import RECOVERY_KDF, WEAK_KDF_FOR_TESTS
from notebook.model import Case
from notebook.vault import HEADER_FILE, SlotInfo, Vault
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import Cli, call
from tests.leaks import leaks

WEAK = {"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}
NEW_PASSPHRASE = "a brand new passphrase"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$")
SAMPLE = "0A1B2-C3D4E-5F6G7-H8J9K-MNPQR"


@dataclass(frozen=True)
class Recoverable:
    """A closed notebook holding one case, with a passphrase slot and one recovery slot."""

    folder: Path
    case_id: str
    slot_id: str
    code: str


@pytest.fixture
def recoverable(notebook_path: Path) -> Recoverable:
    with create_test_notebook(notebook_path) as notebook:
        case = notebook.add(Case(title="Karakol"))
        slot_id, code = notebook.add_recovery_code(**WEAK)
    return Recoverable(notebook_path, case.id, slot_id, code)


def _opens(folder: Path, secret: str) -> bool:
    try:
        Notebook.open(folder, secret, writable=False).close()
    except WrongPassphrase:
        return False
    return True


def _case_titles(folder: Path, secret: str) -> list[str]:
    with Notebook.open(folder, secret, writable=False) as notebook:
        return [case.title for case in notebook.cases()]


def _forge(folder: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """An edit by hand, with the checksum recomputed as a forger would."""
    document = json.loads((folder / HEADER_FILE).read_bytes())
    edit(document)
    document["checksum"] = header._checksum(document)
    (folder / HEADER_FILE).write_text(json.dumps(document, indent=2))


def _slot(document: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in document["slots"] if s["kind"] == kind)


# -- the code itself --------------------------------------------------------------------------


def test_a_code_is_five_groups_of_five_characters_without_i_l_o_or_u() -> None:
    for _ in range(50):
        code = crypto.new_recovery_code()
        assert CODE_SHAPE.match(code), code
        assert not set("ILOU") & set(code)


def test_a_code_carries_125_bits_drawn_from_the_operating_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []

    def fixed(fill: int) -> Callable[[int], bytes]:
        def draw(count: int) -> bytes:
            asked.append(count)
            return bytes([fill]) * count

        return draw

    monkeypatch.setattr(crypto, "random_bytes", fixed(0x00))
    assert crypto.new_recovery_code() == "00000-00000-00000-00000-00000"
    monkeypatch.setattr(crypto, "random_bytes", fixed(0xFF))
    assert crypto.new_recovery_code() == "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ"
    assert asked == [16, 16]
    assert crypto.RECOVERY_CODE_BITS == 125 >= 120


def test_codes_differ_and_every_position_takes_every_character() -> None:
    codes = [crypto.new_recovery_code().replace("-", "") for _ in range(2000)]
    assert len(set(codes)) == len(codes)
    for position in range(25):
        assert {code[position] for code in codes} == set(CROCKFORD), position


@pytest.mark.parametrize(
    "typed",
    [
        SAMPLE,
        SAMPLE.lower(),
        SAMPLE.replace("-", " "),
        SAMPLE.replace("-", ""),
        "  0a1b2 c3d4e\t5f6g7\nh8j9k mnpqr  ",
        SAMPLE.replace("0", "O").replace("1", "I"),
        SAMPLE.replace("0", "o").replace("1", "l"),
        SAMPLE.replace("-", "\u2013"),
        "０Ａ１Ｂ２-Ｃ３Ｄ４Ｅ-５Ｆ６Ｇ７-Ｈ８Ｊ９Ｋ-ＭＮＰＱＲ",
        # Cyrillic А, С, Е, Н, К, М, Р where the paper has the Latin letters
        "0\u04101B2-\u04213D4\u0415-5F6G7-\u041d8J9\u041a-\u041cN\u0420QR",
    ],
    ids=[
        "as-shown",
        "lowercase",
        "spaces",
        "run-together",
        "messy",
        "o-and-i",
        "o-and-l",
        "en-dashes",
        "full-width",
        "cyrillic",
    ],
)
def test_a_code_typed_loosely_reads_back_as_shown(typed: str) -> None:
    assert crypto.normalise_recovery_code(typed) == SAMPLE


def test_a_fresh_code_reads_back_from_lowercase_with_spaces() -> None:
    code = crypto.new_recovery_code()
    assert crypto.normalise_recovery_code(code.lower().replace("-", " ")) == code


@pytest.mark.parametrize(
    "typed",
    [
        "not the passphrase",
        "",
        SAMPLE[:-1],
        SAMPLE + "0",
        SAMPLE.replace("R", "U"),
        SAMPLE.replace("-", "."),
    ],
    ids=["passphrase", "empty", "short", "long", "letter-u", "dots"],
)
def test_text_that_cannot_be_a_code_reads_as_none(typed: str) -> None:
    assert crypto.normalise_recovery_code(typed) is None


# -- opening ----------------------------------------------------------------------------------


def test_a_recovery_code_opens_the_notebook_and_reads_the_same_records(
    recoverable: Recoverable,
) -> None:
    assert _case_titles(recoverable.folder, recoverable.code) == ["Karakol"]
    assert _case_titles(recoverable.folder, PASSPHRASE) == ["Karakol"]
    with Notebook.open(recoverable.folder, recoverable.code) as notebook:
        assert notebook.verify().sound


def test_a_code_typed_in_lowercase_with_spaces_opens_the_notebook(
    recoverable: Recoverable,
) -> None:
    typed = recoverable.code.lower().replace("-", "  ")
    assert _case_titles(recoverable.folder, typed) == ["Karakol"]


def test_a_wrong_code_and_a_wrong_passphrase_are_both_a_wrong_passphrase(
    recoverable: Recoverable,
) -> None:
    assert not _opens(recoverable.folder, crypto.new_recovery_code())
    assert not _opens(recoverable.folder, "not the passphrase")
    # The code is no passphrase: read as typed, it opens the passphrase slot no more than
    # the passphrase opens the code's.
    assert not _opens(recoverable.folder, recoverable.code.replace("-", "#"))


def test_the_passphrase_unlocks_with_one_key_derivation_even_when_it_reads_as_a_code(
    recoverable: Recoverable, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert crypto.normalise_recovery_code(PASSPHRASE) == "C0RRE-CTH0R-SEBAT-TERYS-TAP1E"
    calls: list[str] = []
    real = crypto.derive_kek

    def counting(secret: str, *args: Any) -> bytes:
        calls.append(secret)
        return real(secret, *args)

    monkeypatch.setattr(crypto, "derive_kek", counting)
    Vault.open(recoverable.folder, PASSPHRASE, writable=False).close()
    assert calls == [PASSPHRASE]
    calls.clear()
    Vault.open(recoverable.folder, recoverable.code, writable=False).close()
    assert calls == [recoverable.code, recoverable.code]  # as typed, then read as a code


def test_after_a_passphrase_change_the_code_and_the_new_passphrase_open_it(
    recoverable: Recoverable,
) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        before = notebook.key_slots()
        notebook.change_passphrase(NEW_PASSPHRASE, **WEAK)
        assert notebook.key_slots() == before
    assert _case_titles(recoverable.folder, recoverable.code) == ["Karakol"]
    assert _case_titles(recoverable.folder, NEW_PASSPHRASE) == ["Karakol"]
    assert not _opens(recoverable.folder, PASSPHRASE)


def test_a_forgotten_passphrase_is_replaced_after_unlocking_with_the_code(
    recoverable: Recoverable,
) -> None:
    with Notebook.open(recoverable.folder, recoverable.code) as notebook:
        notebook.change_passphrase(NEW_PASSPHRASE, **WEAK)
    assert not _opens(recoverable.folder, PASSPHRASE)
    assert _opens(recoverable.folder, NEW_PASSPHRASE)
    assert _opens(recoverable.folder, recoverable.code)


def test_an_older_program_that_tries_every_slot_with_the_passphrase_still_opens_it(
    recoverable: Recoverable,
) -> None:
    # What the unlock of the releases before recovery codes did; the header's format did not
    # change, so a notebook with a code still opens there with its passphrase.
    head = header.read(recoverable.folder / HEADER_FILE)
    assert head.format_version == header.FORMAT_VERSION == 1
    opened = []
    for slot in head.slots:
        kek = crypto.derive_kek(PASSPHRASE, slot.salt, slot.kdf)
        try:
            key = crypto.unwrap_key(kek, slot.nonce, slot.sealed_key, context=slot.binding())
        except crypto.UnwrapFailed:
            continue
        opened.append(key)
    assert len(opened) == 1


# -- the slots --------------------------------------------------------------------------------


def test_the_slots_are_listed_by_id_and_kind_only(recoverable: Recoverable) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE, writable=False) as notebook:
        slots = notebook.key_slots()
    assert [s.kind for s in slots] == ["passphrase", "recovery"]
    assert slots[1] == SlotInfo(slot_id=recoverable.slot_id, kind="recovery")
    assert len({s.slot_id for s in slots}) == 2
    assert set(vars(slots[0])) == {"slot_id", "kind"}


def test_several_codes_each_open_the_notebook(recoverable: Recoverable) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        second_slot, second = notebook.add_recovery_code(**WEAK)
    assert second != recoverable.code
    assert second_slot != recoverable.slot_id
    assert _opens(recoverable.folder, recoverable.code)
    assert _opens(recoverable.folder, second)


def test_a_removed_slot_no_longer_opens_and_the_others_still_do(
    recoverable: Recoverable,
) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        _, kept = notebook.add_recovery_code(**WEAK)
        removed = notebook.remove_key_slot(recoverable.slot_id)
        assert removed == SlotInfo(slot_id=recoverable.slot_id, kind="recovery")
        assert recoverable.slot_id not in [s.slot_id for s in notebook.key_slots()]
    with pytest.raises(WrongPassphrase):
        Notebook.open(recoverable.folder, recoverable.code)
    assert _case_titles(recoverable.folder, kept) == ["Karakol"]
    assert _case_titles(recoverable.folder, PASSPHRASE) == ["Karakol"]


def test_the_slot_that_unlocked_this_session_can_be_removed_in_it(
    recoverable: Recoverable,
) -> None:
    with Notebook.open(recoverable.folder, recoverable.code) as notebook:
        notebook.remove_key_slot(recoverable.slot_id)
        assert notebook.count() == 1
    assert not _opens(recoverable.folder, recoverable.code)


def test_the_passphrase_slot_which_is_also_the_last_slot_cannot_be_removed(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    (only,) = notebook.key_slots()
    before = (folder / HEADER_FILE).read_bytes()
    with pytest.raises(InvalidInput) as caught:
        notebook.remove_key_slot(only.slot_id)
    assert caught.value.field == "slot"
    assert "last" in str(caught.value)
    with pytest.raises(InvalidInput):
        notebook.vault.remove_slot(only.slot_id)
    assert (folder / HEADER_FILE).read_bytes() == before
    assert notebook.audit.entries() == []


def test_the_passphrase_slot_cannot_be_removed_beside_a_code(recoverable: Recoverable) -> None:
    # Else the notebook would open only with a paper kept away from the laptop; a passphrase
    # that was seen is replaced by changing it.
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        passphrase_slot = notebook.key_slots()[0]
        entries = len(notebook.audit.entries())
        with pytest.raises(InvalidInput) as caught:
            notebook.remove_key_slot(passphrase_slot.slot_id)
        assert caught.value.field == "slot"
        assert len(notebook.key_slots()) == 2
        assert len(notebook.audit.entries()) == entries
    assert _opens(recoverable.folder, PASSPHRASE)


def test_an_unknown_slot_is_not_found_and_its_id_is_not_echoed(recoverable: Recoverable) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        for unknown in ("ffffffff", recoverable.code):
            with pytest.raises(NotFound) as caught:
                notebook.remove_key_slot(unknown)
            assert unknown not in str(caught.value)
        assert len(notebook.key_slots()) == 2


def test_a_read_only_notebook_adds_and_removes_no_slot(recoverable: Recoverable) -> None:
    before = (recoverable.folder / HEADER_FILE).read_bytes()
    with Notebook.open(recoverable.folder, PASSPHRASE, writable=False) as reader:
        with pytest.raises(InvalidInput):
            reader.add_recovery_code(**WEAK)
        with pytest.raises(InvalidInput):
            reader.remove_key_slot(recoverable.slot_id)
    assert (recoverable.folder / HEADER_FILE).read_bytes() == before


def test_a_recovery_slot_takes_a_strong_kdf_unless_a_test_asks(notebook: Notebook) -> None:
    assert inspect.signature(Vault.add_recovery_slot).parameters["kdf"].default is RECOVERY_KDF
    assert RECOVERY_KDF.is_strong()
    with pytest.raises(InvalidInput) as caught:
        notebook.add_recovery_code(kdf=WEAK_KDF_FOR_TESTS)
    assert caught.value.field == "kdf"
    assert len(notebook.key_slots()) == 1


# -- the audit log ----------------------------------------------------------------------------


def test_adding_and_removing_a_slot_is_logged_without_the_code(recoverable: Recoverable) -> None:
    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        notebook.remove_key_slot(recoverable.slot_id)
        logged = [(e.action, e.record_id) for e in notebook.audit.entries()][-2:]
        assert logged == [
            ("add-key", recoverable.slot_id),
            ("remove-key", recoverable.slot_id),
        ]
        assert notebook.audit.verify().intact


def test_a_code_whose_logging_fails_leaves_no_slot_behind(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(notebook.audit, "append", failing)
    with pytest.raises(OSError):
        notebook.add_recovery_code(**WEAK)
    assert [s.kind for s in notebook.key_slots()] == ["passphrase"]
    assert [s.kind for s in header.read(notebook.vault.folder / HEADER_FILE).slots] == [
        "passphrase"
    ]


def test_a_removal_that_fails_while_writing_keeps_the_slot_and_logs_nothing(
    recoverable: Recoverable, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    with Notebook.open(recoverable.folder, PASSPHRASE) as notebook:
        entries = len(notebook.audit.entries())
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", failing_replace)
            with pytest.raises(OSError):
                notebook.remove_key_slot(recoverable.slot_id)
        assert len(notebook.audit.entries()) == entries
        assert len(notebook.key_slots()) == 2
    assert _opens(recoverable.folder, recoverable.code)


# -- a header edited by hand ------------------------------------------------------------------


def test_swapped_slot_kinds_are_damage_whichever_secret_is_given(
    recoverable: Recoverable,
) -> None:
    def swap(document: dict[str, Any]) -> None:
        first, second = document["slots"]
        first["kind"], second["kind"] = second["kind"], first["kind"]

    _forge(recoverable.folder, swap)
    for secret in (PASSPHRASE, recoverable.code):
        with pytest.raises(DamagedNotebook):
            Notebook.open(recoverable.folder, secret)
    with pytest.raises(WrongPassphrase):
        Notebook.open(recoverable.folder, "not the passphrase")


def test_a_recovery_slot_relabelled_as_a_passphrase_is_damage(recoverable: Recoverable) -> None:
    _forge(recoverable.folder, lambda d: _slot(d, "recovery").update(kind="passphrase"))
    with pytest.raises(DamagedNotebook):
        Notebook.open(recoverable.folder, recoverable.code)


def test_a_recovery_slot_with_an_edited_id_opens_with_nothing(recoverable: Recoverable) -> None:
    _forge(recoverable.folder, lambda d: _slot(d, "recovery").update(id="ffffffff"))
    with pytest.raises(WrongPassphrase):
        Notebook.open(recoverable.folder, recoverable.code)
    # The passphrase's slot opens, and the MAC shows the header was changed.
    with pytest.raises(DamagedNotebook):
        Notebook.open(recoverable.folder, PASSPHRASE)


def test_a_recovery_slot_copied_from_another_notebook_is_damage(
    recoverable: Recoverable, tmp_path: Path
) -> None:
    other = tmp_path / "other.casenotebook"
    with create_test_notebook(other, "the other notebook's passphrase") as notebook:
        _, other_code = notebook.add_recovery_code(**WEAK)
    foreign = _slot(json.loads((other / HEADER_FILE).read_bytes()), "recovery")

    def copy_in(document: dict[str, Any]) -> None:
        document["slots"] = [_slot(document, "passphrase"), foreign]

    _forge(recoverable.folder, copy_in)
    for secret in (other_code, PASSPHRASE):
        with pytest.raises(DamagedNotebook):
            Notebook.open(recoverable.folder, secret)
    assert not _opens(recoverable.folder, recoverable.code)


# -- the code is kept nowhere -----------------------------------------------------------------


def test_the_code_is_in_no_file_of_the_notebook(recoverable: Recoverable) -> None:
    needles = [recoverable.code, recoverable.code.replace("-", ""), recoverable.code.lower()]
    assert leaks(recoverable.folder, needles) == []
    with Notebook.open(recoverable.folder, recoverable.code) as notebook:
        notebook.add(Case(title="Opened with the code"))
    assert leaks(recoverable.folder, needles) == []


def test_the_code_is_in_no_repr_and_no_error(recoverable: Recoverable) -> None:
    code = recoverable.code
    with Notebook.open(recoverable.folder, code) as notebook:
        shown = [repr(notebook.vault), repr(notebook.key_slots()), str(notebook.key_slots())]
        assert not any(code in text or code.replace("-", "") in text for text in shown)
    errors: list[NotebookError] = []
    for secret in (code[:-1] + ("0" if code[-1] != "0" else "1"), code.lower() + "x"):
        with pytest.raises(WrongPassphrase) as caught:
            Notebook.open(recoverable.folder, secret)
        errors.append(caught.value)
    _forge(recoverable.folder, lambda d: _slot(d, "recovery").update(kind="passphrase"))
    with pytest.raises(DamagedNotebook) as damaged:
        Notebook.open(recoverable.folder, code)
    errors.append(damaged.value)
    for error in errors:
        told = f"{error!s} {error!r} {error.args!r} {error.__context__!r}"
        assert code not in told
        assert code.replace("-", "")[:10] not in told.upper()


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli(notebook_path: Path) -> Cli:
    with create_test_notebook(notebook_path) as notebook:
        notebook.add(Case(title="Karakol"))
    return Cli(notebook_path)


def test_recovery_add_prints_the_code_once_on_its_own_line_with_a_warning(cli: Cli) -> None:
    added = cli.ok("recovery", "add")
    codes = [line for line in added.out.splitlines() if CODE_SHAPE.match(line)]
    assert len(codes) == 1
    code = codes[0]
    assert added.out.count(code) == 1
    assert "paper" in added.out
    assert "away from this laptop" in added.out
    opened = cli("case", "list", passphrase=code)
    assert (opened.code, opened.err) == (0, "")
    assert opened.out.endswith("Karakol\n")


def test_recovery_add_json_gives_the_slot_and_the_code(cli: Cli) -> None:
    added = cli.ok("--json", "recovery", "add").json()
    assert set(added) == {"slot", "code"}
    assert CODE_SHAPE.match(added["code"])
    listed = cli.ok("recovery", "list", "--json").json()
    assert [s["kind"] for s in listed] == ["passphrase", "recovery"]
    assert listed[1] == {"slot": added["slot"], "kind": "recovery"}


def test_the_code_opens_the_notebook_from_a_passphrase_file(cli: Cli, tmp_path: Path) -> None:
    code = cli.ok("--json", "recovery", "add").json()["code"]
    secret = tmp_path / "typed"
    secret.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    opened = call(
        ["--notebook", str(cli.path), "--passphrase-file", str(secret), "case", "list"], {}
    )
    assert (opened.code, opened.err) == (0, "")


def test_recovery_list_shows_ids_and_kinds(cli: Cli) -> None:
    slot = cli.ok("--json", "recovery", "add").json()["slot"]
    lines = cli.ok("recovery", "list").out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("  passphrase")
    assert lines[1] == f"{slot}  recovery"


def test_recovery_remove_stops_the_code_from_opening_the_notebook(cli: Cli) -> None:
    added = cli.ok("--json", "recovery", "add").json()
    removed = cli.ok("recovery", "remove", added["slot"])
    assert added["slot"] in removed.out
    assert "no longer opens" in removed.out
    refused = cli("case", "list", passphrase=added["code"])
    assert (refused.code, refused.err) == (2, "casenotebook: wrong passphrase\n")
    assert [s["kind"] for s in cli.ok("--json", "recovery", "list").json()] == ["passphrase"]


def test_recovery_remove_refuses_the_passphrase_slot_and_an_unknown_one(cli: Cli) -> None:
    passphrase_slot = cli.ok("--json", "recovery", "list").json()[0]["slot"]
    refused = cli("recovery", "remove", passphrase_slot)
    assert refused.code == 1
    assert "cannot be removed" in refused.err
    assert "nothing was changed" in refused.err
    code = crypto.new_recovery_code()
    unknown = cli("recovery", "remove", code)
    assert unknown.code == 1
    assert unknown.err.startswith("casenotebook: not found")
    assert code not in unknown.err
    assert cli.ok("recovery", "list").out.count("\n") == 1
