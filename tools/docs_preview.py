"""`make docs-preview`: every document profile of the demo case, as .docx, PDF and PNG pages.

    .venv/bin/python tools/docs_preview.py [OUT] [--language en|ru|ky]...   # default: docs-preview/

Each profile is made in every language it is made in (or only those named), with a bundle's
index beside them: demo-chronology.docx in English, demo-chronology-ru.docx in Russian …

Needs LibreOffice (Debian: libreoffice-writer-nogui) for the PDFs and poppler (pdftoppm)
for the pictures; says which is missing otherwise. LibreOffice runs with a profile of its
own in a temporary folder, so nothing is left in the user's LibreOffice settings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo
from notebook.export import bundle, chronology
from notebook.export.facts import gather
from notebook.export.profiles import PROFILES, ExportOptions, document_bytes, languages
from notebook.export.wording import LANGUAGES
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


def demo_documents(
    out: Path, wanted: Sequence[str] = ("en",), *, index: bool = False
) -> list[Path]:
    """Every profile of the demo case (witness: the defender; interview: his) in each of the
    `wanted` languages it is made in, the chronology's CSV, and with `index` the index of an
    evidence bundle."""
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
            for language in wanted:
                suffix = "" if language == "en" else f"-{language}"
                facts = gather(notebook, case.id, language=language)
                options = ExportOptions(
                    language=language,
                    witness_id=defender.id,
                    interview_id=interview.id,
                    proceedings="Kamil Ruziev v State Committee for National Security",
                    party="Claimant",
                    court="Karakol City Court",
                )
                for profile in PROFILES:
                    if language not in languages(profile):
                        continue
                    path = out / f"demo-{profile}{suffix}.docx"
                    path.write_bytes(document_bytes(facts, profile, options))
                    written.append(path)
                csv_path = out / f"demo-chronology{suffix}.csv"
                csv_path.write_bytes(chronology.csv_bytes(facts))
                if index:
                    written.append(_bundle_index(notebook, case.id, options, out, suffix, scratch))
        finally:
            notebook.close()
    return written


def _bundle_index(notebook, case_id: str, options, out: Path, suffix: str, scratch: str) -> Path:
    """The data/index.docx of the demo's evidence bundle, taken out of a bundle made aside."""
    made = Path(scratch) / f"bundle{suffix}.zip"
    bundle.build_bundle(
        notebook, case_id, made, bundle.BundleOptions(documents=options, actor="docs-preview")
    )
    with zipfile.ZipFile(made) as archive:
        (name,) = [entry for entry in archive.namelist() if entry.endswith("/data/index.docx")]
        path = out / f"demo-bundle-index{suffix}.docx"
        path.write_bytes(archive.read(name))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description="Render the demo case's documents.")
    parser.add_argument("out", nargs="?", default="docs-preview", type=Path)
    parser.add_argument("--language", action="append", choices=LANGUAGES, dest="languages")
    arguments = parser.parse_args()
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    documents = demo_documents(out, arguments.languages or LANGUAGES, index=True)
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
