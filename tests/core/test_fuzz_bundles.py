"""Hostile evidence bundles: any zip given to verify-bundle gets a report, never a crash;
importing one takes it whole or refuses it as the program's own error, leaving the notebook
as it was; nothing is ever written outside the notebook, whatever the zip's names say."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import stat
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from notebook import Notebook, crypto
from notebook.export.bundle import BundleOptions, build_bundle
from notebook.export.bundle_check import verify
from notebook.export.bundle_import import InvalidBundle, import_bundle
from notebook.model import Case, Evidence
from notebook.vault import BLOB_FOLDER
from tests.conftest import create_test_notebook
from tests.fuzzing import (
    DEEP_JSON,
    HOSTILE_TEXT,
    changed,
    changed_paths,
    dumps,
    fuzz_settings,
    json_mutated,
    judge,
    mutated,
    random_bytes,
    tree,
)

KEY = crypto.new_signing_key()  # someone else's: anyone can sign a bundle with a key of theirs


class Sent:
    """A real bundle, as bytes and as its bag's files."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
            self.bag = names[0].split("/", 1)[0]
            self.files = {name.split("/", 1)[1]: archive.read(name) for name in names}
        self.items = json.loads(self.files["evidence/items.json"])
        self.custody = [
            json.loads(line) for line in self.files["evidence/custody.jsonl"].splitlines()
        ]

    def __repr__(self) -> str:
        return f"Sent({self.bag})"


def _manifest(files: dict[str, bytes], algorithm: str) -> bytes:
    def encode(path: str) -> str:
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "".join(
        f"{hashlib.new(algorithm, data).hexdigest()} {encode(path)}\n"
        for path, data in sorted(files.items())
    ).encode()


def resigned(files: dict[str, bytes]) -> dict[str, bytes]:
    """The bag's manifests, tag manifests and signature made right again, under KEY: what
    anyone who edits a bundle and signs it as their own produces."""
    files = {k: v for k, v in files.items() if not k.startswith(("tagmanifest-", "signature/"))}
    payload = {k: v for k, v in files.items() if k.startswith("data/")}
    oxum = f"Payload-Oxum: {sum(map(len, payload.values()))}.{len(payload)}"
    info = files.get("bag-info.txt", b"").decode("utf-8", "replace").splitlines()
    info = [oxum if line.startswith("Payload-Oxum:") else line for line in info]
    files["bag-info.txt"] = ("\n".join(info) + "\n").encode()
    for algorithm in ("sha256", "sha512"):
        files[f"manifest-{algorithm}.txt"] = _manifest(payload, algorithm)
    tags = {k: v for k, v in files.items() if not k.startswith("data/")}
    for algorithm in ("sha256", "sha512"):
        files[f"tagmanifest-{algorithm}.txt"] = _manifest(tags, algorithm)
    public_key = crypto.public_key_of(KEY)
    files["signature/tagmanifest-sha512.txt.sig"] = (
        base64.b64encode(crypto.sign(KEY, files["tagmanifest-sha512.txt"])) + b"\n"
    )
    files["signature/public-key.txt"] = (
        "Algorithm: Ed25519\n"
        f"Public-Key: {base64.b64encode(public_key).decode()}\n"
        f"Fingerprint: {crypto.fingerprint(public_key)}\n"
        "Signed-File: tagmanifest-sha512.txt\n"
    ).encode()
    return files


def zipped(files: dict[str, bytes], bag: str, *, names: dict[str, str] | None = None) -> bytes:
    """A zip of the bag; `names` puts an entry under another name in the zip, as it is."""
    target = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are meant
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr((names or {}).get(name, f"{bag}/{name}"), data)
    return target.getvalue()


def make_sent(folder: Path) -> Sent:
    """A defender's notebook with two exhibits in `folder`, and the bundle it makes."""
    with create_test_notebook(folder / "defender.casenotebook") as defender:
        case = defender.add(Case(title="Case", reference="KR-1", exhibit_prefix="KR"))
        for name, data in (("photo.jpg", b"\xff\xd8 photo"), ("letter.txt", b"letter\n" * 50)):
            (folder / name).write_bytes(data)
            defender.import_evidence(
                folder / name, Evidence(case_id=case.id, title=name), actor="defender"
            )
        build_bundle(defender, case.id, folder / "bundle.zip", BundleOptions(actor="defender"))
    return Sent((folder / "bundle.zip").read_bytes())


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    return make_sent(tmp_path_factory.mktemp("defender"))


class Lawyer:
    """The notebook that imports, in a room of its own where the zips are put."""

    def __init__(self, room: Path, notebook: Notebook) -> None:
        self.room = room
        self.notebook = notebook

    def __repr__(self) -> str:
        return "Lawyer()"

    def state(self) -> tuple[int, int, list[str]]:
        # Files only: an empty blobs/xx folder a refused import leaves names nothing of its
        # (random, never committed) blob id, and goes at the next writable open.
        folder = self.notebook.vault.folder / BLOB_FOLDER
        blobs = sorted(p.name for p in folder.rglob("*") if p.is_file())
        return self.notebook.count(), len(self.notebook.audit.entries()), blobs

    def take(self, data: bytes) -> tuple[Any, Any]:
        """verify and import_bundle on a zip of `data`: their outcomes. Checks that a refused
        import changed nothing and that nothing outside the notebook folder changed."""
        bundle = self.room / "bundle.zip"
        bundle.write_bytes(data)
        folder = (self.notebook.vault.folder.name,)
        before, state = tree(self.room, skip=folder), self.state()
        checked = judge(lambda: verify(bundle))
        assert checked.worked, "verify gives a report for any file"
        assert changed_paths(before, tree(self.room, skip=folder)) == set(), "verify wrote"
        imported = judge(lambda: import_bundle(self.notebook, bundle, actor="lawyer"))
        assert changed_paths(before, tree(self.room, skip=folder)) == set()
        if not imported.worked:
            assert self.state() == state, "a refused bundle changed the notebook"
        else:
            assert checked.value.valid, "an invalid bundle was imported"
        return checked, imported


@pytest.fixture(scope="module")
def lawyer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lawyer]:
    room = tmp_path_factory.mktemp("lawyer")
    with create_test_notebook(room / "lawyer.casenotebook") as notebook:
        yield Lawyer(room, notebook)


def test_the_real_bundle_verifies_and_imports(sent: Sent, lawyer: Lawyer) -> None:
    checked, imported = lawyer.take(sent.data)
    assert checked.value.valid and imported.worked


def test_the_same_bundle_signed_by_another_key_verifies_and_imports(
    sent: Sent, lawyer: Lawyer
) -> None:
    checked, imported = lawyer.take(zipped(resigned(sent.files), sent.bag))
    assert checked.value.valid and imported.worked


# -- the zip's bytes --------------------------------------------------------------------------


@fuzz_settings(60)
@given(data=st.data())
def test_a_damaged_zip_gets_a_report_and_is_imported_whole_or_not_at_all(
    sent: Sent, lawyer: Lawyer, data: st.DataObject
) -> None:
    lawyer.take(data.draw(changed(sent.data)))


@fuzz_settings(30)
@given(noise=random_bytes(b"PK\x03\x04"))
def test_noise_gets_a_report_and_is_never_imported(lawyer: Lawyer, noise: bytes) -> None:
    checked, imported = lawyer.take(noise)
    assert not checked.value.valid
    assert isinstance(imported.error, InvalidBundle)


# -- the zip's entries ------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../escaped",
    "{bag}/../../escaped",
    "/tmp/escaped",
    "C:\\escaped",
    "{bag}/data\\..\\..\\escaped",
    "{bag}/~/escaped",
    "{bag}/data//escaped",
    "{bag}/./data/escaped",
    "{bag}/data/escaped:stream",
    "{bag}/data/bell\x07",
    "{bag}/data/a\x00b",
    "escaped",
    "other-bag/{name}",
    "{bag}/DATA/{name}",
]


@st.composite
def hostile_entries(draw: st.DrawFn, sent: Sent) -> bytes:
    """The bag with one entry under a hostile name, or made a link, a folder, a bomb, or twice."""
    files = dict(sent.files)
    name = draw(st.sampled_from(sorted(files)))
    # (An encrypted entry cannot be written with zipfile: test_bundle_check makes one by hand.)
    kind = draw(st.sampled_from(["rename", "link", "twice", "folder", "bomb"]))
    target = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for each, content in files.items():
                info = zipfile.ZipInfo(f"{sent.bag}/{each}")
                info.compress_type = zipfile.ZIP_DEFLATED
                if each == name:
                    if kind == "rename":
                        pattern = draw(st.sampled_from(HOSTILE_NAMES))
                        info = zipfile.ZipInfo(pattern.format(bag=sent.bag, name=each))
                    elif kind == "link":
                        info.external_attr = (stat.S_IFLNK | 0o777) << 16
                        content = b"../../../../escaped"
                    elif kind == "twice":
                        archive.writestr(info, content)
                    elif kind == "folder":
                        archive.writestr(zipfile.ZipInfo(f"{sent.bag}/{each}/"), b"")
                    else:
                        content = b"\x00" * (3 << 20)
                archive.writestr(info, content)
    return target.getvalue()


@fuzz_settings(30)
@given(data=st.data())
def test_entries_with_hostile_names_or_kinds_are_refused_and_nothing_lands_outside(
    sent: Sent, lawyer: Lawyer, data: st.DataObject
) -> None:
    zip_bytes = data.draw(hostile_entries(sent))
    checked, imported = lawyer.take(zip_bytes)
    assert not checked.value.valid
    assert not (lawyer.room.parent / "escaped").exists()
    assert not (lawyer.room / "escaped").exists()
    if imported.worked:  # only what is harmless passes: a stored bomb of zeros that hashes wrong
        pytest.fail("a bundle with a hostile entry was imported")


# -- what the bag says, signed by whoever edited it ---------------------------------------------


@fuzz_settings(40)
@given(data=st.data())
@example(data=None)
def test_items_json_with_odd_values_signed_anew_is_imported_or_refused_as_our_error(
    sent: Sent, lawyer: Lawyer, data: st.DataObject | None
) -> None:
    files = dict(sent.files)
    if data is None:  # nested past Python's recursion limit
        files["evidence/items.json"] = DEEP_JSON
    else:
        files["evidence/items.json"] = dumps(data.draw(json_mutated(sent.items, edits=3)))
    checked, _imported = lawyer.take(zipped(resigned(files), sent.bag))
    assert checked.value.valid


@st.composite
def custody_lines(draw: st.DrawFn, sent: Sent) -> bytes:
    kind = draw(st.sampled_from(["odd", "bytes", "deep", "not json"]))
    if kind == "odd":
        lines = draw(json_mutated(sent.custody, edits=3))
        if isinstance(lines, list):
            return b"".join(dumps(line) + b"\n" for line in lines)
        return dumps(lines)
    if kind == "deep":
        return DEEP_JSON + b"\n"
    if kind == "not json":
        return draw(st.sampled_from([b"{\n", b"[1, 2]\n", b'"text"\n', b"null\n", b"\xff\xfe\n"]))
    return draw(mutated(sent.files["evidence/custody.jsonl"]))


@fuzz_settings(40)
@given(data=st.data())
@example(data=None)
def test_a_custody_log_with_odd_lines_signed_anew_is_imported_or_refused_as_our_error(
    sent: Sent, lawyer: Lawyer, data: st.DataObject | None
) -> None:
    files = dict(sent.files)
    if data is None:
        files["evidence/custody.jsonl"] = b"{not json\n"
    else:
        files["evidence/custody.jsonl"] = data.draw(custody_lines(sent))
    checked, _imported = lawyer.take(zipped(resigned(files), sent.bag))
    assert checked.value.valid


LABELS = ("External-Identifier", "Exhibit-Prefix", "Bagging-Date", "Payload-Oxum", "Bag-Count")


@fuzz_settings(25)
@given(
    label=st.sampled_from(LABELS),
    value=st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=30)),
)
def test_bag_info_with_odd_values_signed_anew_is_imported_or_refused_as_our_error(
    sent: Sent, lawyer: Lawyer, label: str, value: str
) -> None:
    lines = sent.files["bag-info.txt"].decode().splitlines()
    lines = [f"{label}: {value}" if line.startswith(f"{label}:") else line for line in lines]
    files = {**sent.files, "bag-info.txt": ("\n".join(lines) + "\n").encode("utf-8", "replace")}
    lawyer.take(zipped(resigned(files), sent.bag))


@fuzz_settings(15)
@given(data=st.data())
def test_a_changed_exhibit_signed_anew_is_refused_by_the_hashes_items_json_gives(
    sent: Sent, lawyer: Lawyer, data: st.DataObject
) -> None:
    exhibits = sorted(name for name in sent.files if name.startswith("data/exhibits/"))
    name = data.draw(st.sampled_from(exhibits))
    files = {**sent.files, name: data.draw(changed(sent.files[name]))}
    checked, imported = lawyer.take(zipped(resigned(files), sent.bag))
    assert checked.value.valid
    assert not imported.worked


def test_an_entry_whose_name_begins_with_a_nul_is_refused_not_a_crash(
    sent: Sent, lawyer: Lawyer
) -> None:
    # zipfile cuts a name at its first NUL: at the first byte that left "", on which
    # ZipInfo.is_dir() raised IndexError. Found by fuzz/fuzz_bundle.py.
    placeholder = f"{sent.bag}/data/exhibits/KR-1/photo.jpg"
    data = zipped(sent.files, sent.bag)
    assert data.count(placeholder.encode()) == 2  # its local header and the central directory
    data = data.replace(placeholder.encode(), b"\x00" + placeholder.encode()[1:])
    checked, imported = lawyer.take(data)
    assert "control character in the name" in {p.problem for p in checked.value.problems}
    assert isinstance(imported.error, InvalidBundle)
