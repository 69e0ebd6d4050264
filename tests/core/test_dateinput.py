from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from notebook.dateinput import examples, to_edtf
from notebook.dates import days_in_month, is_valid, parse
from notebook.datetext import describe
from notebook.errors import InvalidInput

ENGLISH = [
    ("10 June 2019", "2019-06-10"),
    ("June 10, 2019", "2019-06-10"),
    ("10 Jun 2019", "2019-06-10"),
    ("10 jun. 2019", "2019-06-10"),
    ("june 10th, 2019", "2019-06-10"),
    ("the 10th of June 2019", "2019-06-10"),
    ("on 1 Sept 2019", "2019-09-01"),
    ("June 2019", "2019-06"),
    ("Jun 2019", "2019-06"),
    ("in June 2019", "2019-06"),
    ("2019", "2019"),
    ("800", "0800"),
    ("about 2019", "2019~"),
    ("around June 2019", "2019-06~"),
    ("circa 2019", "2019~"),
    ("c. 2019", "2019~"),
    ("ca. 2019", "2019~"),
    ("approximately 10 June 2019", "2019-06-10~"),
    ("June 2019?", "2019-06?"),
    ("probably June 2019", "2019-06?"),
    ("June 2019 (uncertain)", "2019-06?"),
    ("about June 2019?", "2019-06%"),
    ("June 2019 ~", "2019-06~"),
    ("spring 2019", "2019-21"),
    ("Summer 2019", "2019-22"),
    ("fall 2019", "2019-23"),
    ("autumn 2019", "2019-23"),
    ("winter 2019", "2019-24"),
    ("winter 2019–2020", "2019-24"),
    ("winter 2019-20", "2019-24"),
    ("the 2010s", "201X"),
    ("2010s", "201X"),
    ("1990's", "199X"),
    ("a month in 2019", "2019-XX"),
    ("a day in 2019", "2019-XX-XX"),
    ("some day in June 2019", "2019-06-XX"),
    ("10–12 June 2019", "2019-06-10/2019-06-12"),
    ("10-12 June 2019", "2019-06-10/2019-06-12"),
    ("10 - 12 June 2019", "2019-06-10/2019-06-12"),
    ("June 10–12, 2019", "2019-06-10/2019-06-12"),
    ("10 June – 2 July 2019", "2019-06-10/2019-07-02"),
    ("June–August 2019", "2019-06/2019-08"),
    ("June/July 2019", "2019-06/2019-07"),
    ("10 June 2019 to 12 June 2019", "2019-06-10/2019-06-12"),
    ("from 10 to 12 June 2019", "2019-06-10/2019-06-12"),
    ("from June to August 2019", "2019-06/2019-08"),
    ("between June and August 2019", "2019-06/2019-08"),
    ("2019–2021", "2019/2021"),
    ("2019–20", "2019/2020"),
    ("1990s–2000s", "199X/200X"),
    ("about 10–12 June 2019", "2019-06-10~/2019-06-12~"),
    ("10–12 June 2019?", "2019-06-10?/2019-06-12?"),
    ("June – about August 2019", "2019-06/2019-08~"),
    ("from June 2019", "2019-06/.."),
    ("since 2019", "2019/.."),
    ("starting from spring 2019", "2019-21/.."),
    ("until March 2020", "../2020-03"),
    ("till March 2020", "../2020-03"),
    ("no later than March 2020", "../2020-03"),
    ("before March 2020", "../2020-02"),
    ("before 1 January 2020", "../2019-12-31"),
    ("before spring 2019", "../2018-24"),
    ("before the 2010s", "../200X"),
    ("after June 2019", "2019-07/.."),
    ("after winter 2019", "2020-21/.."),
    ("after about 2019", "2020~/.."),
    ("10.06.2019", "2019-06-10"),
    ("10/06/2019", "2019-06-10"),
    ("10-06-2019", "2019-06-10"),
    ("1.6.2019", "2019-06-01"),
    ("06.2019", "2019-06"),
    ("2019/06/10", "2019-06-10"),
    ("10.06.2019 – 12.06.2019", "2019-06-10/2019-06-12"),
    ("2019-06-10 14:30", "2019-06-10T14:30"),
    ("10 June 2019, 14:30", "2019-06-10T14:30"),
    ("10 June 2019 at 14:30:05", "2019-06-10T14:30:05"),
    ("10 June 2019, 14:30 UTC", "2019-06-10T14:30Z"),
    ("10 June 2019 14:30 GMT+3", "2019-06-10T14:30+03:00"),
    ("10.06.2019 14:30+05:00", "2019-06-10T14:30+05:00"),
    ("10 June 2019, 14:30-16:00", "2019-06-10T14:30/2019-06-10T16:00"),
    ("10 June 2019, 14:30–16:00 UTC", "2019-06-10T14:30Z/2019-06-10T16:00Z"),
    ("from 2019-06-10", "2019-06-10/.."),
    ("since 201x", "201X/.."),
    ("June 2019 – unknown", "2019-06/"),
    ("unknown – March 2020", "/2020-03"),
    ("1900–1999", "19XX"),
]  # fmt: skip

RUSSIAN = [
    ("10 июня 2019", "2019-06-10"),
    ("10 июня 2019 г.", "2019-06-10"),
    ("10 июня 2019г", "2019-06-10"),
    ("10-го июня 2019 года", "2019-06-10"),
    ("1 сент. 2019", "2019-09-01"),
    ("июнь 2019", "2019-06"),
    ("июня 2019", "2019-06"),
    ("в июне 2019 года", "2019-06"),
    ("Июнь 2019 г.", "2019-06"),
    ("2019 г.", "2019"),
    ("в 2019 году", "2019"),
    ("50 г.", "0050"),
    ("около 2019", "2019~"),
    ("ок. 2019 г.", "2019~"),
    ("примерно июнь 2019", "2019-06~"),
    ("приблизительно 2019", "2019~"),
    ("возможно, июнь 2019", "2019-06?"),
    ("июнь 2019?", "2019-06?"),
    ("по-видимому, июнь 2019", "2019-06?"),
    ("около июня 2019 г. (предположительно)", "2019-06%"),
    ("весна 2019", "2019-21"),
    ("летом 2019", "2019-22"),
    ("осень 2019 г.", "2019-23"),
    ("зима 2019–2020 гг.", "2019-24"),
    ("2010-е", "201X"),
    ("2010-е гг.", "201X"),
    ("в 2010-х годах", "201X"),
    ("один из месяцев 2019 г.", "2019-XX"),
    ("один из дней июня 2019 г.", "2019-06-XX"),
    ("10–12 июня 2019", "2019-06-10/2019-06-12"),
    ("с 10 по 12 июня 2019 г.", "2019-06-10/2019-06-12"),
    ("с июня по август 2019", "2019-06/2019-08"),
    ("между 2019 и 2021 гг.", "2019/2021"),
    ("с июня 2019", "2019-06/.."),
    ("начиная с 2019 г.", "2019/.."),
    ("примерно с июня 2019 г.", "2019-06~/.."),
    ("до марта 2020", "../2020-03"),
    ("не позднее марта 2020", "../2020-03"),
    ("ранее марта 2020", "../2020-02"),
    ("после 2019 г.", "2020/.."),
    ("10.06.2019", "2019-06-10"),
    ("10 июня 2019 г., 14:30", "2019-06-10T14:30"),
    ("неизвестно – март 2020 г.", "/2020-03"),
]  # fmt: skip

KYRGYZ = [
    # As official texts write them, as the locale writes them, and as people type them.
    ("2019-жылдын 10-июну", "2019-06-10"),
    ("10-июнь 2019-ж.", "2019-06-10"),
    ("2019-ж., 10-июнь", "2019-06-10"),
    ("10-июнь 2019", "2019-06-10"),
    ("2019-жылы 10-июнда", "2019-06-10"),
    ("2019-жылдын 10-июнунда", "2019-06-10"),
    ("2019-жылдын 11-апрели", "2019-04-11"),
    ("2019-жылдын 5-декабрындагы", "2019-12-05"),
    ("2019-жылдын июнь айы", "2019-06"),
    ("2019-жылдын июну", "2019-06"),
    ("2019-жылы июнда", "2019-06"),
    ("июнь 2019", "2019-06"),
    ("2019-жыл", "2019"),
    ("2019-жылы", "2019"),
    ("2019 ж.", "2019"),
    ("50-жыл", "0050"),
    ("болжол менен 2019-жыл", "2019~"),
    ("2019-жылдын тегерегинде", "2019~"),
    ("балким, 2019-жылдын июну", "2019-06?"),
    ("2019-жылдын июнь айы (анык эмес)", "2019-06?"),
    ("болжол менен 2019-жылдын июнь айы (анык эмес)", "2019-06%"),
    ("2019-жылдын жазы", "2019-21"),
    ("2019-жылы жайында", "2019-22"),
    ("2019-жылдын күзүндө", "2019-23"),
    ("2019–2020-жылдардын кышы", "2019-24"),
    ("2019–2020-жж. кышы", "2019-24"),
    ("2010-жылдар", "201X"),
    ("1990-жылдары", "199X"),
    ("2019-жылдын бир айы", "2019-XX"),
    ("2019-жылдын июнь айынын бир күнүндө", "2019-06-XX"),
    ("2019-жылдын 10–12-июну", "2019-06-10/2019-06-12"),
    ("10–12-июнь 2019-ж.", "2019-06-10/2019-06-12"),
    ("2019-жылдын 10-июнунан 12-июнуна чейин", "2019-06-10/2019-06-12"),
    ("2019-жылдын июнунан августуна чейин", "2019-06/2019-08"),
    ("2019-жылдын июнь–август айлары", "2019-06/2019-08"),
    ("2019-жылдан 2021-жылга чейин", "2019/2021"),
    ("2019–2021-жылдар", "2019/2021"),
    ("2019 жана 2021-жылдардын ортосунда", "2019/2021"),
    ("2019-жылдын июнь айынан баштап 2020-жылдын март айына чейин", "2019-06/2020-03"),
    ("2019-жылдын июнь айынан баштап", "2019-06/.."),
    ("2019-жылдан тартып", "2019/.."),
    ("2019-жылдан", "2019/.."),
    ("болжол менен 2019-жылдын июнь айынан баштап", "2019-06~/.."),
    ("2020-жылдын март айына чейин", "../2020-03"),
    ("2020-жылдын мартына чейин", "../2020-03"),
    ("2020-жылдын март айынан мурун", "../2020-02"),
    ("2019-жылдан кийин", "2020/.."),
    ("10.06.2019", "2019-06-10"),
    ("2019-жылдын 10-июну, 14:30", "2019-06-10T14:30"),
    ("2019-жылдын 10-июну, саат 14:30", "2019-06-10T14:30"),
    ("2019-жылдын 10-июну, UTC+05:00 боюнча 14:30", "2019-06-10T14:30+05:00"),
    ("2019-жылдын 10-июну, 14:30-дан баштап", "2019-06-10T14:30/.."),
    ("белгисиз – 2020-жылдын март айы", "/2020-03"),
]  # fmt: skip

# The traditional Kyrgyz month names, as calendars in Kyrgyzstan print them beside the others.
TRADITIONAL_MONTHS = [
    ("үчтүн айы", 1), ("бирдин айы", 2), ("жалган куран", 3), ("чын куран", 4), ("бугу", 5),
    ("кулжа", 6), ("теке", 7), ("баш оона", 8), ("аяк оона", 9), ("тогуздун айы", 10),
    ("жетинин айы", 11), ("бештин айы", 12),
]  # fmt: skip

MONTH_ABBREVIATIONS = [
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("май", 5), ("июн", 6),
    ("июл", 7), ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
]  # fmt: skip

# Values describe() words, in every form it supports, that read back as themselves.
ROUND_TRIP = [
    "2019-06-10", "2019-06", "2019", "0800", "1066-10-14",
    "2019~", "2019-06~", "2020-02?", "2019-06-10%",
    "2019-06-10/2019-06-12", "2019-06-10/2019-07-02", "2019-12-30/2020-01-02",
    "2019-06/2019-08", "2019-12/2020-01", "2019/2021", "2019/2019-06",
    "2019-06/2019-08~", "2019-06~/2019-08", "2019-06?/2019-08", "2019-06-10%/2019-06-12?",
    "201X", "201X~", "080X", "20XX", "20XX?", "01XX", "201X/202X", "20XX/21XX",
    "2019-XX", "2019-XX?", "2019-XX-XX", "2019-06-XX", "2019-06-XX~", "2019-XX/2020-XX",
    "2019-21", "2019-22", "2019-23?", "2019-24", "2019-24~", "2019-21/2019-23",
    "2019-24/2020-24",
    "2019-06/..", "../2020-03", "2019-06~/..", "../2020-03?", "2019-21/..", "2019-24/..",
    "201X/..", "../201X", "20XX/..", "2019-XX/..", "../2019-06-XX", "../2019-06-10T14:30",
    "2019-06/", "/2020-03", "/2019",
    "2019-06-10T14:30", "2019-06-10T14:30:05", "2019-06-10T14:30Z",
    "2019-06-10T14:30+05:00", "2019-06-10T14:30-03:30",
    "2019-06-10T14:30/2019-06-10T16:00", "2019-06-10T14:30Z/2019-06-10T16:00Z",
    "2019-06-10T14:30Z/2019-06-10T16:00+01:00", "2019-06-10T14:30/2019-06-11T10:00",
    "2019-06-10T14:30:05/2019-06-10T14:30:10", "2019-06-10/2019-06-10T14:30",
]  # fmt: skip

UNREADABLE = (
    "not a date we can read; write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019"
)

REFUSALS = [
    ("yesterday", 'cannot read "yesterday" in a date; write it like 10 June 2019, '
     "June 2019, about 2019 or 10–12 June 2019"),
    ("mid-June 2019", 'cannot read "mid" in a date; write it like 10 June 2019, '
     "June 2019, about 2019 or 10–12 June 2019"),
    ("June and August 2019", UNREADABLE),
    ("between June 2019", UNREADABLE),
    ("until June – August 2019", UNREADABLE),
    ("10 June", "add a year, as in 10 June 2019"),
    ("from June", "add a year, as in June 2019"),
    ("spring", "add a year, as in spring 2019"),
    ("10 2019", "add a month, as in 10 June 2019"),
    ("14:30", "a time needs a date, as in 10 June 2019, 14:30"),
    ("June 2019 UTC", "a time zone needs a time, as in 10 June 2019, 14:30 UTC"),
    ("10 June 19", "write the year with four digits, as in 10.06.2019 or 10 June 2019"),
    ("10.06.19", "write the year with four digits, as in 10.06.2019 or 10 June 2019"),
    ("the 80s", "write the decade with its century, as in the 1980s or 1980-е"),
    ("06/13/2019", "dates in numbers are read day first: 10.06.2019 is 10 June 2019, "
     "so 06/13/2019 would be in month 13"),
    ("21.2019", "month 21 does not exist"),
    ("before 10 June 2019, 14:30", '"before" and "after" need a day, month, season, '
     'year or decade; write "until" or "from" instead'),
    ("after a day in June 2019", '"before" and "after" need a day, month, season, '
     'year or decade; write "until" or "from" instead'),
    ("before 0001", "that falls outside the years 0001 to 9999"),
    ("after 9999", "that falls outside the years 0001 to 9999"),
    ("December – January 2020", "an interval's end comes before its start"),
    ("about 10 June 2019, 14:30", "a date with a time cannot carry a qualifier (? ~ %)"),
]  # fmt: skip


# What a person may type for a date that does not exist, and the EDTF it would be.
IMPOSSIBLE = [
    ("31 June 2019", "2019-06-31"),
    ("31.06.2019", "2019-06-31"),
    ("29 февраля 2019", "2019-02-29"),
    ("2019-06-31", "2019-06-31"),
    ("2019-13", "2019-13"),
    ("10 June 2019, 25:00", "2019-06-10T25:00"),
]


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_blank_text_is_an_unknown_date(text: str) -> None:
    assert to_edtf(text) == ""
    assert to_edtf(text, "ru") == ""


@pytest.mark.parametrize("text", ["unknown", "Unknown", "неизвестно"])
def test_the_word_unknown_alone_is_an_unknown_date(text: str) -> None:
    assert to_edtf(text) == ""


@pytest.mark.parametrize(
    "text",
    ["2019-06-10", "2019~", "2019-06-10/2019-06-12", "201X", "20XX", "2019-21", "2019-06-XX",
     "../2020-03", "2019-06/..", "/2020-03", "2019-06-10T14:30+05:00", "2019-06-10%"],
)  # fmt: skip
def test_edtf_is_kept_as_written(text: str) -> None:
    assert to_edtf(text) == text
    assert to_edtf(f"  {text} ", "ru") == text


def test_edtf_may_be_typed_in_small_letters_and_with_spaces_around_the_slash() -> None:
    assert to_edtf("201x") == "201X"
    assert to_edtf("2019-06-10t14:30z") == "2019-06-10T14:30Z"
    assert to_edtf("2019-06-10 / 2019-06-12") == "2019-06-10/2019-06-12"


@pytest.mark.parametrize(("text", "edtf"), ENGLISH)
def test_english_is_read_into_edtf(text: str, edtf: str) -> None:
    assert to_edtf(text, "en") == edtf


@pytest.mark.parametrize(("text", "edtf"), RUSSIAN)
def test_russian_is_read_into_edtf(text: str, edtf: str) -> None:
    assert to_edtf(text, "ru") == edtf


@pytest.mark.parametrize(("text", "edtf"), RUSSIAN)
def test_russian_is_read_whatever_the_language(text: str, edtf: str) -> None:
    assert to_edtf(text) == edtf
    assert to_edtf(text, "fr") == edtf


@pytest.mark.parametrize(("text", "edtf"), [case for case in ENGLISH if case[0] != "c. 2019"])
def test_english_is_read_when_the_language_is_russian(text: str, edtf: str) -> None:
    assert to_edtf(text, "ru") == edtf


@pytest.mark.parametrize(("text", "edtf"), KYRGYZ)
def test_kyrgyz_is_read_into_edtf(text: str, edtf: str) -> None:
    assert to_edtf(text, "ky") == edtf


@pytest.mark.parametrize(("text", "edtf"), KYRGYZ)
def test_kyrgyz_is_read_whatever_the_language(text: str, edtf: str) -> None:
    assert to_edtf(text) == edtf
    assert to_edtf(text, "ru") == edtf


@pytest.mark.parametrize(("text", "edtf"), [case for case in ENGLISH if case[0] != "c. 2019"])
def test_english_is_read_when_the_language_is_kyrgyz(text: str, edtf: str) -> None:
    assert to_edtf(text, "ky") == edtf


@pytest.mark.parametrize(("name", "month"), TRADITIONAL_MONTHS)
def test_traditional_kyrgyz_month_names_are_read(name: str, month: int) -> None:
    assert to_edtf(f"10-{name} 2019", "ky") == f"2019-{month:02d}-10"
    assert to_edtf(f"2019-жылдын {name.title()}", "ky") == f"2019-{month:02d}"


def test_kyrgyz_case_endings_decide_where_a_range_starts_and_ends() -> None:
    # The ablative ("-дан", from) opens, the dative ("-га", to) closes; alone each is a bound.
    assert to_edtf("2019-жылдан", "ky") == "2019/.."
    assert to_edtf("2020-жылга", "ky") == "../2020"
    assert to_edtf("2019-жылдан 2020-жылга", "ky") == "2019/2020"
    assert to_edtf("2019-жылдын 10-июну, 14:30-га чейин", "ky") == "../2019-06-10T14:30"


def test_a_kyrgyz_decade_needs_its_century_and_a_year_range_is_not_a_decade() -> None:
    with pytest.raises(InvalidInput, match="write the decade with its century"):
        to_edtf("80-жылдар", "ky")
    assert to_edtf("2010–2020-жылдар", "ky") == "2010/2020"
    assert to_edtf("2010-жылдар – 2020-жылдар", "ky") == "201X/202X"


def test_a_kyrgyz_word_that_only_looks_like_a_date_word_is_refused() -> None:
    with pytest.raises(InvalidInput, match='cannot read "жаза"'):
        to_edtf("жаза 2019", "ky")  # a penalty, not spring
    with pytest.raises(InvalidInput, match="add a year"):
        to_edtf("10-июнь", "ky")


@pytest.mark.parametrize(("abbreviation", "month"), MONTH_ABBREVIATIONS)
def test_russian_month_abbreviations_are_read(abbreviation: str, month: int) -> None:
    assert to_edtf(f"10 {abbreviation}. 2019", "ru") == f"2019-{month:02d}-10"
    assert to_edtf(f"{abbreviation} 2019", "ru") == f"2019-{month:02d}"


def test_a_latin_c_means_circa_in_english_and_since_among_russian_words() -> None:
    assert to_edtf("c. 2019") == "2019~"
    assert to_edtf("c 2019", "ru") == "2019/.."
    assert to_edtf("c июня 2019") == "2019-06/.."
    assert to_edtf("с 2019") == "2019/.."  # the Cyrillic letter is always "since"


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
@pytest.mark.parametrize("edtf", ROUND_TRIP)
def test_what_describe_shows_reads_back_as_the_same_edtf(edtf: str, language: str) -> None:
    assert to_edtf(describe(edtf, language), language) == edtf


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
@pytest.mark.parametrize("edtf", ["2019-06-10/2019-06-12", "2019-24~", "2019-06-10T14:30Z"])
def test_what_describe_shows_survives_retyping(edtf: str, language: str) -> None:
    shown = describe(edtf, language)
    for retyped in (shown.upper(), shown.replace("–", "-"), shown.replace(".", ""), f" {shown} "):
        assert to_edtf(retyped, language) == edtf


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_a_one_day_interval_reads_back_as_that_day(language: str) -> None:
    # describe() shows 2019-06-10/2019-06-10 as the day alone; the bounds are the same.
    assert to_edtf(describe("2019-06-10/2019-06-10", language), language) == "2019-06-10"


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_a_century_of_years_reads_back_as_that_century(language: str) -> None:
    # describe() shows 2000/2099 and 20XX alike; they cover the same years.
    shown = describe("2000/2099", language)
    assert shown == describe("20XX", language)
    assert to_edtf(shown, language) == "20XX"


def test_a_year_before_100_needs_its_russian_mark_to_read_back() -> None:
    # In English describe() shows 0050 as "50", which could as well be a day.
    assert to_edtf(describe("0050", "ru"), "ru") == "0050"
    assert to_edtf(describe("0050", "ky"), "ky") == "0050"
    with pytest.raises(InvalidInput):
        to_edtf(describe("0050", "en"), "en")


@st.composite
def edtf_points(draw: st.DrawFn) -> str:
    year = draw(st.integers(100, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    qualifier = draw(st.sampled_from(["", "?", "~", "%"]))
    text = f"{year:04d}"
    shapes = {
        "year": text,
        "month": f"{text}-{month:02d}",
        "day": f"{text}-{month:02d}-{day:02d}",
        "season": f"{text}-{draw(st.integers(21, 23 if year == 9999 else 24))}",
        "decade": f"{text[:3]}X",
        "century": f"{text[:2]}XX",
        "some month": f"{text}-XX",
        "some day": f"{text}-XX-XX",
        "some day in a month": f"{text}-{month:02d}-XX",
    }
    shape = draw(st.sampled_from([*shapes, "time"]))
    if shape != "time":
        return shapes[shape] + qualifier
    clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    seconds = draw(st.sampled_from(["", ":00", ":59"]))
    zone = draw(st.sampled_from(["", "Z", "+05:00", "-03:30"]))
    return f"{shapes['day']}T{clock}{seconds}{zone}"


@st.composite
def edtf_values(draw: st.DrawFn) -> str:
    first = draw(edtf_points())
    shape = draw(st.sampled_from(["{}", "{}/{}", "{}/..", "../{}", "{}/", "/{}"]))
    value = shape.format(first, draw(edtf_points()))
    assume(is_valid(value))
    return value


@settings(max_examples=300, deadline=None)
@given(edtf_values(), st.sampled_from(["en", "ru", "ky"]))
def test_any_described_value_reads_back_as_itself(edtf: str, language: str) -> None:
    value = parse(edtf)
    assume(not (value.is_interval and value.start == value.end))  # shown as one date
    assert to_edtf(describe(value, language), language) == edtf


@pytest.mark.parametrize(("text", "message"), REFUSALS)
def test_what_is_not_a_date_is_refused_with_a_helpful_message(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as refusal:
        to_edtf(text)
    assert str(refusal.value) == message
    assert type(refusal.value) is InvalidInput


@pytest.mark.parametrize(("text", "edtf"), IMPOSSIBLE)
def test_an_impossible_date_is_refused_as_parse_refuses_it(text: str, edtf: str) -> None:
    with pytest.raises(InvalidInput) as expected:
        parse(edtf)
    with pytest.raises(InvalidInput) as refusal:
        to_edtf(text)
    assert str(refusal.value) == str(expected.value)


def test_text_of_edtf_characters_is_told_what_edtf_expects() -> None:
    with pytest.raises(InvalidInput, match="use 4-digit years from 0001 to 9999"):
        to_edtf("20190")


def test_dates_in_numbers_are_read_day_first() -> None:
    assert to_edtf("03/04/2019") == "2019-04-03"
    assert to_edtf("03.04.2019", "ru") == "2019-04-03"


@pytest.mark.parametrize("language", ["en", "ru", "ru_RU", "ru-RU", "ky", "ky_KG"])
def test_every_example_is_read(language: str) -> None:
    shown = examples(language)
    assert len(shown) >= 5
    assert all(to_edtf(text, language) for text in shown)


def test_examples_are_in_the_language_asked_for() -> None:
    assert "10 June 2019" in examples("en")
    assert "10 июня 2019" in examples("ru")
    assert "2019-жылдын 10-июну" in examples("ky")
    assert examples("ky_KG") == examples("ky")
    assert examples("ru_RU") == examples("ru")
    assert examples("fr") == examples("en")


def test_examples_can_be_changed_by_the_caller_without_harm() -> None:
    examples("en").clear()
    assert examples("en")
