"""Dates as people type them, in English, Russian or Kyrgyz, read into the EDTF we store."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from notebook.dates import DatePoint, Precision, parse
from notebook.errors import InvalidInput

_ACCEPTED = "write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019"
_UNREADABLE = f"not a date we can read; {_ACCEPTED}"
_FULL_YEAR = "write the year with four digits, as in 10.06.2019 or 10 June 2019"
_FULL_DECADE = "write the decade with its century, as in the 1980s or 1980-е"
_NEEDS_DATE = "a time needs a date, as in 10 June 2019, 14:30"
_NEEDS_TIME = "a time zone needs a time, as in 10 June 2019, 14:30 UTC"
_NEEDS_MONTH = "add a month, as in 10 June 2019"
_SHIFT = (
    '"before" and "after" need a day, month, season, year or decade; '
    'write "until" or "from" instead'
)
_OUT_OF_RANGE = "that falls outside the years 0001 to 9999"
# Far more digits than any part of a date has, far fewer than int() refuses to read (4,300).
_LONGEST_NUMBER = 100

_EXAMPLES = {
    "en": [
        "10 June 2019",
        "June 2019",
        "about 2019",
        "June 2019?",
        "10–12 June 2019",
        "from June 2019",
        "until March 2020",
        "spring 2019",
        "the 2010s",
        "10.06.2019",
    ],
    "ru": [
        "10 июня 2019",
        "июнь 2019",
        "около 2019",
        "июнь 2019?",
        "10–12 июня 2019",
        "с июня 2019",
        "до марта 2020",
        "весна 2019",
        "2010-е",
        "10.06.2019",
    ],
    "ky": [
        "2019-жылдын 10-июну",
        "2019-жылдын июнь айы",
        "болжол менен 2019-жыл",
        "2019-жылдын июнь айы?",
        "2019-жылдын 10–12-июну",
        "2019-жылдын июнь айынан баштап",
        "2020-жылдын март айына чейин",
        "2019-жылдын жазы",
        "2010-жылдар",
        "10.06.2019",
    ],
}


def to_edtf(text: str, language: str = "en") -> str:
    """Read a date as a person types it into EDTF; blank text gives "" (an unknown date).

    EDTF itself, English, Russian and Kyrgyz are read whatever `language` says; it only
    settles whether a lone Latin "c" is "circa" (English) or a mistyped Cyrillic "с", "since"
    (Russian, Kyrgyz). Dates in numbers are read day first, as in Russia and the UK: 10/06/2019
    is 10 June 2019. Raises InvalidInput, with the message `dates.parse` gives for an
    impossible date such as 31 June.
    """
    stripped = text.strip()
    if not stripped:
        return ""
    edtf_error: InvalidInput | None = None
    candidate = re.sub(r"\s*/\s*", "/", stripped).upper()
    if _EDTF_CHARACTERS.fullmatch(candidate):
        try:
            return parse(candidate).text
        except InvalidInput as error:
            edtf_error = error
    russian = _language(language) in ("ru", "ky") or _CYRILLIC.search(stripped) is not None
    try:
        edtf = _Reader(_lex(stripped.lower(), russian=russian)).expression()
    except _Unreadable as error:
        # Text made only of EDTF characters is better told what EDTF expects.
        raise (edtf_error or InvalidInput(str(error))) from None
    return parse(edtf).text if edtf else ""


def examples(language: str) -> list[str]:
    """A few forms `to_edtf` reads, to show as help; an unknown language gets English."""
    return list(_EXAMPLES.get(_language(language), _EXAMPLES["en"]))


def _language(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


class _Unreadable(InvalidInput):
    """Nothing here reads as a date; the caller may have a better message for EDTF text."""


class _Bound(enum.Enum):
    """A word in front of a date that opens or closes it: "from", "until", "before" …"""

    FROM = "from"
    UNTIL = "until"
    BEFORE = "before"
    AFTER = "after"
    BETWEEN = "between"


_EDTF_CHARACTERS = re.compile(r"[0-9X?~%./:+TZ-]+")
_WINTER = re.compile(r"(\d{4})-(\d{2})")
_CYRILLIC = re.compile(r"[а-яёңөү]", re.IGNORECASE)
_DASHES = "-‐‑‒–—―−"


def _words(text: str) -> set[str]:
    return set(text.split())


_MONTHS: dict[str, int] = {}
for _number, _forms in enumerate(
    (
        "january jan январь января январе янв",
        "february feb февраль февраля феврале фев февр",
        "march mar март марта марте мар",
        "april apr апрель апреля апреле апр",
        "may май мая мае",
        "june jun июнь июня июне июн",
        "july jul июль июля июле июл",
        "august aug август августа августе авг",
        "september sep sept сентябрь сентября сентябре сен сент",
        "october oct октябрь октября октябре окт",
        "november nov ноябрь ноября ноябре ноя нояб",
        "december dec декабрь декабря декабре дек",
    ),
    start=1,
):
    _MONTHS.update(dict.fromkeys(_forms.split(), _number))

_SEASONS: dict[str, int] = {}
for _code, _forms in enumerate(
    (
        "spring весна весны весной весне",
        "summer лето лета летом лете",
        "autumn fall осень осени осенью",
        "winter зима зимы зимой зиме",
    ),
    start=21,
):
    _SEASONS.update(dict.fromkeys(_forms.split(), _code))

_APPROXIMATE = _words(
    "about around circa ca approximately approx roughly "
    "около ок примерно приблизительно ориентировочно "
    "болжол болжолу болжолдуу чамасы чамасында чамалуу тегерегинде ченде"
)
_UNCERTAIN = _words(
    "probably possibly perhaps maybe likely presumably uncertain "
    "возможно вероятно предположительно наверное видимо "
    "балким мүмкүн сыягы кыязы ыктымал шектүү"
)
_UNKNOWN = {"unknown", "неизвестно", "белгисиз"}
_SOME = {
    **dict.fromkeys(_words("day days день дня дней"), Precision.DAY),
    **dict.fromkeys(_words("month months месяц месяца месяцев"), Precision.MONTH),
}
_YEAR_MARKS = _words("г гг год года году годы годов годах")
# Words that only join the parts of a date: "the 10th of June", "a day in 2019", "в июне".
_FILLERS = _words(
    "the of in on at a an some one sometime year в во один одного одном из менен саат боюнча ичинде"
)
_BOUNDS: dict[tuple[str, ...], _Bound] = {
    **dict.fromkeys(
        [
            ("from",), ("since",), ("starting",), ("starting", "from"), ("beginning",),
            ("not", "before"), ("no", "earlier", "than"),
            ("с",), ("со",), ("начиная", "с"), ("начиная", "со"), ("не", "ранее"), ("не", "раньше"),
            ("баштап",), ("тартып",),
        ],
        _Bound.FROM,
    ),
    **dict.fromkeys(
        [
            ("until",), ("till",), ("til",), ("to",), ("up", "to"), ("up", "until"),
            ("through",), ("not", "after"), ("no", "later", "than"),
            ("до",), ("по",), ("не", "позднее"), ("не", "позже"),
            ("чейин",), ("дейре",), ("дейин",),
        ],
        _Bound.UNTIL,
    ),
    **dict.fromkeys(
        [("before",), ("earlier", "than"), ("ранее",), ("раньше",), ("мурун",), ("илгери",)],
        _Bound.BEFORE,
    ),
    **dict.fromkeys([("after",), ("later", "than"), ("после",), ("кийин",)], _Bound.AFTER),
    **dict.fromkeys(
        [("between",), ("между",), ("ортосунда",), ("аралыгында",)], _Bound.BETWEEN
    ),
}  # fmt: skip
_CONNECTORS = _words("to until till til through thru по до")
_BETWEEN_CONNECTORS = {"and", "и", "жана"}
_BOUND_WORDS = {word for phrase in _BOUNDS for word in phrase}
# Kyrgyz puts these after the date ("2019-жылдан баштап"); `_kyrgyz_order` moves them in front.
_POSTPOSITIONS = _words("баштап тартып чейин дейре дейин мурун илгери кийин ортосунда аралыгында")

# Kyrgyz words are a stem and endings: "июн-у-нан" (from June …), "жыл-дар-дын" (of the years).
# The endings accepted after a stem: plural, possessive, a case, and "-дагы" (dated).
_KY_ENDING = (
    r"(?P<ending>(?:дар|лар|тар)?"
    r"(?:с?[ыиуү](?:н(?:[аеоө]н?|д[аеоө](?:г[ыиуү])?|[ыиуү]н))?"
    r"|[дт][аеоө](?:н|г[ыиуү])?|[гк][аеоө]|[дтн][ыиуү]н)?)"
)
# Russian month names as Kyrgyz spells them, then the traditional Kyrgyz names, which
# `_lex` first writes as one word ("жалган куран" → "жалганкуран").
_KY_MONTH_STEMS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "май": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "үчтүнай": 1, "бирдинай": 2, "жалганкуран": 3, "чынкуран": 4, "бугу": 5, "кулжа": 6,
    "теке": 7, "башоона": 8, "аякоона": 9, "тогуздунай": 10, "жетининай": 11, "бештинай": 12,
}  # fmt: skip
_KY_STEMS = "|".join(sorted(_KY_MONTH_STEMS, key=len, reverse=True))
_KY_MONTH = re.compile(rf"(?P<stem>{_KY_STEMS})ь?{_KY_ENDING}")
_KY_YEAR = re.compile(rf"ж(?:ыл{_KY_ENDING}|ж?)")  # жыл, жылдын, жылдар, ж., жж.
_KY_SEASON = re.compile(rf"(?P<stem>жаз|жай|күз|кыш)(?:[гк][ыү])?{_KY_ENDING}")
_KY_SEASONS = {"жаз": 21, "жай": 22, "күз": 23, "кыш": 24}
_KY_PART = re.compile(rf"(?P<stem>ай|күн)(?:лар)?{_KY_ENDING}")  # "июнь айы", "бир күнү"
_KY_PLURALS = {"дар", "лар", "тар"}
_KY_PHRASES = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bанык\s+эмес\b", " ? "),
        (r"\bболсо\s+керек\b", " ? "),
        (r"\bболжол\s+менен\b", " ~ "),
        (r"\b(үчтүн|бирдин|тогуздун|жетинин|бештин)\s+ай", r"\1ай"),
        (r"\b(жалган|чын)\s+куран", r"\1куран"),
        (r"\b(баш|аяк)\s+оона", r"\1оона"),
    )
]


@dataclass(frozen=True, slots=True)
class _Token:
    """One piece of the typed text; `number` and `parts` hold what its kind needs."""

    kind: str
    text: str = ""
    number: int = 0
    parts: tuple[int | None, ...] = ()


_LEXICON = [
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("decade", r"(\d{1,3}0)(?:'?s|-?(?:ые|ых|е|e|х))(?![^\W\d_])"),
        ("day_first", r"(\d{1,2})([./-])(\d{1,2})\2(\d+)(?!\d)"),
        ("year_first", r"(\d{4})([./])(\d{1,2})\2(\d{1,2})(?!\d)"),
        ("month_year", r"(\d{1,2})[./](\d{4})(?![\d.])"),
        ("edtf", r"(?:\d{4}|\d{3}x|\d{2}xx)(?:-(?:\d{2}|xx)){1,2}(?![\dx])|\d{3}x|\d{2}xx"),
        ("time", r"t?(\d{1,2}):(\d{2})(?::(\d{2}))?"),
        ("zone", rf"(?:utc|gmt)(?:([+{_DASHES}])(\d{{1,2}})(?::?(\d{{2}}))?)?(?![^\W\d_])|z\b"),
        ("offset", r"\+(\d{2}):(\d{2})"),
        ("ordinal", r"(\d{1,2})(?:st|nd|rd|th|-?го)(?![^\W\d_])"),
        # Kyrgyz joins a number to its word with a hyphen: "2019-жылдын 10-июну".
        ("joined", rf"(\d{{1,4}})-(?=ж(?:ыл|ж?(?![^\W\d_]))|(?:{_KY_STEMS}))"),
        ("number", r"\d+"),
        ("word", r"[^\W\d_]+"),
        # … and a case ending to a number or a time: "14:30-дан" (from 14:30).
        ("ending", r"-(?P<ending>[дтн][аеоө]н|[гк][аеоө]|[дт][аеоө]|[ыиуү]?н?ч[ыиуү])(?![^\W\d_])"),
        ("dash", rf"[{_DASHES}/]"),
        ("mark", r"[?~%]"),
        ("space", r"[\s,.;:()\[\]'\"«»„“”]+"),
    )
]


def _lex(text: str, *, russian: bool) -> list[_Token]:
    text = text.replace("’", "'").replace("по-видимому", "видимо")
    for pattern, replacement in _KY_PHRASES:
        text = pattern.sub(replacement, text)
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        kind, match = _next_match(text, position)
        position = match.end()
        if kind == "word":
            _add_word(tokens, match.group(), russian=russian)
        elif kind != "space":
            tokens.extend(_tokens(kind, match))
    return _kyrgyz_order(tokens)


def _next_match(text: str, position: int) -> tuple[str, re.Match[str]]:
    for kind, pattern in _LEXICON:
        match = pattern.match(text, position)
        if match is not None:
            return kind, match
    raise _Unreadable(f'cannot read "{text[position]}" in a date; {_ACCEPTED}')


def _tokens(kind: str, match: re.Match[str]) -> list[_Token]:
    groups = match.groups()
    match kind:
        case "decade":
            if len(groups[0]) < 3:
                raise InvalidInput(_FULL_DECADE)
            return [_Token("decade", number=int(groups[0]))]
        case "day_first":
            day, _, month, year = groups
            if len(year) != 4:
                raise InvalidInput(_FULL_YEAR)
            if int(month) > 12:
                # Most likely a US date, month first: say how we read it.
                raise InvalidInput(
                    f"dates in numbers are read day first: 10.06.2019 is 10 June 2019, "
                    f"so {match.group()} would be in month {int(month)}"
                )
            return [_Token("date", parts=(int(year), _month(month), int(day)))]
        case "year_first":
            year, _, month, day = groups
            return [_Token("date", parts=(int(year), _month(month), int(day)))]
        case "month_year":
            return [_Token("date", parts=(int(groups[1]), _month(groups[0]), None))]
        case "time":
            hour, minute, second = groups
            seconds = None if second is None else int(second)
            return [_Token("time", parts=(int(hour), int(minute), seconds))]
        case "zone" | "offset":
            return [_Token("zone", number=_offset(kind, groups))]
        case "ordinal" | "joined":
            return [_Token("number", text=groups[0], number=int(groups[0]))]
        case "ending":
            return _case(match.group("ending"))
        case "number":
            if len(match.group()) > _LONGEST_NUMBER:
                raise _Unreadable(_UNREADABLE)
            return [_Token("number", text=match.group(), number=int(match.group()))]
        case "mark":
            mark = match.group()
            return [_Token(kind, text=sign) for sign in ("~?" if mark == "%" else mark)]
        case _:
            return [_Token(kind, text=match.group())]


def _month(text: str) -> int:
    """A month written in numbers; EDTF's season codes 21 to 24 are not months here."""
    if not 1 <= int(text) <= 12:
        raise InvalidInput(f"month {text} does not exist")
    return int(text)


def _offset(kind: str, groups: tuple[str | None, ...]) -> int:
    sign, hours, minutes = ("+", *groups) if kind == "offset" else groups
    if hours is None:
        return 0
    total = int(hours) * 60 + int(minutes or 0)
    return total if sign == "+" else -total


def _add_word(tokens: list[_Token], word: str, *, russian: bool) -> None:
    if word == "c":
        # A Latin "c" looks just like the Cyrillic "с" (since) that Russian typists mean.
        word = "с" if russian else "circa"
    if word in _YEAR_MARKS:
        if tokens and tokens[-1].kind == "number":
            tokens[-1] = _Token("year", text=tokens[-1].text, number=tokens[-1].number)
    elif word in _MONTHS:
        tokens.append(_Token("month", number=_MONTHS[word]))
    elif word in _SEASONS:
        tokens.append(_Token("season", number=_SEASONS[word]))
    elif word in _APPROXIMATE:
        tokens.append(_Token("mark", text="~"))
    elif word in _UNCERTAIN:
        tokens.append(_Token("mark", text="?"))
    elif word in _UNKNOWN:
        tokens.append(_Token("unknown"))
    elif word in _SOME:
        tokens.append(_Token("some", text=_SOME[word].value))
    elif word in _POSTPOSITIONS:
        tokens.append(_Token("post", text=word))
    elif word in _BOUND_WORDS or word in _CONNECTORS or word in _BETWEEN_CONNECTORS:
        tokens.append(_Token("word", text=word))
    elif word not in _FILLERS and not _add_kyrgyz_word(tokens, word):
        raise _Unreadable(f'cannot read "{word}" in a date; {_ACCEPTED}')


def _add_kyrgyz_word(tokens: list[_Token], word: str) -> bool:
    """Read a Kyrgyz month, season, year word or "бир айы"; False if `word` is none of them.

    A case ending that says "from" or "to" becomes a "case" token after the word.
    """
    if word == "бир":  # "бир айы", "бир күнү": a month, a day, not said which
        tokens.append(_Token("one"))
        return True
    if match := _KY_MONTH.fullmatch(word):
        tokens.append(_Token("month", number=_KY_MONTH_STEMS[match["stem"]]))
    elif match := _KY_SEASON.fullmatch(word):
        tokens.append(_Token("season", number=_KY_SEASONS[match["stem"]]))
    elif match := _KY_YEAR.fullmatch(word):
        if tokens and tokens[-1].kind == "number":
            plural = (match["ending"] or "")[:3] in _KY_PLURALS
            tokens[-1] = _kyrgyz_year(tokens, plural=plural)
    elif match := _KY_PART.fullmatch(word):
        if tokens and tokens[-1].kind == "one":
            some = Precision.MONTH if match["stem"] == "ай" else Precision.DAY
            tokens[-1] = _Token("some", text=some.value)
    else:
        return False
    tokens.extend(_case(match["ending"] or ""))
    return True


def _kyrgyz_year(tokens: list[_Token], *, plural: bool) -> _Token:
    """The number before "жыл": a year, or with "жылдар" a decade ("2010-жылдар").

    After "2019–" or "2019 жана" the plural counts years: "2019–2021-жылдар".
    """
    number = tokens[-1]
    after_first_year = len(tokens) >= 3 and tokens[-3].kind == "number"
    if plural and after_first_year and tokens[-2].kind in ("dash", "word"):
        # "2019–20-жылдар": two digits, left for `_join` to read as the second year.
        return number if len(number.text) <= 2 else _Token("year", number.text, number.number)
    if plural and number.number % 10 == 0:
        if len(number.text) < 3:
            raise InvalidInput(_FULL_DECADE)
        return _Token("decade", number=number.number)
    return _Token("year", text=number.text, number=number.number)


def _case(ending: str) -> list[_Token]:
    """A "case" token for an ending that means from (ablative) or to (dative), else none."""
    if re.search(r"[дтн][аеоө]н$", ending):
        return [_Token("case", text="from")]
    if re.search(r"[гкн][аеоө]$", ending):
        return [_Token("case", text="to")]
    return []


def _kyrgyz_order(tokens: list[_Token]) -> list[_Token]:
    """Put Kyrgyz words in the order the reader takes English and Russian ones.

    "2019-жылдын июнь айынан баштап" (from June 2019) reads as "баштап 2019 июнь";
    "2019-жылдан 2021-жылга чейин" as "2019 – 2021"; "2019-жылдын жазы" as "жазы 2019";
    "2019-жылдын бир айы" as "бир айы 2019"; "UTC боюнча 14:30" as "14:30 UTC". Tokens of
    other languages pass through unchanged.
    """
    tokens = _ranges_and_bounds(tokens)
    for kind, move in (("season", _season_start), ("some", _some_start)):
        for index, token in enumerate(tokens):
            if token.kind == kind:
                tokens.insert(move(tokens, index), tokens.pop(index))
    for index in range(len(tokens) - 1):
        if tokens[index].kind == "zone" and tokens[index + 1].kind == "time":
            tokens[index], tokens[index + 1] = tokens[index + 1], tokens[index]
    return tokens


_DATED = {"number", "year", "month", "season", "decade", "date", "edtf", "time", "some", "one",
          "unknown", "zone"}  # fmt: skip


def _date_follows(tokens: list[_Token], start: int) -> bool:
    rest = (token for token in tokens[start:] if token.kind not in ("mark", "case", "post"))
    return next(rest, _Token("end")).kind in _DATED


def _ranges_and_bounds(tokens: list[_Token]) -> list[_Token]:
    """A "from" ending followed by a date makes a range; a trailing postposition, a bound."""
    out: list[_Token] = []
    ranged = False
    bound: str | None = None
    for index, token in enumerate(tokens):
        if token.kind == "case":
            if _date_follows(tokens, index + 1):
                if token.text == "from":
                    out.append(_Token("dash", text="–"))
                    ranged = True
            elif (
                not any(later.kind == "post" for later in tokens[index + 1 :])
                and bound is None
                and not (ranged and token.text == "to")
            ):
                # "2019-жылдан" alone is "from 2019", "2020-жылга" alone "until 2020".
                bound = "баштап" if token.text == "from" else "чейин"
            continue
        if token.kind == "post":
            if _date_follows(tokens, index + 1):
                # "2019-жылдан баштап 2021-жылга чейин": the ending already made the range.
                if not (ranged and out and out[-1].kind == "dash"):
                    out.append(_Token("word", text=token.text))
                continue
            if bound is not None:
                raise _Unreadable(_UNREADABLE)
            if not (ranged and _BOUNDS[(token.text,)] is _Bound.UNTIL):
                bound = token.text
            continue
        out.append(token)
    return out if bound is None else [_Token("word", text=bound), *out]


def _season_start(tokens: list[_Token], index: int) -> int:
    """Where a season written after its year goes: "2019–2020-жылдардын кышы" → before 2019."""
    start = index
    if start > 0 and tokens[start - 1].kind in ("year", "number"):
        start -= 1
        year = tokens[start].number
        if (
            tokens[index].number == 24
            and start >= 2
            and tokens[start - 1].kind == "dash"
            and tokens[start - 2].kind == "number"
            and year in (tokens[start - 2].number + 1, (tokens[start - 2].number + 1) % 100)
        ):
            start -= 2
    return start


def _some_start(tokens: list[_Token], index: int) -> int:
    """Where "бир айы" written after its year and month goes: in front of them."""
    start = index
    while start > 0 and tokens[start - 1].kind in ("year", "number", "month"):
        start -= 1
    return start


@dataclass(slots=True)
class _Side:
    """A date, or one side of a range, as far as the text has said it so far."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: int | None = None
    season: int | None = None
    span: Precision | None = None  # DECADE or CENTURY; `year` is its first year
    some: Precision | None = None  # MONTH or DAY: "a month in 2019", "a day in June 2019"
    unknown: bool = False
    # Qualifiers written before and after the date; a collapsed range shares the outer ones.
    leading: set[str] = field(default_factory=set)
    trailing: set[str] = field(default_factory=set)

    def only_year(self) -> bool:
        return self == _Side(year=self.year, leading=self.leading)

    def only_day(self) -> bool:
        return self == _Side(day=self.day)

    def has_date(self) -> bool:
        return (self.year, self.month, self.day) != (None, None, None)

    def marks(self) -> str:
        marks = self.leading | self.trailing
        return "%" if len(marks) == 2 else "".join(marks)

    def edtf(self, *, qualified: bool = True) -> str:
        if self.unknown:
            return ""
        marks = self.marks() if qualified else ""
        if self.hour is not None and self.day is None:
            raise InvalidInput(_NEEDS_DATE)
        if self.day is not None and self.month is None:
            raise InvalidInput(_NEEDS_MONTH)
        if self.year is None:
            raise InvalidInput(f"add a year, as in {self._example()}")
        year = f"{self.year:04d}"
        if self.span is Precision.DECADE:
            return f"{year[:3]}X{marks}"
        if self.span is Precision.CENTURY:
            return f"{year[:2]}XX{marks}"
        if self.season is not None:
            return f"{year}-{self.season}{marks}"
        if self.some is Precision.MONTH:
            return f"{year}-XX{marks}"
        if self.some is Precision.DAY:
            month = "XX" if self.month is None else f"{self.month:02d}"
            return f"{year}-{month}-XX{marks}"
        text = year
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}"
            if self.second is not None:
                text += f":{self.second:02d}"
            text += _zone(self.zone)
        return text + marks

    def _example(self) -> str:
        if self.season is not None:
            return "spring 2019"
        if self.some is not None:
            return "a day in June 2019"
        return "10 June 2019" if self.day is not None else "June 2019"


def _zone(offset: int | None) -> str:
    if offset is None:
        return ""
    if offset == 0:
        return "Z"
    hours, minutes = divmod(abs(offset), 60)
    return f"{'-' if offset < 0 else '+'}{hours:02d}:{minutes:02d}"


class _Reader:
    """Reads tokens as one date, an open range ("from June 2019") or a range of two sides."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def is_next(self, kind: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == kind

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def done(self) -> bool:
        return self.at == len(self.tokens)

    def expression(self) -> str:
        if self.done():
            raise _Unreadable(_UNREADABLE)
        leading = self.qualifiers()  # "примерно с июня 2019": about comes before since
        bound = self.bound()
        left = self.side()
        left.leading |= leading
        if self.done():
            return _single(left, bound)
        if bound not in (None, _Bound.FROM, _Bound.BETWEEN) or not self.connector(
            between=bound is _Bound.BETWEEN
        ):
            raise _Unreadable(_UNREADABLE)
        right = self.side()
        if not self.done():
            raise _Unreadable(_UNREADABLE)
        _join(left, right)
        return f"{left.edtf()}/{right.edtf()}"

    def qualifiers(self) -> set[str]:
        marks = set()
        while self.is_next("mark"):
            marks.add(self.take().text)
        return marks

    def bound(self) -> _Bound | None:
        words: list[str] = []
        while self.is_next("word", len(words)):
            token = self.peek(len(words))
            assert token is not None
            words.append(token.text)
        for length in range(len(words), 0, -1):
            bound = _BOUNDS.get(tuple(words[:length]))
            if bound is not None:
                self.at += length
                return bound
        return None

    def connector(self, *, between: bool) -> bool:
        token = self.peek()
        if token is None:
            return False
        words = _BETWEEN_CONNECTORS if between else _CONNECTORS
        if token.kind == "dash" or (token.kind == "word" and token.text in words):
            self.take()
            return True
        return False

    def side(self) -> _Side:
        side = _Side(leading=self.qualifiers())
        token = self.peek()
        if token is None:
            raise _Unreadable(_UNREADABLE)
        if token.kind == "unknown":
            self.take()
            side.unknown = True
        elif token.kind == "season":
            self.season(side)
        elif token.kind == "decade":
            side.year, side.span = self.take().number, Precision.DECADE
        elif token.kind == "some":
            side.some = Precision(self.take().text)
            self.calendar(side)
            if side.day is not None or side.hour is not None or side.year is None:
                raise _Unreadable(_UNREADABLE)
            if side.some is Precision.MONTH and side.month is not None:
                raise _Unreadable(_UNREADABLE)
        elif not (token.kind == "edtf" and self.edtf_point(side)):
            if not self.calendar(side):
                raise _Unreadable(_UNREADABLE)
            if side.only_year():
                self.century(side)
        side.trailing = self.qualifiers()
        return side

    def edtf_point(self, side: _Side) -> bool:
        """Take an EDTF date written among words; False if it is a plain day, month or year."""
        point = _point(self.peek())
        if point.precision in (Precision.YEAR, Precision.MONTH, Precision.DAY) and (
            point.unspecified is None
        ):
            return False
        self.take()
        side.year, side.month, side.season = point.year, point.month, point.season
        if point.precision in (Precision.DECADE, Precision.CENTURY):
            side.span = point.precision
        else:
            side.some = point.unspecified
        return True

    def calendar(self, side: _Side) -> bool:
        """Take a day, month, year and time in any order, each at most once."""
        start = self.at
        while (token := self.peek()) is not None:
            if token.kind == "month" and side.month is None:
                side.month = token.number
            elif token.kind == "number" and len(token.text) <= 2:
                if side.day is not None:
                    raise InvalidInput(_FULL_YEAR)
                side.day = token.number
            elif (
                token.kind == "year" or (token.kind == "number" and len(token.text) <= 4)
            ) and side.year is None:
                side.year = token.number
            elif token.kind in ("date", "edtf") and not side.has_date():
                side.year, side.month, side.day = _date_parts(token)
            elif token.kind == "time" and side.hour is None:
                side.hour, side.minute, side.second = token.parts
            elif token.kind == "zone" and side.zone is None:
                if side.hour is None:
                    raise InvalidInput(_NEEDS_TIME)
                side.zone = token.number
            else:
                break
            self.take()
        return self.at > start

    def century(self, side: _Side) -> None:
        """Read "1900–1999", a century in years, as 19XX."""
        assert side.year is not None
        if side.year % 100 == 0 and self.is_next("dash") and self._year_ahead(side.year + 99):
            self.at += 2
            side.span = Precision.CENTURY

    def season(self, side: _Side) -> None:
        side.season = self.take().number
        token = self.peek()
        if token is None:
            return
        if token.kind == "year" or (token.kind == "number" and len(token.text) in (3, 4)):
            side.year = self.take().number
            # Winter runs into the next year, and people name both: "winter 2019–2020".
            if side.season == 24 and self.is_next("dash") and self._year_ahead(side.year + 1):
                self.at += 2
        elif side.season == 24 and (first := _winter_first_year(token.text)) is not None:
            side.year = first
            self.take()

    def _year_ahead(self, year: int) -> bool:
        """Whether the token after the next is `year`, in full or by its last two digits."""
        token = self.peek(1)
        if token is None or token.kind not in ("number", "year"):
            return False
        return token.number == year or (len(token.text) == 2 and token.number == year % 100)


def _winter_first_year(text: str) -> int | None:
    """2019 for "2019-20", which would otherwise read as EDTF for a month 20."""
    years = _WINTER.fullmatch(text)
    if years is None or int(years[2]) != (int(years[1]) + 1) % 100:
        return None
    return int(years[1])


def _point(token: _Token | None) -> DatePoint:
    assert token is not None
    point = parse(token.text.upper()).start
    assert point is not None
    return point


def _date_parts(token: _Token) -> tuple[int | None, int | None, int | None]:
    if token.kind == "date":
        year, month, day = token.parts
        return year, month, day
    point = _point(token)
    return point.year, point.month, point.day


def _single(side: _Side, bound: _Bound | None) -> str:
    if bound is None:
        return side.edtf()
    if side.unknown or bound is _Bound.BETWEEN:
        raise _Unreadable(_UNREADABLE)
    if bound is _Bound.FROM:
        return f"{side.edtf()}/.."
    if bound is _Bound.UNTIL:
        return f"../{side.edtf()}"
    # "Before March 2020" ends with February; "after June 2019" starts with July.
    if bound is _Bound.BEFORE:
        return f"../{_shift(side, -1)}"
    return f"{_shift(side, 1)}/.."


def _shift(side: _Side, step: int) -> str:
    """The date one day, month, season, year or decade before or after the side."""
    point = parse(side.edtf(qualified=False)).start
    assert point is not None
    exact = point.unspecified is None  # not "a day in June 2019"
    match point.precision:
        case Precision.DAY if exact:
            assert point.month is not None and point.day is not None
            try:
                text = (date(point.year, point.month, point.day) + timedelta(days=step)).isoformat()
            except OverflowError:
                raise InvalidInput(_OUT_OF_RANGE) from None
        case Precision.MONTH if exact:
            assert point.month is not None
            year, month = divmod(point.year * 12 + point.month - 1 + step, 12)
            text = f"{year:04d}-{month + 1:02d}"
        case Precision.SEASON:
            assert point.season is not None
            year, season = divmod(point.year * 4 + point.season - 21 + step, 4)
            text = f"{year:04d}-{season + 21}"
        case Precision.YEAR if exact:
            text = f"{point.year + step:04d}"
        case Precision.DECADE:
            text = f"{point.year // 10 + step:03d}X"
        case Precision.CENTURY:
            text = f"{point.year // 100 + step:02d}XX"
        case _:
            raise InvalidInput(_SHIFT)
    if text.startswith("0000") or len(text.split("-")[0]) > 4:
        raise InvalidInput(_OUT_OF_RANGE)
    return text + side.marks()


def _join(left: _Side, right: _Side) -> None:
    """Let each side of a range borrow what the text says only once: "10–12 June 2019"."""
    if left.unknown or right.unknown:
        return
    if left.only_year() and right.only_day():
        # "2019–20": the second year by its last two digits.
        assert left.year is not None and right.day is not None
        year = left.year // 100 * 100 + right.day
        right.year, right.day = (year + 100 if year <= left.year else year), None
        return
    borrowed = False
    if right.hour is not None and not right.has_date():
        # "10 June 2019, 14:30–16:00 UTC": the date once before, the zone once after.
        right.year, right.month, right.day = left.year, left.month, left.day
        if right.zone is None:
            right.zone = left.zone
        elif left.zone is None:
            left.zone = right.zone
        borrowed = True
    if left.day is not None and left.month is None and right.month is not None:
        left.month, borrowed = right.month, True
    if right.day is not None and right.month is None and left.month is not None:
        right.month, borrowed = left.month, True
    if left.year is None and right.year is not None and left.span is None:
        left.year, borrowed = right.year, True
    if right.year is None and left.year is not None and right.span is None:
        right.year, borrowed = left.year, True
    if borrowed:
        # "about 10–12 June 2019" and "10–12 June 2019?" qualify the whole range.
        outer = left.leading | right.trailing
        left.leading |= outer
        right.trailing |= outer
