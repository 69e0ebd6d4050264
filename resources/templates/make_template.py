"""Rebuild case-notebook.docx, the template every document profile starts from.

    .venv/bin/python resources/templates/make_template.py

An organisation may replace the .docx with its own (letterhead, fonts), keeping the style
names listed in notebook/export/document.py REQUIRED_STYLES; this script is only how the
shipped one was made: python-docx's default styles, with our fonts and spacing, and no
author, dates or program name left in it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

from notebook.export.document import set_properties, to_bytes

FONT = "Arial"  # the usual face of court documents in England and Wales, and on every system


def main() -> int:
    document = docx.Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 16), ("Heading 1", 13), ("Heading 2", 11.5)):
        style = styles[name]
        style.font.name = FONT
        # The default headings name the theme's fonts, which win over a named font: drop them,
        # or Word and LibreOffice set headings in another face than the text.
        fonts = style.element.rPr.rFonts
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:cs"), FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = None
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
    styles["List Number"].font.name = FONT
    styles["Table Grid"].font.name = FONT
    set_properties(document, title="")
    out = Path(__file__).with_name("case-notebook.docx")
    out.write_bytes(to_bytes(document))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
