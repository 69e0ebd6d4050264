"""The package's make-up, checked without building it: data, exclusions, icons, Linux metadata."""

from __future__ import annotations

import configparser
import gzip
import hashlib
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest

import notebook.cli
from notebook import resources
from tests.core.test_imports import NETWORK, imported_names

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "org.casenotebook.CaseNotebook"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LANGUAGES = ("en", "ru", "ky")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def load(name: str) -> ModuleType:
    """A module of packaging/ by its path: the folder is no package, and `packaging` on
    sys.path is the PyPI library of that name."""
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = load("contents")
archive = load("archive")
baked_paths = load("baked_paths")
smoke_test = load("smoke_test")


def program_sources() -> list[Path]:
    return sorted([*(REPO / "notebook").rglob("*.py"), *(REPO / "ui").rglob("*.py")])


def is_excluded(module: str) -> bool:
    return any(
        module == gone or module.startswith(gone + ".") for gone in contents.EXCLUDED_MODULES
    )


# -- data ------------------------------------------------------------------------------------


def test_every_resource_folder_the_code_reads_is_packaged():
    referenced = contents.resource_folders_referenced(REPO / "notebook", REPO / "ui")
    packaged = {Path(destination).parts[1] for _source, destination in contents.resource_datas()}
    assert {"vocabularies", "templates", "demo", "translations"} <= referenced
    assert referenced <= packaged, f"read but not packaged: {sorted(referenced - packaged)}"


def test_packaged_resources_land_where_resource_path_looks_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for source, destination in contents.resource_datas():
        relative = Path(source).relative_to(REPO / "resources")
        bundled = tmp_path / destination / Path(source).name
        assert resources.resource_path(*relative.parts) == bundled


def test_build_only_files_stay_out_of_the_package_and_run_time_files_go_in():
    names = [Path(source).name for source, _destination in contents.resource_datas()]
    assert not [name for name in names if name.endswith((".py", ".ts", ".pyc"))]
    assert "case_notebook_ru.qm" in names
    assert "case-notebook.docx" in names
    assert "case-notebook.svg" in names


def test_a_linux_build_carries_its_menu_entry_and_metadata():
    carried = {Path(source).name: folder for source, folder in contents.linux_desktop_datas()}
    assert carried == {
        DESKTOP_FILE.name: "share/applications",
        METAINFO.name: "share/metainfo",
    }


def test_the_spec_takes_its_data_exclusions_and_filters_from_contents():
    spec = (PACKAGING / "case-notebook.spec").read_text(encoding="utf-8")
    for used in (
        "contents.resource_datas()",
        "contents.EXCLUDED_MODULES",
        "contents.keeps_binary",
        "contents.keeps_data",
        "contents.MODULE_COLLECTION_MODE",
        "contents.linux_desktop_datas()",
        'collect_submodules("notebook")',
        'collect_submodules("ui")',
    ):
        assert used in spec


# -- what is left out ------------------------------------------------------------------------


def test_no_module_the_program_imports_is_left_out_of_the_package():
    for source in program_sources():
        imported = imported_names(source.read_text(encoding="utf-8"))
        left_out = sorted(name for name in imported if is_excluded(name))
        assert not left_out, f"{source.relative_to(REPO)} imports {left_out}"


def test_every_network_module_the_core_may_not_import_is_left_out_when_installed():
    for name in NETWORK:
        top = name.split(".")[0]
        if importlib.util.find_spec(top) is not None:
            assert is_excluded(name), name


def test_qt_network_is_left_out_but_the_library_qtpdf_links_stays():
    assert is_excluded("PySide6.QtNetwork")
    assert is_excluded("PySide6.QtWebEngineCore")
    assert contents.keeps_binary("PySide6/Qt/lib/libQt6Network.so.6")
    assert not contents.keeps_binary("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not contents.keeps_binary("PySide6/plugins/tls/qschannelbackend.dll")
    assert not contents.keeps_binary("PySide6/Qt/plugins/networkinformation/libqglib.so")
    assert not contents.keeps_binary("libssl.so.3")
    assert contents.keeps_binary("libcrypto.so.3")  # hashlib's


def test_unwanted_qt_plugins_are_dropped_and_needed_ones_kept():
    kept = (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    )
    dropped = (
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    )
    assert all(contents.keeps_binary(name) for name in kept)
    assert not any(contents.keeps_binary(name) for name in dropped)


def test_qt_translations_are_kept_only_for_the_languages_the_program_speaks():
    languages = contents.program_languages()
    assert "ru" in languages
    assert contents.keeps_data("PySide6/Qt/translations/qtbase_ru.qm", languages)
    assert not contents.keeps_data("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not contents.keeps_data("PySide6/Qt/translations/qt_help_ru.qm", languages)
    assert contents.keeps_data("resources/translations/case_notebook_ru.qm", languages)


def test_libraries_only_a_dropped_plugin_linked_are_dropped_with_it():
    entries = [
        ("lib/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
    }
    kept = contents.linked_from_roots(entries, lambda source: links.get(source, []))
    assert [destination for destination, _source, _kind in kept] == [
        "lib/QtGui.abi3.so",
        "libQt6Gui.so.6",
        "libfreetype.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
    ]


# -- checks the build makes ------------------------------------------------------------------


def test_the_smoke_test_passes_the_passphrase_through_the_variable_the_cli_reads():
    assert smoke_test.PASSPHRASE_VARIABLE == notebook.cli.PASSPHRASE_VARIABLE


def test_a_home_path_inside_a_file_is_found_but_not_the_tail_of_another_path(tmp_path):
    (tmp_path / "libpython.so").write_bytes(b"\x00/home/alice/.pyenv/versions/3.11/lib\x00")
    (tmp_path / "libsystemd.so").write_bytes(b"/opt/rh/toolset/home/alice/usr /x/home/alice/")
    (tmp_path / "notes.md").write_bytes(b"run .venv/bin/python")
    found = baked_paths.files_containing(tmp_path, ["/home/alice/", ".venv", "/work/repo"])
    assert found == {"/home/alice/": ["libpython.so"], ".venv": ["notes.md"]}


def _sample_folder(root: Path) -> Path:
    folder = root / "casenotebook"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "casenotebook").write_bytes(b"#!program")
    (folder / "casenotebook").chmod(0o775)
    (folder / "_internal" / "resources" / "b.json").write_text("{}")
    (folder / "_internal" / "a.so").write_bytes(b"\x7fELF")
    return folder


def test_the_archive_has_the_same_bytes_whatever_the_times_owners_and_umask(tmp_path):
    first = _sample_folder(tmp_path / "one")
    second = _sample_folder(tmp_path / "two")
    for path in second.rglob("*"):
        os.utime(path, (1_000_000, 1_000_000))
    (second / "_internal" / "a.so").chmod(0o600)
    archive.write_tar_gz(first, tmp_path / "one.tar.gz", root="casenotebook-1", epoch=1234)
    archive.write_tar_gz(second, tmp_path / "two.tar.gz", root="casenotebook-1", epoch=1234)
    one, two = (tmp_path / "one.tar.gz").read_bytes(), (tmp_path / "two.tar.gz").read_bytes()
    assert hashlib.sha256(one).digest() == hashlib.sha256(two).digest()
    assert one[4:8] == b"\x00\x00\x00\x00"  # no time in the gzip header
    with tarfile.open(tmp_path / "one.tar.gz") as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == [
        "casenotebook-1",
        "casenotebook-1/_internal",
        "casenotebook-1/_internal/a.so",
        "casenotebook-1/_internal/resources",
        "casenotebook-1/_internal/resources/b.json",
        "casenotebook-1/casenotebook",
    ]
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname) for m in members} == {(1234, 0, 0, "", "")}
    assert {m.name.rsplit("/", 1)[-1]: m.mode for m in members if m.isfile()} == {
        "a.so": 0o644,
        "b.json": 0o644,
        "casenotebook": 0o755,
    }


def test_the_checksum_file_reads_as_sha256sum_expects(tmp_path):
    tarball = tmp_path / "casenotebook.tar.gz"
    tarball.write_bytes(gzip.compress(b"x", mtime=0))
    text = archive.write_checksums([tarball], tmp_path / "SHA256SUMS")
    assert text == f"{hashlib.sha256(tarball.read_bytes()).hexdigest()}  casenotebook.tar.gz\n"
    if shutil.which("sha256sum"):
        checked = subprocess.run(
            ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


# -- icons -----------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk, which the format puts first."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_application_icon_exists_at_each_usual_size_and_is_that_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "case-notebook.png"
    assert path.is_file()
    assert png_size(path) == (size, size)


def test_the_scalable_icon_is_a_square_svg_without_text():
    root = ElementTree.parse(ICONS / "case-notebook.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert not [element for element in root.iter() if element.tag.endswith("}text")]


def test_the_windows_and_macos_icons_hold_pngs():
    ico = (ICONS / "case-notebook.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (ICONS / "case-notebook.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


# -- Linux desktop integration ---------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_packaged_program_with_its_icon():
    entry = desktop_entry()
    assert entry["Exec"] == "casenotebook gui"
    assert entry["Icon"] == "case-notebook"
    assert entry["Terminal"] == "false"
    for language in ("ru", "ky"):
        assert entry[f"Comment[{language}]"]
        assert entry[f"GenericName[{language}]"]


def test_the_metainfo_names_the_desktop_file_and_speaks_english_russian_and_kyrgyz():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("icon") == "case-notebook"
    summaries = {e.get(XML_LANG, "en"): e.text for e in root.findall("summary")}
    paragraphs = [e.get(XML_LANG, "en") for e in root.find("description").findall("p")]
    assert set(summaries) == set(LANGUAGES)
    assert all(paragraphs.count(language) == 2 for language in LANGUAGES)


def test_the_metainfo_release_is_the_project_version():
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    root = ElementTree.parse(METAINFO).getroot()
    assert root.find("releases/release").get("version") == version


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def test_the_desktop_file_validates():
    done = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout + done.stderr


def test_the_appstream_metadata_validates():
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
