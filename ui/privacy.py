"""Keeping notebook contents out of Qt's settings and desktop recent-files lists."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

# Fixed names, so nothing Qt derives from them (settings files, standard paths) can carry a
# case, a person or the user's name.
NEUTRAL_NAME = "CaseNotebook"


def private_settings_folder() -> Path:
    """Where Qt's own settings go: our config folder, never the shared "QtProject" files.

    On Windows platformdirs answers the local, not the roaming, AppData: nothing is copied
    to a domain server at log-off.
    """
    return Path(platformdirs.user_config_dir(NEUTRAL_NAME, appauthor=False)) / "qt"


def use_private_qt_settings(folder: Path) -> None:
    """Send every QSettings file, ours and Qt's, to `folder`; call before any QSettings exists.

    Qt's widget file dialog saves the folders it visited ("QtProject/FileDialog": history,
    lastVisited, sidebar shortcuts) with `QSettings(UserScope, "QtProject")`, which would
    otherwise land in the shared ~/.config/QtProject.conf that every Qt program reads.
    On Windows and macOS that call uses the registry or CFPreferences, which `setPath`
    cannot redirect: there `forget_file_dialog_history()` must scrub each dialog.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(kind, scope, str(folder))
    # So that our own QSettings() is a file in `folder` on every platform, registry included.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QCoreApplication.setOrganizationName(NEUTRAL_NAME)
    QCoreApplication.setApplicationName(NEUTRAL_NAME)


def non_native_file_dialog_options() -> QFileDialog.Option:
    """Options for every QFileDialog we open: Qt's own dialog, never the platform's.

    Native dialogs record what they open or save outside our control: GTK's and the XDG
    portal's in ~/.local/share/recently-used.xbel (and KDE's recent documents), Windows'
    common dialog in the Explorer MRU lists (ComDlg32\\OpenSavePidlMRU, LastVisitedPidlMRU),
    macOS's panel in its recent places. Qt's dialog writes only to Qt's settings, which
    `use_private_qt_settings()` and `forget_file_dialog_history()` take care of.
    """
    return QFileDialog.Option.DontUseNativeDialog


def forget_file_dialog_history(dialog: QFileDialog) -> None:
    """Wipe the folders a dialog visited before it is destroyed and saves them to Qt's settings.

    Read `selectedFiles()` first: this moves the dialog to the home folder. Needed on Windows
    and macOS, where Qt's dialog settings cannot be redirected; harmless elsewhere.
    """
    home = QDir.homePath()
    # setDirectory also resets the process-wide "last visited" folder that Qt saves.
    dialog.setDirectory(home)
    dialog.setHistory([])
    dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(home)])


def ask_for_paths(
    parent: QWidget | None,
    title: str,
    *,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
    start: str = "",
) -> list[str]:
    """A file dialog that leaves no history behind: Qt's own dialog (no recent-files list of
    the desktop), its visited folders wiped before Qt can save them. Empty when cancelled."""
    dialog = QFileDialog(parent, title, start or QDir.homePath())
    dialog.setOptions(non_native_file_dialog_options())
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    forget_file_dialog_history(dialog)
    dialog.deleteLater()
    return chosen
