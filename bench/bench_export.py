"""How long the Word exports of a large case take, against python-docx writing plain text.

A notebook is filled (not timed) with one case of 1,000 incidents and threats, a witness
named in half of them, and 200 exhibits, each a small stored file, each cited by five
incidents. Then, each several rounds with the best kept:

- ours: the chronology and the witness statement, from reading the case (`gather`) to the
  finished .docx bytes (`document_bytes`), as `casenotebook export statement` does;
- bare: python-docx writing a document of as many plain paragraphs as the case has
  incidents, saved to memory, in the same run. A ratio is our time over that.

The goal is that an export of a large case is done while the user watches a progress bar,
not a coffee break: a ratio within 10 (the table and the citations are real work) and a few
seconds at most. Exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx

from bench.common import best_of, record_figure
from bench.goals import GOALS
from notebook import Notebook
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, document_bytes
from notebook.model import Case, Evidence, Incident, Participant, Person, Threat

RATIO_GOAL = GOALS["export.chronology"].value
TYPES = ("detention", "interrogation", "raid-or-search", "court-hearing", "harassment")


def fill(notebook: Notebook, incidents: int, exhibits: int) -> tuple[str, str]:
    """The case: returns its id and the witness's id."""
    generator = random.Random(11)
    case = notebook.add(Case(title="Large case", reference="LC-1", exhibit_prefix="LC"))
    witness = notebook.add(Person(case_id=case.id, name="Aida Witness", occupation="teacher"))
    officer = notebook.add(
        Person(case_id=case.id, name="Officer Name", protected=True, pseudonym="Officer A")
    )
    evidence_ids = []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(1, exhibits + 1):
            path = Path(scratch) / f"exhibit-{number}.txt"
            path.write_bytes(f"exhibit {number}\n".encode() * 40)
            record = notebook.import_evidence(
                path,
                Evidence(case_id=case.id, title=f"Document {number}", acquired_on="2020-01"),
                actor="bench",
            )
            evidence_ids.append(record.id)
    for number in range(incidents):
        year, month, day = 2015 + number % 8, 1 + number % 12, 1 + number % 28
        people = (Participant(person_id=witness.id, role="victim"),) if number % 2 else ()
        common = {
            "case_id": case.id,
            "title": f"Event {number} involving Officer Name",
            "date": f"{year}-{month:02d}-{day:02d}",
            "place": "Karakol",
            "description": "What happened, in the words of the person who saw it. " * 3,
            "people": people,
        }
        if number % 10 == 0:
            record = notebook.add(Threat(**common, risk="high", perpetrator_id=officer.id))
        else:
            record = notebook.add(Incident(**common, type=generator.choice(TYPES)))
        notebook.link(evidence_ids[number % len(evidence_ids)], record.id, "supports")
    return case.id, witness.id


def plain_paragraphs(count: int) -> Callable[[], bytes]:
    def write() -> bytes:
        document = docx.Document()
        for number in range(count):
            document.add_paragraph(f"{number + 1}. What happened, in plain words. " * 3)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--exhibits", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "bench.casenotebook"
        notebook = Notebook.create(
            folder, "bench passphrase", kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True
        )
        try:
            case_id, witness_id = fill(notebook, options.incidents, options.exhibits)
            chosen = ExportOptions(witness_id=witness_id)

            def export(profile: str) -> Callable[[], bytes]:
                return lambda: document_bytes(gather(notebook, case_id), profile, chosen)

            bare = best_of(options.rounds, plain_paragraphs(options.incidents))
            figures = [
                (f"ours: {profile}", best_of(options.rounds, export(profile)))
                for profile in ("chronology", "witness")
            ]
            gathering = best_of(options.rounds, lambda: gather(notebook, case_id))
            sizes = {profile: len(export(profile)()) for profile in ("chronology", "witness")}
        finally:
            notebook.close()
    print(
        f"Case Notebook Word exports: {options.incidents:,} incidents, {options.exhibits:,} "
        f"exhibits, {os.cpu_count()} cores, best of {options.rounds}"
    )
    print(f"{'operation':<44} {'time':>9} {'ratio':>7} {'goal':>7}  verdict")
    print(f"{'bare: python-docx, ' + format(options.incidents, ',') + ' plain paragraphs':<44} "
          f"{bare:>8.2f}s {'1.00x':>7}")  # fmt: skip
    for title, seconds in figures:
        ratio = seconds / bare
        verdict = "met" if ratio <= RATIO_GOAL else "NOT MET"
        print(f"{title:<44} {seconds:>8.2f}s {ratio:>6.2f}x {'<=' + str(RATIO_GOAL) + 'x':>7}  "
              f"{verdict}")  # fmt: skip
        profile = title.removeprefix("ours: ")
        record_figure(
            f"export.{profile}",
            what=f"{profile}, {options.incidents:,} incidents, {options.exhibits:,} exhibits",
            ours=seconds,
            unit="s",
            bare=bare,
            bare_what=f"python-docx, {options.incidents:,} plain paragraphs",
            ratio=ratio,
            ratio_of="time",
        )
    print(f"{'of which reading the case (gather)':<44} {gathering:>8.2f}s")
    record_figure(
        "export.gather",
        what="of which reading the case (gather)",
        ours=gathering,
        unit="s",
        bare=bare,
        bare_what=f"python-docx, {options.incidents:,} plain paragraphs",
        ratio=gathering / bare,
        ratio_of="time",
    )
    print("sizes: " + ", ".join(f"{name} {size / 1024:,.0f} KiB" for name, size in sizes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
