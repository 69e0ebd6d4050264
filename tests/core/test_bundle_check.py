"""Checking evidence bundles: valid bags pass, each tampering is named, hostile zips are refused."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from notebook import crypto
from notebook.errors import Cancelled, NotFound
from notebook.export import bundle_check, safe_zip
from notebook.export.bundle_check import BundleReport, verify
from notebook.export.safe_zip import (
    DeclaredSizeMismatch,
    Limits,
    UnsafeArchive,
    hash_stream,
    safe_member_names,
)
from notebook.progress import Progress
from tests.core.test_cli import call, run_script

BAG = "KR-2019-07-evidence"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SIGNATURE = "signature/tagmanifest-sha512.txt.sig"
PUBLIC_KEY = "signature/public-key.txt"
PAYLOAD = {
    "data/index.docx": b"PK\x03\x04 an index, as Word would have it",
    "data/statements/witness.docx": b"PK\x03\x04 a witness statement",
    "data/exhibits/KR-1/photo.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
    "data/exhibits/KR-2/Заявление.pdf": b"%PDF-1.7 a complaint",
    "data/chronology/chronology.docx": b"PK\x03\x04 a chronology",
    "data/chronology/chronology.csv": "date,event\n2019-06-10,арест\n".encode(),
    "data/schedule_of_exhibits.csv": b"mark,title\nKR/1,photo\nKR/2,complaint\n",
}


# -- building bags by hand, independently of the writer ---------------------------------------


def manifest(files: dict[str, bytes], algorithm: str) -> bytes:
    def encode(path: str) -> str:
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "".join(
        f"{hashlib.new(algorithm, data).hexdigest()} {encode(path)}\n"
        for path, data in sorted(files.items())
    ).encode()


def bag_info(payload: dict[str, bytes], **changes: str) -> bytes:
    labels = {
        "External-Identifier": "KR-2019-07",
        "Bagging-Date": "2024-03-05",
        "Payload-Oxum": f"{sum(len(data) for data in payload.values())}.{len(payload)}",
        "Bag-Count": "1 of 1",
        "Exhibit-Prefix": "KR",
        "Evidence-Profile": "case-notebook-evidence-bundle/1",
        "Audit-Log-Head-SHA256": "ab" * 32,
        **changes,
    }
    return "".join(f"{label}: {value}\n" for label, value in labels.items()).encode()


def public_key_text(public_key: bytes, fingerprint: str | None = None) -> bytes:
    return (
        "Algorithm: Ed25519\n"
        f"Public-Key: {base64.b64encode(public_key).decode()}\n"
        f"Fingerprint: {fingerprint or crypto.fingerprint(public_key)}\n"
        "Signed-File: tagmanifest-sha512.txt\n"
    ).encode()


def seal(files: dict[str, bytes], key: bytes) -> dict[str, bytes]:
    """Tag manifests over the tag files, then the signature: what a writer does last."""
    files = {k: v for k, v in files.items() if not k.startswith(("tagmanifest-", "signature/"))}
    tags = {k: v for k, v in files.items() if not k.startswith("data/")}
    for algorithm in ("sha256", "sha512"):
        files[f"tagmanifest-{algorithm}.txt"] = manifest(tags, algorithm)
    files[SIGNATURE] = base64.b64encode(crypto.sign(key, files["tagmanifest-sha512.txt"])) + b"\n"
    files[PUBLIC_KEY] = public_key_text(crypto.public_key_of(key))
    return files


def bag_files(key: bytes, payload: dict[str, bytes] = PAYLOAD) -> dict[str, bytes]:
    files = {
        **payload,
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": bag_info(payload),
        "manifest-sha256.txt": manifest(payload, "sha256"),
        "manifest-sha512.txt": manifest(payload, "sha512"),
        "evidence/items.json": b'{"items": []}\n',
        "evidence/custody.jsonl": b"",
        "evidence/audit-head.txt": b"ab" * 32 + b"\n",
    }
    return seal(files, key)


def write_zip(path: Path, files: dict[str, bytes], *, bag: str = BAG) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{bag}/{name}" if bag else name, data)
    return path


def found(report: BundleReport) -> set[tuple[str, str]]:
    """The problems, paths relative to the bag where they are inside it."""
    prefix = f"{BAG}/"
    return {(p.path.removeprefix(prefix), p.problem) for p in report.problems}


@pytest.fixture(scope="module")
def key() -> bytes:
    return crypto.new_signing_key()


@pytest.fixture
def files(key: bytes) -> dict[str, bytes]:
    return bag_files(key)


@pytest.fixture
def bundle(tmp_path: Path, files: dict[str, bytes]) -> Path:
    return write_zip(tmp_path / "bundle.zip", files)


# -- a valid bag ------------------------------------------------------------------------------


def test_a_valid_bag_passes_and_reports_its_key_and_payload(bundle: Path, key: bytes) -> None:
    report = verify(bundle)
    assert report.problems == ()
    assert report.valid
    assert report.bag == BAG
    assert report.fingerprint == crypto.fingerprint(crypto.public_key_of(key))
    assert report.payload_files == len(PAYLOAD)
    assert report.payload_bytes == sum(len(data) for data in PAYLOAD.values())


def test_the_library_of_congress_validator_agrees_that_the_bag_is_valid(
    bundle: Path, tmp_path: Path
) -> None:
    bagit = pytest.importorskip("bagit")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "unpacked")
    bag = bagit.Bag(str(tmp_path / "unpacked" / BAG))
    bag.validate()
    assert set(bag.payload_files()) == set(PAYLOAD)


def test_the_library_of_congress_validator_also_refuses_a_changed_payload_byte(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    bagit = pytest.importorskip("bagit")
    files["data/index.docx"] = b"X" + files["data/index.docx"][1:]
    write_zip(tmp_path / "bundle.zip", files)
    assert not verify(tmp_path / "bundle.zip").valid
    with zipfile.ZipFile(tmp_path / "bundle.zip") as archive:
        archive.extractall(tmp_path / "unpacked")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(tmp_path / "unpacked" / BAG)).validate()


def test_stored_entries_and_folder_entries_are_fine(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    path = tmp_path / "stored.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(f"{BAG}/", b"")
        archive.writestr(f"{BAG}/data/", b"")
        for name, data in files.items():
            archive.writestr(f"{BAG}/{name}", data)
    assert verify(path).problems == ()


def test_a_continued_bag_info_line_is_read_as_one_value(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    files["bag-info.txt"] += b"Contact-Name: Aigul\n  Bekova\n"
    report = verify(write_zip(tmp_path / "b.zip", seal(files, key)))
    assert report.problems == ()
    assert bundle_check.parse_labels("A: one\n two\n\tthree\nB: x\n") == (
        [("A", "one two three"), ("B", "x")],
        [],
    )


# -- tampering, each named by path ------------------------------------------------------------


def test_a_changed_payload_byte_is_named(tmp_path: Path, files: dict[str, bytes]) -> None:
    name = "data/exhibits/KR-1/photo.jpg"
    files[name] = files[name][:100] + b"\x00" + files[name][101:]
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert found(report) == {(name, "sha256 does not match"), (name, "sha512 does not match")}
    assert not report.valid


def test_an_added_payload_file_is_named_and_the_oxum_disagrees(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    files["data/exhibits/KR-3/planted.pdf"] = b"%PDF planted"
    report = verify(write_zip(tmp_path / "b.zip", files))
    size = sum(len(data) for data in PAYLOAD.values())
    assert found(report) == {
        ("data/exhibits/KR-3/planted.pdf", "not listed in manifest-sha256.txt"),
        ("data/exhibits/KR-3/planted.pdf", "not listed in manifest-sha512.txt"),
        ("bag-info.txt", f"Payload-Oxum says {len(PAYLOAD)} files, {len(PAYLOAD) + 1} found"),
        ("bag-info.txt", f"Payload-Oxum says {size} bytes, {size + 12} found"),
    }


def test_a_removed_payload_file_is_named(tmp_path: Path, files: dict[str, bytes]) -> None:
    del files["data/statements/witness.docx"]
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert {
        ("data/statements/witness.docx", "listed in manifest-sha256.txt but missing"),
        ("data/statements/witness.docx", "listed in manifest-sha512.txt but missing"),
    } <= found(report)
    assert {path for path, _ in found(report)} == {"data/statements/witness.docx", "bag-info.txt"}


@pytest.mark.parametrize("name", ["bag-info.txt", "evidence/items.json", "bagit.txt"])
def test_a_changed_tag_file_is_named_by_the_tag_manifests(
    tmp_path: Path, files: dict[str, bytes], name: str
) -> None:
    files[name] = files[name].replace(b"KR", b"XX").replace(b"1.0", b"0.9").replace(b"[]", b"[1]")
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert {(name, "sha256 does not match"), (name, "sha512 does not match")} <= found(report)


def test_a_removed_manifest_line_is_named_even_when_the_tag_manifests_are_redone(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    lines = files["manifest-sha256.txt"].splitlines(keepends=True)
    files["manifest-sha256.txt"] = b"".join(line for line in lines if b"witness" not in line)
    report = verify(write_zip(tmp_path / "plain.zip", files))
    assert found(report) == {
        ("data/statements/witness.docx", "not listed in manifest-sha256.txt"),
        ("manifest-sha256.txt", "sha256 does not match"),
        ("manifest-sha256.txt", "sha512 does not match"),
    }

    # Someone who also redoes the tag manifests cannot sign them with the sender's key.
    forged = seal(files, key)
    forged[SIGNATURE] = files[SIGNATURE]
    report = verify(write_zip(tmp_path / "redone.zip", forged))
    assert found(report) == {
        ("data/statements/witness.docx", "not listed in manifest-sha256.txt"),
        (SIGNATURE, "signature does not match the public key"),
    }


def test_a_duplicate_manifest_line_is_named(tmp_path: Path, files: dict[str, bytes]) -> None:
    line = files["manifest-sha512.txt"].splitlines(keepends=True)[0]
    files["manifest-sha512.txt"] += line
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert ("data/chronology/chronology.csv", "listed twice in manifest-sha512.txt") in found(
        report
    )


def test_bag_info_values_are_checked(tmp_path: Path, files: dict[str, bytes], key: bytes) -> None:
    files["bag-info.txt"] = bag_info(
        PAYLOAD,
        **{"Bagging-Date": "05/03/2024", "Bag-Count": "1 of 2", "Audit-Log-Head-SHA256": "beef"},
    ).replace(b"Exhibit-Prefix: KR\n", b"no colon on this line\n")
    report = verify(write_zip(tmp_path / "b.zip", seal(files, key)))
    assert found(report) == {
        ("bag-info.txt", "line 5 is not 'Label: value'"),
        ("bag-info.txt", "no Exhibit-Prefix"),
        ("bag-info.txt", "Bagging-Date is not a YYYY-MM-DD date"),
        ("bag-info.txt", "Bag-Count is not 1 of 1"),
        ("bag-info.txt", "Audit-Log-Head-SHA256 is not 64 hex digits"),
    }


def test_a_byte_order_mark_in_bagit_txt_is_refused(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    files["bagit.txt"] = b"\xef\xbb\xbf" + BAGIT_TXT
    report = verify(write_zip(tmp_path / "b.zip", seal(files, key)))
    assert found(report) == {
        ("bagit.txt", "is not exactly the BagIt 1.0 declaration in UTF-8"),
    }


def test_missing_and_unexpected_tag_files_are_named(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    del files["evidence/custody.jsonl"]
    files["notes.txt"] = b"unsigned words beside the signed ones"
    files["evidence/extra.json"] = b"{}"
    report = verify(write_zip(tmp_path / "b.zip", seal(files, key)))
    assert found(report) == {
        ("evidence/custody.jsonl", "missing"),
        ("notes.txt", "not part of the bundle format"),
    }
    # evidence/extra.json is covered by the tag manifests that seal() made, so it passes.


def test_a_tag_file_left_out_of_the_tag_manifests_is_named(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    sealed = seal(files, key)
    sealed["evidence/late.json"] = b"{}"
    report = verify(write_zip(tmp_path / "b.zip", sealed))
    assert found(report) == {
        ("evidence/late.json", "not listed in tagmanifest-sha256.txt"),
        ("evidence/late.json", "not listed in tagmanifest-sha512.txt"),
    }


def test_a_tag_manifest_may_not_list_itself(tmp_path: Path, files: dict[str, bytes]) -> None:
    files["tagmanifest-sha256.txt"] += b"0" * 64 + b" tagmanifest-sha256.txt\n"
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert ("tagmanifest-sha256.txt", "must not be listed in tagmanifest-sha256.txt") in found(
        report
    )


# -- the signature ----------------------------------------------------------------------------


def test_a_signature_by_another_key_is_caught(tmp_path: Path, files: dict[str, bytes]) -> None:
    other = crypto.new_signing_key()
    signature = crypto.sign(other, files["tagmanifest-sha512.txt"])
    files[SIGNATURE] = base64.b64encode(signature) + b"\n"
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert found(report) == {(SIGNATURE, "signature does not match the public key")}


def test_an_edited_fingerprint_is_caught(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    public_key = crypto.public_key_of(key)
    files[PUBLIC_KEY] = public_key_text(public_key, fingerprint="0000 " * 9 + "0000")
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert found(report) == {(PUBLIC_KEY, "fingerprint does not match the public key")}


def test_a_replaced_public_key_does_not_match_the_signature(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    files[PUBLIC_KEY] = public_key_text(crypto.public_key_of(crypto.new_signing_key()))
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert found(report) == {(SIGNATURE, "signature does not match the public key")}


def test_a_bag_re_signed_whole_by_someone_else_shows_their_fingerprint_not_the_senders(
    tmp_path: Path, files: dict[str, bytes], key: bytes
) -> None:
    impostor = crypto.new_signing_key()
    files["data/index.docx"] = b"PK\x03\x04 another index"
    files["manifest-sha256.txt"] = manifest(
        {k: v for k, v in files.items() if k.startswith("data/")}, "sha256"
    )
    files["manifest-sha512.txt"] = manifest(
        {k: v for k, v in files.items() if k.startswith("data/")}, "sha512"
    )
    files["bag-info.txt"] = bag_info({k: v for k, v in files.items() if k.startswith("data/")})
    report = verify(write_zip(tmp_path / "b.zip", seal(files, impostor)))
    assert report.valid  # consistent in itself: only the fingerprint tells
    assert report.fingerprint == crypto.fingerprint(crypto.public_key_of(impostor))
    assert report.fingerprint != crypto.fingerprint(crypto.public_key_of(key))


def test_a_malformed_signature_file_is_named(tmp_path: Path, files: dict[str, bytes]) -> None:
    files[SIGNATURE] = files[SIGNATURE].rstrip(b"\n") + b"!!\n"
    report = verify(write_zip(tmp_path / "b.zip", files))
    assert found(report) == {(SIGNATURE, "is not a base64 Ed25519 signature and a newline")}


# -- hostile zips -----------------------------------------------------------------------------


@pytest.fixture
def quiet_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working folder during a check, which must stay empty."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def refused(
    path: Path, quiet_folder: Path, limits: Limits = safe_zip.DEFAULT_LIMITS
) -> set[tuple[str, str]]:
    """The problems of a zip that must be refused, checking that nothing was written."""
    before = sorted(path.parent.rglob("*"))
    report = verify(path, limits=limits)
    assert not report.valid
    assert Path.cwd() == quiet_folder
    assert list(quiet_folder.iterdir()) == []
    assert sorted(path.parent.rglob("*")) == before
    assert report.payload_files == 0  # refused unread
    return {(p.path, p.problem) for p in report.problems}


def hostile_zip(path: Path, names: list[str], files: dict[str, bytes] | None = None) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names: we mean them
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in (files or {}).items():
                archive.writestr(f"{BAG}/{name}", data)
            for name in names:
                archive.writestr(name, b"evil")
    return path


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (f"{BAG}/../evil", "'..' in the path"),
        (f"{BAG}/data/../../evil", "'..' in the path"),
        ("/etc/x", "absolute path"),
        ("C:\\x", "absolute path"),
        (f"{BAG}/data\\..\\..\\evil", "backslash in the name"),
        (f"{BAG}/~/.bashrc", "'~' in the path"),
        (f"{BAG}/data//x", "empty or '.' component in the path"),
        (f"{BAG}/./data/x", "empty or '.' component in the path"),
        (
            f"{BAG}/data/x:stream",
            "colon in the name (a drive or an alternate data stream on Windows)",
        ),
        (f"{BAG}/data/bell\x07", "control character in the name"),
    ],
)
def test_unsafe_entry_names_are_refused(
    tmp_path: Path, quiet_folder: Path, files: dict[str, bytes], name: str, problem: str
) -> None:
    path = hostile_zip(tmp_path / "evil.zip", [name], files)
    assert (name, problem) in refused(path, quiet_folder)


def test_a_name_hiding_what_follows_a_nul_is_refused(
    tmp_path: Path, quiet_folder: Path, files: dict[str, bytes]
) -> None:
    path = hostile_zip(tmp_path / "evil.zip", [f"{BAG}/data/x@../../evil"], files)
    path.write_bytes(path.read_bytes().replace(b"x@../../evil", b"x\x00../../evil"))
    name = f"{BAG}/data/x\x00../../evil"  # zipfile's own `filename` stops at the NUL
    assert {(name, "control character in the name"), (name, "'..' in the path")} <= refused(
        path, quiet_folder
    )


def test_duplicate_and_colliding_names_are_refused(tmp_path: Path, quiet_folder: Path) -> None:
    composed, decomposed = "\u00e9", "e\u0301"
    names = [
        f"{BAG}/data/a.txt",
        f"{BAG}/data/a.txt",
        f"{BAG}/data/caf{composed}.txt",
        f"{BAG}/data/caf{decomposed}.txt",
        f"{BAG}/data/Report.docx",
        f"{BAG}/data/REPORT.docx",
        f"{BAG}/data/x",
        f"{BAG}/data/X/y",
    ]
    problems = refused(hostile_zip(tmp_path / "evil.zip", names), quiet_folder)
    assert {
        (f"{BAG}/data/a.txt", "appears twice in the zip"),
        (
            f"{BAG}/data/caf{decomposed}.txt",
            f"collides with {BAG}/data/caf{composed}.txt after Unicode normalisation",
        ),
        (f"{BAG}/data/REPORT.docx", f"collides with {BAG}/data/Report.docx when case is ignored"),
        (f"{BAG}/data/x", "is both a file and a folder"),
    } <= problems


def test_more_than_one_top_level_folder_is_refused(tmp_path: Path, quiet_folder: Path) -> None:
    path = hostile_zip(tmp_path / "two.zip", ["one/data/a", "two/data/b", "loose.txt"])
    assert refused(path, quiet_folder) == {
        ("two.zip", "more than one top-level folder: loose.txt, one, two")
    }


def test_a_file_beside_the_bag_folder_or_a_badly_named_bag_is_refused(
    tmp_path: Path, quiet_folder: Path
) -> None:
    path = hostile_zip(tmp_path / "odd.zip", ["bag name/data/a"])
    assert refused(path, quiet_folder) == {
        ("bag name", "the bag's folder name is not made of A-Z, a-z, 0-9, '.', '_', '-'")
    }


def test_symlinks_special_files_encrypted_entries_and_folders_with_data_are_refused(
    tmp_path: Path, quiet_folder: Path
) -> None:
    path = tmp_path / "odd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        link = zipfile.ZipInfo(f"{BAG}/data/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        fifo = zipfile.ZipInfo(f"{BAG}/data/fifo")
        fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
        archive.writestr(fifo, b"")
        archive.writestr(f"{BAG}/data/secret", b"ciphertext")
        folder = zipfile.ZipInfo(f"{BAG}/data/folder/")
        archive.writestr(folder, b"data in a folder")
    data = patch_central(path.read_bytes(), f"{BAG}/data/secret", offset=8, value=0x1, size=2)
    path.write_bytes(data)
    assert refused(path, quiet_folder) == {
        (f"{BAG}/data/link", "symbolic link"),
        (f"{BAG}/data/fifo", "not a regular file"),
        (f"{BAG}/data/secret", "encrypted entry"),
        (f"{BAG}/data/folder/", "folder entry with data"),
    }


def test_a_zip_bomb_is_refused_unread(tmp_path: Path, quiet_folder: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{BAG}/data/zeros", bytes(200_000))
    limits = Limits(ratio=100, ratio_floor=10_000)
    assert refused(path, quiet_folder, limits) == {
        (f"{BAG}/data/zeros", "compression ratio over 100:1")
    }


def test_a_bundle_declaring_more_than_the_size_limit_is_refused_unread(
    bundle: Path, quiet_folder: Path
) -> None:
    declared = sum(info.file_size for info in zipfile.ZipFile(bundle).infolist())
    problems = refused(bundle, quiet_folder, Limits(total_bytes=declared - 1))
    assert problems == {
        ("bundle.zip", f"declares {declared} bytes, over the limit of {declared - 1}")
    }


def test_entries_sharing_their_bytes_are_refused(tmp_path: Path, quiet_folder: Path) -> None:
    path = tmp_path / "overlap.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{BAG}/data/a", bytes(5000))
        archive.writestr(f"{BAG}/data/b", bytes(5000))
    path.write_bytes(patch_central(path.read_bytes(), f"{BAG}/data/b", offset=42, value=10))
    assert (f"{BAG}/data/b", f"overlaps {BAG}/data/a in the zip") in refused(path, quiet_folder)


def test_safe_member_names_lists_the_files_or_raises_with_every_problem(
    bundle: Path, tmp_path: Path, files: dict[str, bytes]
) -> None:
    with zipfile.ZipFile(bundle) as archive:
        assert sorted(safe_member_names(archive)) == sorted(f"{BAG}/{name}" for name in files)
    evil = hostile_zip(tmp_path / "evil.zip", [f"{BAG}/../a", "/b"])
    with zipfile.ZipFile(evil) as archive, pytest.raises(UnsafeArchive) as raised:
        safe_member_names(archive)
    assert {p.path for p in raised.value.problems} >= {f"{BAG}/../a", "/b"}


def test_an_unreadable_or_empty_zip_gives_one_problem_and_a_missing_file_raises(
    tmp_path: Path,
) -> None:
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"not a zip at all")
    assert verify(garbage).problems == (safe_zip.Problem("garbage.zip", "not a readable zip file"),)
    empty = write_zip(tmp_path / "empty.zip", {})
    assert verify(empty).problems == (safe_zip.Problem("empty.zip", "the zip is empty"),)
    with pytest.raises(NotFound):
        verify(tmp_path / "nowhere.zip")


# -- sizes that lie ---------------------------------------------------------------------------


def patch_central(data: bytes, name: str, *, offset: int, value: int, size: int = 4) -> bytes:
    """Overwrite one field of an entry's central directory record (offsets: APPNOTE 4.3.12)."""
    encoded = name.encode()
    start = 0
    while True:
        start = data.index(b"PK\x01\x02", start)
        (name_length,) = struct.unpack_from("<H", data, start + 28)
        if data[start + 46 : start + 46 + name_length] == encoded:
            break
        start += 4
    field = struct.pack("<I" if size == 4 else "<H", value)
    return data[: start + offset] + field + data[start + offset + size :]


def test_an_entry_declaring_fewer_bytes_than_it_holds_is_caught(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    name = "data/schedule_of_exhibits.csv"
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for entry, data in files.items():
            archive.writestr(f"{BAG}/{entry}", data)
    # zipfile stops at the declared size, so the CRC of what it gave back fails.
    path.write_bytes(patch_central(path.read_bytes(), f"{BAG}/{name}", offset=24, value=10))
    assert (name, "fails the zip's CRC check") in found(verify(path))


def test_an_entry_declaring_more_bytes_than_it_holds_is_caught(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    name = "data/schedule_of_exhibits.csv"
    size = len(files[name])
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for entry, data in files.items():
            archive.writestr(f"{BAG}/{entry}", data)
    path.write_bytes(patch_central(path.read_bytes(), f"{BAG}/{name}", offset=24, value=size + 100))
    assert (name, f"holds {size} bytes, the zip declares {size + 100}") in found(verify(path))


class CountingReader(io.BytesIO):
    """A stream that remembers how many bytes were taken from it."""

    taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


def test_reading_stops_one_byte_past_the_declared_size() -> None:
    source = CountingReader(bytes(10_000))
    with pytest.raises(DeclaredSizeMismatch) as raised:
        hash_stream(source, declared_size=100, chunk_bytes=64)
    assert source.taken == 101
    assert (raised.value.declared, raised.value.read) == (100, 101)


def test_reading_counts_a_short_entry_and_hashes_a_whole_one() -> None:
    with pytest.raises(DeclaredSizeMismatch) as raised:
        hash_stream(io.BytesIO(b"abc"), declared_size=10)
    assert raised.value.read == 3
    data = os.urandom(5000)
    hashed = hash_stream(io.BytesIO(data), declared_size=5000, chunk_bytes=512, keep=True)
    assert hashed.sha256 == hashlib.sha256(data).hexdigest()
    assert hashed.sha512 == hashlib.sha512(data).hexdigest()
    assert (hashed.size, hashed.data) == (5000, data)
    assert hash_stream(io.BytesIO(data), declared_size=5000).data == b""


def test_a_cancelled_check_stops(bundle: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        verify(bundle, progress=progress)


def test_a_percent_in_a_payload_name_is_listed_percent_encoded(tmp_path: Path, key: bytes) -> None:
    # RFC 8493 §2.1.3 encodes % as %25. bagit-python 1.9 follows BagIt 0.97 and does not
    # decode it, so the LoC tool disagrees on such names: the writer had better avoid them.
    payload = {**PAYLOAD, "data/exhibits/KR-3/100% proof.pdf": b"%PDF"}
    files = bag_files(key, payload)
    assert b" data/exhibits/KR-3/100%25 proof.pdf\n" in files["manifest-sha256.txt"]
    assert verify(write_zip(tmp_path / "b.zip", files)).problems == ()


def test_manifest_paths_decode_only_cr_lf_and_percent() -> None:
    assert bundle_check.decode_path("data/a%25b%0Ac%0dd") == "data/a%b\nc\rd"
    assert bundle_check.decode_path("data/100%.jpg") is None
    assert bundle_check.decode_path("data/%41") is None


# -- the command line -------------------------------------------------------------------------


@pytest.fixture
def no_notebook(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a notebook fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("verify-bundle opened a notebook")

    monkeypatch.setattr("notebook.cli.Notebook.open", refuse)


def test_verify_bundle_passes_a_valid_bundle_without_a_notebook_or_passphrase(
    bundle: Path, key: bytes, no_notebook: None
) -> None:
    result = call(["verify-bundle", str(bundle)], {})
    assert (result.code, result.err) == (0, "")
    assert "valid evidence bundle" in result.out
    assert crypto.fingerprint(crypto.public_key_of(key)) in result.out


def test_verify_bundle_as_a_program_never_asks_for_a_passphrase(bundle: Path) -> None:
    done = run_script("verify-bundle", str(bundle))  # no terminal, no notebook variables
    assert (done.returncode, done.stderr) == (0, "")


def test_verify_bundle_lists_each_problem_by_path_and_exits_3(
    tmp_path: Path, files: dict[str, bytes], no_notebook: None
) -> None:
    files["data/index.docx"] = b"changed"
    path = write_zip(tmp_path / "b.zip", files)
    result = call(["verify-bundle", str(path)], {})
    assert result.code == 3
    assert f"{BAG}/data/index.docx: sha256 does not match" in result.out
    assert "NOT VALID" in result.out


def test_verify_bundle_json_has_the_documented_shape(
    tmp_path: Path, bundle: Path, key: bytes, no_notebook: None
) -> None:
    for argv in (
        ["--json", "verify-bundle", str(bundle)],
        ["verify-bundle", str(bundle), "--json"],
    ):
        result = call(argv, {})
        assert result.code == 0
        assert result.json() == {
            "valid": True,
            "problems": [],
            "bag": BAG,
            "fingerprint": crypto.fingerprint(crypto.public_key_of(key)),
            "payload_files": len(PAYLOAD),
            "payload_bytes": sum(len(data) for data in PAYLOAD.values()),
        }
    evil = hostile_zip(tmp_path / "evil.zip", [f"{BAG}/../evil"])
    result = call(["verify-bundle", "--json", str(evil)], {})
    assert result.code == 3
    assert result.json()["valid"] is False
    assert {"path": f"{BAG}/../evil", "problem": "'..' in the path"} in result.json()["problems"]


def test_verify_bundle_of_no_file_or_a_folder_is_bad_usage(
    tmp_path: Path, no_notebook: None
) -> None:
    for target in (tmp_path / "nowhere.zip", tmp_path):
        result = call(["verify-bundle", str(target)], {})
        assert result.code == 1
        assert "no such file" in result.err


def test_verify_bundle_shows_control_characters_escaped(
    tmp_path: Path, files: dict[str, bytes], no_notebook: None
) -> None:
    evil = hostile_zip(tmp_path / "evil.zip", [f"{BAG}/data/\x1b[2Jcleared"], files)
    result = call(["verify-bundle", str(evil)], {})
    assert result.code == 3
    assert "\x1b" not in result.out
    assert "\\x1b[2Jcleared" in result.out
