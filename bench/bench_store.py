"""Times the store's bulk insert, search and timeline against bare sqlcipher3 doing the same work.

Run: `.venv/bin/python bench/bench_store.py [--incidents N] [--profile]` (N defaults to 100,000;
`--incidents 2000` is a quick check). It prints a table and always exits 0: a report, not a test.

Ours goes through the public API only: `Notebook.create` (with the test-only KDF, whose cost is
not measured), one case, a few persons, then N incidents added with `nb.add` in transactions of
1,000 (a bulk import); 100 `nb.search(word, case_id=..., limit=20)`; one `nb.timeline(case_id)`.

The baseline is the least a program storing the same data searchably must do, with bare
sqlcipher3 calls on a database keyed and tuned exactly like notebook/db.py (raw 256-bit key,
cipher_memory_security, temp_store MEMORY, WAL, synchronous FULL, secure_delete, foreign_keys,
trusted_schema OFF):

- insert: inside the timing it makes each row's UUID, its JSON body (the incident's fields)
  and its sort keys, then `executemany` into one table (num, id, case, title, type, EDTF date,
  sort_start, sort_end, body; a unique index on id, and one on (case, sort_start, sort_end, num)
  that also holds the timeline's columns) and into an FTS5 table (title; place and description)
  with the same tokenizer, `unicode61 remove_diacritics 2`, in the same transactions of 1,000.
  Sort keys come from a small hand-written reader of the EDTF forms this benchmark generates,
  not from notebook.dates: a program must turn the text into keys, but need not read all EDTF.
  The script checks that its keys equal notebook.dates' keys for every generated date.
  An undated row gets a sentinel key, so that "undated last" needs no extra sort term.
  No validation, no audit chain, no table of people, no foreign keys: those are what ours adds.
- search: the same MATCH expression (the word quoted), snippet (16 tokens, the same marks),
  bm25 with the title weighted 5, restricted to the case, best 20 - as ours does it, in SQL.
- timeline: every row of the case by (sort_start, sort_end, num), as plain tuples. The covering
  index makes this one range scan (about 7x faster here than the same index without the
  columns, whose table reads in date order dominate); it costs the baseline some insert time.

Both sides live in one process and get the same generated data. Ours inserts first, then the
bare side; the queries then run in alternating rounds (`--rounds`, default 3), and each side's
best round is kept, so that neither side pays alone for a cold cache or a busy machine.
SQLCipher's cipher_memory_security is process-wide and, once ON, stays ON for the process
(it reads back 1 after a later OFF): both sides run with it ON, as the notebook does.
`--profile` also runs our side under cProfile and prints where the time goes; our times
are then inflated and the ratios mean little.
"""

from __future__ import annotations

import argparse
import calendar
import cProfile
import datetime
import gc
import io
import json
import os
import pstats
import random
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import notebook
import notebook.crypto
from bench.common import record_figure
from bench.goals import GOALS as ALL_GOALS
from notebook import dates, vocabularies
from notebook.db import PRAGMAS_AFTER_KEY
from notebook.model import Case, Incident, Participant, Person

BATCH = 1_000
SEARCHES = 100
SEARCH_LIMIT = 20
GOALS = {name: ALL_GOALS[f"store.{name}"].value for name in ("insert", "search", "timeline")}
SEED = 20_240_611
PASSPHRASE = "benchmark passphrase, not a secret"

# The pragmas of notebook/db.py, in its order, after the key: both sides tuned alike.
PRAGMAS = PRAGMAS_AFTER_KEY

# -- generated data ----------------------------------------------------------------------------

CITIES = (
    "Kazan", "Grozny", "Makhachkala", "Nalchik", "Vitebsk", "Gomel", "Kharkiv", "Simferopol",
    "Tbilisi", "Batumi", "Almaty", "Bishkek", "Osh", "Dushanbe", "Yerevan", "Baku",
    "Казань", "Грозный", "Махачкала", "Нальчик", "Витебск", "Гомель", "Симферополь", "Ош",
)  # fmt: skip
STREETS = (
    "Lenin street", "Pushkin street", "Mira avenue", "Gagarin street", "Sovetskaya street",
    "ул. Ленина", "ул. Пушкина", "пр. Мира", "ул. Гагарина", "ул. Советская",
)  # fmt: skip
SURNAMES = (
    "Ivanova", "Petrov", "Sadykov", "Abdullaev", "Kuznetsova", "Makhmudov", "Gurbanova",
    "Tsereteli", "Nazarbekova", "Rakhimov", "Yusupov", "Belyalova", "Kovalenko", "Dzhabrailov",
    "Иванова", "Петров", "Садыков", "Абдуллаев", "Кузнецова", "Махмудов", "Юсупов", "Коваленко",
)  # fmt: skip
EN_ACTORS = (
    "Police officers", "Two men in plain clothes", "Officers of the anti-extremism centre",
    "Unknown persons", "Security service agents", "The investigator", "Prison guards",
    "A group of masked men", "Traffic police", "Municipal officials", "The district officer",
)  # fmt: skip
EN_ACTS = (
    "detained", "searched the flat of", "threatened", "followed", "questioned", "beat",
    "photographed", "summoned", "insulted", "pushed", "handcuffed", "filmed", "warned",
)  # fmt: skip
EN_TARGETS = (
    "the defender", "the lawyer", "the journalist", "her brother", "the applicant",
    "his mother", "the activist", "the witness", "the blogger", "the monitor",
)  # fmt: skip
EN_PLACES = (
    "near the courthouse", "at the railway station", "outside the office", "at the checkpoint",
    "in the district police station", "at the airport", "in front of the school",
    "on the way home", "at the market", "in the hospital courtyard",
)  # fmt: skip
EN_AFTER = (
    "Witnesses say the car had no licence plates.",
    "A complaint was filed with the prosecutor on the same day.",
    "The phone and laptop were taken without a protocol.",
    "The medical report records bruises on the arms and back.",
    "No reason for the detention was given.",
    "The lawyer was not allowed to see the client for six hours.",
    "Relatives learned of it only the next morning.",
    "The officers refused to show their identification.",
    "The video of the incident was published online.",
    "The court dismissed the appeal without a hearing.",
)  # fmt: skip
RU_ACTORS = (
    "Сотрудники полиции", "Двое мужчин в штатском", "Сотрудники центра «Э»",
    "Неизвестные", "Сотрудники ФСБ", "Следователь", "Конвоиры", "Участковый",
)  # fmt: skip
RU_ACTS = (
    "задержали", "обыскали квартиру", "угрожали", "следили за", "допросили", "избили",
    "сфотографировали", "вызвали на беседу", "оскорбили", "толкнули",
)  # fmt: skip
RU_TARGETS = (
    "правозащитника", "адвоката", "журналистку", "её брата", "заявителя", "активистку",
    "свидетеля", "блогера", "наблюдателя",
)  # fmt: skip
RU_PLACES = (
    "у здания суда", "на вокзале", "возле офиса", "на блокпосту", "в отделе полиции",
    "в аэропорту", "у школы", "по дороге домой", "на рынке",
)  # fmt: skip
RU_AFTER = (
    "Свидетели говорят, что у машины не было номеров.",
    "В тот же день подана жалоба в прокуратуру.",
    "Телефон и ноутбук изъяли без протокола.",
    "В медицинской справке записаны синяки на руках и спине.",
    "Причину задержания не назвали.",
    "Адвоката не пускали к подзащитному шесть часов.",
    "Родственники узнали об этом только утром.",
    "Суд отклонил жалобу без заседания.",
)  # fmt: skip
PERSONS = ("Aminat Sadykova", "Ruslan Petrov", "Ольга Коваленко", "Timur Yusupov", "Нина Иванова")


@dataclass(frozen=True, slots=True)
class RawIncident:
    title: str
    type: str
    date: str
    place: str
    description: str
    person: int  # index into PERSONS


def random_date(rng: random.Random) -> str:
    """An EDTF date in one of the forms defenders write: day, month, year, ~, ?, interval."""
    day = datetime.date(2012, 1, 1) + datetime.timedelta(days=rng.randrange(13 * 365))
    form = rng.random()
    if form < 0.40:
        return day.isoformat()
    if form < 0.55:
        return day.isoformat()[:7]
    if form < 0.62:
        return str(day.year)
    if form < 0.70:
        return f"{day.year}~"
    if form < 0.78:
        return day.isoformat()[:7] + "?"
    if form < 0.82:
        return day.isoformat() + "~"
    if form < 0.98:
        end = day + datetime.timedelta(days=rng.randrange(1, 6))
        return f"{day.isoformat()}/{end.isoformat()}"
    return ""  # date unknown


def random_incident(rng: random.Random, types: tuple[str, ...]) -> RawIncident:
    kind = rng.choice(types)
    city = rng.choice(CITIES)
    place = f"{city}, {rng.choice(STREETS)} {rng.randrange(1, 120)}"
    surname = rng.choice(SURNAMES)
    number = rng.randrange(100, 100_000)
    incident_types = vocabularies.load("incident_types")
    if rng.random() < 0.3:
        title = f"{incident_types.label(kind, 'ru')}: {city}"
        description = (
            f"{rng.choice(RU_ACTORS)} {rng.choice(RU_ACTS)} {rng.choice(RU_TARGETS)} "
            f"{surname} {rng.choice(RU_PLACES)}. {rng.choice(RU_AFTER)} Протокол № {number}."
        )
    else:
        title = f"{incident_types.label(kind, 'en')} in {city}"
        description = (
            f"{rng.choice(EN_ACTORS)} {rng.choice(EN_ACTS)} {rng.choice(EN_TARGETS)} "
            f"{surname} {rng.choice(EN_PLACES)}. {rng.choice(EN_AFTER)} Report no. {number}."
        )
    return RawIncident(title, kind, random_date(rng), place, description, rng.randrange(5))


def generate(count: int) -> tuple[list[RawIncident], list[str]]:
    """The incidents, and the search words: drawn from the vocabulary of the generated text."""
    rng = random.Random(SEED)
    types = vocabularies.load("incident_types").codes
    incidents = [random_incident(rng, types) for _ in range(count)]
    vocabulary: set[str] = set()
    for raw in incidents[:5_000]:
        vocabulary.update(re.findall(r"[^\W\d_]{4,}", f"{raw.title} {raw.description}"))
    words = [rng.choice(sorted(vocabulary)) for _ in range(SEARCHES)]
    return incidents, words


# -- ours: the public API ----------------------------------------------------------------------


class Ours:
    """A new notebook, through the public API: one case and a few persons to start with."""

    def __init__(self, folder: Path) -> None:
        self.nb = notebook.Notebook.create(
            folder,
            PASSPHRASE,
            kdf=notebook.crypto.WEAK_KDF_FOR_TESTS,
            allow_weak_kdf_for_tests=True,
        )
        nb = self.nb
        self.case_id = nb.add(Case(title="Persecution of defenders", reference="B-17")).id
        self.person_ids = [nb.add(Person(case_id=self.case_id, name=n)).id for n in PERSONS]

    def insert(self, incidents: list[RawIncident]) -> None:
        for first in range(0, len(incidents), BATCH):
            with self.nb.transaction():
                for raw in incidents[first : first + BATCH]:
                    self.nb.add(
                        Incident(
                            case_id=self.case_id,
                            title=raw.title,
                            type=raw.type,
                            date=raw.date,
                            place=raw.place,
                            description=raw.description,
                            people=(
                                Participant(person_id=self.person_ids[raw.person], role="victim"),
                            ),
                        )
                    )

    def search(self, words: list[str]) -> int:
        """The number of hits, all words together."""
        return sum(
            len(self.nb.search(word, case_id=self.case_id, limit=SEARCH_LIMIT)) for word in words
        )

    def timeline(self) -> list[str]:
        """The dates, in timeline order."""
        return [entry.date for entry in self.nb.timeline(self.case_id)]

    def close(self) -> None:
        self.nb.close()


# -- the baseline: bare sqlcipher3 -------------------------------------------------------------

UNDATED = 2**62  # sorts after every real date, so the timeline's index gives the order
_MINUTES_PER_DAY = 24 * 60


def _side_bounds(text: str) -> tuple[int, int]:
    """First and last minute of YYYY, YYYY-MM or YYYY-MM-DD, counted from 0001-01-01."""
    year = int(text[:4])
    if len(text) == 4:
        first = datetime.date(year, 1, 1).toordinal()
        last = first + (365 if calendar.isleap(year) else 364)
    elif len(text) == 7:
        month = int(text[5:7])
        first = datetime.date(year, month, 1).toordinal()
        last = first + calendar.monthrange(year, month)[1] - 1
    else:
        first = last = datetime.date(year, int(text[5:7]), int(text[8:10])).toordinal()
    return (first - 1) * _MINUTES_PER_DAY, last * _MINUTES_PER_DAY - 1


def cheap_sort_keys(text: str) -> tuple[int, int]:
    """Sort keys for the forms generate() writes; the least work that gets them right."""
    if not text:
        return UNDATED, UNDATED
    left, _, right = text.partition("/")
    start, end = _side_bounds(left.rstrip("~?%"))
    if right:
        end = _side_bounds(right.rstrip("~?%"))[1]
    return start, end


BARE_SCHEMA = (
    """CREATE TABLE incidents (
        num        INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        case_id    TEXT NOT NULL,
        title      TEXT NOT NULL,
        type       TEXT NOT NULL,
        date       TEXT NOT NULL,
        sort_start INTEGER NOT NULL,
        sort_end   INTEGER NOT NULL,
        body       TEXT NOT NULL
    )""",
    # Covering: the chronology is one range scan of this index, with no sort and no table reads.
    "CREATE INDEX incidents_by_time"
    " ON incidents(case_id, sort_start, sort_end, num, id, type, title, date)",
    "CREATE VIRTUAL TABLE incidents_text USING fts5("
    "label, content, tokenize = 'unicode61 remove_diacritics 2')",
)
BARE_SEARCH = (
    "SELECT i.id, i.title,"
    " snippet(incidents_text, -1, '[', ']', '…', 16),"
    " bm25(incidents_text, 5.0, 1.0) AS score"
    " FROM incidents_text JOIN incidents i ON i.num = incidents_text.rowid"
    " WHERE incidents_text MATCH ? AND i.case_id = ?"
    " ORDER BY score LIMIT ?"
)
BARE_TIMELINE = (
    "SELECT id, type, title, date, sort_start, sort_end FROM incidents"
    " WHERE case_id = ? ORDER BY sort_start, sort_end, num"
)


def connect_bare(path: Path) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


class Bare:
    """The same logical work with bare sqlcipher3 calls; see the module's docstring."""

    def __init__(self, path: Path) -> None:
        self.connection = connect_bare(path)
        for statement in BARE_SCHEMA:
            self.connection.execute(statement)
        self.case_id = str(uuid.uuid4())
        self.person_ids = [str(uuid.uuid4()) for _ in PERSONS]

    def insert(self, incidents: list[RawIncident]) -> None:
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        num = 0
        for first in range(0, len(incidents), BATCH):
            rows, texts = [], []
            for raw in incidents[first : first + BATCH]:
                num += 1
                start, end = cheap_sort_keys(raw.date)
                body = dumps(
                    {
                        "title": raw.title,
                        "type": raw.type,
                        "date": raw.date,
                        "place": raw.place,
                        "description": raw.description,
                        "people": [{"person_id": self.person_ids[raw.person], "role": "victim"}],
                    }
                )
                row = (num, str(uuid.uuid4()), self.case_id, raw.title, raw.type, raw.date)
                rows.append((*row, start, end, body))
                texts.append((num, raw.title, f"{raw.place}\n{raw.description}"))
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.executemany(
                "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
            self.connection.executemany(
                "INSERT INTO incidents_text(rowid, label, content) VALUES (?, ?, ?)", texts
            )
            self.connection.execute("COMMIT")

    def search(self, words: list[str]) -> int:
        execute = self.connection.execute
        return sum(
            len(execute(BARE_SEARCH, (f'"{word}"', self.case_id, SEARCH_LIMIT)).fetchall())
            for word in words
        )

    def timeline(self) -> list[str]:
        rows = self.connection.execute(BARE_TIMELINE, (self.case_id,)).fetchall()
        return [row[3] for row in rows]

    def close(self) -> None:
        self.connection.close()


# -- measuring and reporting -------------------------------------------------------------------

Side = Ours | Bare
Profiles = dict[str, cProfile.Profile]


def timed(work: Callable[[], Any], profiler: cProfile.Profile | None = None) -> tuple[float, Any]:
    """Seconds taken, and what the work returned; the profiler (if any) only sees the work."""
    gc.collect()
    if profiler is not None:
        profiler.enable()
    began = time.perf_counter()
    try:
        result = work()
    finally:
        elapsed = time.perf_counter() - began
        if profiler is not None:
            profiler.disable()
    return elapsed, result


@dataclass
class Results:
    """Per side: seconds for each operation (the best round for queries), and their answers."""

    seconds: dict[str, dict[str, float]] = field(default_factory=lambda: {"ours": {}, "bare": {}})
    hits: dict[str, int] = field(default_factory=dict)
    timelines: dict[str, list[str]] = field(default_factory=dict)

    def keep_best(self, side: str, operation: str, elapsed: float) -> None:
        best = self.seconds[side].get(operation, float("inf"))
        self.seconds[side][operation] = min(best, elapsed)


def measure(
    sides: dict[str, Side],
    incidents: list[RawIncident],
    words: list[str],
    *,
    rounds: int,
    profiles: Profiles | None,
    say: Callable[[str], Any],
) -> Results:
    """Insert on each side; then alternate the queries between sides, keeping each best time."""
    results = Results()

    def profiler(side: str, operation: str) -> cProfile.Profile | None:
        if profiles is None or side != "ours":
            return None
        return profiles.setdefault(operation, cProfile.Profile())

    for name, side in sides.items():
        say(f"{name}: inserting {len(incidents):,} incidents ...")
        elapsed, _ = timed(lambda side=side: side.insert(incidents), profiler(name, "insert"))
        results.keep_best(name, "insert", elapsed)
    for number in range(1, rounds + 1):
        say(f"queries, round {number} of {rounds} ...")
        for name, side in sides.items():
            elapsed, hits = timed(lambda side=side: side.search(words), profiler(name, "search"))
            results.keep_best(name, "search", elapsed)
            results.hits[name] = hits
            elapsed, dates_ = timed(side.timeline, profiler(name, "timeline"))
            results.keep_best(name, "timeline", elapsed)
            results.timelines[name] = dates_
    return results


def mismatched_sort_keys(incidents: list[RawIncident]) -> int:
    """How many generated dates the baseline's reader keys differently from notebook.dates."""
    wrong = 0
    for text in {raw.date for raw in incidents if raw.date}:
        if cheap_sort_keys(text) != dates.sort_bounds(dates.parse(text)):
            wrong += 1
    return wrong


def report(count: int, results: Results, *, rounds: int, profiled: bool) -> str:
    rows = (
        ("insert", f"insert {count:,} incidents ({-(-count // BATCH)} tx)", count),
        ("search", f"search x{SEARCHES} (limit {SEARCH_LIMIT})", SEARCHES),
        ("timeline", f"timeline ({count:,} entries)", 1),
    )
    lines = [f"{'operation':<34} {'ours':>9} {'bare':>9} {'ratio':>7} {'goal':>6}  verdict"]
    for name, title, units in rows:
        mine, theirs = results.seconds["ours"][name], results.seconds["bare"][name]
        ratio = mine / theirs if theirs else float("inf")
        goal = GOALS[name]
        verdict = "met" if ratio <= goal else "NOT met"
        lines.append(
            f"{title:<34} {_seconds(mine):>9} {_seconds(theirs):>9} {ratio:>6.2f}x"
            f" {'<=' + format(goal, '.1f') + 'x':>6}  {verdict}"
        )
        if not profiled:
            record_figure(
                f"store.{name}",
                what=title,
                ours=mine,
                unit="s",
                bare=theirs,
                bare_what="bare sqlcipher3, the same work",
                ratio=ratio,
                ratio_of="time",
            )
        if units > 1:
            lines.append(
                f"{'  per item':<34} {_seconds(mine / units):>9} {_seconds(theirs / units):>9}"
            )
    lines.append(f"(insert: one run; search and timeline: the best of {rounds} alternating rounds)")
    if profiled:
        lines.append("(profiled: our times include cProfile's overhead; ratios are inflated)")
    return "\n".join(lines)


def _seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} us"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000, metavar="N")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of queries (best is kept)")
    parser.add_argument("--profile", action="store_true", help="profile our side with cProfile")
    options = parser.parse_args(argv)
    count, rounds = max(1, options.incidents), max(1, options.rounds)

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    say(f"generating {count:,} incidents ...")
    incidents, words = generate(count)
    profiles: Profiles | None = {} if options.profile else None
    with tempfile.TemporaryDirectory(prefix="bench-store-") as scratch:
        folder = Path(scratch)
        sides: dict[str, Side] = {}
        try:
            sides["ours"] = Ours(folder / "ours.casenotebook")
            sides["bare"] = Bare(folder / "bare.db")
            results = measure(sides, incidents, words, rounds=rounds, profiles=profiles, say=say)
        finally:
            for side in sides.values():
                side.close()
        sizes = {
            name: sum(f.stat().st_size for f in folder.glob(pattern) if f.is_file()) / 2**20
            for name, pattern in (("ours", "ours.casenotebook/*"), ("bare", "bare.db*"))
        }

    print(f"Case Notebook store against bare sqlcipher3, {count:,} incidents")
    print(report(count, results, rounds=rounds, profiled=profiles is not None))
    print()
    ours_hits, bare_hits = results.hits["ours"], results.hits["bare"]
    print(f"search hits, of {SEARCHES * SEARCH_LIMIT} at most: ours {ours_hits}, bare {bare_hits}")
    same_order = results.timelines["ours"] == results.timelines["bare"]
    print(f"timelines list the same dates in the same order: {same_order}")
    print(f"baseline sort keys differing from notebook.dates: {mismatched_sort_keys(incidents)}")
    print(f"files on disk: ours {sizes['ours']:.1f} MiB, bare {sizes['bare']:.1f} MiB")

    for name, profiler in (profiles or {}).items():
        for order in ("tottime", "cumulative"):
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).strip_dirs().sort_stats(order).print_stats(25)
            print(f"\n-- our {name}, by {order} --")
            print(text.getvalue().strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
