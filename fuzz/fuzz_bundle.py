"""Fuzz evidence bundles: verify-bundle (bundle_check.verify) and importing one
(bundle_import.import_bundle), with the checks of tests/core/test_fuzz_bundles.py (a refused
bundle changes nothing; nothing is written outside the notebook).

    python fuzz/fuzz_bundle.py [--part=zip|items|custody] [libFuzzer options] [CORPUS_DIR]

zip: the input is the zip file. items, custody: the input is evidence/items.json or
evidence/custody.jsonl of a real bundle, which is then signed anew (as anyone can sign a
bundle with a key of their own), so that the bytes reach the import behind the signature.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import atheris, option, run

with atheris.instrument_imports(include=["notebook"]):
    from tests.conftest import create_test_notebook
    from tests.core.test_fuzz_bundles import Lawyer, make_sent, resigned, zipped

PART = option("part", ("zip", "items", "custody"))
WORK = Path(tempfile.mkdtemp(prefix="casenotebook-fuzz-"))
(WORK / "defender").mkdir()
(WORK / "lawyer").mkdir()
SENT = make_sent(WORK / "defender")
LAWYER = Lawyer(WORK / "lawyer", create_test_notebook(WORK / "lawyer" / "lawyer.casenotebook"))
MEMBER = {"items": "evidence/items.json", "custody": "evidence/custody.jsonl"}.get(PART, "")


def test_one_input(data: bytes) -> None:
    if PART == "zip":
        LAWYER.take(data)
    else:
        LAWYER.take(zipped(resigned({**SENT.files, MEMBER: data}), SENT.bag))


SEEDS = {"seed": SENT.data if PART == "zip" else SENT.files[MEMBER]}

if __name__ == "__main__":
    run(test_one_input, SEEDS)
