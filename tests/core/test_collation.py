from __future__ import annotations

import random

import pytest

from notebook.collation import ALPHABET, sort_by_name, sort_key

KYRGYZ_ALPHABET = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def shuffled(items: list[str]) -> list[str]:
    copy = list(items)
    random.Random(7).shuffle(copy)
    return copy


@pytest.mark.parametrize("alphabet", [KYRGYZ_ALPHABET, RUSSIAN_ALPHABET])
def test_letters_sort_in_the_order_of_the_alphabet(alphabet: str) -> None:
    letters = list(alphabet)
    assert sort_by_name(shuffled(letters)) == letters
    assert sort_by_name(shuffled([letter.upper() for letter in letters])) == [
        letter.upper() for letter in letters
    ]


def test_the_kyrgyz_letters_follow_their_neighbours_not_the_end_of_the_alphabet() -> None:
    names = ["Үсөн", "Ярослав", "Ңа", "Өмүрбек", "Улан", "Нурлан", "Омурбек", "Уран", "Ольга"]
    assert sort_by_name(names) == [
        "Нурлан", "Ңа", "Ольга", "Омурбек", "Өмүрбек", "Улан", "Уран", "Үсөн", "Ярослав",
    ]  # fmt: skip
    assert sorted(names)[-1] == "Өмүрбек"  # what Python's own order would have done


def test_yo_comes_right_after_ye() -> None:
    names = ["Ёлка", "Жанна", "Елена", "Ешим", "Ёж", "Дина"]
    assert sort_by_name(names) == ["Дина", "Елена", "Ешим", "Ёж", "Ёлка", "Жанна"]


def test_case_does_not_matter_and_small_letters_come_first_among_equals() -> None:
    assert sort_by_name(["Борис", "алексей", "Вера", "Айгүл"]) == [
        "Айгүл", "алексей", "Борис", "Вера",
    ]  # fmt: skip
    assert sort_by_name(["Еж", "еж", "ЕЖ"]) == ["еж", "Еж", "ЕЖ"]


def test_latin_names_sort_by_their_letters_accents_only_breaking_ties() -> None:
    names = ["Zara", "Émile", "adam", "Eve", "Ádam", "Obama", "O'Brien"]
    assert sort_by_name(names) == ["adam", "Ádam", "Émile", "Eve", "O'Brien", "Obama", "Zara"]


def test_latin_comes_before_cyrillic() -> None:
    assert sort_by_name(["Бакыт", "Zara", "Айгүл", "adam"]) == ["adam", "Zara", "Айгүл", "Бакыт"]


def test_a_shorter_name_comes_before_a_longer_one_it_begins() -> None:
    assert sort_by_name(["Анна", "Ан", "Анна Ивановна"]) == ["Ан", "Анна", "Анна Ивановна"]


def test_a_decomposed_yo_sorts_like_the_composed_letter() -> None:
    decomposed = "Е\u0308лка"  # Е and a combining diaeresis, as some keyboards type it
    assert sort_key(decomposed)[0] == sort_key("Ёлка")[0]
    assert sort_by_name(["Жанна", decomposed, "Ешим"]) == ["Ешим", decomposed, "Жанна"]


def test_short_i_is_a_letter_of_its_own_after_i() -> None:
    assert sort_by_name(["Йошкар", "Ия", "Иван"]) == ["Иван", "Ия", "Йошкар"]


def test_letters_of_neighbouring_languages_stay_beside_their_kin() -> None:
    assert sort_by_name(["Ярослав", "Қайрат", "Кира", "Лола"]) == [
        "Кира", "Қайрат", "Лола", "Ярослав",
    ]  # fmt: skip
    assert len(set(ALPHABET)) == len(ALPHABET)


def test_the_order_does_not_depend_on_the_order_given() -> None:
    names = ["Еж", "еж", "Ёж", "ёж", "Ádam", "adam", "Adam", "Өмүр", "өмүр"]
    expected = sort_by_name(names)
    for seed in range(5):
        copy = list(names)
        random.Random(seed).shuffle(copy)
        assert sort_by_name(copy) == expected


def test_items_are_sorted_by_the_name_a_key_gives() -> None:
    people = [("id-2", "Үсөн"), ("id-1", "Улан"), ("id-3", "Айгүл")]
    assert sort_by_name(people, key=lambda person: person[1]) == [
        ("id-3", "Айгүл"), ("id-1", "Улан"), ("id-2", "Үсөн"),
    ]  # fmt: skip
