"""Fuzz case packages: receive_package, a dry run then for real, with the checks of
tests/core/test_fuzz_packages.py (a refused package changes nothing, a dry run nothing ever).

    python fuzz/fuzz_package.py [--part=file|header|records] [libFuzzer options] [CORPUS_DIR]

file: the input is the package file. header, records: the input is that entry of a real
package, sealed to the recipient and signed by the sender as send_case does: what anyone
holding the recipient's contact code (and, for records, the sender's key) could send.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from _common import atheris, option, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook.package_format import HEADER, RECORDS
    from tests.core.test_fuzz_packages import made_exchange

PART = option("part", ("file", "header", "records"))
WORK = Path(tempfile.mkdtemp(prefix="casenotebook-fuzz-"))
# Open for the whole run (the stack is kept, or collecting it would close the notebooks).
OPEN = contextlib.ExitStack()
EXCHANGE = OPEN.enter_context(made_exchange(WORK))


def test_one_input(data: bytes) -> None:
    entries = list(EXCHANGE.entries)
    if PART == "header":
        entries[0] = (HEADER, "header", len(data), data)
    elif PART == "records":
        entries[1] = (RECORDS, "records", len(data), data)
    EXCHANGE.receive(data if PART == "file" else EXCHANGE.sealed(entries))


SEEDS = {
    "file": {"seed": EXCHANGE.data},
    "header": {"seed": EXCHANGE.entries[0][3]},
    "records": {"seed": EXCHANGE.entries[1][3]},
}[PART]

if __name__ == "__main__":
    run(test_one_input, SEEDS)
