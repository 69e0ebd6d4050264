"""The one window: welcome, unlock or workspace, with the lock always within reach."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from notebook import NotebookError
from notebook.backup import BackupSummary
from notebook.erase import EraseReport, erase, is_notebook_folder
from notebook.package import SentPackage
from notebook.package_receive import ReceivedPackage

from . import camouflage
from .appearance_dialog import AppearanceDialog
from .background import data_size
from .backup_dialog import BACKUP_FILE_NAME, start_backup, stop_all_backups
from .clipboard import ClipboardGuard
from .commands import DeleteRecord
from .core_words import core_message
from .editor import EditorDialog
from .erase_dialog import EraseDialog
from .evidence_import import files_from_drop, start_import, stop_all_imports
from .export_dialog import DocumentExportDialog, stop_all_exports
from .guard_dialog import GuardDialog
from .help_dialog import HelpDialog, guide_was_shown, remember_guide_shown
from .identity_dialog import IdentityDialog
from .language import LANGUAGES, install, retranslate_all, save_language
from .models import RecordIdRole
from .package_dialog import (
    ReceiveDialog,
    SendCaseDialog,
    is_package,
    sent_summary,
    stop_all_packages,
)
from .passphrase_dialog import PassphraseDialog
from .privacy import ask_for_paths
from .recovery_dialog import RecoveryDialog
from .session import Session
from .shortcuts import Shortcut, plain, shortcut_rows
from .unlock import UnlockPage
from .viewer import EvidenceViewer
from .welcome import CreateDialog, WelcomePage
from .workspace import Workspace

WINDOW_TITLE = camouflage.REAL_NAME  # never a record's content, nor the notebook's name
NEW_KINDS = ("incident", "threat", "interview", "person", "organisation", "evidence", "case")


def default_actor() -> str:
    """Who acts, for the chain of custody: the login name (a setting may replace it later)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        *,
        default_folder: Path,
        demo_passphrase: str = "",
        build_demo=None,
    ) -> None:
        super().__init__()
        self.session = session
        self._default_folder = default_folder
        self.actor = default_actor()
        self._build_demo = build_demo
        # The program's name or its disguise; [*]: the modified mark, nothing more.
        self.setWindowTitle(camouflage.title() + "[*]")
        self.resize(1100, 700)
        self.clipboard_guard = ClipboardGuard(self)
        session.locked.connect(self.clipboard_guard.clear_now)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._show_modified)
        self.undo_stack.indexChanged.connect(self._after_change)

        self.welcome = WelcomePage(demo_passphrase)
        self.unlock_page = UnlockPage(session)
        self.workspace = Workspace(session)
        self.pages = QStackedWidget()
        for page in (self.welcome, self.unlock_page, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        # On every page, the unlock and welcome pages too: a notebook need not be open to go.
        self.erase_action = QAction(self)
        # A key for emergencies: the dialog it opens still wants a button held down.
        self.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.erase_action.triggered.connect(self.ask_to_erase)
        toolbar.addAction(self.erase_action)
        self.erase_result: QMessageBox | None = None
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.new_menu = QMenu(self)
        self.new_actions: dict[str, QAction] = {}
        for kind in NEW_KINDS:
            action = self.new_menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=kind: self.new_record(k))
            self.new_actions[kind] = action
        self.new_actions["incident"].setShortcut(QKeySequence("Ctrl+N"))
        # A key of an action that is only in a button's menu works only while the menu is
        # open: the window must hold the action too.
        self.addAction(self.new_actions["incident"])
        self.new_menu.addSeparator()
        self.add_files_action = self.new_menu.addAction("")
        self.add_files_action.triggered.connect(self.choose_evidence_files)
        self.setAcceptDrops(True)
        self.new_button = QToolButton()
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.new_button)
        self.language_menu = QMenu(self)
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)  # each name in its own language
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
        self.language_button = QToolButton()
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view_action = QAction(self)
        self.view_action.setShortcut(QKeySequence("F3"))  # "view", as in file managers
        self.view_action.triggered.connect(self.view_selected_evidence)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.workspace.table.addAction(self.delete_action)
        self.workspace.timeline.list.addAction(self.delete_action)
        # Enter opens the chosen record, as a double-click does.
        self.open_action = QAction(self)
        self.open_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.workspace.table.addAction(self.open_action)
        self.workspace.timeline.list.addAction(self.open_action)
        toolbar.addAction(self.view_action)
        toolbar.addAction(self.delete_action)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_document)
        toolbar.addAction(self.export_action)
        # Under one button: two more on the toolbar would push search and language out of
        # sight in Russian at the window's first size.
        self.notebook_menu = QMenu(self)
        self.notebook_menu.setToolTipsVisible(True)
        self.backup_action = self.notebook_menu.addAction("")
        self.backup_action.triggered.connect(self.back_up)
        self.backup_result: QMessageBox | None = None
        self.passphrase_action = self.notebook_menu.addAction("")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_action = self.notebook_menu.addAction("")
        self.recovery_action.triggered.connect(self.show_recovery_codes)
        self.identity_action = self.notebook_menu.addAction("")
        self.identity_action.triggered.connect(self.show_identity)
        self.send_action = self.notebook_menu.addAction("")
        self.send_action.triggered.connect(self.send_case)
        self.receive_action = self.notebook_menu.addAction("")
        self.receive_action.triggered.connect(self.choose_package)
        self.package_result: QMessageBox | None = None
        self.guard_action = self.notebook_menu.addAction("")
        self.guard_action.triggered.connect(self.show_guard)
        self.notebook_button = QToolButton()
        self.notebook_button.setMenu(self.notebook_menu)
        self.notebook_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.notebook_button)
        self.help_menu = QMenu(self)
        self.guide_action = self.help_menu.addAction("")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.addAction(self.guide_action)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = self.help_menu.addAction("")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addSeparator()
        self.appearance_action = self.help_menu.addAction("")
        self.appearance_action.triggered.connect(self.show_appearance)
        self.help_dialog: HelpDialog | None = None
        self.help_button = QToolButton()
        self.help_button.setMenu(self.help_menu)
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.help_button)
        # For tests only: a cheap key derivation for the recovery codes they make.
        self.kdf_options: dict[str, Any] = {}
        # For tests only: a settings file of their own, not Qt's default one.
        self.settings: QSettings | None = None
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.language_button)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(360)
        self.search_field.textChanged.connect(self.workspace.search)
        self.search_field.returnPressed.connect(self.workspace.open_first_result)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.workspace.table.addAction(self.copy_action)
        self.workspace.timeline.list.addAction(self.copy_action)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.welcome.create_requested.connect(self.create_notebook)
        self.welcome.open_requested.connect(self.choose_notebook)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.guide_requested.connect(self.show_guide)
        self.unlock_page.choose_other.connect(self.choose_notebook)
        self.workspace.record_activated.connect(self.edit_record)
        session.opened.connect(self._on_opened)
        session.locked.connect(self._on_locked)
        self.retranslate()
        # Wide enough for the toolbar in the language chosen (Russian and Kyrgyz words are
        # longer), so that search and the language menu are not pushed into its overflow.
        wanted = toolbar.sizeHint().width() + 24
        if self.screen() is not None:
            wanted = min(wanted, self.screen().availableGeometry().width())
        self.resize(max(self.width(), wanted), self.height())
        self._show_start()

    def _show_modified(self, clean: bool) -> None:
        # The stack may outlive the window by a moment while Qt deletes both.
        if shiboken6.isValid(self):
            self.setWindowModified(not clean)

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        # Alt and the underlined letter open each menu.
        self.new_button.setText(self.tr("&New"))
        self.language_button.setText(self.tr("Lan&guage"))  # Alt+L is the timeline's
        self.notebook_button.setText(self.tr("N&otebook"))
        self.help_button.setText(self.tr("&Help"))
        self.help_button.setToolTip(self.tr("The guide (F1), the keyboard shortcuts, appearance"))
        self.guide_action.setText(self.tr("Guide"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.appearance_action.setText(self.tr("Appearance…"))
        self.appearance_action.setToolTip(self.tr("Show this program under a plain name and icon"))
        self.open_action.setText(self.tr("Open the chosen record"))
        # Qt names the undo actions after the step they would undo, in Qt's own catalogue
        # (none for Kyrgyz): the toolbar shows our words for them instead.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.notebook_button.setToolTip(self.tr("Back up the notebook, or manage recovery codes"))
        names = {
            "incident": self.tr("Incident…"),
            "threat": self.tr("Threat…"),
            "interview": self.tr("Interview…"),
            "person": self.tr("Person…"),
            "organisation": self.tr("Organisation…"),
            "evidence": self.tr("Evidence (kept elsewhere)…"),
            "case": self.tr("Case…"),
        }
        for kind, action in self.new_actions.items():
            action.setText(names[kind])
        self.add_files_action.setText(self.tr("Evidence files…"))
        self.view_action.setText(self.tr("View file"))
        self.delete_action.setText(self.tr("Delete"))
        self.view_action.setToolTip(
            self.tr("Show the chosen evidence file, decrypted in memory (F3)")
        )
        self.copy_action.setText(self.tr("Copy"))
        self.find_action.setText(self.tr("Search everything"))
        self.export_action.setText(self.tr("Export…"))
        self.export_action.setToolTip(
            self.tr("Make a Word document or a CSV table of the case (Ctrl+E)")
        )
        self.backup_action.setText(self.tr("Back up…"))
        self.backup_action.setToolTip(
            self.tr("Write the whole notebook, encrypted, to one file to keep elsewhere")
        )
        self.passphrase_action.setText(self.tr("Change passphrase…"))
        self.passphrase_action.setToolTip(
            self.tr("A new passphrase for this notebook; the current one is asked again")
        )
        self.recovery_action.setText(self.tr("Recovery codes…"))
        self.recovery_action.setToolTip(
            self.tr("A second way in, written on paper, for the day the passphrase is lost")
        )
        self.identity_action.setText(self.tr("Contact code…"))
        self.send_action.setText(self.tr("Send case…"))
        self.send_action.setToolTip(
            self.tr("Write the chosen case as a file only the recipient's notebook can open")
        )
        self.receive_action.setText(self.tr("Receive case…"))
        self.guard_action.setText(self.tr("Erase after wrong passphrases…"))
        self.guard_action.setToolTip(
            self.tr("Optional: erase this notebook after too many wrong passphrases in a row")
        )
        self.receive_action.setToolTip(
            self.tr("Check a case package sent to this notebook and take it in")
        )
        self.identity_action.setToolTip(
            self.tr("What to give someone who may send this notebook a case")
        )
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the notebook now (Ctrl+L)"))
        self.erase_action.setText(self.tr("Erase this notebook now…"))
        self.erase_action.setToolTip(
            self.tr(
                "Destroy this notebook's keys at once, then its files: for emergencies "
                "(Ctrl+Shift+Del)"
            )
        )
        for page in (self.welcome, self.unlock_page, self.workspace):
            page.retranslate()

    # -- pages ------------------------------------------------------------------------------

    def _show_start(self) -> None:
        path = self.session.path
        if path is not None and (path / "notebook.json").is_file():
            self._show(self.unlock_page)
            self.unlock_page.prepare()
        else:
            self._show(self.welcome)

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        open_now = page is self.workspace
        self.lock_action.setEnabled(open_now)
        self.search_field.setEnabled(open_now)
        self.find_action.setEnabled(open_now)
        self.new_button.setEnabled(open_now)
        for action in self.new_actions.values():  # Ctrl+N reaches one with the menu shut
            action.setEnabled(open_now)
        self.view_action.setEnabled(open_now)
        self.delete_action.setEnabled(open_now)
        self.open_action.setEnabled(open_now)
        self.export_action.setEnabled(open_now)
        self.notebook_button.setEnabled(open_now)
        self.backup_action.setEnabled(open_now)
        self.recovery_action.setEnabled(open_now)
        self.passphrase_action.setEnabled(open_now)
        self.identity_action.setEnabled(open_now)
        self.send_action.setEnabled(open_now)
        self.receive_action.setEnabled(open_now)
        self.guard_action.setEnabled(open_now)

    def copy_selection(self) -> None:
        """Copy the selected rows as tab-separated text; the guard clears it after 30 s."""
        table = self.workspace.current_list()
        rows = sorted({index.row() for index in table.selectionModel().selectedIndexes()})
        model = table.model()
        lines = [
            "\t".join(
                str(model.index(row, column).data() or "") for column in range(model.columnCount())
            )
            for row in rows
        ]
        if lines:
            self.clipboard_guard.copy("\n".join(lines))

    def switch_language(self, code: str) -> None:
        """Speak `code` from now on, here and at the next start; lists are rebuilt in it."""
        install(QCoreApplication.instance(), code)
        save_language(code)
        self.workspace.language = code
        retranslate_all(self)
        if self.session.is_open:
            self.workspace.reload()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    # -- help, shortcuts and appearance -----------------------------------------------------

    def help(self) -> HelpDialog:
        """The one help dialog, made on first use; it asks this window what it says now."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(
                self,
                language=lambda: self.workspace.language,
                shortcuts=self.shortcut_list,
                menu_names=self.menu_names,
                notes=self.shortcut_notes,
            )
        return self.help_dialog

    def show_guide(self) -> HelpDialog:
        dialog = self.help()
        dialog.show_tab(HelpDialog.GUIDE_TAB)
        return dialog

    def show_shortcuts(self) -> HelpDialog:
        dialog = self.help()
        dialog.show_tab(HelpDialog.SHORTCUTS_TAB)
        return dialog

    def show_guide_on_first_run(self) -> HelpDialog | None:
        """The guide, by itself, at the first start only: remembered as soon as it is shown."""
        if guide_was_shown(self.settings):
            return None
        remember_guide_shown(self.settings)
        return self.show_guide()

    def shortcut_list(self) -> list[Shortcut]:
        # The undo actions' texts name the step they would undo: listed by what they do.
        names = {self.undo_action: self.tr("Undo"), self.redo_action: self.tr("Redo")}
        return shortcut_rows(self, names=names)

    def shortcut_notes(self) -> list[str]:
        return [
            self.tr("In the timeline chart: {0}").format(
                self.workspace.timeline.canvas.accessibleDescription()
            ),
            self.tr(
                "Tab and Shift+Tab move from control to control; Space uses the button that "
                "has the focus, and the arrow keys move in lists and menus."
            ),
        ]

    def menu_names(self) -> dict[str, str]:
        """What the guide's `{{…}}` words stand for: this window's menus as they read now."""

        def path(button: QToolButton, action: QAction) -> str:
            return f"{plain(button.text())} ▸ {plain(action.text())}"

        names = {
            "backup": path(self.notebook_button, self.backup_action),
            "recovery": path(self.notebook_button, self.recovery_action),
            "contact_code": path(self.notebook_button, self.identity_action),
            "change_passphrase": path(self.notebook_button, self.passphrase_action),
            "send_case": path(self.notebook_button, self.send_action),
            "receive_case": path(self.notebook_button, self.receive_action),
            "guard": path(self.notebook_button, self.guard_action),
            "evidence_files": path(self.new_button, self.add_files_action),
            "guide": path(self.help_button, self.guide_action),
            "shortcuts": path(self.help_button, self.shortcuts_action),
            "appearance": path(self.help_button, self.appearance_action),
            "lock": plain(self.lock_action.text()),
            "erase": plain(self.erase_action.text()),
            "export": plain(self.export_action.text()),
            "open_notebook": plain(self.welcome.open_button.text()),
        }
        return names

    def show_appearance(self) -> AppearanceDialog:
        dialog = AppearanceDialog(self, camouflage.current())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.change_disguise(dialog.chosen()))
        dialog.open()
        return dialog

    def change_disguise(self, disguise: camouflage.Disguise) -> None:
        """Remember the disguise (or its absence) and wear it at once."""
        camouflage.save(disguise, self.settings)
        camouflage.apply(disguise)
        self.apply_disguise()

    def apply_disguise(self) -> None:
        """Show the program's current name where this window shows it."""
        self.setWindowTitle(camouflage.title() + "[*]")
        self.welcome.retranslate()
        self.unlock_page.retranslate()

    def _on_opened(self) -> None:
        self.workspace.reload()
        self._show(self.workspace)

    def _on_locked(self) -> None:
        # The stack holds record values: they must not outlive the unlocked notebook.
        self.undo_stack.clear()
        self.search_field.clear()
        self.workspace.clear()
        self._show_start()

    # -- actions ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Close every dialog (a modal one must not hold the lock back), then the notebook."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        # Running imports, exports and backups must finish or stop before the database closes.
        stop_all_imports()
        stop_all_exports()
        stop_all_backups()
        stop_all_packages()
        self.session.lock()

    def new_record(self, kind: str) -> None:
        case_id = self.workspace.current_case_id()
        if kind != "case" and not case_id:
            QMessageBox.information(
                self, camouflage.title(), self.tr("Choose or create a case first.")
            )
            return
        EditorDialog(
            self,
            self.session,
            self.undo_stack,
            kind=kind,
            case_id=case_id or "",
            language=self.workspace.language,
        ).open()

    def export_document(self) -> None:
        case_id = self.workspace.current_case_id()
        if not case_id:
            QMessageBox.information(
                self, camouflage.title(), self.tr("Choose or create a case first.")
            )
            return
        DocumentExportDialog(
            self, self.session, case_id, language=self.workspace.language, actor=self.actor
        ).open()

    # -- backup and recovery codes ----------------------------------------------------------

    def back_up(self) -> None:
        """Ask where, then write the whole notebook to one encrypted file in the background."""
        if not self.session.is_open:
            return
        chosen = ask_for_paths(
            self,
            self.tr("Back up the notebook"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
            start=str(Path.home() / BACKUP_FILE_NAME),
        )
        if not chosen or not self.session.is_open:
            return
        path = Path(chosen[0])
        notebook = self.session.notebook
        if path.resolve().is_relative_to(notebook.vault.folder.resolve()):
            QMessageBox.information(
                self,
                camouflage.title(),
                self.tr("A backup cannot be written inside the notebook's folder: choose another."),
            )
            return
        # The file dialog has asked before replacing an existing file.
        job = start_backup(
            self, notebook, path, force=path.is_file(), language=self.workspace.language
        )
        if job is None:
            QMessageBox.information(
                self, camouflage.title(), self.tr("A backup is already running.")
            )
            return
        job.finished.connect(self._backed_up)
        job.failed.connect(self._backup_failed)

    def _backed_up(self, summary: BackupSummary) -> None:
        locale = QLocale(self.workspace.language)
        lines = [
            self.tr("The backup is written: {0} ({1}).").format(
                summary.path, data_size(locale, summary.file_bytes)
            ),
            self.tr(
                "This backup opens with the passphrase you have now (and any recovery code you "
                "have now), even after you change it. Keep it somewhere safe, away from this "
                "laptop; erase does not reach it."
            ),
        ]
        if summary.missing_files:
            lines.append(
                self.tr(
                    "{0} evidence files were already missing from the notebook: the backup "
                    "cannot hold them."
                ).format(summary.missing_files)
            )
        self._tell_about_backup(QMessageBox.Icon.Information, "\n\n".join(lines))

    def _backup_failed(self, message: str) -> None:
        self._tell_about_backup(QMessageBox.Icon.Warning, message)

    def _tell_about_backup(self, icon: QMessageBox.Icon, text: str) -> None:
        # Not modal: an outcome delivered while the lock waits for the job must not hold it.
        self.backup_result = QMessageBox(
            icon, camouflage.title(), text, QMessageBox.StandardButton.Ok, self
        )
        self.backup_result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_result.open()

    def show_recovery_codes(self) -> RecoveryDialog | None:
        if not self.session.is_open:
            return None
        dialog = RecoveryDialog(self, self.session, kdf_options=self.kdf_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- case packages ----------------------------------------------------------------------

    def send_case(self) -> SendCaseDialog | None:
        case_id = self.workspace.current_case_id()
        if not self.session.is_open or not case_id:
            QMessageBox.information(
                self, camouflage.title(), self.tr("Choose the case to send first.")
            )
            return None
        dialog = SendCaseDialog(
            self, self.session, case_id, actor=self.actor, language=self.workspace.language
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self._case_sent)
        dialog.open()
        return dialog

    def _case_sent(self, sent: SentPackage) -> None:
        # Not modal: an outcome delivered while the lock waits for the job must not hold it.
        self.package_result = QMessageBox(
            QMessageBox.Icon.Information,
            camouflage.title(),
            sent_summary(self, sent, self.workspace.language),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.package_result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.package_result.open()

    def choose_package(self) -> None:
        chosen = ask_for_paths(
            self, self.tr("Receive a case package"), mode=QFileDialog.FileMode.ExistingFile
        )
        if chosen:
            self.receive_package(Path(chosen[0]))

    def receive_package(self, path: Path) -> ReceiveDialog | None:
        """Check the package, show what it holds and who signed it; take it in if accepted."""
        if not self.session.is_open:
            return None
        dialog = ReceiveDialog(
            self, self.session, path, actor=self.actor, language=self.workspace.language
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.received.connect(self._case_received)
        dialog.open()
        dialog.check()
        return dialog

    def _case_received(self, _report: ReceivedPackage) -> None:
        # Undo steps recorded before may describe records the package has since changed.
        self.undo_stack.clear()
        self._after_change()

    def change_passphrase(self) -> PassphraseDialog | None:
        if not self.session.is_open:
            return None
        dialog = PassphraseDialog(self, self.session, kdf_options=self.session.kdf_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guard(self) -> GuardDialog | None:
        if not self.session.is_open:
            return None
        dialog = GuardDialog(self, self.session)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_identity(self) -> IdentityDialog | None:
        if not self.session.is_open:
            return None
        dialog = IdentityDialog(self, self.session, self.clipboard_guard)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_record(self, record_id: str) -> None:
        record = self.session.notebook.get(record_id)
        case_id = record.id if record.KIND == "case" else record.case_id
        EditorDialog(
            self,
            self.session,
            self.undo_stack,
            kind=record.KIND,
            case_id=case_id,
            record=record,
            language=self.workspace.language,
        ).open()

    # -- evidence files ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session.is_open and files_from_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = files_from_drop(event.mimeData())
        if len(paths) == 1 and paths[0].is_file() and is_package(paths[0]):
            event.acceptProposedAction()
            self.receive_package(paths[0])
        elif paths:
            event.acceptProposedAction()
            self.add_evidence(paths)

    def choose_evidence_files(self) -> None:
        chosen = ask_for_paths(
            self, self.tr("Add evidence files"), mode=QFileDialog.FileMode.ExistingFiles
        )
        if chosen:
            self.add_evidence([Path(name) for name in chosen])

    def add_evidence(self, paths: list[Path]) -> None:
        case_id = self.workspace.current_case_id()
        if not case_id:
            QMessageBox.information(
                self, camouflage.title(), self.tr("Choose or create a case first.")
            )
            return
        job = start_import(self, self.session, case_id, paths, actor=self.actor)
        if job is not None:
            for signal in (job.finished, job.failed, job.cancelled):
                signal.connect(lambda *_: self._after_change())

    def open_selected(self) -> None:
        """Open the chosen record of the list that has the focus in its editor."""
        index = self.workspace.current_list().currentIndex()
        record_id = index.data(RecordIdRole) if index.isValid() else None
        if record_id and self.session.is_open:
            self.edit_record(record_id)

    def view_selected_evidence(self) -> None:
        index = self.workspace.current_list().currentIndex()
        record_id = index.data(RecordIdRole) if index.isValid() else None
        if not record_id or self.session.notebook.evidence_file(record_id) is None:
            QMessageBox.information(
                self, camouflage.title(), self.tr("Choose an evidence item that has a stored file.")
            )
            return
        try:
            EvidenceViewer(self, self.session, record_id, actor=self.actor).open()
        except NotebookError as error:
            QMessageBox.warning(
                self,
                camouflage.title(),
                self.tr("The file could not be opened: {0}").format(core_message(error)),
            )

    def delete_selected(self) -> None:
        """Delete the chosen record: undoable, except an evidence file, which is destroyed."""
        index = self.workspace.current_list().currentIndex()
        record_id = index.data(RecordIdRole) if index.isValid() else None
        if not record_id:
            return
        notebook = self.session.notebook
        has_file = notebook.evidence_file(record_id) is not None
        question = (
            self.tr(
                "Delete this evidence item and destroy its file? This cannot be undone: "
                "the file's key is erased. Copies exported earlier are not affected."
            )
            if has_file
            else self.tr("Delete this record? Undo brings it back.")
        )
        answer = QMessageBox.question(
            self,
            camouflage.title(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if has_file:
                notebook.delete(record_id, actor=self.actor)
                self.undo_stack.clear()  # earlier steps may name what is now gone for good
                self._after_change()
            else:
                command = DeleteRecord(lambda: self.session.notebook, record_id, self.tr("Delete"))
                notebook.delete(record_id, actor=self.actor)  # a refusal raises here
                command.already_done = True
                self.undo_stack.push(command)
        except NotebookError as error:
            QMessageBox.warning(
                self,
                camouflage.title(),
                self.tr("It was not deleted: {0}").format(core_message(error)),
            )

    def _after_change(self) -> None:
        if self.session.is_open:
            self.workspace.reload()

    def create_notebook(self) -> None:
        dialog = CreateDialog(self, self._default_folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.create(dialog.folder(), dialog.secret())
        except NotebookError as error:
            QMessageBox.warning(
                self,
                camouflage.title(),
                self.tr("The notebook was not created: {0}").format(core_message(error)),
            )

    def choose_notebook(self) -> None:
        chosen = ask_for_paths(
            self, self.tr("Choose a notebook folder"), mode=QFileDialog.FileMode.Directory
        )
        if not chosen:
            return
        path = Path(chosen[0])
        if not (path / "notebook.json").is_file():
            QMessageBox.information(
                self, camouflage.title(), self.tr("That folder does not hold a notebook.")
            )
            return
        self.session.lock()
        self.session.path = path
        self._show_start()

    # -- emergency erase --------------------------------------------------------------------

    def ask_to_erase(self) -> EraseDialog | None:
        """The notebook this window has (open or locked), else one the user points to."""
        folder = self.session.path
        if folder is None or not is_notebook_folder(folder):
            chosen = ask_for_paths(
                self,
                self.tr("Choose the notebook folder to erase"),
                mode=QFileDialog.FileMode.Directory,
            )
            if not chosen:
                return None
            folder = Path(chosen[0])
            if not is_notebook_folder(folder):
                QMessageBox.information(
                    self, camouflage.title(), self.tr("That folder does not hold a notebook.")
                )
                return None
        dialog = EraseDialog(self)
        dialog.accepted.connect(lambda: self.erase_now(folder))
        dialog.open()
        return dialog

    def erase_now(self, folder: Path) -> EraseReport | None:
        """Lock (closing dialogs, stopping jobs, closing the database), erase, say what was done.

        On the UI thread: the keys go in milliseconds and the rest is unlinking, which writes
        no data; and nothing else should happen in this window until it is done.
        """
        self.lock()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = erase(folder)
        except (NotebookError, OSError) as error:
            QMessageBox.warning(
                self,
                camouflage.title(),
                self.tr("The notebook was not erased: {0}").format(core_message(error)),
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if self.session.path is not None and not is_notebook_folder(self.session.path):
            self.session.path = None
        self._show_start()
        self.erase_result = QMessageBox(
            QMessageBox.Icon.Information if report.complete else QMessageBox.Icon.Warning,
            camouflage.title(),
            self._erase_summary(report),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.erase_result.open()
        return report

    def _erase_summary(self, report: EraseReport) -> str:
        if report.unreadable:
            lines = [
                self.tr(
                    "The notebook was erased. Its keys were destroyed first: {0} s after the "
                    "start nothing in it could be read, not even with the passphrase. Files "
                    "removed after that: {1}."
                ).format(
                    QLocale(self.workspace.language).toString(
                        report.seconds_to_unreadable, "f", 3
                    ),  # "0.004", "0,004"
                    report.files_removed,
                )
            ]
        else:
            lines = [
                self.tr(
                    "The notebook could NOT be erased: its key files could not be destroyed "
                    "(is the disk read-only?). Destroy the disk, or the folder by other means."
                )
            ]
        if report.in_use:
            lines.append(
                self.tr(
                    "Another program had this notebook open and still holds its keys in memory. "
                    "Close it, or shut the computer down, now."
                )
            )
        if report.leftovers:
            lines.append(
                self.tr("{0} items in the folder could not be removed.").format(
                    len(report.leftovers)
                )
            )
        lines.append(
            self.tr(
                "Copies elsewhere (backups, exports, synced folders, a copy someone already "
                "took) are not affected, and a disk may keep older versions of the files."
            )
        )
        return "\n\n".join(lines)

    def open_demo(self) -> None:
        if self._build_demo is None:
            return
        self.session.lock()
        try:
            self._build_demo(self.session)
        except (NotebookError, OSError) as error:
            QMessageBox.warning(
                self,
                camouflage.title(),
                self.tr("The demo could not be built: {0}").format(core_message(error)),
            )
        if not self.session.is_open:
            self._show_start()
