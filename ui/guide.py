"""The built-in guide: Markdown files in `resources/help/`, one per language, read and checked.

A guide is `guide.<language>.md`. Every heading ends with an id, `## Backups {#backup}`, the
same ids in the same order in every language: links inside the guide (`[…](#backup)`) and the
dialog's list of sections use them, so they work whatever the language. A word in double
braces, `{{backup}}`, is replaced when the guide is shown by what the program itself calls
that menu item (so the guide cannot name a menu differently from the menu); after a `|`
comes the words to use where the program has no such item.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from notebook.resources import resource_path

FALLBACK_LANGUAGE = "en"
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$")
BARE_HEADING = re.compile(r"^#{1,6}\s")
PLACEHOLDER = re.compile(r"\{\{([a-z_]+)(?:\|([^}]*))?\}\}")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#])")


class BrokenGuide(ValueError):
    """A guide file breaks the rules above; the message says where."""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    level: int  # 1 for the title of the whole guide, 2 for its sections


@dataclass(frozen=True)
class Guide:
    language: str  # the language of the file read, which may be the fallback's
    sections: tuple[Section, ...]
    markdown: str  # with the heading ids taken out; placeholders still in

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)

    def placeholders(self) -> list[tuple[str, str | None]]:
        """(name, words to use without it) for each `{{…}}` in the text, in order."""
        return [(match[1], match[2]) for match in PLACEHOLDER.finditer(self.markdown)]

    def rendered(self, names: Mapping[str, str]) -> str:
        """The Markdown to show: each `{{name}}` replaced by `names[name]`, else its fallback."""

        def replace(match: re.Match[str]) -> str:
            words = names.get(match[1])
            if words is None:
                return match[2] if match[2] is not None else match[1]
            return _MARKDOWN_SPECIAL.sub(r"\\\1", words)

        return PLACEHOLDER.sub(replace, self.markdown)


def guide_folder() -> Path:
    return resource_path("help")


def guide_file(language: str) -> Path:
    return guide_folder() / f"guide.{language}.md"


def available_languages() -> list[str]:
    return sorted(path.name.split(".")[1] for path in guide_folder().glob("guide.*.md"))


def load(language: str) -> Guide:
    """The guide in `language`, else in English (a language may arrive before its guide)."""
    path = guide_file(language)
    if not path.is_file():
        language, path = FALLBACK_LANGUAGE, guide_file(FALLBACK_LANGUAGE)
    return parse(path.read_text(encoding="utf-8"), language=language)


def parse(text: str, *, language: str) -> Guide:
    """Take the ids out of the headings, keeping them in order; refuse a heading without one."""
    sections: list[Section] = []
    lines: list[str] = []
    in_code = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and BARE_HEADING.match(line):
            found = HEADING.match(line)
            if found is None:
                raise BrokenGuide(f"guide.{language}.md, line {number}: a heading needs an id")
            level, title, section_id = len(found[1]), found[2], found[3]
            if section_id in {section.id for section in sections}:
                raise BrokenGuide(f"guide.{language}.md, line {number}: {section_id} again")
            sections.append(Section(section_id, title, level))
            line = f"{found[1]} {title}"
        lines.append(line)
    if not sections:
        raise BrokenGuide(f"guide.{language}.md has no headings")
    return Guide(language=language, sections=tuple(sections), markdown="\n".join(lines) + "\n")
