"""Fuzz backups: verify_backup and restore, with the checks of tests/core/test_fuzz_backups.py
(restore writes its destination or nothing; nothing beside it).

    python fuzz/fuzz_backup.py [--part=file|container|manifest] [libFuzzer options] [CORPUS_DIR]

file: the input is the backup file. container: the input is what the sealed stream holds,
sealed again under the notebook's key (what only the key's holder could make). manifest: the
input is the manifest entry of a real backup's container, sealed again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import atheris, option, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook.backup_format import MANIFEST
    from tests.core.test_fuzz_backups import attempt, framed, make_source

PART = option("part", ("file", "container", "manifest"))
WORK = Path(tempfile.mkdtemp(prefix="casenotebook-fuzz-"))
(WORK / "source").mkdir()
(WORK / "room").mkdir()
SOURCE = make_source(WORK / "source")


def test_one_input(data: bytes) -> None:
    if PART == "container":
        data = SOURCE.resealed(data)
    elif PART == "manifest":
        name = SOURCE.entries[0][1]
        entries = [(MANIFEST, name, len(data), data), *SOURCE.entries[1:]]
        data = SOURCE.resealed(framed(entries))
    _checked, _restored, written = attempt(WORK / "room", data)
    assert written == set(), written


SEEDS = {
    "file": {"seed": SOURCE.data},
    "container": {"seed": SOURCE.container()},
    "manifest": {"seed": SOURCE.entries[0][3]},
}[PART]

if __name__ == "__main__":
    run(test_one_input, SEEDS)
