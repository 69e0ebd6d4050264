"""What goes into the one-folder program and what is left out: read by the spec and the tests.

Kept apart from the spec (which only PyInstaller can run) so that the tests can check it
without building anything. It imports nothing but the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"

# Files in the resource folders that are inputs to a build, not read at run time: the scripts that
# draw the demo's picture, the Word template and the icons, the translators' .ts sources and
# notes (the program loads the compiled .qm), and the icons the executable itself carries.
BUILD_ONLY = ("*.py", "*.pyc", "*.ts", "*.ico", "*.icns", "translations/README.md")

# Python modules left out on purpose. The program opens no network connection, so nothing
# that could open one ships: the standard library's sockets, TLS and protocol clients, and
# Qt's network module (see NETWORK_PLUGIN_FOLDERS for the one Qt library that must stay).
# The rest is weight the program never imports.
EXCLUDED_MODULES = (
    # network
    "_socket",
    "socket",
    "socketserver",
    "_ssl",
    "ssl",
    "http",
    "urllib.request",
    "asyncio",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "nntplib",
    "xmlrpc",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    # weight
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "lib2to3",
    "sqlite3",
    "multiprocessing",
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
)

# python-docx finds its default parts as `docx/parts/../templates/…`: the folder
# `docx/parts` must exist on disk, where by default its modules live only in PyInstaller's
# archive. Its sources are copied beside the archive to make it (a footer or header in a
# Word export fails without them; the smoke test's witness statement has both).
MODULE_COLLECTION_MODE = {"docx.parts": "pyz+py"}

# Qt plugin folders the program needs: a platform to draw on (and, on X11 and Wayland, what
# that platform loads beside it), image formats for evidence pictures, SVG icons, input
# methods (composed text), and the Windows and macOS widget styles.
#
# Left out: desktop themes ("platformthemes"). On Linux these are GTK's and the XDG portal's:
# the GTK one loads the system's GTK against the cairo and pango copied from the build
# machine (a mismatch that crashes), and both can put up native file dialogs, which keep
# recent-files lists; the program asks for Qt's own dialog everywhere (ui/privacy.py), and
# without these plugins no dialog can be native by mistake. The price: Qt's Fusion look
# instead of the desktop's theme. Also left out: Wayland's OpenGL buffer integrations (the
# program draws with the raster engine) and print support (it prints nothing).
QT_PLUGIN_FOLDERS = frozenset(
    {
        "platforms",
        "imageformats",
        "iconengines",
        "platforminputcontexts",
        "styles",
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-shell-integration",
    }
)

# Within those, plugins the program has no use for: remote-desktop and bare-hardware
# platforms (VNC is a network server), and the virtual keyboard (it drags in Qt Quick).
QT_UNWANTED_PLUGINS = (
    "*qvnc*",
    "*qeglfs*",
    "*qlinuxfb*",
    "*qminimalegl*",
    "*qvkkhrdisplay*",
    "*qtvirtualkeyboard*",
)

# libQt6Pdf links libQt6Network (QPdfDocument::load recognises a QNetworkReply handed to it
# and waits for it to finish), so the dynamic loader refuses QtPdf without that library. It
# stays; nothing in the program creates a network object for it to use, and no Python
# module to create one ships. Everything else of Qt's network stack is left out: its Python
# module, these plugin folders (TLS backends, network information) and OpenSSL's libssl.
NETWORK_PLUGIN_FOLDERS = frozenset({"tls", "networkinformation"})

_RESOURCE_CALL = re.compile(r"""resource_path\(\s*["']([^"']+)["']""")


def resource_folders_referenced(*source_roots: Path) -> set[str]:
    """The first folder of every `resource_path("folder", …)` call in the sources given."""
    found: set[str] = set()
    for root in source_roots:
        for source in sorted(root.rglob("*.py")):
            text = source.read_text(encoding="utf-8")
            found |= {name.split("/")[0] for name in _RESOURCE_CALL.findall(text)}
    return found


def is_build_only(path: Path) -> bool:
    return "__pycache__" in path.parts or any(path.match(pattern) for pattern in BUILD_ONLY)


def resource_folders(resources: Path = RESOURCES) -> list[str]:
    """Every folder of resources/: it holds only what the program ships (DESIGN.md), so all
    of it goes in, and a folder added later cannot be forgotten. Frozen, they land under
    `resources/` in the bundle's root (`sys._MEIPASS`), where `resource_dir()` looks."""
    return sorted(p.name for p in resources.iterdir() if p.is_dir() and p.name != "__pycache__")


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every run-time resource, in a stable order."""
    datas: list[tuple[str, str]] = []
    for folder in resource_folders(resources):
        for path in sorted((resources / folder).rglob("*")):
            if path.is_file() and not is_build_only(path.relative_to(resources)):
                destination = Path("resources") / path.parent.relative_to(resources)
                datas.append((str(path), destination.as_posix()))
    return datas


def linux_desktop_datas() -> list[tuple[str, str]]:
    """The menu entry and AppStream metadata, carried in a Linux build so that whoever
    installs from the archive alone has them (packaging/README.md, "Linux")."""
    linux = REPO / "packaging" / "linux"
    return [
        (str(path), "share/applications" if path.suffix == ".desktop" else "share/metainfo")
        for path in sorted([*linux.glob("*.desktop"), *linux.glob("*.metainfo.xml")])
    ]


def qt_plugin_folder(destination: str) -> str | None:
    """The plugin type of a bundled file (`imageformats`), or None if it is not a Qt plugin.

    PySide6 keeps plugins in `PySide6/Qt/plugins/` on Linux and macOS, `PySide6/plugins/`
    on Windows.
    """
    parts = Path(destination).parts
    for index in range(1, len(parts) - 2):
        if parts[index] == "plugins" and parts[index - 1] in ("Qt", "PySide6"):
            return parts[index + 1]
    return None


def is_qt_translation(destination: str) -> bool:
    parts = Path(destination).parts
    return destination.endswith(".qm") and "PySide6" in parts and "translations" in parts


def keeps_binary(destination: str) -> bool:
    """Whether a shared library or plugin PyInstaller collected belongs in the program."""
    path = Path(destination)
    folder = qt_plugin_folder(destination)
    if folder is not None:
        wanted = folder in QT_PLUGIN_FOLDERS and folder not in NETWORK_PLUGIN_FOLDERS
        return wanted and not any(path.match(pattern) for pattern in QT_UNWANTED_PLUGINS)
    # OpenSSL's TLS half serves only sockets, which do not ship; its libcrypto stays, for
    # hashlib (cryptography and sqlcipher3 carry their own).
    return not path.name.lower().startswith("libssl")


def linked_from_roots(
    entries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """The binaries that something the program loads still links, directly or not.

    PyInstaller follows the link-time dependencies of every plugin it collects, before the
    spec drops the plugins it does not want: the libraries only those plugins needed (GTK's
    cairo and pango, EGL device integrations) would stay behind, loaded by nothing. The roots
    are what Python or Qt load by themselves: extension modules, kept Qt plugins and the
    Python library; `imports_of(source)` names the libraries a binary links.
    """
    entries = list(entries)
    by_name = {Path(destination).name: destination for destination, _source, _kind in entries}
    source_of = {destination: source for destination, source, _kind in entries}
    waiting = [
        destination
        for destination, _source, kind in entries
        if kind == "EXTENSION"
        or qt_plugin_folder(destination) is not None
        or Path(destination).name.startswith("libpython")
    ]
    reached = set(waiting)
    while waiting:
        for name in imports_of(source_of[waiting.pop()]):
            destination = by_name.get(Path(name).name)
            if destination is not None and destination not in reached:
                reached.add(destination)
                waiting.append(destination)
    return [entry for entry in entries if entry[0] in reached]


def kept_qt_translations(languages: Iterable[str]) -> frozenset[str]:
    """Qt's own catalogues worth shipping: its standard buttons and dialogs, in our languages."""
    return frozenset(f"qtbase_{language}.qm" for language in languages)


def program_languages(resources: Path = RESOURCES) -> list[str]:
    """The interface languages we have a catalogue for (English needs none)."""
    names = (resources / "translations").glob("case_notebook_*.qm")
    return sorted(path.stem.removeprefix("case_notebook_") for path in names)


def keeps_data(destination: str, languages: Iterable[str]) -> bool:
    """Whether a data file PyInstaller collected belongs in the program."""
    if is_qt_translation(destination):
        return Path(destination).name in kept_qt_translations(languages)
    return qt_plugin_folder(destination) is None or keeps_binary(destination)


def filter_toc(
    entries: Iterable[tuple[str, str, str]], keep: Callable[[str], bool]
) -> list[tuple[str, str, str]]:
    """PyInstaller's (destination, source, kind) entries that `keep(destination)` accepts."""
    return [entry for entry in entries if keep(entry[0])]
