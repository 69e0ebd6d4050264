"""Words for EDTF dates as a person reads them in a chronology, in English and Russian."""

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
    """What English and Russian share: the shape of a chronology date; subclasses supply words."""

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
            return f"{self.month(start)}–{self.month(end)} {self.year(end.year)}"
        if kinds == (Precision.DAY, Precision.DAY):
            if start.month == end.month:
                return f"{start.day}–{self.day(end)}"
            return f"{self.day_month(start)} – {self.day(end)}"
        timed = (Precision.MINUTE, Precision.SECOND)
        if (
            start.precision in timed
            and end.precision in timed
            and (start.month, start.day) == (end.month, end.day)
            and start.utc_offset_minutes == end.utc_offset_minutes
        ):
            clocks = f"{self.clock(start)}–{self.clock(end)}"
            return f"{self.day(start)}, {clocks}{self.zone(start)}"
        return None

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


_ENGLISH = _English()
_WORDS: dict[str, _Words] = {"en": _ENGLISH, "ru": _Russian()}
