"""Reading an exported .docx the way a suspicious reviewer would: every part, as text."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.document import Document

_TAG = re.compile(r"<[^>]+>")


def parts(data: bytes) -> dict[str, str]:
    """Every XML part of the package (document, headers, footers, properties …), decoded."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith((".xml", ".rels"))
        }


def all_text(data: bytes) -> str:
    """The words of every part, tags removed and runs joined, so a name split across runs
    is still found."""
    return "\n".join(_TAG.sub("", xml) for xml in parts(data).values())


def opened(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def paragraphs(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in opened(data).paragraphs]


def field_instructions(data: bytes) -> list[str]:
    """The instructions of every Word field in headers and footers: ["PAGE", "NUMPAGES"]."""
    found = []
    for name, xml in parts(data).items():
        if name.startswith("word/footer") or name.startswith("word/header"):
            found += [text.strip() for text in re.findall(r"<w:instrText[^>]*>([^<]*)<", xml)]
    return found
