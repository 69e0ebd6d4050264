"""`make screenshots`: the main views of the demo notebook, rendered offscreen to PNG files."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from notebook import Notebook, dates
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo, demo_passphrase
from notebook.model import Incident
from notebook.timeline import MarkFilter

from .editor import EditorDialog
from .language import LANGUAGES, install
from .main_window import MainWindow
from .sections import SECTIONS
from .session import Session
from .timeline_content import BY_PERSON, BY_TYPE

SIZE = (1360, 820)


def render(out: Path) -> list[Path]:
    """Build the demo in a temporary folder (cheap key: these are pictures, not a notebook to
    keep), then grab each page of the window."""
    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "demo.casenotebook"
        build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True).close()

        def shoot(window: MainWindow, name: str) -> None:
            app.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        for code in LANGUAGES:
            install(app, code)
            welcome = MainWindow(
                Session(None), default_folder=folder, demo_passphrase=demo_passphrase()
            )
            welcome.workspace.language = code
            welcome.resize(*SIZE)
            welcome.show()
            shoot(welcome, f"{code}-welcome")
            shoot_help(welcome, code, out, written, settings=Path(scratch) / f"{code}.ini")
            session = Session(folder)
            window = MainWindow(session, default_folder=folder)
            window.workspace.language = code
            window.resize(*SIZE)
            window.show()
            shoot(window, f"{code}-unlock")
            session.unlock(demo_passphrase())
            case_id = session.notebook.cases()[0].id
            for section in SECTIONS:
                window.workspace.show_section(case_id, section.key)
                shoot(window, f"{code}-{section.key}")
            shoot_timeline(window, case_id, code, shoot)
            window.search_field.setText("Karakol" if code == "en" else "Каракол")
            shoot(window, f"{code}-search")
            window.search_field.clear()
            shoot_packages(window, code, out, written, scratch=Path(scratch))
            threat = session.notebook.records(kind="threat")[0]
            window.edit_record(threat.id)
            editor = next(w for w in window.findChildren(EditorDialog) if w.isVisible())
            editor.resize(720, 900)
            app.processEvents()
            path = out / f"{code}-editor.png"
            editor.grab().save(str(path))
            written.append(path)
            editor.reject()
            session.lock()
            welcome.close()
            window.close()
        install(app, "en")
    return written


def shoot_help(
    window: MainWindow, code: str, out: Path, written: list[Path], *, settings: Path
) -> None:
    """The guide as the first start shows it, the shortcuts list, and the Appearance dialog.

    `settings` is a scratch file: these pictures must not mark the guide as seen for real.
    """
    app = QApplication.instance()

    def grab(dialog: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{code}-{name}.png"
        dialog.grab().save(str(path))
        written.append(path)

    window.settings = QSettings(str(settings), QSettings.Format.IniFormat)
    help_dialog = window.show_guide_on_first_run()
    assert help_dialog is not None, "a fresh settings file is a first start"
    grab(help_dialog, "guide")
    grab(window.show_shortcuts(), "shortcuts")
    appearance = window.show_appearance()
    appearance.disguised.setChecked(True)
    grab(appearance, "appearance")
    appearance.reject()
    help_dialog.reject()


def shoot_packages(
    window: MainWindow, code: str, out: Path, written: list[Path], *, scratch: Path
) -> None:
    """Send case with a lawyer's contact code typed in, and the check of the package the lawyer
    sent back with one incident edited (a dry run: the demo takes nothing in)."""
    app = QApplication.instance()
    notebook = window.session.notebook
    case_id = notebook.cases()[0].id
    back = scratch / f"from-the-lawyer-{code}.cnpkg"
    with Notebook.create(
        scratch / f"lawyer-{code}.casenotebook",
        "the lawyer's passphrase",
        kdf=WEAK_KDF_FOR_TESTS,
        allow_weak_kdf_for_tests=True,
    ) as lawyer:
        sent = scratch / f"to-the-lawyer-{code}.cnpkg"
        notebook.send_case(case_id, lawyer.identity(), sent, actor="demo")
        lawyer.receive_package(sent, actor="lawyer")
        incident = lawyer.records(case_id=case_id, kind="incident")[1]
        assert isinstance(incident, Incident)
        lawyer.update(incident.id, description=incident.description + " (checked by the lawyer)")
        lawyer.send_case(case_id, notebook.identity(), back, actor="lawyer")
        lawyer_code = lawyer.identity().contact_code

    def grab(dialog: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{code}-{name}.png"
        dialog.grab().save(str(path))
        written.append(path)

    send = window.send_case()
    assert send is not None
    send.code.setPlainText(lawyer_code)
    grab(send, "send-case")
    send.reject()
    receive = window.receive_package(back)
    assert receive is not None
    deadline = time.monotonic() + 60
    while receive.plan is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    grab(receive, "receive-case")
    receive.reject()


# The demo case's story at three distances: the months of the complaint and the lawsuit,
# then the days of the detention and the hospital.
TIMELINE_CLOSE_UPS = (("months", "2020-01-15/2020-07-20"), ("days", "2020-05-26/2020-06-11"))


def shoot_timeline(window: MainWindow, case_id: str, code: str, shoot) -> None:
    """The timeline fitted, closer up twice, filtered, and in lanes by person."""
    window.workspace.show_section(case_id, "timeline")
    page = window.workspace.timeline
    page.canvas.fit()
    shoot(window, f"{code}-timeline-fit")
    for name, stretch in TIMELINE_CLOSE_UPS:
        first, last = dates.sort_bounds(dates.parse(stretch))
        page.canvas.zoom_to(first, last)
        shoot(window, f"{code}-timeline-{name}")
    page.set_filter(MarkFilter(groups=frozenset({"liberty", "rights-denied", "pressure"})))
    page.canvas.fit()
    shoot(window, f"{code}-timeline-filtered")
    page.clear_filters()
    page.lanes.setCurrentIndex(page.lanes.findData(BY_PERSON))
    page.canvas.fit()
    shoot(window, f"{code}-timeline-by-person")
    page.lanes.setCurrentIndex(page.lanes.findData(BY_TYPE))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
