"""A notebook's identity: a contact code that carries its public keys, checked on the way."""

from __future__ import annotations

import pytest

from notebook import InvalidInput, crypto
from notebook.identity import PREFIX, parse_contact_code
from tests.core.test_cli import Cli


def test_the_contact_code_carries_both_public_keys_and_reads_back(notebook):
    identity = notebook.identity()
    assert identity.signing_key == notebook.signing_public_key()
    assert len(identity.receiving_key) == 32
    assert parse_contact_code(identity.contact_code) == identity


def test_a_code_broken_across_lines_or_spaced_still_reads(notebook):
    code = notebook.identity().contact_code
    assert parse_contact_code(code[:30] + "\n  " + code[30:]) == notebook.identity()


@pytest.mark.parametrize(
    "mangle",
    [
        lambda code: code[:-1] + ("A" if code[-1] != "A" else "B"),  # one character changed
        lambda code: code[:-5],  # cut short
        lambda code: code.replace(PREFIX, "cn2-"),  # another format
        lambda code: code[:20] + "!" + code[21:],  # a character it cannot have
    ],
)
def test_a_mangled_code_is_refused(notebook, mangle):
    with pytest.raises(InvalidInput):
        parse_contact_code(mangle(notebook.identity().contact_code))


def test_two_notebooks_have_different_codes_and_fingerprints(notebook, tmp_path):
    from tests.conftest import create_test_notebook

    with create_test_notebook(tmp_path / "other.casenotebook") as other:
        assert other.identity().contact_code != notebook.identity().contact_code
        assert other.identity().fingerprint != notebook.identity().fingerprint


def test_the_fingerprint_covers_both_keys(notebook):
    identity = notebook.identity()
    assert identity.fingerprint == crypto.fingerprint(identity.receiving_key + identity.signing_key)


def test_the_identity_command_prints_the_code_alone_on_its_first_line(notebook_path):
    from tests.conftest import create_test_notebook

    create_test_notebook(notebook_path).close()
    result = Cli(notebook_path).ok("identity")
    first, second = result.out.splitlines()[:2]
    assert first.startswith(PREFIX) and " " not in first
    assert second.startswith("Fingerprint: ")
    assert parse_contact_code(first).signing_key
