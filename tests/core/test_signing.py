"""The notebook's signing key: made with the notebook, kept inside it, and verifiable."""

from __future__ import annotations

import re

import pytest

from notebook import Notebook, crypto
from notebook.db import Database
from notebook.schema import MIGRATIONS, step_3_signing_key
from notebook.vault import Vault
from tests.conftest import PASSPHRASE, create_test_notebook


def test_a_new_notebook_signs_and_its_public_key_verifies(notebook):
    signature = notebook.sign(b"tagmanifest")
    public_key = notebook.signing_public_key()
    assert len(public_key) == 32 and len(signature) == 64
    assert crypto.signature_is_valid(public_key, b"tagmanifest", signature)


def test_a_signature_over_other_bytes_or_by_another_key_is_refused(notebook, tmp_path):
    signature = notebook.sign(b"tagmanifest")
    assert not crypto.signature_is_valid(notebook.signing_public_key(), b"tagmanifesT", signature)
    with create_test_notebook(tmp_path / "other.casenotebook") as other:
        assert not crypto.signature_is_valid(other.signing_public_key(), b"tagmanifest", signature)


def test_malformed_keys_and_signatures_are_simply_invalid():
    assert not crypto.signature_is_valid(b"short", b"data", b"sig")
    assert not crypto.signature_is_valid(bytes(32), b"data", bytes(64))


def test_the_key_stays_the_same_when_the_notebook_is_opened_again(notebook_path):
    with create_test_notebook(notebook_path) as notebook:
        first = notebook.signing_public_key()
    with Notebook.open(notebook_path, PASSPHRASE) as notebook:
        assert notebook.signing_public_key() == first


def made_before_signing_keys(notebook_path):
    """A notebook as the versions before signing keys left it: no identity table (nor the
    tables of later steps)."""
    with create_test_notebook(notebook_path):
        pass
    vault = Vault.open(notebook_path, PASSPHRASE)
    try:
        db = Database.open(vault.database_path, vault.database_key)
        db.execute("DROP TABLE identity")
        db.execute("DROP TABLE exchanges")
        db.execute("DROP TABLE exchange_base")
        db.execute(f"PRAGMA user_version = {MIGRATIONS.index(step_3_signing_key)}")
        db.close()
    finally:
        vault.close()


def test_a_notebook_made_before_signing_keys_gets_one_when_opened(notebook_path):
    made_before_signing_keys(notebook_path)
    with Notebook.open(notebook_path, PASSPHRASE) as notebook:
        assert len(notebook.signing_public_key()) == 32
        assert len(notebook.identity().receiving_key) == 32


def test_a_fingerprint_is_ten_groups_of_four_hex_digits_that_follow_the_key(notebook):
    printed = crypto.fingerprint(notebook.signing_public_key())
    assert re.fullmatch(r"([0-9A-F]{4} ){9}[0-9A-F]{4}", printed)
    assert crypto.fingerprint(bytes(32)) != printed


def test_a_read_only_open_of_an_older_notebook_upgrades_it_once(notebook_path):
    made_before_signing_keys(notebook_path)
    with Notebook.open(notebook_path, PASSPHRASE, writable=False) as notebook:
        assert len(notebook.identity().receiving_key) == 32
        assert notebook.db.user_version == len(MIGRATIONS)


def test_an_older_notebook_held_by_another_program_says_it_needs_an_upgrade(notebook_path):
    from notebook import UnsupportedFormat
    from notebook.lockfile import FolderLock
    from notebook.vault import LOCK_FILE

    made_before_signing_keys(notebook_path)
    other = FolderLock(notebook_path / LOCK_FILE)
    other.acquire()
    try:
        with pytest.raises(UnsupportedFormat, match="one-time upgrade"):
            Notebook.open(notebook_path, PASSPHRASE, writable=False)
    finally:
        other.release()
