"""Words for EDTF dates as a person reads them in a chronology, in English, Russian and Kyrgyz."""

from __future__ import annotations

from notebook.dates import DatePoint, EdtfDate, Precision, parse


def describe(value: EdtfDate | str, language: str = "en") -> str:
    """Put a date or interval into words; an unknown language falls back to English.

    A string is parsed first, so it may raise InvalidInput.
    """
    date = parse(value) if isinstance(value, str) else value
    words = _WORDS.get(language.replace("_", "-").split("-")[0].lower(), _ENGLISH)
    return words.describe(date)


class _Words:
    """What the languages share: the shape of a chronology date; subclasses supply words."""

    months: tuple[str, ...]  # standalone: "June", "июнь"
    months_after_day: tuple[str, ...]  # after a day number: "10 June", "10 июня"
    unknown: str

    def describe(self, date: EdtfDate) -> str:
        start, end = date.start, date.end
        if start is None:
            assert end is not None  # parse() refuses an interval without a known side
            if date.open_start:
                return self.until(end)
            return f"{self.unknown} – {self.qualified(end)}"
        if end is None:
            if date.open_end:
                return self.since(start)
            return f"{self.qualified(start)} – {self.unknown}"
        if start == end:
            return self.qualified(start)
        return self.collapsed(start, end) or f"{self.qualified(start)} – {self.qualified(end)}"

    def collapsed(self, start: DatePoint, end: DatePoint) -> str | None:
        """A range that says a shared month or year once ("10–12 June 2019"), or None."""
        if any(p.uncertain or p.approximate or p.unspecified for p in (start, end)):
            return None
        kinds = start.precision, end.precision
        if kinds == (Precision.YEAR, Precision.YEAR):
            return self.years(start.year, end.year)
        if start.year != end.year:
            return None
        if kinds == (Precision.MONTH, Precision.MONTH):
            return self.months_of_a_year(start, end)
        if kinds == (Precision.DAY, Precision.DAY):
            return self.days_of_a_year(start, end)
        timed = (Precision.MINUTE, Precision.SECOND)
        if (
            start.precision in timed
            and end.precision in timed
            and (start.month, start.day) == (end.month, end.day)
            and start.utc_offset_minutes == end.utc_offset_minutes
        ):
            return self.hours_of_a_day(start, end)
        return None

    # What `collapsed` writes for each kind of range within one year (or day).

    def months_of_a_year(self, start: DatePoint, end: DatePoint) -> str:
        return f"{self.month(start)}–{self.month(end)} {self.year(end.year)}"

    def days_of_a_year(self, start: DatePoint, end: DatePoint) -> str:
        if start.month == end.month:
            return f"{start.day}–{self.day(end)}"
        return f"{self.day_month(start)} – {self.day(end)}"

    def hours_of_a_day(self, start: DatePoint, end: DatePoint) -> str:
        return f"{self.day(start)}, {self.clock(start)}–{self.clock(end)}{self.zone(start)}"

    def point(self, p: DatePoint, *, genitive: bool = False) -> str:
        """One date without its qualifiers, in the nominative or (for Russian) genitive."""
        match p.precision:
            case Precision.CENTURY:
                return self.years(p.year, p.year + 99)
            case Precision.DECADE:
                return self.decade(p.year, genitive=genitive)
            case Precision.SEASON:
                assert p.season is not None
                return self.season(p.season, p.year, genitive=genitive)
            case Precision.YEAR if p.unspecified is not None:
                return self.some_in_year(p.unspecified, p.year, genitive=genitive)
            case Precision.YEAR:
                return self.year(p.year)
            case Precision.MONTH if p.unspecified is not None:
                return self.some_day_in_month(p, genitive=genitive)
            case Precision.MONTH:
                return f"{self.month(p, genitive=genitive)} {self.year(p.year)}"
            case Precision.DAY:
                return self.day(p)
            case _:
                return f"{self.day(p)}, {self.clock(p)}{self.zone(p)}"

    def month(self, p: DatePoint, *, genitive: bool = False) -> str:
        assert p.month is not None
        return (self.months_after_day if genitive else self.months)[p.month - 1]

    def day_month(self, p: DatePoint) -> str:
        assert p.month is not None
        return f"{p.day} {self.months_after_day[p.month - 1]}"

    def day(self, p: DatePoint) -> str:
        return f"{self.day_month(p)} {self.year(p.year)}"

    @staticmethod
    def clock(p: DatePoint) -> str:
        seconds = "" if p.second is None else f":{p.second:02d}"
        return f"{p.hour:02d}:{p.minute:02d}{seconds}"

    @staticmethod
    def zone(p: DatePoint) -> str:
        offset = p.utc_offset_minutes
        if offset is None:
            return ""
        if offset == 0:
            return " UTC"
        hours, minutes = divmod(abs(offset), 60)
        return f" UTC{'-' if offset < 0 else '+'}{hours:02d}:{minutes:02d}"

    def year(self, year: int) -> str:
        raise NotImplementedError

    def years(self, first: int, last: int) -> str:
        raise NotImplementedError

    def decade(self, first_year: int, *, genitive: bool) -> str:
        raise NotImplementedError

    def season(self, code: int, year: int, *, genitive: bool) -> str:
        raise NotImplementedError

    def some_in_year(self, unspecified: Precision, year: int, *, genitive: bool) -> str:
        raise NotImplementedError

    def some_day_in_month(self, p: DatePoint, *, genitive: bool) -> str:
        raise NotImplementedError

    def qualified(self, p: DatePoint) -> str:
        raise NotImplementedError

    def since(self, p: DatePoint) -> str:
        raise NotImplementedError

    def until(self, p: DatePoint) -> str:
        raise NotImplementedError


class _English(_Words):
    months = months_after_day = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )  # fmt: skip
    seasons = ("spring", "summer", "autumn", "winter")  # EDTF codes 21 to 24
    unknown = "unknown"

    def year(self, year: int) -> str:
        return str(year)

    def years(self, first: int, last: int) -> str:
        return f"{first}–{last}"

    def decade(self, first_year: int, *, genitive: bool) -> str:
        return f"the {first_year}s"

    def season(self, code: int, year: int, *, genitive: bool) -> str:
        # Winter runs from December into the next year: name both years.
        years = self.years(year, year + 1) if code == 24 else str(year)
        return f"{self.seasons[code - 21]} {years}"

    def some_in_year(self, unspecified: Precision, year: int, *, genitive: bool) -> str:
        return f"a {'month' if unspecified is Precision.MONTH else 'day'} in {year}"

    def some_day_in_month(self, p: DatePoint, *, genitive: bool) -> str:
        return f"a day in {self.month(p)} {p.year}"

    def qualified(self, p: DatePoint) -> str:
        return self._with_marks(p, "")

    def since(self, p: DatePoint) -> str:
        return self._with_marks(p, "from ")

    def until(self, p: DatePoint) -> str:
        return self._with_marks(p, "until ")

    def _with_marks(self, p: DatePoint, preposition: str) -> str:
        about = "about " if p.approximate else ""
        uncertain = " (uncertain)" if p.uncertain else ""
        return f"{preposition}{about}{self.point(p)}{uncertain}"


class _Russian(_Words):
    """Formal Russian: "10 июня 2019 г."; about is "около" with the genitive."""

    months = (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    )  # fmt: skip
    months_after_day = (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    )  # fmt: skip
    seasons = ("весна", "лето", "осень", "зима")  # EDTF codes 21 to 24
    seasons_genitive = ("весны", "лета", "осени", "зимы")
    unknown = "неизвестно"

    def year(self, year: int) -> str:
        return f"{year} г."

    def years(self, first: int, last: int) -> str:
        return f"{first}–{last} гг."

    def decade(self, first_year: int, *, genitive: bool) -> str:
        return f"{first_year}-{'х' if genitive else 'е'} гг."

    def season(self, code: int, year: int, *, genitive: bool) -> str:
        name = (self.seasons_genitive if genitive else self.seasons)[code - 21]
        # Winter runs from December into the next year: name both years.
        years = self.years(year, year + 1) if code == 24 else self.year(year)
        return f"{name} {years}"

    def some_in_year(self, unspecified: Precision, year: int, *, genitive: bool) -> str:
        some = "одного из" if genitive else "один из"
        parts = "месяцев" if unspecified is Precision.MONTH else "дней"
        return f"{some} {parts} {self.year(year)}"

    def some_day_in_month(self, p: DatePoint, *, genitive: bool) -> str:
        some = "одного из" if genitive else "один из"
        return f"{some} дней {self.month(p, genitive=True)} {self.year(p.year)}"

    def qualified(self, p: DatePoint) -> str:
        words = f"около {self.point(p, genitive=True)}" if p.approximate else self.point(p)
        return words + self._uncertain(p)

    def since(self, p: DatePoint) -> str:
        return self._bounded(p, "с")

    def until(self, p: DatePoint) -> str:
        return self._bounded(p, "до")

    def _bounded(self, p: DatePoint, preposition: str) -> str:
        about = "примерно " if p.approximate else ""
        return f"{about}{preposition} {self.point(p, genitive=True)}{self._uncertain(p)}"

    @staticmethod
    def _uncertain(p: DatePoint) -> str:
        return " (предположительно)" if p.uncertain else ""


class _Kyrgyz(_Words):
    """Kyrgyz as official texts write it: "2019-жылдын 10-июну", year first, then the day.

    Kyrgyz puts its "from" and "until" after the date (баштап, чейин) and marks the last
    word with a case ending: "2019-жылдан баштап", "2020-жылдын март айына чейин".
    """

    months = (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    )  # fmt: skip
    # After a day the month takes the possessive ending: "2019-жылдын 10-июну".
    months_after_day = (
        "январы", "февралы", "марты", "апрели", "майы", "июну",
        "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры",
    )  # fmt: skip
    seasons = ("жазы", "жайы", "күзү", "кышы")  # of a year: "2019-жылдын жазы"
    unknown = "белгисиз"

    def months_of_a_year(self, start: DatePoint, end: DatePoint) -> str:
        assert start.month is not None and end.month is not None
        months = f"{self.months[start.month - 1]}–{self.months[end.month - 1]}"
        return f"{start.year}-жылдын {months} айлары"

    def days_of_a_year(self, start: DatePoint, end: DatePoint) -> str:
        assert start.month is not None and end.month is not None
        if start.month == end.month:
            days = f"{start.day}–{end.day}-{self.months_after_day[end.month - 1]}"
            return f"{start.year}-жылдын {days}"
        return f"{start.year}-жылдын {self._day_month(start)} – {self._day_month(end)}"

    def hours_of_a_day(self, start: DatePoint, end: DatePoint) -> str:
        return f"{self.day(start)}, {self._zone(start)}{self.clock(start)}–{self.clock(end)}"

    def point(self, p: DatePoint, *, genitive: bool = False) -> str:
        return self._inflected(p, "")

    def _inflected(self, p: DatePoint, case: str) -> str:
        """One date without its qualifiers; `case` is "", "abl" (from) or "dat" (to)."""
        of_year = f"{p.year}-жылдын"
        match p.precision:
            case Precision.CENTURY:
                return _inflect(self.years(p.year, p.year + 99), case)
            case Precision.DECADE:
                return _inflect(f"{p.year}-жылдар", case)
            case Precision.SEASON:
                assert p.season is not None
                if p.season == 24:  # winter runs from December into the next year
                    of_year = f"{self.years(p.year, p.year + 1)}дын"
                name = self.seasons[p.season - 21]
                return f"{of_year} {_inflect(name, case, possessive=True)}"
            case Precision.YEAR if p.unspecified is not None:
                part = "айы" if p.unspecified is Precision.MONTH else "күнү"
                return f"{of_year} бир {_inflect(part, case, possessive=True)}"
            case Precision.YEAR:
                return _inflect(f"{p.year}-жыл", case)
            case Precision.MONTH if p.unspecified is not None:
                month = f"{self.month(p)} айынын"
                return f"{of_year} {month} бир {_inflect('күнү', case, possessive=True)}"
            case Precision.MONTH:
                return f"{of_year} {self.month(p)} {_inflect('айы', case, possessive=True)}"
            case Precision.DAY:
                return f"{of_year} {self._day_month(p, case)}"
        # A time: the case ending goes on the clock, written after a hyphen ("14:30-дан").
        spoken = _spoken_last(p)
        suffix = f"-{_inflect(spoken, case).removeprefix(spoken)}" if case else ""
        return f"{self.day(p)}, {self._zone(p)}{self.clock(p)}{suffix}"

    def day(self, p: DatePoint) -> str:
        return f"{p.year}-жылдын {self._day_month(p)}"

    def _day_month(self, p: DatePoint, case: str = "") -> str:
        assert p.month is not None
        month = _inflect(self.months_after_day[p.month - 1], case, possessive=True)
        return f"{p.day}-{month}"

    def _zone(self, p: DatePoint) -> str:
        # Before the time, "UTC+05:00 боюнча 14:30", so that the time can take the case ending.
        zone = self.zone(p).strip()
        return f"{zone} боюнча " if zone else ""

    def year(self, year: int) -> str:
        return f"{year}-жыл"

    def years(self, first: int, last: int) -> str:
        return f"{first}–{last}-жылдар"

    def qualified(self, p: DatePoint) -> str:
        return f"{self._about(p)}{self._inflected(p, '')}{self._uncertain(p)}"

    def since(self, p: DatePoint) -> str:
        return f"{self._about(p)}{self._inflected(p, 'abl')} баштап{self._uncertain(p)}"

    def until(self, p: DatePoint) -> str:
        return f"{self._about(p)}{self._inflected(p, 'dat')} чейин{self._uncertain(p)}"

    @staticmethod
    def _about(p: DatePoint) -> str:
        return "болжол менен " if p.approximate else ""

    @staticmethod
    def _uncertain(p: DatePoint) -> str:
        return " (анык эмес)" if p.uncertain else ""


# Which suffix vowel follows a word's last vowel: "жылдан", "күндөн", "ондон", "бештен".
_KYRGYZ_HARMONY = {
    "а": "а", "ы": "а", "у": "а", "я": "а", "ю": "а",
    "о": "о", "ё": "о",
    "е": "е", "и": "е", "э": "е",
    "ө": "ө", "ү": "ө",
}  # fmt: skip
_KYRGYZ_VOICELESS = frozenset("пфктшсчцхщ")
_KYRGYZ_UNITS = ("нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз")
_KYRGYZ_TENS = ("", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш")


def _inflect(word: str, case: str, *, possessive: bool = False) -> str:
    """`word` in the ablative ("abl", from) or dative ("dat", to) case; "" leaves it be.

    After a possessive ending ("айы", "июну") the case takes an n: "айынан", "июнуна".
    """
    if not case:
        return word
    vowel = next((_KYRGYZ_HARMONY[c] for c in reversed(word) if c in _KYRGYZ_HARMONY), "а")
    if possessive:
        return f"{word}н{vowel}н" if case == "abl" else f"{word}н{vowel}"
    voiceless = word[-1] in _KYRGYZ_VOICELESS
    if case == "abl":
        return f"{word}{'т' if voiceless else 'д'}{vowel}н"
    return f"{word}{'к' if voiceless else 'г'}{vowel}"


def _spoken_last(p: DatePoint) -> str:
    """The last word of a time said aloud, which chooses its case ending: 14:30 ends "отуз"."""
    assert p.hour is not None and p.minute is not None
    number = p.second if p.second is not None else p.minute or p.hour
    if number % 10 or number == 0:
        return _KYRGYZ_UNITS[number % 10]
    return _KYRGYZ_TENS[number // 10]


_ENGLISH = _English()
_WORDS: dict[str, _Words] = {"en": _ENGLISH, "ru": _Russian(), "ky": _Kyrgyz()}
