"""Fuzz the date parsers: EDTF (dates.parse) and dates as people type them (dateinput.to_edtf)
in English, Russian and Kyrgyz; what is read must sort and be put into words.

    python fuzz/fuzz_dates.py [libFuzzer options] [CORPUS_DIR]
"""

from __future__ import annotations

from _common import atheris, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook import dateinput, dates, datetext
    from notebook.errors import InvalidInput
    from tests.fuzzing import judge

LANGUAGES = ("en", "ru", "ky")


def _readable(value: dates.EdtfDate) -> None:
    first, last = dates.sort_bounds(value)
    assert first <= last
    for language in LANGUAGES:
        assert datetext.describe(value, language)


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    parsed = judge(lambda: dates.parse(text), seconds=5)
    if parsed.worked:
        _readable(parsed.value)
    else:
        assert isinstance(parsed.error, InvalidInput)
    for language in LANGUAGES:
        typed = judge(lambda language=language: dateinput.to_edtf(text, language), seconds=5)
        if typed.worked and typed.value:
            _readable(dates.parse(typed.value))
        elif not typed.worked:
            assert isinstance(typed.error, InvalidInput)


SEEDS = {
    f"seed-{number}": text.encode()
    for number, text in enumerate(
        ["2019-06-10", "2019-06-10T14:30:05+05:00", "../2020-03", "201X~", "2019-21/2020-24?"]
        + [example for language in LANGUAGES for example in dateinput.examples(language)]
    )
}

if __name__ == "__main__":
    run(test_one_input, SEEDS)
