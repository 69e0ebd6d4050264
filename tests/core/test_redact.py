"""The redactor: protected people appear in exports only by their pseudonyms."""

from __future__ import annotations

import pytest

from notebook import Notebook
from notebook.export.redact import Redactor, UnknownProtectedPerson
from notebook.model import Case, Person


def protected(name: str, *other_names: str, pseudonym: str = "", person_id: str = "") -> Person:
    return Person(
        id=person_id, name=name, other_names=other_names, protected=True, pseudonym=pseudonym
    )


KAMIL = protected(
    "Камиль Рузиев",
    "Рузиева",
    "Рузиеву",
    "Kamil Ruziev",
    "Kamil",
    pseudonym="K.R.",
    person_id="kamil",
)
SEMYON = protected("Семён Орлов", "Орлова", pseudonym="S.O.", person_id="semyon")
LAWYER = Person(id="lawyer", name="Anna Petrova", other_names=("Петрова",))


# --- names in free text ------------------------------------------------------------------


def test_every_declension_the_user_wrote_is_replaced() -> None:
    redactor = Redactor([KAMIL])
    assert redactor.text("Рузиева задержали; Рузиеву угрожали.") == "K.R. задержали; K.R. угрожали."


def test_a_declension_the_user_did_not_write_is_left_as_it_is() -> None:
    assert Redactor([KAMIL]).text("у Рузиевым") == "у Рузиевым"


def test_case_is_ignored() -> None:
    redactor = Redactor([KAMIL])
    assert redactor.text("РУЗИЕВА и kamil ruziev") == "K.R. и K.R."


def test_yo_and_ye_are_the_same_letter_both_ways() -> None:
    assert Redactor([SEMYON]).text("Семен Орлов, СЕМЁН ОРЛОВ") == "S.O., S.O."
    written_without = protected("Семен Орлов", pseudonym="S.O.")
    assert Redactor([written_without]).text("Семён Орлов") == "S.O."


def test_a_name_inside_a_longer_word_is_kept() -> None:
    redactor = Redactor([KAMIL])
    text = "Kamilov, Kamila, MrKamil, Kamil2, 2Kamil and Рузиевами"
    assert redactor.text(text) == text


def test_punctuation_and_line_ends_around_a_name_do_not_stop_it() -> None:
    redactor = Redactor([KAMIL])
    assert redactor.text("(Kamil), «Рузиева»\nKamil.") == "(K.R.), «K.R.»\nK.R.."


def test_a_name_broken_across_lines_still_matches() -> None:
    assert Redactor([KAMIL]).text("said Kamil\n   Ruziev.") == "said K.R.."
    assert Redactor([KAMIL]).text("Камиль\u00a0Рузиев") == "K.R."


def test_the_longest_form_wins_over_a_shorter_one_it_begins_with() -> None:
    # Were "Kamil" tried first, "Ruziev" would be left behind in the text.
    assert Redactor([KAMIL]).text("Kamil Ruziev spoke") == "K.R. spoke"
    first = protected("Kamil", pseudonym="A")
    full = protected("Kamil Ruziev", pseudonym="B")
    assert Redactor([first, full]).text("Kamil Ruziev and Kamil") == "B and A"


def test_each_person_is_replaced_by_their_own_pseudonym() -> None:
    redactor = Redactor([KAMIL, SEMYON])
    assert redactor.text("Орлова видел Рузиева") == "S.O. видел K.R."


def test_empty_and_blank_forms_are_ignored() -> None:
    redactor = Redactor([protected("Kamil", "", "   ", pseudonym="K.")])
    assert redactor.text("a  b Kamil") == "a  b K."


def test_characters_special_to_patterns_are_matched_literally() -> None:
    redactor = Redactor([protected("J. (Jo) Smith+", pseudonym=r"P\1")])
    assert redactor.text("J. (Jo) Smith+ and J  (Jo) Smith") == r"P\1 and J  (Jo) Smith"


def test_unprotected_people_are_never_touched() -> None:
    redactor = Redactor([KAMIL, LAWYER])
    assert redactor.text("Anna Petrova, Петрова") == "Anna Petrova, Петрова"
    assert redactor.name(LAWYER) == "Anna Petrova"
    assert not redactor.is_protected("lawyer")


def test_a_protected_form_that_is_also_an_unprotected_name_is_still_replaced() -> None:
    namesake = Person(id="other-kamil", name="Kamil")
    redactor = Redactor([namesake, KAMIL])
    assert redactor.text("Kamil") == "K.R."
    assert redactor.name(namesake) == "Kamil"


def test_a_form_shared_by_two_protected_people_goes_to_the_first() -> None:
    brother = protected("Ruslan Ruziev", "Рузиева", pseudonym="R.R.")
    assert Redactor([KAMIL, brother]).text("Рузиева") == "K.R."
    assert Redactor([brother, KAMIL]).text("Рузиева") == "R.R."


def test_text_without_any_protected_person_is_returned_unchanged() -> None:
    assert Redactor([LAWYER]).text("Anna Petrova") == "Anna Petrova"
    assert Redactor([]).text("") == ""


# --- pseudonyms and placeholders ---------------------------------------------------------


def test_name_gives_the_pseudonym_of_a_protected_person_and_the_name_of_others() -> None:
    redactor = Redactor([KAMIL, LAWYER])
    assert redactor.name(KAMIL) == "K.R."
    assert redactor.name(LAWYER) == "Anna Petrova"


def test_name_finds_a_protected_person_by_id_even_from_a_stale_copy() -> None:
    redactor = Redactor([KAMIL])
    stale = Person(id="kamil", name="Kamil Ruziev", protected=False)
    assert redactor.name(stale) == "K.R."


def test_a_protected_person_the_redactor_does_not_know_is_refused_without_the_name() -> None:
    stranger = protected("Zarina Aliyeva", pseudonym="Z.", person_id="zarina")
    with pytest.raises(UnknownProtectedPerson) as caught:
        Redactor([KAMIL]).name(stranger)
    assert "zarina" in str(caught.value)
    assert "Zarina" not in str(caught.value) and "Aliyeva" not in str(caught.value)


def test_protected_people_without_pseudonyms_are_numbered_from_one_in_order() -> None:
    first = protected("Aziz", person_id="aziz")
    second = protected("Bahrom", person_id="bahrom")
    redactor = Redactor([first, KAMIL, LAWYER, second])
    assert redactor.name(first) == "Protected person 1"
    assert redactor.name(second) == "Protected person 2"
    assert redactor.text("Bahrom, Aziz, Kamil") == "Protected person 2, Protected person 1, K.R."


def test_a_blank_pseudonym_counts_as_none() -> None:
    assert Redactor([protected("Aziz", pseudonym="  ")]).text("Aziz") == "Protected person 1"


def test_the_placeholder_can_be_chosen() -> None:
    redactor = Redactor([protected("Aziz"), protected("Bahrom")], placeholder=lambda n: f"Лицо {n}")
    assert redactor.text("Aziz, Bahrom") == "Лицо 1, Лицо 2"


def test_a_person_not_yet_stored_is_recognised_by_their_fields() -> None:
    unsaved = protected("Aziz")
    assert Redactor([unsaved]).name(unsaved) == "Protected person 1"


def test_protected_people_and_is_protected_describe_whom_it_hides() -> None:
    redactor = Redactor([LAWYER, SEMYON, KAMIL])
    assert redactor.protected_people == (SEMYON, KAMIL)
    assert redactor.is_protected("kamil")
    assert not redactor.is_protected("")
    assert not redactor.is_protected("nobody")


# --- the redactor that redacts nothing ---------------------------------------------------


def test_none_leaves_text_and_names_alone() -> None:
    redactor = Redactor.none()
    assert redactor.text("Kamil Ruziev, Рузиева") == "Kamil Ruziev, Рузиева"
    assert redactor.name(KAMIL) == "Камиль Рузиев"
    assert not redactor.is_protected("kamil")
    assert redactor.protected_people == ()


# --- what it may reveal ------------------------------------------------------------------


def test_repr_shows_counts_but_no_name_or_pseudonym() -> None:
    shown = repr(Redactor([KAMIL, SEMYON, LAWYER]))
    assert shown == "Redactor(protected=2, forms=7)"
    for secret in ("Kamil", "Камиль", "Рузиев", "Семён", "Орлов", "K.R.", "Anna"):
        assert secret not in shown
    assert repr(Redactor.none()) == "Redactor.none()"


# --- built from a case -------------------------------------------------------------------


def test_for_case_hides_the_protected_people_of_that_case_only(notebook: Notebook) -> None:
    ours = notebook.add(Case(title="Ruziev v. the security service"))
    theirs = notebook.add(Case(title="Another case"))
    kamil = notebook.add(
        Person(
            case_id=ours.id,
            name="Kamil Ruziev",
            other_names=("Рузиева",),
            protected=True,
            pseudonym="K.R.",
        )
    )
    lawyer = notebook.add(Person(case_id=ours.id, name="Anna Petrova"))
    elsewhere = notebook.add(Person(case_id=theirs.id, name="Anna", protected=True, pseudonym="A."))
    assert isinstance(kamil, Person) and isinstance(lawyer, Person)
    assert isinstance(elsewhere, Person)

    redactor = Redactor.for_case(notebook, ours.id)

    assert redactor.protected_people == (kamil,)
    assert redactor.is_protected(kamil.id)
    assert not redactor.is_protected(elsewhere.id)
    assert redactor.text("Рузиева defended Anna") == "K.R. defended Anna"
    assert redactor.name(kamil) == "K.R."
    assert redactor.name(lawyer) == "Anna Petrova"


def test_for_case_keeps_the_order_people_were_recorded_in(notebook: Notebook) -> None:
    case = notebook.add(Case(title="Two brothers"))
    younger = notebook.add(Person(case_id=case.id, name="Ruslan", protected=True, pseudonym="B"))
    elder = notebook.add(Person(case_id=case.id, name="Kamil", protected=True, pseudonym="A"))

    assert Redactor.for_case(notebook, case.id).protected_people == (younger, elder)


def test_for_case_of_a_case_without_people_redacts_nothing(notebook: Notebook) -> None:
    case = notebook.add(Case(title="Empty case"))
    redactor = Redactor.for_case(notebook, case.id)
    assert redactor.protected_people == ()
    assert redactor.text("Kamil Ruziev") == "Kamil Ruziev"
