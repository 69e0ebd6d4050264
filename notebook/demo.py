"""Build the demo notebook from the case shipped in `resources/demo/`, through the public API."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from . import model
from .crypto import DEFAULT_KDF, KdfParams
from .errors import InvalidInput, NotebookError
from .notebook import Notebook
from .resources import resource_path

DEMO_FOLDER_NAME = "demo.casenotebook"
DATA_FILE = "case.json"
FORMAT = 1

# The order records are added in: people before the incidents that name them, incidents
# before the evidence and interviews that point at them.
_SECTIONS = (
    ("people", "person"),
    ("organisations", "organisation"),
    ("threats", "threat"),
    ("incidents", "incident"),
    ("interviews", "interview"),
    ("evidence", "evidence"),
)
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class BrokenDemo(NotebookError, ValueError):
    """The shipped demo data is missing or malformed; the message names the faulty part."""


def demo_dir() -> Path:
    """The folder of the demo's data: `case.json` and the files it names."""
    return resource_path("demo")


def demo_passphrase() -> str:
    """The demo's own passphrase: public, shown on the welcome screen."""
    return _passphrase(_load())


def build_demo(
    folder: Path | str,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    allow_weak_kdf_for_tests: bool = False,
    actor: str = "demo",
) -> Notebook:
    """Create the demo notebook at `folder` and fill it in one transaction; returns it open.

    The data is read and checked before anything is written; if filling fails anyway,
    the half-built notebook is removed, so the next attempt starts clean.
    """
    folder = Path(folder)
    data = _load()
    passphrase = _passphrase(data)
    files = _evidence_files(data)
    existed = folder.exists()
    notebook = Notebook.create(
        folder, passphrase, kdf=kdf, allow_weak_kdf_for_tests=allow_weak_kdf_for_tests
    )
    try:
        with notebook.transaction():
            _fill(notebook, data, files, actor=actor)
    except BaseException:
        notebook.close()
        shutil.rmtree(folder, ignore_errors=True)
        if existed:
            folder.mkdir()
        raise
    return notebook


# -- reading the data -------------------------------------------------------------------------


def _load() -> dict[str, Any]:
    path = demo_dir() / DATA_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BrokenDemo(f"the demo data is missing: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BrokenDemo(f"{path}: cannot be read as UTF-8 JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BrokenDemo(f"{path}: not demo data of format {FORMAT}")
    if not data.get("source"):
        raise BrokenDemo(f"{path}: the demo must cite its source")
    if not isinstance(data.get("case"), dict):
        raise BrokenDemo(f"{path}: 'case' must be an object")
    for section, _kind in _SECTIONS:
        items = data.get(section, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise BrokenDemo(f"{path}: {section!r} must be a list of objects")
    _check_keys(data)
    return data


def _check_keys(data: dict[str, Any]) -> None:
    seen: set[str] = set()
    for section, item in [("case", data["case"]), *_items(data)]:
        key = item.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            raise BrokenDemo(f"{section}: every item needs a key like 'kamil' (got {key!r})")
        if key in seen:
            raise BrokenDemo(f"{section}: the key {key!r} is used twice")
        seen.add(key)


def _items(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(section, item) for section, _kind in _SECTIONS for item in data.get(section, [])]


def _passphrase(data: dict[str, Any]) -> str:
    passphrase = data.get("passphrase")
    if not isinstance(passphrase, str) or len(passphrase.split()) != 6:
        raise BrokenDemo("the demo's passphrase must be six words")
    return passphrase


def _evidence_files(data: dict[str, Any]) -> dict[str, Path]:
    """key -> the file to import, for every evidence item and transcript; all must exist."""
    root = demo_dir().resolve()
    files = {}
    for section, item in _items(data):
        for name in ("file", "transcript_file"):
            if name not in item:
                continue
            path = (root / str(item[name])).resolve()
            if not path.is_relative_to(root) or not path.is_file():
                raise BrokenDemo(f"{section} {item['key']!r}: no file {item[name]!r} in {root}")
            files[f"{item['key']}.{name}"] = path
    return files


# -- filling the notebook ---------------------------------------------------------------------


def _fill(notebook: Notebook, data: dict[str, Any], files: dict[str, Path], *, actor: str) -> None:
    ids: dict[str, str] = {}
    case = _add(notebook, "case", data["case"], ids)
    for section, kind in _SECTIONS:
        for item in data.get(section, []):
            fields = dict(item)
            source = None
            if kind == "evidence":
                source = files.get(f"{item['key']}.file")
                fields.pop("file", None)
            if kind == "interview" and "transcript_file" in fields:
                fields.pop("transcript_file")
                fields["transcript"] = files[f"{item['key']}.transcript_file"].read_text(
                    encoding="utf-8"
                )
            fields["case_id"] = case
            _add(notebook, kind, fields, ids, source=source, actor=actor)
    for number, link in enumerate(data.get("links", [])):
        where = f"links[{number}]"
        if not isinstance(link, dict):
            raise BrokenDemo(f"{where}: a link is an object with from, to and kind")
        try:
            notebook.link(
                _id(ids, link.get("from"), where),
                _id(ids, link.get("to"), where),
                str(link.get("kind", "")),
                note=str(link.get("note", "")),
            )
        except InvalidInput as error:
            raise BrokenDemo(f"{where}: {error}") from None
    tags = data.get("tags", {})
    if not isinstance(tags, dict) or not all(isinstance(keys, list) for keys in tags.values()):
        raise BrokenDemo("'tags' must map each tag to a list of keys")
    for tag, keys in tags.items():
        for key in keys:
            try:
                notebook.tag(_id(ids, key, f"tag {tag!r}"), tag)
            except InvalidInput as error:
                raise BrokenDemo(f"tag {tag!r}: {error}") from None


def _add(
    notebook: Notebook,
    kind: str,
    item: dict[str, Any],
    ids: dict[str, str],
    *,
    source: Path | None = None,
    actor: str = "",
) -> str:
    key = item["key"]
    where = f"{kind} {key!r}"
    fields = {
        name: _id(ids, value, where) if name.endswith("_id") and name != "case_id" else value
        for name, value in item.items()
        if name != "key"
    }
    if "people" in fields:
        people = fields["people"]
        if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
            raise BrokenDemo(f"{where}: 'people' must be a list of objects")
        fields["people"] = [
            {**person, "person_id": _id(ids, person.get("person_id"), where)} for person in people
        ]
    try:
        record = model.from_data(kind, fields)
        if source is not None:
            assert isinstance(record, model.Evidence)
            stored = notebook.import_evidence(source, record, actor=actor)
        else:
            stored = notebook.add(record)
    except (InvalidInput, TypeError) as error:
        raise BrokenDemo(f"{where}: {error}") from None
    ids[key] = stored.id
    return stored.id


def _id(ids: dict[str, str], key: Any, where: str) -> str:
    try:
        return ids[key]
    except (KeyError, TypeError):
        raise BrokenDemo(f"{where}: no earlier item has the key {key!r}") from None
