"""The core's error messages reach the desktop in the interface language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from notebook import DamagedPackage, InUse, InvalidInput, dateinput, dates, model
from ui import core_words, language

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "notebook"
# The command line is a second front end that speaks English only: its own usage messages
# never reach the desktop, so they need no translation.
ENGLISH_ONLY = {CORE / "cli.py"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Every class in errors.py, and every class anywhere in the core built on one of them."""
    classes = {
        node.name for node in ast.walk(trees[CORE / "errors.py"]) if isinstance(node, ast.ClassDef)
    }
    while True:
        grown = classes | {
            node.name
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and any(_name(b) in classes for b in node.bases)
        }
        if grown == classes:
            return classes
        classes = grown


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's string constants: `_FULL_YEAR = "…"`, and f-strings made only of them."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = _name(node.targets[0])
        text = _text(node.value, found, {})
        if target is not None and text is not None:
            found[target] = text
    return found


def _text(node: ast.expr, constants: dict[str, str], helpers: dict[str, list[str]]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.JoinedStr):
        parts = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                part = part.value
            value = _text(part, constants, helpers)
            if value is None:
                return None
            parts.append(value)
        return "".join(parts)
    return None


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, list[str]]:
    """What each module-level function returns when it returns a fixed message (`_diagnose`)."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for each in ast.walk(node):
                if isinstance(each, ast.Return) and each.value is not None:
                    text = _text(each.value, constants, {})
                    if text is not None:
                        found.setdefault(node.name, []).append(text)
    return found


def core_messages() -> Iterator[tuple[str, str]]:
    """(where, message) for each fixed message the core hands an error it raises."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in CORE.rglob("*.py")}
    classes = _error_classes(trees)
    for path, tree in sorted(trees.items()):
        if path in ENGLISH_ONLY:
            continue
        constants = _constants(tree)
        helpers = _helpers(tree, constants)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) in classes and node.args):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            text = _text(first, constants, helpers)
            if text is not None:
                yield where, text
            elif isinstance(first, ast.Call) and _name(first.func) in helpers:
                for returned in helpers[_name(first.func) or ""]:
                    yield where, returned


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    """Other tests expect English: put it back whatever happens here."""
    yield qapp
    language.install(qapp, "en")


def test_the_search_finds_the_core_messages_it_is_meant_to_find() -> None:
    found = {text for _, text in core_messages()}
    assert "the passphrase is too short" in found  # a literal
    assert "a time needs a date, as in 10 June 2019, 14:30" in found  # a constant
    assert "remove the spaces inside the date" in found  # what a helper returns
    assert len(found) > 100


def test_every_fixed_core_message_has_a_place_in_the_catalogue() -> None:
    missing = sorted(
        f"{where}: {text!r}"
        for where, text in core_messages()
        if text not in core_words.STATIC_MESSAGES
    )
    assert not missing, "add these to ui/core_words.py, then `make translations`:\n" + "\n".join(
        missing
    )


def test_every_message_in_the_catalogue_reads_as_itself_in_english(qapp: QApplication) -> None:
    for text in core_words.STATIC_MESSAGES:
        assert core_words.core_message(InvalidInput(text)) == text


@pytest.mark.parametrize("code", ["ru", "ky"])
def test_an_empty_title_is_told_in_the_interface_language(
    english_afterwards: QApplication, code: str
) -> None:
    language.install(english_afterwards, code)
    error = InvalidInput("the title must not be empty", field="title")
    said = core_words.core_message(error)
    assert said and said != "the title must not be empty"


def test_a_message_with_a_number_keeps_its_number_in_russian(
    english_afterwards: QApplication,
) -> None:
    language.install(english_afterwards, "ru")
    assert "3" in core_words.core_message(InUse("3 other records refer to this person"))
    said = core_words.core_message(DamagedPackage("chunk 12"))
    assert "12" in said and "chunk" not in said


def test_a_date_error_names_what_was_typed_in_russian(english_afterwards: QApplication) -> None:
    language.install(english_afterwards, "ru")
    with pytest.raises(InvalidInput) as caught:
        dateinput.to_edtf("31 June 2019", "ru")
    said = core_words.core_message(caught.value)
    assert said != str(caught.value) and "31" in said and "June" not in said


def test_the_core_still_words_its_date_errors_as_the_patterns_expect() -> None:
    samples = []
    for typed in ("2019-13", "2019-06-31", "2019-02-29", "2019-06-10T25:00", "2019-25"):
        with pytest.raises(InvalidInput) as caught:
            dates.parse(typed)
        samples.append(str(caught.value))
    with pytest.raises(InvalidInput) as caught:
        model.validate(model.Case(title="x", summary="y" * (model.MAXIMUM_TEXT_LENGTH + 1)))
    samples.append(str(caught.value))
    for sample in samples:
        assert any(pattern.fullmatch(sample) for pattern, _ in core_words.PATTERNS), sample


def test_an_unknown_message_comes_back_unchanged(english_afterwards: QApplication) -> None:
    language.install(english_afterwards, "ru")
    assert core_words.core_message(InvalidInput("nothing the core says")) == (
        "nothing the core says"
    )
    assert core_words.core_message(ValueError("3 is odd")) == "3 is odd"
