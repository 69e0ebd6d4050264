"""The built folder as one .tar.gz whose bytes depend only on its files, and its SHA-256.

Same files, same archive: entries sorted by name, every time set to SOURCE_DATE_EPOCH,
owner and group 0 with no names, permissions reduced to 755 or 644, and a gzip header
without a file name or a time. So two builds that produce the same files give the same
checksum, and a published SHA256SUMS can be checked by anyone who rebuilds.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import stat
import tarfile
from pathlib import Path

CHUNK = 1 << 20


def _entries(folder: Path) -> list[Path]:
    """Every file, folder and link below `folder`, sorted by their path as text."""
    found = [Path(root) / name for root, dirs, files in os.walk(folder) for name in dirs + files]
    return sorted(found, key=lambda path: path.relative_to(folder).as_posix())


def _normalised(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if info.isdir() or info.mode & stat.S_IXUSR:
        info.mode = 0o755
    else:
        info.mode = 0o644
    return info


def write_tar_gz(folder: Path, archive: Path, *, root: str, epoch: int) -> None:
    """Write `folder`'s contents under `root/` into `archive`, reproducibly."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        top = tar.gettarinfo(str(folder), arcname=root)
        tar.addfile(_normalised(top, epoch))
        for path in _entries(folder):
            name = f"{root}/{path.relative_to(folder).as_posix()}"
            info = _normalised(tar.gettarinfo(str(path), arcname=name), epoch)
            if info.isreg():
                with open(path, "rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    archive.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(archive, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as packed,
    ):
        packed.write(buffer.getvalue())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_checksums(files: list[Path], sums: Path) -> str:
    """A SHA256SUMS that `sha256sum -c` reads (two spaces, names relative to its folder)."""
    lines = [f"{sha256_of(path)}  {path.relative_to(sums.parent).as_posix()}\n" for path in files]
    text = "".join(sorted(lines, key=lambda line: line.split("  ", 1)[1]))
    sums.write_text(text, encoding="utf-8", newline="\n")
    return text
