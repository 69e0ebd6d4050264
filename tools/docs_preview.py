"""`make docs-preview`: every document profile of the demo case, as .docx, PDF and PNG pages.

    .venv/bin/python tools/docs_preview.py [OUT]      # default: docs-preview/

Needs LibreOffice (Debian: libreoffice-writer-nogui) for the PDFs and poppler (pdftoppm)
for the pictures; says which is missing otherwise. LibreOffice runs with a profile of its
own in a temporary folder, so nothing is left in the user's LibreOffice settings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo
from notebook.export import chronology
from notebook.export.facts import gather
from notebook.export.profiles import PROFILES, ExportOptions, document_bytes
from notebook.model import Interview, Person

CONVERT_TIMEOUT_S = 180


def office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(documents: list[Path], out: Path) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice run; raise if any is missing after."""
    program = office()
    if program is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *map(str, documents),
            ],
            check=True,
            capture_output=True,
            timeout=CONVERT_TIMEOUT_S,
        )
    made = [out / (document.stem + ".pdf") for document in documents]
    missing = [path.name for path in made if not path.is_file() or path.stat().st_size == 0]
    if missing:
        raise RuntimeError(f"LibreOffice made no PDF of: {', '.join(missing)}")
    return made


def demo_documents(out: Path) -> list[Path]:
    """Every profile of the demo case (witness: the defender; interview: his), and the CSV."""
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        notebook = build_demo(
            Path(scratch) / "demo.casenotebook",
            kdf=WEAK_KDF_FOR_TESTS,
            allow_weak_kdf_for_tests=True,
        )
        try:
            case = notebook.cases()[0]
            defender = next(
                person
                for person in notebook.records(case_id=case.id, kind="person")
                if isinstance(person, Person) and not person.protected
            )
            interview = next(
                record
                for record in notebook.records(case_id=case.id, kind="interview")
                if isinstance(record, Interview)
            )
            facts = gather(notebook, case.id)
            options = ExportOptions(
                witness_id=defender.id,
                interview_id=interview.id,
                proceedings="Kamil Ruziev v State Committee for National Security",
                party="Claimant",
                court="Karakol City Court",
            )
            for profile in PROFILES:
                path = out / f"demo-{profile}.docx"
                path.write_bytes(document_bytes(facts, profile, options))
                written.append(path)
            csv_path = out / "demo-chronology.csv"
            csv_path.write_bytes(chronology.csv_bytes(facts))
        finally:
            notebook.close()
    return written


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs-preview")
    out.mkdir(parents=True, exist_ok=True)
    documents = demo_documents(out)
    if office() is None:
        print("LibreOffice is not installed (Debian: libreoffice-writer-nogui); .docx only")
        return 1
    pdfs = to_pdf(documents, out)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is not installed (Debian: poppler-utils); .docx and PDF only")
        return 1
    for pdf in pdfs:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", str(pdf), str(out / pdf.stem)],
            check=True,
            timeout=CONVERT_TIMEOUT_S,
        )
    for path in sorted(out.iterdir()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
