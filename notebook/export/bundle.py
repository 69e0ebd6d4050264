"""Evidence bundles: a case's exhibits, documents and custody as a signed, zipped BagIt bag.

The bag (RFC 8493) can be checked by anyone with common tools: every payload file is listed
with its SHA-256 and SHA-512, the tag files with theirs, and the notebook's Ed25519 key signs
the tag manifest. Exhibits are decrypted straight into the zip, a chunk at a time, so memory
stays bounded whatever their size; the zip is written beside the destination under a hidden
name and renamed only when whole, so a failure or a cancel leaves nothing at the destination.
The zip is reproducible: entries in a fixed order with one fixed time, nothing about the
machine or the user inside unless the user typed it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from notebook import crypto, datetext, writes
from notebook.errors import InvalidInput
from notebook.export import chronology, exhibits, wording
from notebook.export.document import (
    FIXED_ZIP_TIME,
    clean,
    open_template,
    page_footer,
    set_language,
    set_properties,
    to_bytes,
)
from notebook.export.facts import (
    CaseFacts,
    Exhibit,
    Withheld,
    gather,
    withheld_kind,
    withheld_reason,
)
from notebook.export.files import atomic_output
from notebook.export.profiles import (
    PROFILES,
    ExportOptions,
    UnsupportedLanguage,
    common_languages,
    document_bytes,
)
from notebook.model import Evidence
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook

EVIDENCE_PROFILE = "case-notebook-evidence-bundle/1"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
ALGORITHMS = ("sha256", "sha512")
# The profiles a bundle may carry under data/statements/ (the chronology and the schedule
# of exhibits are always in it, in their own places).
STATEMENT_PROFILES = tuple(name for name in PROFILES if name not in ("chronology", "exhibits"))
MAX_NAME_CHARS = 120
FLUSH_EVERY = 16 * 1024 * 1024  # bytes of exhibit between early flushes to the disk
# Controls (C0 and C1: U+009B can act as a terminal escape), separators, characters Windows
# refuses, and "%" (the Library of Congress's bagit tool does not decode %25 in manifests).
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|%\u202a-\u202e\u2066-\u2069]')
_UNSAFE_BAG_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def languages(*statements: str) -> tuple[str, ...]:
    """The languages a bundle carrying `statements` can be made in: those of its index,
    chronology and schedule, and of every statement in it."""
    own = wording.languages_with("bundle-index")
    return tuple(
        language
        for language in common_languages(("chronology", "exhibits", *statements))
        if language in own
    )


@dataclass(frozen=True, kw_only=True)
class BundleOptions:
    redact: bool = True
    statements: tuple[str, ...] = ()  # profiles for data/statements/, from STATEMENT_PROFILES
    exhibits: tuple[str, ...] | None = None  # evidence record ids; None: every stored file
    documents: ExportOptions = field(default_factory=ExportOptions)  # language, witness …
    prepared_by: str = ""  # printed in the index and bag-info only if given
    actor: str = ""  # who made it, for the notebook's own custody log (not the bundle)


@dataclass(frozen=True)
class BundleResult:
    path: Path
    bag: str
    payload_files: int
    payload_bytes: int
    exhibits: list[str]  # marks included
    withheld: list[Withheld]
    fingerprint: str


@dataclass
class _Entry:
    """One payload file: where it goes and where its bytes come from."""

    path: str  # relative to the bag: data/…
    data: bytes | None = None  # built in memory (documents, CSV)
    exhibit: Exhibit | None = None  # or streamed from the notebook
    compress: bool = True

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.exhibit.size  # type: ignore[union-attr]


def build_bundle(
    notebook: Notebook,
    case_id: str,
    destination: Path,
    options: BundleOptions = BundleOptions(),
    *,
    progress: Progress | None = None,
    today: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> BundleResult:
    """Write the case's evidence bundle to `destination` (a .zip), whole or not at all."""
    destination = Path(destination)
    for profile in options.statements:
        if profile not in STATEMENT_PROFILES:
            raise InvalidInput(
                f"a bundle's statements are chosen from: {', '.join(STATEMENT_PROFILES)}",
                field="include",
            )
    language = options.documents.language
    supported = languages(*options.statements)
    if language not in supported:
        raise UnsupportedLanguage("bundle", language, supported)
    facts = gather(notebook, case_id, redact=options.redact, language=language, progress=progress)
    documents = replace(options.documents, redact=options.redact)  # one redaction choice
    included, withheld = _choose_exhibits(notebook, facts, options)
    bag = _bag_name(facts)
    public_key = notebook.signing_public_key()
    fingerprint = crypto.fingerprint(public_key)
    bagging_date = today().astimezone(UTC).strftime("%Y-%m-%d")

    entries = [
        _Entry("data/index.docx"),  # filled last of the documents: it lists the others
        *[
            _Entry(f"data/statements/{profile}.docx", document_bytes(facts, profile, documents))
            for profile in options.statements
        ],
        _Entry("data/chronology/chronology.docx", document_bytes(facts, "chronology", documents)),
        _Entry("data/chronology/chronology.csv", chronology.csv_bytes(facts)),
        _Entry("data/schedule_of_exhibits.csv", exhibits.csv_bytes(_only(facts, included))),
    ]
    taken = {entry.path.casefold() for entry in entries}
    for exhibit in included:
        path = _unique(f"data/exhibits/{_exhibit_folder(exhibit)}/{_file_name(exhibit)}", taken)
        entries.append(_Entry(path, exhibit=exhibit, compress=False))
    entries[0].data = _index(facts, entries, included, withheld, fingerprint, bagging_date, options)

    if progress is not None:
        progress.total = sum(entry.size for entry in entries)
        progress.done = 0

    @contextlib.contextmanager
    def logged() -> Iterator[None]:
        """The custody events of the bundle, committed only if it takes its name."""
        with notebook.transaction():
            notebook.record_exports(
                [exhibit.record_id for exhibit in included],
                actor=options.actor,
                purpose=f"evidence bundle {bag}",
            )
            yield

    with atomic_output(destination, what=writes.BUNDLE_FILE, logged=logged) as stream:
        payload_bytes = _write_zip(
            stream, notebook, bag, entries, facts, included, withheld, fingerprint,
            public_key, bagging_date, options, progress,
        )  # fmt: skip
    return BundleResult(
        path=destination,
        bag=bag,
        payload_files=len(entries),
        payload_bytes=payload_bytes,
        exhibits=[exhibit.mark for exhibit in included],
        withheld=withheld,
        fingerprint=fingerprint,
    )


# -- choosing and naming ----------------------------------------------------------------------


def _choose_exhibits(
    notebook: Notebook, facts: CaseFacts, options: BundleOptions
) -> tuple[list[Exhibit], list[Withheld]]:
    """The exhibits with a stored file that go in; redacted, those that identify a protected
    person stay out and are listed as withheld."""
    wanted = None if options.exhibits is None else set(options.exhibits)
    known = {exhibit.record_id for exhibit in facts.exhibits}
    unknown = (wanted or set()) - known
    if unknown:
        raise InvalidInput("an exhibit chosen is not evidence of this case", field="exhibits")
    included, withheld = [], list(facts.withheld)
    for exhibit in facts.exhibits:
        if wanted is not None and exhibit.record_id not in wanted:
            continue
        if not exhibit.sha256:
            continue  # kept elsewhere: described in the schedule, nothing to bundle
        record = notebook.get(exhibit.record_id)
        if options.redact and isinstance(record, Evidence) and record.identifies_protected:
            withheld.append(
                Withheld(
                    "exhibit",
                    exhibit.mark or exhibit.title,
                    "identifies a protected person",
                    "identifies-protected",
                )
            )
            continue
        included.append(exhibit)
    return included, withheld


def _only(facts: CaseFacts, included: list[Exhibit]) -> CaseFacts:
    """The facts with only the exhibits that are in the bundle, for its schedule."""
    ids = {exhibit.record_id for exhibit in included}
    kept = [item for item in facts.exhibits if item.record_id in ids or not item.sha256]
    return replace(facts, exhibits=kept)


def _bag_name(facts: CaseFacts) -> str:
    """The bag's folder: the case reference made safe for every file system."""
    name = _UNSAFE_BAG_NAME.sub("-", facts.case.reference).strip("-.")
    return f"{name}-evidence" if name else "evidence-bundle"


def _exhibit_folder(exhibit: Exhibit) -> str:
    """KR/1 → KR-1; an item without a mark goes under its record's id."""
    mark = _UNSAFE_BAG_NAME.sub("-", exhibit.mark).strip("-.")
    return mark or f"unmarked-{exhibit.record_id[:8]}"


def _file_name(exhibit: Exhibit) -> str:
    """The original name as received (already redacted), normalised and made safe."""
    name = unicodedata.normalize("NFC", clean(exhibit.original_name)).strip()
    name = _UNSAFE_NAME.sub("_", name).lstrip(".~ ") or "file"
    if len(name) > MAX_NAME_CHARS:
        _stem, dot, suffix = name.rpartition(".")
        keep = suffix if dot and len(suffix) <= 10 else ""
        name = name[: MAX_NAME_CHARS - len(keep) - 1] + ("." + keep if keep else "")
    return name


def _unique(path: str, taken: set[str]) -> str:
    """The path, or "name (2).ext" … when another file already has it (compared as Windows
    and macOS would, ignoring case)."""
    candidate, number = path, 1
    while candidate.casefold() in taken:
        number += 1
        folder, _, name = path.rpartition("/")
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem} ({number}).{suffix}" if dot and stem else f"{name} ({number})"
        candidate = f"{folder}/{name}"
    taken.add(candidate.casefold())
    return candidate


# -- writing the zip --------------------------------------------------------------------------


def _write_zip(
    stream: BinaryIO,
    notebook: Notebook,
    bag: str,
    entries: list[_Entry],
    facts: CaseFacts,
    included: list[Exhibit],
    withheld: list[Withheld],
    fingerprint: str,
    public_key: bytes,
    bagging_date: str,
    options: BundleOptions,
    progress: Progress | None,
) -> int:
    """The whole bag into an open file; returns the payload's size in bytes."""
    manifests: dict[str, list[tuple[str, str]]] = {algorithm: [] for algorithm in ALGORITHMS}
    payload_bytes = 0
    early_flush = _EarlyFlush(stream.fileno())
    with zipfile.ZipFile(stream, "w", allowZip64=True) as archive:
        for entry in entries:
            if progress is not None:
                progress.check()
            info = _zip_info(f"{bag}/{entry.path}", compress=entry.compress)
            if entry.data is not None:
                archive.writestr(info, entry.data)
                digests = {a: hashlib.new(a, entry.data).hexdigest() for a in ALGORITHMS}
            else:
                assert entry.exhibit is not None
                offset = payload_bytes
                with archive.open(info, "w", force_zip64=True) as target:
                    stored = notebook.stream_evidence(
                        entry.exhibit.record_id,
                        _FlushingWriter(target, stream, early_flush),
                        progress=progress.part(offset) if progress is not None else None,
                    )
                # stream_evidence checked the bytes against these: they are what was written.
                digests = {"sha256": stored.sha256, "sha512": stored.sha512}
                stream.flush()
                early_flush.start()
            for algorithm in ALGORITHMS:
                manifests[algorithm].append((digests[algorithm], entry.path))
            payload_bytes += entry.size
            if progress is not None:
                progress.done = payload_bytes

        tag_files: dict[str, bytes] = {"bagit.txt": BAGIT_TXT}
        tag_files["bag-info.txt"] = _bag_info(
            facts, payload_bytes, len(entries), bagging_date, notebook.audit.head(), options
        )
        for algorithm in ALGORITHMS:
            tag_files[f"manifest-{algorithm}.txt"] = _manifest(manifests[algorithm])
        paths = {e.exhibit.record_id: e.path for e in entries if e.exhibit is not None}
        tag_files["evidence/items.json"] = _items_json(notebook, included, withheld, paths)
        tag_files["evidence/custody.jsonl"] = _custody_jsonl(notebook, included, facts)
        tag_files["evidence/audit-head.txt"] = (notebook.audit.head() + "\n").encode()
        for algorithm in ALGORITHMS:
            lines = [
                (hashlib.new(algorithm, data).hexdigest(), name)
                for name, data in sorted(tag_files.items())
                if not name.startswith("tagmanifest-")
            ]
            tag_files[f"tagmanifest-{algorithm}.txt"] = _manifest(lines)
        signed = tag_files["tagmanifest-sha512.txt"]
        tag_files["signature/tagmanifest-sha512.txt.sig"] = (
            base64.b64encode(notebook.sign(signed)) + b"\n"
        )
        tag_files["signature/public-key.txt"] = (
            "Algorithm: Ed25519\n"
            f"Public-Key: {base64.b64encode(public_key).decode()}\n"
            f"Fingerprint: {fingerprint}\n"
            "Signed-File: tagmanifest-sha512.txt\n"
        ).encode()
        for name in sorted(tag_files):
            archive.writestr(_zip_info(f"{bag}/{name}", compress=True), tag_files[name])
    early_flush.wait()
    return payload_bytes


def _zip_info(name: str, *, compress: bool) -> zipfile.ZipInfo:
    # One fixed time and plain permissions: the zip says nothing of when or on what it was made.
    info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    info.create_system = 3
    return info


class _FlushingWriter:
    """Passes writes to a zip entry, and every FLUSH_EVERY bytes starts an early flush."""

    def __init__(self, target: BinaryIO, stream: BinaryIO, early_flush: _EarlyFlush) -> None:
        self._target = target
        self._stream = stream
        self._early_flush = early_flush
        self._unflushed = 0

    def write(self, data: bytes) -> int:
        written = self._target.write(data)
        self._unflushed += len(data)
        if self._unflushed >= FLUSH_EVERY:
            self._stream.flush()
            self._early_flush.start()
            self._unflushed = 0
        return written


class _EarlyFlush:
    """Starts pushing what is written so far to the disk on a second thread, while the next
    exhibit is decrypted: the final fsync then has little left to wait for. (Measured here:
    a 1 GiB bundle spent half a second in its final fsync with the disk idle until then.)"""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # one flush at a time: the next one will take what this one missed
        self._thread = threading.Thread(target=self._flush, name="bundle-flush", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _flush(self) -> None:
        # Only an early start: the final fsync, on the caller's thread, reports any failure.
        with contextlib.suppress(OSError):
            getattr(os, "fdatasync", os.fsync)(self._descriptor)


def _manifest(lines: list[tuple[str, str]]) -> bytes:
    # RFC 8493 §2.1.3: in a manifest only CR, LF and % are percent-encoded.
    def encode(path: str) -> str:
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "".join(
        f"{digest} {encode(path)}\n" for digest, path in sorted(lines, key=_by_path)
    ).encode()


def _by_path(line: tuple[str, str]) -> str:
    return line[1]


def _bag_info(
    facts: CaseFacts,
    payload_bytes: int,
    payload_files: int,
    bagging_date: str,
    audit_head: str,
    options: BundleOptions,
) -> bytes:
    labels = [
        ("External-Identifier", _one_line(facts.case.reference) or "none"),
        ("Bagging-Date", bagging_date),
        ("Payload-Oxum", f"{payload_bytes}.{payload_files}"),
        ("Bag-Count", "1 of 1"),
        ("Exhibit-Prefix", _one_line(facts.case.exhibit_prefix) or "none"),
        ("Evidence-Profile", EVIDENCE_PROFILE),
        ("Audit-Log-Head-SHA256", audit_head),
    ]
    if options.prepared_by.strip():
        labels.append(("Contact-Name", _one_line(facts.redactor.text(options.prepared_by))))
    return "".join(f"{label}: {value}\n" for label, value in labels).encode()


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


def _items_json(
    notebook: Notebook, included: list[Exhibit], withheld: list[Withheld], paths: dict[str, str]
) -> bytes:
    items = []
    for exhibit in included:
        stored = notebook.evidence_file(exhibit.record_id)
        record = notebook.get(exhibit.record_id)
        assert stored is not None and isinstance(record, Evidence)
        items.append(
            {
                "id": exhibit.record_id,
                "path": paths[exhibit.record_id],  # where its bytes are, in the bag
                "exhibit_mark": exhibit.mark,
                "title": exhibit.title,
                "description": exhibit.description,
                "kind": exhibit.kind,
                "evidence_kind": record.evidence_kind,  # the code, for a notebook to take in
                "confidentiality_code": record.confidentiality,
                "acquired_on": exhibit.date,
                "acquired_how": exhibit.acquired_how,
                "acquired_by": exhibit.acquired_by,
                "source": exhibit.source,
                "confidentiality": exhibit.confidentiality_text,
                "original_name": exhibit.original_name,
                "media_type": stored.media_type,
                "size": stored.size,
                "sha256": stored.sha256,
                "sha512": stored.sha512,
                "imported_at": stored.imported_at,
            }
        )
    document = {
        "evidence_profile": EVIDENCE_PROFILE,
        "items": items,
        "withheld": [
            {"kind": item.kind, "label": item.label, "reason": item.reason} for item in withheld
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def _custody_jsonl(notebook: Notebook, included: list[Exhibit], facts: CaseFacts) -> bytes:
    lines = []
    for exhibit in included:
        for event in notebook.custody(exhibit.record_id):
            lines.append(
                json.dumps(
                    {
                        "seq": event.seq,
                        "at": event.at,
                        "event": event.event,
                        "id": event.record_id,
                        "exhibit_mark": exhibit.mark,
                        "actor": facts.redactor.text(event.actor),
                        "purpose": facts.redactor.text(event.purpose),
                        "sha256": event.sha256,
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                )
            )
    return "".join(line + "\n" for line in lines).encode()


# -- the index document -----------------------------------------------------------------------


def _index(
    facts: CaseFacts,
    entries: list[_Entry],
    included: list[Exhibit],
    withheld: list[Withheld],
    fingerprint: str,
    bagging_date: str,
    options: BundleOptions,
) -> bytes:
    """data/index.docx: what the bundle holds, for which case, and how to check it, in the
    language the facts were gathered in."""
    words = facts.words
    document = open_template()
    document.add_paragraph(words.text("bundle-index", "title"), style="Title")
    case = document.add_paragraph()
    case.add_run(clean(facts.case.title)).bold = True
    if facts.case.reference:
        case.add_run("\n" + words.text("reference", reference=clean(facts.case.reference)))
    date = datetext.describe(bagging_date, facts.language)
    if options.prepared_by.strip():
        name = clean(facts.redactor.text(options.prepared_by))
        prepared = words.text("bundle-index", "prepared_by", date=date, name=name)
    else:
        prepared = words.text("bundle-index", "prepared", date=date)
    document.add_paragraph(prepared)
    document.add_paragraph(
        words.text("redacted") if facts.redacted else words.text("bundle-index", "not_redacted")
    )

    document.add_paragraph(words.text("bundle-index", "checking"), style="Heading 1")
    document.add_paragraph(words.text("bundle-index", "check"))
    key = document.add_paragraph()
    key.add_run(fingerprint).bold = True

    document.add_paragraph(words.text("bundle-index", "contents"), style="Heading 1")
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    headers = [words.text("bundle-index", "columns", key) for key in ("file", "what", "sha256")]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    for entry in entries[1:]:
        cells = table.add_row().cells
        cells[0].text = clean(entry.path)
        if entry.exhibit is not None:
            cells[1].text = clean(
                words.text(
                    "bundle-index", "exhibit", mark=entry.exhibit.mark, title=entry.exhibit.title
                )
            )
            cells[2].text = entry.exhibit.sha256
        else:
            name = entry.path.rsplit("/", 1)[-1]
            known = words.has("bundle-index", "files", name)
            cells[1].text = words.text(
                "bundle-index", *(("files", name) if known else ("document",))
            )
    if withheld:
        document.add_paragraph(words.text("bundle-index", "withheld"), style="Heading 1")
        for item in withheld:
            said = words.text(
                "bundle-index",
                "withheld_item",
                label=item.label,
                kind=withheld_kind(item, words),
                reason=withheld_reason(item, words),
            )
            document.add_paragraph(clean(said))
    page_footer(document, facts.case.reference, str(words("footer")))
    set_language(document, facts.language)
    title = words.text("bundle-index", "property_title", title=facts.case.title)
    set_properties(document, title=title, author="")
    return to_bytes(document)
