"""The case package commands: send and receive, their words, --json and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import create_test_notebook
from tests.core.test_cli import Cli


@pytest.fixture
def defender(tmp_path: Path) -> Cli:
    path = tmp_path / "defender.casenotebook"
    create_test_notebook(path).close()
    cli = Cli(path)
    case = cli.add("case", "add", "--title", "Karakol", "--reference", "KR-2019-07")
    cli.add(
        "person",
        "add",
        "--case",
        case,
        "--name",
        "Aigul Osmonova",
        "--protected",
        "--pseudonym",
        "Witness A",
    )
    cli.add(
        "incident",
        "add",
        "--case",
        case,
        "--title",
        "Aigul Osmonova detained",
        "--date",
        "2019-06-10",
    )
    photo = tmp_path / "injury.jpg"
    photo.write_bytes(b"\xff\xd8 a photograph " * 1000)
    cli.ok("evidence", "add", "--case", case, str(photo))
    photo.unlink()
    return cli


@pytest.fixture
def lawyer(tmp_path: Path) -> Cli:
    path = tmp_path / "lawyer.casenotebook"
    create_test_notebook(path).close()
    return Cli(path)


def contact_code(cli: Cli) -> str:
    return cli.ok("identity").out.splitlines()[0]


def case_of(cli: Cli) -> str:
    return cli.ok("--json", "case", "list").json()[0]["id"]


def test_send_then_receive_hands_the_case_over_and_shows_the_senders_fingerprint(
    defender: Cli, lawyer: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "for-the-lawyer.cnpkg"
    sent = defender.ok(
        "--json",
        "send",
        "--case",
        case_of(defender),
        "--to",
        contact_code(lawyer),
        "--out",
        str(out),
    ).json()
    assert sent["records"] == 4 and sent["evidence_files"] == 1 and sent["redacted"] is True
    own = defender.ok("--json", "identity").json()["fingerprint"]
    assert sent["sender_fingerprint"] == own
    preview = lawyer.ok("receive", "--dry-run", str(out)).out
    assert "dry run, nothing written" in preview and own in preview
    assert lawyer.state()[0] == 0
    received = lawyer.ok("receive", str(out)).out
    assert f"fingerprint {own}" in received
    assert "4 record(s) new" in received
    assert lawyer.state()[0] == 4
    shown = lawyer.ok("--json", "person", "list").json()
    assert [person["name"] for person in shown] == ["Witness A"]
    assert lawyer.ok("--json", "verify").json()["sound"] is True


def test_a_package_for_another_notebook_a_damaged_one_and_a_wrong_sender_are_refused(
    defender: Cli, lawyer: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "p"
    defender.ok(
        "send", "--case", case_of(defender), "--to", contact_code(lawyer), "--out", str(out)
    )
    elsewhere = defender("receive", str(out))
    assert elsewhere.code == 1
    assert "made for another notebook" in elsewhere.err
    wrong = lawyer("receive", "--from", contact_code(lawyer), str(out))
    assert wrong.code == 3
    assert "signed by the notebook with fingerprint" in wrong.err
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    (tmp_path / "damaged").write_bytes(bytes(data))
    damaged = lawyer("receive", str(tmp_path / "damaged"))
    assert damaged.code == 3
    assert "damaged or was altered" in damaged.err and "nothing was taken" in damaged.err
    (tmp_path / "letter.txt").write_text("not a package")
    other = lawyer("receive", str(tmp_path / "letter.txt"))
    assert other.code == 1 and "is not a case package" in other.err
    assert lawyer.state() == (0, 0)


def test_a_second_package_reports_the_conflict_and_keeps_the_recipients_version(
    defender: Cli, lawyer: Cli, tmp_path: Path
) -> None:
    case = case_of(defender)
    defender.ok(
        "send",
        "--case",
        case,
        "--to",
        contact_code(lawyer),
        "--out",
        str(tmp_path / "1"),
        "--no-redact",
    )
    lawyer.ok("receive", str(tmp_path / "1"))
    incident = lawyer.ok("--json", "incident", "list").json()[0]["id"]
    lawyer.ok("edit", incident, "--place", "Bishkek")
    defender.ok("edit", incident, "--place", "Karakol")
    lawyer.ok(
        "send",
        "--case",
        case,
        "--to",
        contact_code(defender),
        "--out",
        str(tmp_path / "2"),
        "--no-redact",
    )
    report = defender.ok("--json", "receive", str(tmp_path / "2")).json()
    conflicts = [c for c in report["changes"] if c["outcome"] == "conflict"]
    assert conflicts == [
        {
            "id": incident,
            "kind": "incident",
            "label": conflicts[0]["label"],
            "outcome": "conflict",
            "fields": ["place"],
        }
    ]
    assert defender.show(incident)["place"] == "Karakol"
    lawyer.ok("send", "--case", case, "--to", contact_code(defender), "--out", str(tmp_path / "3"))
    again = defender.ok("receive", str(tmp_path / "3")).out
    assert "1 record(s) changed on both sides: YOUR version kept" in again
    assert f"conflict: incident {incident}" in again
    assert "--take-theirs" in again


def test_send_refuses_a_mangled_contact_code_before_writing(
    defender: Cli, lawyer: Cli, tmp_path: Path
) -> None:
    code = contact_code(lawyer)
    mangled = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    result = defender(
        "send", "--case", case_of(defender), "--to", mangled, "--out", str(tmp_path / "p")
    )
    assert result.code == 1
    assert "changed on its way" in result.err
    assert not (tmp_path / "p").exists()
