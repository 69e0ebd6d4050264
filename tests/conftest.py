"""Fixtures shared by every test: a fresh notebook with a cheap, test-only key derivation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS
from tests.offline import cut_off_network

# No test may reach the network, nor any Python child a test starts with this environment.
cut_off_network()
OFFLINE_SITE = Path(__file__).resolve().parent / "offline_site"
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, (str(OFFLINE_SITE), os.environ.get("PYTHONPATH")))
)

PASSPHRASE = "correct horse battery staple"


def create_test_notebook(folder: Path, passphrase: str = PASSPHRASE) -> Notebook:
    """A notebook whose KDF is cheap: only tests may ask for that, and they must say so."""
    return Notebook.create(
        folder, passphrase, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
    )


@pytest.fixture
def notebook_path(tmp_path: Path) -> Path:
    return tmp_path / "case.casenotebook"


@pytest.fixture
def notebook(notebook_path: Path) -> Iterator[Notebook]:
    opened = create_test_notebook(notebook_path)
    try:
        yield opened
    finally:
        if not opened.vault.is_closed:
            opened.close()
