"""Full-text search over every record (FTS5 inside the encrypted database)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .db import Database
from .errors import InvalidInput

LABEL_WEIGHT = 5.0  # a match in a title or name counts five times a match in the text
SNIPPET_TOKENS = 16


def fold(text: str) -> str:
    """What both the index and the query see, so that a search for "убьет" finds "убьёт".

    unicode61's remove_diacritics folds Latin letters only; Russian readers treat ё as е.
    Two replaces, not str.translate: a translation table costs about 30 µs on a paragraph of
    Cyrillic, which was a twentieth of the time to store a record (bench/misses.md).
    """
    return text.replace("ё", "е").replace("Ё", "Е")


def index_record(
    db: Database, num: int, label: str, texts: list[str], *, replace: bool = True
) -> None:
    """Put one record's row in the index (its rowid is the record's stable number)."""
    if replace:
        db.execute("DELETE FROM search_index WHERE rowid = ?", (num,))
    db.execute(
        "INSERT INTO search_index(rowid, label, content) VALUES (?, ?, ?)",
        (num, fold(label), fold("\n".join(texts))),
    )


def unindex_record(db: Database, num: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid = ?", (num,))


@dataclass(frozen=True, kw_only=True)
class Hit:
    record_id: str
    kind: str
    case_id: str
    label: str
    snippet: str  # the best passage, matched words between the caller's marks
    score: float  # lower is better (bm25)


def match_expression(query: str) -> str:
    """The user's words as an FTS5 expression: every word must occur; `word*` is a prefix.

    Quoting each word keeps FTS5's operators and punctuation from being read as syntax.
    """
    terms = []
    for word in fold(query).split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if any(character.isalnum() for character in word):  # FTS5 would drop pure punctuation
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    if not terms:
        raise InvalidInput("the search needs at least one word", field="query")
    return " ".join(terms)


def search(
    db: Database,
    query: str,
    *,
    case_id: str | None = None,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """Ranked hits with highlighted snippets, optionally within one case."""
    sql = (
        "SELECT r.id, r.kind, r.case_id, r.label,"
        " snippet(search_index, -1, ?, ?, '…', ?) AS snippet,"
        " bm25(search_index, ?, 1.0) AS score"
        " FROM search_index JOIN records r ON r.num = search_index.rowid"
        " WHERE search_index MATCH ?"
    )
    parameters: list[Any] = [
        marks[0],
        marks[1],
        SNIPPET_TOKENS,
        LABEL_WEIGHT,
        match_expression(query),
    ]
    if case_id is not None:
        sql += " AND (r.case_id = ? OR r.id = ?)"
        parameters += [case_id, case_id]
    sql += " ORDER BY score LIMIT ?"
    parameters.append(limit)
    return [
        Hit(
            record_id=row["id"],
            kind=row["kind"],
            case_id=row["case_id"] or "",
            label=row["label"],
            snippet=row["snippet"],
            score=row["score"],
        )
        for row in db.query(sql, parameters)
    ]
