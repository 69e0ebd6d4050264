"""Every profile of the demo case opens in LibreOffice and becomes a PDF (skipped without it)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "docs_preview.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("docs_preview", TOOL)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docs_preview", tool)
    spec.loader.exec_module(tool)
    return tool


def test_libreoffice_converts_every_profile_of_the_demo_to_a_pdf(tmp_path):
    tool = load_tool()
    if tool.office() is None:
        pytest.skip("LibreOffice is not installed here")
    documents = tool.demo_documents(tmp_path)
    assert {path.stem for path in documents} == {
        "demo-witness",
        "demo-chronology",
        "demo-urgent-appeal",
        "demo-interview",
        "demo-exhibits",
    }
    pdfs = tool.to_pdf(documents, tmp_path)
    for pdf in pdfs:
        assert pdf.read_bytes().startswith(b"%PDF-")
        if (info := _pdfinfo(pdf)) is not None:
            assert info.get("Pages", 0) >= 1, pdf.name
            assert "python-docx" not in info.get("Creator", "") + info.get("Author", "")


def _pdfinfo(pdf: Path) -> dict[str, object] | None:
    try:
        shown = subprocess.run(
            ["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=30
        ).stdout
    except (FileNotFoundError, subprocess.CalledProcessError):
        return None
    info: dict[str, object] = {}
    for line in shown.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = int(value) if key == "Pages" else value.strip()
    return info
