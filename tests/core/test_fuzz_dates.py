"""Hostile dates: any text given as an EDTF date, or typed as a date in any of the three
languages, is read or refused with InvalidInput, quickly; what is read is a date the rest of
the program can sort and put into words."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from notebook import dateinput, dates, datetext
from notebook.errors import InvalidInput
from tests.fuzzing import fuzz_settings, judge

LANGUAGES = ("en", "ru", "ky")
VALID = (
    "2019-06-10",
    "2019-06",
    "2019",
    "2019~",
    "2020-02?",
    "2019-06-10%",
    "201X",
    "20XX",
    "2019-XX",
    "2019-06-XX",
    "2019-21",
    "2019-24",
    "2019-06-10T14:30",
    "2019-06-10T14:30:05Z",
    "2019-06-10T14:30-14:00",
    "2019-06-10/2019-06-12",
    "../2020-03",
    "2019/",
    "/2019",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00-14:00",
)
EDTF_ALPHABET = "0123456789X?~%./:+TZ- x\u0660\u00b2"
# Words and pieces people type, in the three languages, for typed dates made of them.
EXAMPLES = [text for language in LANGUAGES for text in dateinput.examples(language)]
TYPED_PIECES = [
    *(word for text in EXAMPLES for word in text.split()),
    "about", "before", "after", "from", "until", "between", "and", "circa", "c", "c.", "early",
    "late", "mid", "spring", "winter", "the", "s", "до", "после", "с", "по", "около", "зима",
    "-е", "-жылдын", "баштап", "чейин", "14:30", "UTC", "+05:00", "?", "~", "–", "-", "/", ".",
    "10.06.19", "10/06/2019", "31", "29", "02", "0000", "9999", "99999", "1980s", "\u0661\u0669",
]  # fmt: skip


@st.composite
def spoiled(draw: st.DrawFn, text: str) -> str:
    """`text` with a few characters inserted, removed, replaced or repeated."""
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "remove", "replace", "repeat", "cut"]))
        piece = draw(st.text(alphabet=EDTF_ALPHABET, min_size=1, max_size=3))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "remove":
            text = text[:at] + text[at + 1 :]
        elif kind == "replace":
            text = text[:at] + piece + text[at + 1 :]
        elif kind == "repeat":
            text = text[:at] * draw(st.integers(2, 200)) + text[at:]
        else:
            text = text[:at]
    return text


EDTF_LIKE = st.one_of(
    st.sampled_from(VALID).flatmap(spoiled),
    st.text(alphabet=EDTF_ALPHABET, max_size=40),
    st.text(max_size=40),
)
TYPED = st.one_of(
    st.lists(st.sampled_from(TYPED_PIECES), max_size=8).map(" ".join),
    st.sampled_from(EXAMPLES).flatmap(spoiled),
    st.text(max_size=60),
)


def _check_what_was_read(value: dates.EdtfDate) -> None:
    for point in (value.start, value.end):
        if point is not None:
            assert point.earliest <= point.latest
    first, last = dates.sort_bounds(value)
    assert first <= last
    for language in LANGUAGES:
        assert datetext.describe(value, language)


@fuzz_settings(300)
@given(text=EDTF_LIKE)
@example(text="9999-24")  # winter 9999 would end in the year 10000
@example(text="9999-12-31T23:59-14:00")  # in UTC, past the year 9999
@example(text="1" * 10_000 + "?")
def test_any_text_is_an_edtf_date_or_refused_with_invalid_input(text: str) -> None:
    outcome = judge(lambda: dates.parse(text), seconds=5)
    if outcome.worked:
        _check_what_was_read(outcome.value)
        assert dateinput.to_edtf(outcome.value.text) == outcome.value.text
    else:
        assert isinstance(outcome.error, InvalidInput)


@fuzz_settings(300)
@given(text=TYPED, language=st.sampled_from([*LANGUAGES, "de", "", "ru_RU"]))
@example(text="зима 9999", language="ru")
@example(text="before 0001", language="en")
@example(text="after 9999", language="en")
@example(text="10 June 2019 " * 2000, language="en")
# A run of digits longer than int() reads (4,300) was a ValueError; Arabic-Indic digits too.
@example(text="1" * 5000 + " June 2019", language="en")
@example(text="\u0663" * 5000, language="ru")
def test_any_typed_date_is_read_into_edtf_or_refused_with_invalid_input(
    text: str, language: str
) -> None:
    outcome = judge(lambda: dateinput.to_edtf(text, language), seconds=5)
    if outcome.worked:
        assert isinstance(outcome.value, str)
        if outcome.value:
            _check_what_was_read(dates.parse(outcome.value))
    else:
        assert isinstance(outcome.error, InvalidInput)
