"""The redactor: what exports print in place of a protected person's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from notebook.errors import NotebookError
from notebook.model import Person

if TYPE_CHECKING:
    from notebook.store import Store

# Russian writers drop the diaeresis at will, so "Семён" and "Семен" name the same man.
_E_WITH_DIAERESIS = re.compile("[её]", re.IGNORECASE)
# A letter or digit touching a form means it sits inside a longer word ("Kamilov"). \w is
# not enough: it counts "_" as a letter, and \b misjudges forms that end in punctuation.
_NOT_AFTER_A_LETTER = r"(?<![^\W_])"
_NOT_BEFORE_A_LETTER = r"(?![^\W_])"


def default_placeholder(number: int) -> str:
    """What a protected person without a pseudonym is called: "Protected person 1"."""
    return f"Protected person {number}"


class UnknownProtectedPerson(NotebookError, LookupError):
    """A protected person the redactor was not built with; the message holds only the id."""


class Redactor:
    """Replaces every written form of each protected person's name with their pseudonym."""

    def __init__(
        self,
        people: Iterable[Person],
        *,
        placeholder: Callable[[int], str] = default_placeholder,
    ) -> None:
        self._redacting = True
        self._protected = tuple(person for person in people if person.protected)
        self._pseudonyms: list[str] = []
        unnamed = 0
        for person in self._protected:
            if person.pseudonym.strip():
                self._pseudonyms.append(person.pseudonym)
            else:
                unnamed += 1
                self._pseudonyms.append(placeholder(unnamed))
        self._by_id = {
            person.id: pseudonym
            for person, pseudonym in zip(self._protected, self._pseudonyms, strict=True)
            if person.id
        }
        self._pattern, self._replacements = _compile(self._protected, self._pseudonyms)

    @classmethod
    def for_case(
        cls,
        store: Store,
        case_id: str,
        *,
        placeholder: Callable[[int], str] = default_placeholder,
    ) -> Redactor:
        """A redactor for the people of one case, in the order they were recorded."""
        people = store.records(case_id=case_id, kind="person")
        return cls(
            (person for person in people if isinstance(person, Person)), placeholder=placeholder
        )

    @classmethod
    def none(cls) -> Redactor:
        """A redactor that changes nothing, for exports the user chose not to redact."""
        redactor = cls(())
        redactor._redacting = False
        return redactor

    @property
    def protected_people(self) -> tuple[Person, ...]:
        """The protected people this redactor hides, in the order it was given them."""
        return self._protected

    def is_protected(self, person_id: str) -> bool:
        """Whether this redactor prints a pseudonym for the person with that id."""
        return bool(person_id) and person_id in self._by_id

    def name(self, person: Person) -> str:
        """The person's pseudonym if this redactor protects them, else their name.

        Raises `UnknownProtectedPerson` for a protected person it was not built with: printing
        the name would leak it, and inventing a pseudonym would disagree with `text`.
        """
        if not self._redacting:
            return person.name
        if person.id in self._by_id:
            return self._by_id[person.id]
        if not person.id:
            # A person not yet stored has no id to look up, only its fields to compare.
            for known, pseudonym in zip(self._protected, self._pseudonyms, strict=True):
                if known == person:
                    return pseudonym
        if person.protected:
            raise UnknownProtectedPerson(
                f"the redactor was not built with protected person {person.id or '(no id)'}"
            )
        return person.name

    def text(self, text: str) -> str:
        """`text` with every form of a protected person's name replaced by their pseudonym."""
        if self._pattern is None:
            return text
        replacements = self._replacements
        # A function, not a template, so a backslash in a pseudonym is printed as written.
        return self._pattern.sub(lambda match: replacements[match.lastindex or 0], text)

    def __repr__(self) -> str:
        # Counts only: a repr ends up in logs and tracebacks, which must never hold a name.
        if not self._redacting:
            return "Redactor.none()"
        forms = len(self._replacements) - 1
        return f"Redactor(protected={len(self._protected)}, forms={forms})"


def _compile(
    people: tuple[Person, ...], pseudonyms: list[str]
) -> tuple[re.Pattern[str] | None, list[str]]:
    """One pattern for every form of every person, and the pseudonym for each of its groups.

    Group n of the pattern matches one form; replacements[n] is the pseudonym it stands for.
    """
    # Only protected people's forms are collected. If one of them equals an unprotected
    # person's name, that name is replaced too: hiding the protected person comes first.
    forms: dict[str, tuple[str, str]] = {}
    for person, pseudonym in zip(people, pseudonyms, strict=True):
        for form in (person.name, *person.other_names):
            words = " ".join(form.split())
            key = _E_WITH_DIAERESIS.sub("е", words.casefold())
            # A form written for two people goes to the first, so the output is stable.
            if key and key not in forms:
                forms[key] = (words, pseudonym)
    if not forms:
        return None, [""]
    # Longest first, since an alternation takes the first branch that matches: "Kamil
    # Ruziev" must win over "Kamil" at the same place. sorted() keeps ties in given order.
    ordered = sorted(forms.values(), key=lambda entry: len(entry[0]), reverse=True)
    branches = "|".join(f"({_form_pattern(words)})" for words, _ in ordered)
    pattern = re.compile(
        f"{_NOT_AFTER_A_LETTER}(?:{branches}){_NOT_BEFORE_A_LETTER}", re.IGNORECASE
    )
    return pattern, ["", *(pseudonym for _, pseudonym in ordered)]


def _form_pattern(words: str) -> str:
    # Built from the form as written, not case folded: the pattern ignores case itself, and
    # folding first would turn "ß" into "ss", which then no longer matches "ß".
    return r"\s+".join(
        "".join("[её]" if letter in "еёЕЁ" else re.escape(letter) for letter in word)
        for word in words.split(" ")
    )


def redacted_person(person: Person, redactor: Redactor) -> Person:
    """A person as an export may show them: a protected one keeps only the pseudonym, and
    loses other names, birth date and contact details; everyone's free text is redacted."""
    text = redactor.text
    if redactor.is_protected(person.id):
        return replace(
            person,
            name=redactor.name(person),
            other_names=(),
            birth_date="",
            occupation=text(person.occupation),
            contact_notes="",
        )
    return replace(
        person,
        name=text(person.name),
        other_names=tuple(text(name) for name in person.other_names),
        occupation=text(person.occupation),
        contact_notes=text(person.contact_notes),
    )
