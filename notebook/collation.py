"""Alphabetical order for names and labels: the Russian and Kyrgyz alphabet, and the others.

Python's own order puts every capital before every small letter and the Kyrgyz letters ң, ө
and ү, and ё, after я (they lie outside а–я in Unicode). `sort_key` orders as a reader
expects, without ICU: case does not matter, Cyrillic letters follow the Russian and Kyrgyz
alphabet (а б в г д е ё ж … н ң о ө п … у ү ф … я), other letters their base letter (é
as e), Latin before Cyrillic. Ties are broken by accents, then by case (small first), so the
order is the same whatever order the items came in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# The Russian and Kyrgyz alphabets in one, and a few letters of neighbouring languages (Kazakh,
# Ukrainian, Uzbek, Tajik) beside the letter they are read nearest to, so they do not fall
# after я.
ALPHABET = "аәбвгғґдеёєжзиіїйкқлмнңоөпрстуұүўфхһҳцчҷшщъыьэюя"

# Weights below U+0430 that no casefolded text uses (U+0400–U+042F are the capitals),
# above every Latin letter and below any Cyrillic letter the alphabet leaves out.
_FIRST_WEIGHT = 0x400
_RANK = {letter: _FIRST_WEIGHT + rank for rank, letter in enumerate(ALPHABET)}
assert len(ALPHABET) <= 0x30, "the alphabet would reach the small letters' weights"

SortKey = tuple[tuple[int, ...], tuple[str, ...], tuple[bool, ...], str]


def sort_key(text: str) -> SortKey:
    """A key for `sorted` that orders `text` alphabetically, as described above."""
    composed = unicodedata.normalize("NFC", text)
    letters: list[int] = []
    accents: list[str] = []
    for char in composed.casefold():
        weight = _RANK.get(char)
        if weight is not None:
            letters.append(weight)
            accents.append("")
            continue
        # Split "é" into "e" and its accent; a Cyrillic letter of the alphabet never gets here,
        # so "й" and "ё" stay letters of their own.
        decomposed = unicodedata.normalize("NFD", char)
        base = [c for c in decomposed if not unicodedata.combining(c)] or [char]
        letters.extend(_RANK.get(c, ord(c)) for c in base)
        accents.append("".join(c for c in decomposed if unicodedata.combining(c)))
    capitals = tuple(not char.islower() for char in composed if char.isalpha())
    return tuple(letters), tuple(accents), capitals, composed


def sort_by_name(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """`items` in alphabetical order of `key(item)` (of the item itself when no key is given)."""
    name = key or (lambda item: str(item))
    return sorted(items, key=lambda item: sort_key(name(item)))
