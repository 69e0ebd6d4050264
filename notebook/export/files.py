"""Writing an export where the user chose: whole or not at all, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from notebook.header import fsync_directory


def write_export(path: Path, data: bytes) -> None:
    """Write beside the destination under a hidden name, flush, then rename over it.

    A failure (a full disk, a pulled USB stick) leaves the destination as it was, and no
    partial file beside it. The name is random, so nothing the user keeps there is touched.
    """
    path = Path(path)
    handle, temporary_name = tempfile.mkstemp(
        dir=path.parent, prefix=".casenotebook-", suffix=".part"
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)
