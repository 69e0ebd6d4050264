from __future__ import annotations

import pytest

from notebook.dates import parse
from notebook.datetext import describe
from notebook.errors import InvalidInput

# (EDTF, English, Russian): the words a chronology shows.
EXAMPLES = [
    ("2019-06-10", "10 June 2019", "10 июня 2019 г."),
    ("2019-06", "June 2019", "июнь 2019 г."),
    ("2019", "2019", "2019 г."),
    ("2019~", "about 2019", "около 2019 г."),
    ("2019-06~", "about June 2019", "около июня 2019 г."),
    ("2020-02?", "February 2020 (uncertain)", "февраль 2020 г. (предположительно)"),
    ("2019-06-10%", "about 10 June 2019 (uncertain)", "около 10 июня 2019 г. (предположительно)"),
    ("2019-06-10/2019-06-12", "10–12 June 2019", "10–12 июня 2019 г."),
    ("2019-06-10/2019-07-02", "10 June – 2 July 2019", "10 июня – 2 июля 2019 г."),
    (
        "2019-12-30/2020-01-02",
        "30 December 2019 – 2 January 2020",
        "30 декабря 2019 г. – 2 января 2020 г.",
    ),
    ("2019-06/2019-08", "June–August 2019", "июнь–август 2019 г."),
    ("2019-12/2020-01", "December 2019 – January 2020", "декабрь 2019 г. – январь 2020 г."),
    ("2019/2021", "2019–2021", "2019–2021 гг."),
    ("2019-06/2019-08~", "June 2019 – about August 2019", "июнь 2019 г. – около августа 2019 г."),
    ("2019-06-10/2019-06-10", "10 June 2019", "10 июня 2019 г."),
    ("2019/2019-06", "2019 – June 2019", "2019 г. – июнь 2019 г."),
    ("201X", "the 2010s", "2010-е гг."),
    ("201X~", "about the 2010s", "около 2010-х гг."),
    ("20XX", "2000–2099", "2000–2099 гг."),
    ("2019-XX", "a month in 2019", "один из месяцев 2019 г."),
    ("2019-XX-XX", "a day in 2019", "один из дней 2019 г."),
    ("2019-06-XX", "a day in June 2019", "один из дней июня 2019 г."),
    ("2019-21", "spring 2019", "весна 2019 г."),
    ("2019-22", "summer 2019", "лето 2019 г."),
    ("2019-23?", "autumn 2019 (uncertain)", "осень 2019 г. (предположительно)"),
    ("2019-24", "winter 2019–2020", "зима 2019–2020 гг."),
    ("2019-24~", "about winter 2019–2020", "около зимы 2019–2020 гг."),
    ("2019-06/..", "from June 2019", "с июня 2019 г."),
    ("../2020-03", "until March 2020", "до марта 2020 г."),
    ("2019-06~/..", "from about June 2019", "примерно с июня 2019 г."),
    ("../2020-03?", "until March 2020 (uncertain)", "до марта 2020 г. (предположительно)"),
    ("2019-21/..", "from spring 2019", "с весны 2019 г."),
    ("2019-06/", "June 2019 – unknown", "июнь 2019 г. – неизвестно"),
    ("/2020-03", "unknown – March 2020", "неизвестно – март 2020 г."),
    ("2019-06-10T14:30", "10 June 2019, 14:30", "10 июня 2019 г., 14:30"),
    ("2019-06-10T14:30:05", "10 June 2019, 14:30:05", "10 июня 2019 г., 14:30:05"),
    ("2019-06-10T14:30Z", "10 June 2019, 14:30 UTC", "10 июня 2019 г., 14:30 UTC"),
    ("2019-06-10T14:30+05:00", "10 June 2019, 14:30 UTC+05:00", "10 июня 2019 г., 14:30 UTC+05:00"),
    ("2019-06-10T14:30-03:30", "10 June 2019, 14:30 UTC-03:30", "10 июня 2019 г., 14:30 UTC-03:30"),
    (
        "2019-06-10T14:30/2019-06-10T16:00",
        "10 June 2019, 14:30–16:00",
        "10 июня 2019 г., 14:30–16:00",
    ),
    (
        "2019-06-10T14:30Z/2019-06-10T16:00Z",
        "10 June 2019, 14:30–16:00 UTC",
        "10 июня 2019 г., 14:30–16:00 UTC",
    ),
    ("0800", "800", "800 г."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "english", "russian"), EXAMPLES)
def test_a_date_reads_as_a_person_writes_it_in_english(
    text: str, english: str, russian: str
) -> None:
    assert describe(text) == english
    assert describe(text, "en") == english


@pytest.mark.parametrize(("text", "english", "russian"), EXAMPLES)
def test_a_date_reads_as_a_person_writes_it_in_russian(
    text: str, english: str, russian: str
) -> None:
    assert describe(text, "ru") == russian


def test_a_parsed_date_is_described_like_its_text() -> None:
    assert describe(parse("2019-06-10/2019-06-12"), "ru") == "10–12 июня 2019 г."


def test_times_in_different_zones_are_not_collapsed() -> None:
    assert describe("2019-06-10T14:30Z/2019-06-10T16:00+01:00") == (
        "10 June 2019, 14:30 UTC – 10 June 2019, 16:00 UTC+01:00"
    )


def test_an_unknown_language_falls_back_to_english() -> None:
    assert describe("2019-06-10", "fr") == "10 June 2019"
    assert describe("2019-06-10", "") == "10 June 2019"


def test_a_regional_language_tag_uses_its_language() -> None:
    assert describe("2019-06", "ru_RU") == "июнь 2019 г."
    assert describe("2019-06", "ru-RU") == "июнь 2019 г."
    assert describe("2019-06", "en-GB") == "June 2019"


def test_describing_an_invalid_text_raises_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="month 13 does not exist"):
        describe("2019-13")
