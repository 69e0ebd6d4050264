"""A thousand wrong passphrases in a row: each refused, nothing printed, not a byte changed."""

from __future__ import annotations

import io
import os
import random
import string
import unicodedata
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.cli import EXIT_WRONG_PASSPHRASE, PASSPHRASE_VARIABLE, main
from notebook.errors import WrongPassphrase
from notebook.model import Case, Incident
from tests.conftest import PASSPHRASE, create_test_notebook

ATTEMPTS = 1000
# Each command line builds its whole parser (about 15 ms): a quarter of the thousand in
# `make test`, all of them in `make stress`.
COMMAND_LINE_ATTEMPTS = ATTEMPTS if os.environ.get("CASENOTEBOOK_STRESS") else ATTEMPTS // 4


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (names included) with its bytes and its modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def wrong_passphrases(count: int, seed: int) -> list[str]:
    """Near misses of the real one and strangers: typos, case, spaces, scripts, lengths."""
    rng = random.Random(seed)
    letters = string.ascii_letters + string.digits + string.punctuation + " жңөүЁё語🙂\u0301"
    guesses: list[str] = []
    while len(guesses) < count:
        shape = len(guesses) % 6
        if shape == 0:  # one character changed
            at = rng.randrange(len(PASSPHRASE))
            guess = PASSPHRASE[:at] + rng.choice(letters) + PASSPHRASE[at + 1 :]
        elif shape == 1:  # one character more or less
            at = rng.randrange(len(PASSPHRASE))
            guess = rng.choice((PASSPHRASE[:at] + PASSPHRASE[at + 1 :], PASSPHRASE + "1"))
        elif shape == 2:  # shift held down, or a space too many
            guess = rng.choice((PASSPHRASE.upper(), PASSPHRASE.title(), f" {PASSPHRASE}"))
        elif shape == 3:  # anything, short or long
            guess = "".join(rng.choices(letters, k=rng.randint(1, 300)))
        elif shape == 4:  # pasted with the wrong keyboard layout
            guess = PASSPHRASE.translate(str.maketrans("qwertyuiop", "йцукенгшщз"))
        else:  # a recovery code's shape
            guess = "-".join(
                "".join(rng.choices(string.ascii_uppercase + string.digits, k=5)) for _ in range(8)
            )
        if unicodedata.normalize("NFC", guess) != PASSPHRASE:
            guesses.append(guess)
    return guesses


@pytest.fixture
def closed_notebook(tmp_path: Path) -> Path:
    folder = tmp_path / "case.casenotebook"
    with create_test_notebook(folder) as notebook:
        case = notebook.add(Case(title="Detentions at the border"))
        notebook.add(Incident(case_id=case.id, title="Raid", date="2019-06-10"))
    return folder


def test_a_thousand_wrong_passphrases_are_refused_silently_and_change_nothing(
    closed_notebook: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(closed_notebook)
    refused = 0
    for guess in wrong_passphrases(ATTEMPTS, seed=9):
        with pytest.raises(WrongPassphrase):
            Notebook.open(closed_notebook, guess)
        refused += 1
    out, err = capfd.readouterr()  # the file descriptors: SQLCipher's C logging included
    assert (refused, out, err) == (ATTEMPTS, "", "")
    assert snapshot(closed_notebook) == before
    with Notebook.open(closed_notebook, PASSPHRASE) as notebook:
        assert notebook.count() == 2


def test_wrong_passphrases_at_the_command_line_each_get_one_line_and_change_nothing(
    closed_notebook: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(closed_notebook)
    codes, messages = [], []
    for guess in wrong_passphrases(COMMAND_LINE_ATTEMPTS, seed=10):
        out, err = io.StringIO(), io.StringIO()
        codes.append(
            main(
                ["--notebook", str(closed_notebook), "case", "list"],
                out=out,
                err=err,
                environ={PASSPHRASE_VARIABLE: guess},
            )
        )
        assert out.getvalue() == ""
        messages.append(err.getvalue())
    assert set(codes) == {EXIT_WRONG_PASSPHRASE}
    assert set(messages) == {"casenotebook: wrong passphrase\n"}
    assert capfd.readouterr() == ("", "")  # nothing else reached the process's streams
    assert snapshot(closed_notebook) == before


def test_the_guesses_are_all_wrong_and_mostly_different() -> None:
    guesses = wrong_passphrases(ATTEMPTS, seed=9)
    assert PASSPHRASE not in guesses
    assert len(set(guesses)) > ATTEMPTS // 2
