"""Checking an evidence bundle (a zipped BagIt bag) where it lies: names, sizes, hashes, signature.

Nothing is extracted and nothing is written (see safe_zip): every entry is streamed out of the
zip and hashed on the way, after its name and declared size have passed; a zip that fails
those checks is refused unread. Then the bag: bagit.txt, bag-info.txt, every manifest line
against the files, and the Ed25519 signature over tagmanifest-sha512.txt.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from notebook import crypto
from notebook.errors import NotFound
from notebook.export.safe_zip import (
    DeclaredSizeMismatch,
    Limits,
    Problem,
    StreamHashes,
    hash_stream,
    member_problems,
)
from notebook.progress import Progress

EVIDENCE_PROFILE = "case-notebook-evidence-bundle/1"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
ALGORITHMS = ("sha256", "sha512")
HEX_DIGITS = {"sha256": 64, "sha512": 128}
BAG_INFO = "bag-info.txt"
MANIFESTS = {algorithm: f"manifest-{algorithm}.txt" for algorithm in ALGORITHMS}
TAG_MANIFESTS = {algorithm: f"tagmanifest-{algorithm}.txt" for algorithm in ALGORITHMS}
SIGNED_FILE = "tagmanifest-sha512.txt"
SIGNATURE = "signature/tagmanifest-sha512.txt.sig"
PUBLIC_KEY = "signature/public-key.txt"
EVIDENCE_FILES = ("evidence/items.json", "evidence/custody.jsonl", "evidence/audit-head.txt")
REQUIRED_INFO = (
    "External-Identifier",
    "Bagging-Date",
    "Payload-Oxum",
    "Bag-Count",
    "Exhibit-Prefix",
    "Evidence-Profile",
    "Audit-Log-Head-SHA256",
)
# The tag files that are read whole and parsed; every other entry is only hashed.
PARSED = frozenset(
    ["bagit.txt", BAG_INFO, *MANIFESTS.values(), *TAG_MANIFESTS.values(), SIGNATURE, PUBLIC_KEY]
)
# What the tag manifests cover besides every file under evidence/.
COVERED = ("bagit.txt", BAG_INFO, *MANIFESTS.values())

DEFAULT_LIMITS = Limits()
_MANIFEST_LINE = re.compile(r"([0-9A-Fa-f]+)[ \t]+(.+)")
_PERCENT = re.compile(r"%(0[Aa]|0[Dd]|25)?")
_DECODED = {"0a": "\n", "0d": "\r", "25": "%"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OXUM = re.compile(r"([0-9]+)\.([0-9]+)")
_SHA256_HEX = re.compile(r"[0-9A-Fa-f]{64}")


@dataclass(frozen=True)
class BundleReport:
    """What a check found: valid when no problem was found."""

    problems: tuple[Problem, ...]
    bag: str = ""  # the bag's folder, when the zip has exactly one
    fingerprint: str = ""  # of the public key the bundle carries, when it carries one
    payload_files: int = 0
    payload_bytes: int = 0

    @property
    def valid(self) -> bool:
        return not self.problems


# -- the bag ---------------------------------------------------------------------------------


def verify(
    path: Path | str, *, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> BundleReport:
    """Check a bundle against the evidence bundle format; NotFound if there is no such file.

    The report's fingerprint is the key the bundle itself carries: a valid signature proves
    only that whoever holds that key made the bundle, so a person must compare the fingerprint
    with the one the sender gave them.
    """
    path = Path(path)
    if not path.is_file():
        raise NotFound(str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, UnicodeDecodeError, NotImplementedError, OSError, ValueError):
        return BundleReport((Problem(path.name, "not a readable zip file"),))
    with archive:
        problems = member_problems(archive, limits=limits, archive_name=path.name)
        if problems:
            return BundleReport(tuple(problems))
        return _BagCheck(archive, limits, progress).run()


class _BagCheck:
    """One pass over a zip whose names are safe: read every entry, then check the bag."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits, progress: Progress | None) -> None:
        self.archive = archive
        self.limits = limits
        self.progress = progress
        self.files = {
            info.filename.split("/", 1)[1]: info for info in archive.infolist() if not info.is_dir()
        }
        self.bag = archive.infolist()[0].filename.split("/", 1)[0]
        self.hashes: dict[str, StreamHashes] = {}
        self.problems: list[Problem] = []

    def problem(self, relative: str, problem: str) -> None:
        self.problems.append(Problem(f"{self.bag}/{relative}", problem))

    def run(self) -> BundleReport:
        self.read_all()
        payload = sorted(name for name in self.files if name.startswith("data/"))
        payload_bytes = sum(self.files[name].file_size for name in payload)
        self.check_required()
        self.check_bagit_txt()
        self.check_bag_info(len(payload), payload_bytes)
        for algorithm in ALGORITHMS:
            self.check_manifest(MANIFESTS[algorithm], algorithm, set(payload), payload=True)
        covered = {*COVERED, *EVIDENCE_FILES, *(n for n in self.files if n.startswith("evidence/"))}
        for algorithm in ALGORITHMS:
            self.check_manifest(TAG_MANIFESTS[algorithm], algorithm, covered, payload=False)
        self.check_unknown_tag_files()
        fingerprint = self.check_signature()
        return BundleReport(
            tuple(sorted(self.problems, key=lambda problem: problem.path)),
            bag=self.bag,
            fingerprint=fingerprint,
            payload_files=len(payload),
            payload_bytes=payload_bytes,
        )

    def read_all(self) -> None:
        if self.progress is not None:
            self.progress.total = sum(info.file_size for info in self.files.values())
        done = 0
        # In the zip's own order, so that the file is read from start to end once.
        for relative, info in sorted(self.files.items(), key=lambda item: item[1].header_offset):
            if relative in PARSED and info.file_size > self.limits.tag_file_bytes:
                self.problem(relative, "too large for a tag file")
                continue
            read = _read_entry(self.archive, info, self.progress)
            if isinstance(read, str):
                self.problem(relative, read)
            else:
                self.hashes[relative] = read
            done += info.file_size
            if self.progress is not None:
                self.progress.advance(done)

    def text(self, relative: str) -> bytes | None:
        read = self.hashes.get(relative)
        return read.data if read is not None else None

    def check_required(self) -> None:
        for relative in sorted({*PARSED, *EVIDENCE_FILES}):
            if relative not in self.files:
                self.problem(relative, "missing")

    def check_bagit_txt(self) -> None:
        data = self.text("bagit.txt")
        if data is not None and data != BAGIT_TXT:
            self.problem("bagit.txt", "is not exactly the BagIt 1.0 declaration in UTF-8")

    def check_bag_info(self, payload_files: int, payload_bytes: int) -> None:
        elements = self.labels(BAG_INFO)
        if elements is None:
            return
        values: dict[str, list[str]] = {}
        for label, value in elements:
            values.setdefault(label.casefold(), []).append(value)
        found: dict[str, str] = {}
        for label in REQUIRED_INFO:
            given = values.get(label.casefold(), [])
            if not given:
                self.problem(BAG_INFO, f"no {label}")
            elif len(given) > 1:
                self.problem(BAG_INFO, f"{label} appears more than once")
            else:
                found[label] = given[0]
        for phrase in _bag_info_problems(found, payload_files, payload_bytes):
            self.problem(BAG_INFO, phrase)

    def labels(self, relative: str) -> list[tuple[str, str]] | None:
        """A `Label: value` file's elements, or None (and a problem) when it cannot be parsed."""
        data = self.text(relative)
        if data is None:
            return None
        if data.startswith(b"\xef\xbb\xbf"):
            self.problem(relative, "starts with a byte-order mark")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(relative, "is not UTF-8 text")
            return None
        elements, bad_lines = parse_labels(text)
        for number in bad_lines:
            self.problem(relative, f"line {number} is not 'Label: value'")
        return elements

    def check_manifest(
        self, manifest: str, algorithm: str, expected: set[str], *, payload: bool
    ) -> None:
        """Payload manifests list every payload file; tag manifests the tag files they cover."""
        data = self.text(manifest)
        if data is None:
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(manifest, "is not UTF-8 text")
            return
        lines, bad_lines = parse_manifest(text, algorithm)
        for number in bad_lines:
            self.problem(manifest, f"line {number} is not '{algorithm} checksum, space, path'")
        listed: set[str] = set()
        for checksum, relative in lines:
            if relative in listed:
                self.problem(relative, f"listed twice in {manifest}")
                continue
            listed.add(relative)
            if not _may_list(relative, payload=payload):
                self.problem(relative, f"must not be listed in {manifest}")
            elif relative not in self.files:
                self.problem(relative, f"listed in {manifest} but missing")
            elif relative in self.hashes:
                actual = getattr(self.hashes[relative], algorithm)
                if actual != checksum.lower():
                    self.problem(relative, f"{algorithm} does not match")
        for relative in sorted(expected - listed):
            if relative in self.files:
                self.problem(relative, f"not listed in {manifest}")

    def check_unknown_tag_files(self) -> None:
        known = {*PARSED, *EVIDENCE_FILES}
        for relative in sorted(self.files):
            if relative not in known and not relative.startswith(("data/", "evidence/")):
                self.problem(relative, "not part of the bundle format")

    def check_signature(self) -> str:
        """The fingerprint of the key the bundle carries ("" if none can be read)."""
        elements = self.labels(PUBLIC_KEY)
        if elements is None:
            return ""
        fields = {label.casefold(): value for label, value in elements}
        if fields.get("algorithm") != "Ed25519":
            self.problem(PUBLIC_KEY, "Algorithm is not Ed25519")
        if fields.get("signed-file") != SIGNED_FILE:
            self.problem(PUBLIC_KEY, f"Signed-File is not {SIGNED_FILE}")
        public_key = _base64(fields.get("public-key", ""), 32)
        if public_key is None:
            self.problem(PUBLIC_KEY, "Public-Key is not a base64 Ed25519 public key")
            return ""
        fingerprint = crypto.fingerprint(public_key)
        if fields.get("fingerprint") != fingerprint:
            self.problem(PUBLIC_KEY, "fingerprint does not match the public key")
        signature_text = self.text(SIGNATURE)
        signed = self.text(SIGNED_FILE)
        if signature_text is None or signed is None:
            return fingerprint
        signature = None
        if signature_text.endswith(b"\n"):
            signature = _base64(signature_text[:-1].decode("ascii", "replace"), 64)
        if signature is None:
            self.problem(SIGNATURE, "is not a base64 Ed25519 signature and a newline")
        elif not crypto.signature_is_valid(public_key, signed, signature):
            self.problem(SIGNATURE, "signature does not match the public key")
        return fingerprint


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, progress: Progress | None
) -> StreamHashes | str:
    """The entry's hashes, or a phrase saying why it could not be read."""
    relative = info.filename.split("/", 1)[1]
    try:
        with archive.open(info) as handle:
            return hash_stream(
                handle, declared_size=info.file_size, keep=relative in PARSED, progress=progress
            )
    except DeclaredSizeMismatch as mismatch:
        if mismatch.read > mismatch.declared:
            return "holds more bytes than the zip declares"
        return f"holds {mismatch.read} bytes, the zip declares {mismatch.declared}"
    except zipfile.BadZipFile as error:
        if "CRC" in str(error):
            return "fails the zip's CRC check"
        return "cannot be read from the zip"
    except (zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        return "cannot be read from the zip"


def _bag_info_problems(found: dict[str, str], payload_files: int, payload_bytes: int) -> list[str]:
    problems = []
    date = found.get("Bagging-Date")
    if date is not None and not _is_date(date):
        problems.append("Bagging-Date is not a YYYY-MM-DD date")
    oxum = found.get("Payload-Oxum")
    if oxum is not None:
        parsed = _OXUM.fullmatch(oxum)
        if parsed is None:
            problems.append("Payload-Oxum is not octets.streams")
        else:
            octets, streams = int(parsed.group(1)), int(parsed.group(2))
            if streams != payload_files:
                problems.append(f"Payload-Oxum says {streams} files, {payload_files} found")
            if octets != payload_bytes:
                problems.append(f"Payload-Oxum says {octets} bytes, {payload_bytes} found")
    if found.get("Bag-Count", "1 of 1") != "1 of 1":
        problems.append("Bag-Count is not 1 of 1")
    if found.get("Evidence-Profile", EVIDENCE_PROFILE) != EVIDENCE_PROFILE:
        problems.append(f"Evidence-Profile is not {EVIDENCE_PROFILE}")
    head = found.get("Audit-Log-Head-SHA256")
    if head is not None and not _SHA256_HEX.fullmatch(head):
        problems.append("Audit-Log-Head-SHA256 is not 64 hex digits")
    for label in ("External-Identifier", "Exhibit-Prefix"):
        if found.get(label) == "":
            problems.append(f"{label} is empty")
    return problems


def _may_list(relative: str, *, payload: bool) -> bool:
    if payload:
        return relative.startswith("data/")
    return not relative.startswith(("data/", "signature/", "tagmanifest-"))


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _base64(text: str, size: int) -> bytes | None:
    """The bytes of standard base64 text, if it is exactly that and decodes to `size` bytes."""
    try:
        decoded = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return decoded if len(decoded) == size else None


# -- tag file syntax (RFC 8493) ----------------------------------------------------------------


def _lines(text: str) -> list[str]:
    # Only CR, LF and CRLF end a line: str.splitlines would also split at U+2028 and others.
    lines = _LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def parse_labels(text: str) -> tuple[list[tuple[str, str]], list[int]]:
    """`Label: value` elements, continuation lines (indented) joined to the value before them;
    and the numbers of the lines that are neither (§2.2.2)."""
    elements: list[tuple[str, str]] = []
    bad_lines: list[int] = []
    for number, line in enumerate(_lines(text), start=1):
        if line[:1] in (" ", "\t"):
            if elements:
                label, value = elements[-1]
                continued = line.strip(" \t")
                elements[-1] = (label, f"{value} {continued}".strip())
            else:
                bad_lines.append(number)
            continue
        label, colon, value = line.partition(":")
        if not colon or not label or label != label.strip() or value[:1] not in (" ", "\t"):
            bad_lines.append(number)
            continue
        elements.append((label, value.strip(" \t")))
    return elements, bad_lines


def parse_manifest(text: str, algorithm: str) -> tuple[list[tuple[str, str]], list[int]]:
    """(checksum, path) per line, paths percent-decoded (§2.1.3); and the numbers of the lines
    that are not that. Blank lines are skipped."""
    entries: list[tuple[str, str]] = []
    bad_lines: list[int] = []
    for number, line in enumerate(_lines(text), start=1):
        if not line.strip():
            continue
        parsed = _MANIFEST_LINE.fullmatch(line)
        path = decode_path(parsed.group(2)) if parsed else None
        if parsed is None or path is None or len(parsed.group(1)) != HEX_DIGITS[algorithm]:
            bad_lines.append(number)
            continue
        entries.append((parsed.group(1), path))
    return entries, bad_lines


def decode_path(encoded: str) -> str | None:
    """A manifest's path with %0A, %0D and %25 decoded; None if it holds any other '%'."""
    bare = False

    def decode(match: re.Match[str]) -> str:
        nonlocal bare
        if match.group(1) is None:
            bare = True
            return "%"
        return _DECODED[match.group(1).lower()]

    decoded = _PERCENT.sub(decode, encoded)
    return None if bare else decoded
