"""Fuzz notebook.json (header.decode) and notebook.guard (guard.read) with atheris.

python fuzz/fuzz_header.py [--part=header|resummed|guard] [libFuzzer options] [CORPUS_DIR]

header: the input is notebook.json. resummed: the input, when it is a JSON object, gets its
checksum made right first (a deliberate edit), so that it reaches what the checksum guards.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from _common import atheris, option, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook import guard, header
    from notebook.vault import HEADER_FILE
    from tests.conftest import create_test_notebook
    from tests.core.test_fuzz_header import resummed
    from tests.fuzzing import judge

PART = option("part", ("header", "resummed", "guard"))
WORK = Path(tempfile.mkdtemp(prefix="casenotebook-fuzz-"))
create_test_notebook(WORK / "case.casenotebook").close()
REAL = (WORK / "case.casenotebook" / HEADER_FILE).read_bytes()
GUARD = WORK / "guard"
GUARD.mkdir()


def test_one_input(data: bytes) -> None:
    if PART == "resummed":
        try:
            document = json.loads(data)
        except (ValueError, RecursionError):
            return  # not JSON: the header part tries those
        data = resummed(document)
    if PART in ("header", "resummed"):
        judge(lambda: header.decode(data))
        return
    (GUARD / guard.GUARD_FILE).write_bytes(data)
    read = judge(lambda: guard.read(GUARD))
    assert read.worked  # damage reads as no guard: it must never be what erases a notebook


SEEDS = {
    "header": {"header.json": REAL},
    "resummed": {"header.json": REAL},
    "guard": {"guard.json": b'{"erase_after": 5, "failures": 1}\n'},
}[PART]

if __name__ == "__main__":
    run(test_one_input, SEEDS)
