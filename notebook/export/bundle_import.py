"""Taking an evidence bundle into a notebook: the exhibits with their hashes, marks and history.

A lawyer receiving a defender's bundle keeps working in a notebook of their own. The bundle is
verified whole first (its manifests, tag manifests and signature): one problem and nothing is
taken. Each exhibit is then streamed from the zip into the notebook's encrypted store, refused
unless it hashes as the bundle says, and keeps its exhibit mark; the custody history it brings
is recorded as "prior" events, then its intake, which names the bundle and the signing key.
All items go in together or none do.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notebook import vocabularies
from notebook.errors import InvalidInput
from notebook.evidence import PriorEvent, blob_path
from notebook.export.bundle_check import BundleReport, parse_labels, verify
from notebook.export.safe_zip import DEFAULT_LIMITS, Limits
from notebook.model import Case, Evidence
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook


class InvalidBundle(InvalidInput):
    """A bundle that did not verify; `report` holds its problems, by path."""

    def __init__(self, report: BundleReport) -> None:
        self.report = report
        super().__init__(
            f"the bundle did not verify: {len(report.problems)} problem(s); nothing was imported",
            field="bundle",
        )


@dataclass(frozen=True)
class ImportedBundle:
    case_id: str
    bag: str
    fingerprint: str  # of the key that signed it: confirm it with the sender
    exhibits: list[tuple[str, str]]  # (exhibit mark, new record id)


def import_bundle(
    notebook: Notebook,
    path: Path,
    *,
    actor: str,
    case_id: str = "",
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> ImportedBundle:
    """Verify the bundle, then take its exhibits into `case_id` (else a new case named after
    the bundle's External-Identifier)."""
    report = verify(Path(path), limits=limits)
    if not report.valid:
        raise InvalidBundle(report)
    with zipfile.ZipFile(path) as archive:
        bag = report.bag
        labels = dict(parse_labels(archive.read(f"{bag}/bag-info.txt").decode("utf-8"))[0])
        names = set(archive.namelist())
        items = _items(archive.read(f"{bag}/evidence/items.json"), bag, names)
        history = _history(archive.read(f"{bag}/evidence/custody.jsonl"))
        if case_id and not isinstance(notebook.get(case_id), Case):
            raise InvalidInput("that id is not a case", field="case")
        taken = set(notebook.exhibit_refs(case_id)) if case_id else set()
        clashes = sorted(item["exhibit_mark"] for item in items if item["exhibit_mark"] in taken)
        if clashes:
            raise InvalidInput(
                f"the case already has exhibits marked {', '.join(clashes)}", field="case"
            )
        received = f"received in bundle {bag}, signed by key {report.fingerprint}"
        imported: list[tuple[str, str]] = []
        new_blobs: list[str] = []
        try:
            with notebook.transaction():
                if not case_id:
                    case_id = _new_case(notebook, labels)
                for item in items:
                    if progress is not None:
                        progress.check()
                    info = archive.getinfo(f"{bag}/{item['path']}")
                    with archive.open(info) as reader:
                        stored = notebook.import_stream(
                            reader,
                            _record(case_id, item),
                            size=info.file_size,
                            original_name=item.get("original_name") or Path(item["path"]).name,
                            actor=actor,
                            purpose=received,
                            expected=(item["sha256"], item["sha512"]),
                            history=history.get(item["id"], []),
                        )
                    stored_file = notebook.evidence_file(stored.id)
                    if stored_file is not None:
                        new_blobs.append(stored_file.blob_id)
                    imported.append((stored.exhibit_ref, stored.id))
        except BaseException:
            # The rows went with the transaction; the blobs of the items taken before the one
            # that failed are on disk already, and must go too (as receiving a package does).
            for blob_id in new_blobs:
                blob_path(notebook, blob_id).unlink(missing_ok=True)
            raise
    return ImportedBundle(case_id, bag, report.fingerprint, imported)


_ITEM_KEYS = ("id", "path", "sha256", "sha512", "exhibit_mark")
# What `_record` and the intake read besides: text when present, as the bundle writer makes it.
_TEXT_KEYS = (
    "title",
    "description",
    "evidence_kind",
    "confidentiality_code",
    "source",
    "acquired_on",
    "acquired_how",
    "acquired_by",
    "original_name",
)


def _items(data: bytes, bag: str, names: set[str]) -> list[dict[str, Any]]:
    """The items a bundle describes, each naming a payload file it holds; a bundle whose
    items.json says otherwise (made by an older version or another tool) is refused."""
    try:
        items = json.loads(data.decode("utf-8"))["items"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise InvalidInput(
            "the bundle's evidence/items.json cannot be read", field="bundle"
        ) from None
    if not isinstance(items, list):
        raise InvalidInput("the bundle's evidence/items.json lists no items", field="bundle")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(key), str) for key in _ITEM_KEYS
        ):
            raise InvalidInput(
                f"item {number} of the bundle's items.json lacks one of: {', '.join(_ITEM_KEYS)}",
                field="bundle",
            )
        if not item["path"].startswith("data/") or f"{bag}/{item['path']}" not in names:
            raise InvalidInput(
                f"item {number} of the bundle's items.json names no file of the bundle",
                field="bundle",
            )
        if any(not isinstance(item.get(key, ""), str) for key in _TEXT_KEYS):
            raise InvalidInput(
                f"item {number} of the bundle's items.json holds a value that is not text",
                field="bundle",
            )
    return items


def _new_case(notebook: Notebook, labels: dict[str, str]) -> str:
    identifier = labels.get("External-Identifier", "")
    prefix = labels.get("Exhibit-Prefix", "")
    case = notebook.add(
        Case(
            title=f"Evidence bundle {identifier}".strip(),
            reference="" if identifier == "none" else identifier,
            exhibit_prefix="" if prefix == "none" else prefix,
        )
    )
    return case.id


def _record(case_id: str, item: dict[str, Any]) -> Evidence:
    kind = item.get("evidence_kind", "other")
    confidentiality = item.get("confidentiality_code", "confidential")
    return Evidence(
        case_id=case_id,
        title=item.get("title") or item["exhibit_mark"] or "Exhibit",
        description=item.get("description", ""),
        evidence_kind=kind if kind in vocabularies.load("evidence_kinds") else "other",
        source=item.get("source", ""),
        acquired_on=item.get("acquired_on", ""),
        acquired_how=item.get("acquired_how", ""),
        acquired_by=item.get("acquired_by", ""),
        exhibit_ref=item.get("exhibit_mark", ""),
        confidentiality=(
            confidentiality
            if confidentiality in vocabularies.load("confidentiality")
            else "confidential"
        ),
    )


def _history(data: bytes) -> dict[str, list[PriorEvent]]:
    """The custody lines of each item, as events that happened before it came here."""
    found: dict[str, list[PriorEvent]] = {}
    unreadable = InvalidInput("the bundle's evidence/custody.jsonl cannot be read", field="bundle")
    try:
        events = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise unreadable from None
    for event in events:
        if not isinstance(event, dict) or not isinstance(event.get("id"), str):
            raise unreadable
        what = f"{event.get('event', '')} {event.get('at', '')}: {event.get('purpose', '')}"
        found.setdefault(event["id"], []).append(
            PriorEvent(
                event="prior",
                actor=str(event.get("actor", "")),
                purpose=what,
                sha256=str(event.get("sha256", "")),
            )
        )
    return found
