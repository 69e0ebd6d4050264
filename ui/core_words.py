"""The core's error messages in the interface language: the core words them in English only.

The core (`notebook/`) never imports Qt, so it raises its errors with English messages. Each
fixed message it raises is listed here once, marked for lupdate, and translated when it is
shown; a message with something in it (a number, what was typed) is recognised by a pattern
and rebuilt from a translated template. A message not known here is shown as the core wrote
it. `tests/ui/test_core_words.py` fails when the core raises a fixed message not listed here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from notebook.errors import WriteFailed

CONTEXT = "CoreMessages"

# Marked, not translated: the translation is looked up when a message is shown, in the
# language the interface speaks then.
STATIC_MESSAGES = frozenset(
    {
        # backup.py
        QT_TRANSLATE_NOOP("CoreMessages", "the destination is a folder"),
        QT_TRANSLATE_NOOP("CoreMessages", "the destination's folder does not exist"),
        QT_TRANSLATE_NOOP("CoreMessages", "the destination exists; choose another or force it"),
        QT_TRANSLATE_NOOP("CoreMessages", "a backup cannot be written inside the notebook"),
        QT_TRANSLATE_NOOP("CoreMessages", "header"),
        QT_TRANSLATE_NOOP("CoreMessages", "no such backup file"),
        QT_TRANSLATE_NOOP("CoreMessages", "the destination exists and is not empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "database"),
        QT_TRANSLATE_NOOP("CoreMessages", "container"),
        QT_TRANSLATE_NOOP("CoreMessages", "truncated"),
        QT_TRANSLATE_NOOP("CoreMessages", "newer database schema"),
        QT_TRANSLATE_NOOP("CoreMessages", "a file shrank while it was backed up"),
        QT_TRANSLATE_NOOP("CoreMessages", "stream"),
        # backup_format.py
        QT_TRANSLATE_NOOP("CoreMessages", "not a notebook backup"),
        QT_TRANSLATE_NOOP("CoreMessages", "preamble"),
        QT_TRANSLATE_NOOP("CoreMessages", "newer backup format"),
        QT_TRANSLATE_NOOP("CoreMessages", "manifest"),
        # dateinput.py
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "not a date we can read; write it like 10 June 2019, June 2019, about "
            "2019 or 10–12 June 2019",
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "that falls outside the years 0001 to 9999"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "write the decade with its century, as in the 1980s or 1980-е"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "a time needs a date, as in 10 June 2019, 14:30"),
        QT_TRANSLATE_NOOP("CoreMessages", "add a month, as in 10 June 2019"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            '"before" and "after" need a day, month, season, year or decade; write '
            '"until" or "from" instead',
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "write the year with four digits, as in 10.06.2019 or 10 June 2019"
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "a time zone needs a time, as in 10 June 2019, 14:30 UTC"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "add a year, as in 10 June 2019"),
        QT_TRANSLATE_NOOP("CoreMessages", "add a year, as in June 2019"),
        QT_TRANSLATE_NOOP("CoreMessages", "add a year, as in spring 2019"),
        QT_TRANSLATE_NOOP("CoreMessages", "add a year, as in a day in June 2019"),
        # dates.py
        QT_TRANSLATE_NOOP("CoreMessages", "the date is empty"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "write a date as YYYY-MM-DD, or an interval as two dates around one /"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "an interval needs at least one known date"),
        QT_TRANSLATE_NOOP("CoreMessages", "an interval's end comes before its start"),
        QT_TRANSLATE_NOOP("CoreMessages", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        QT_TRANSLATE_NOOP("CoreMessages", "remove the spaces inside the date"),
        QT_TRANSLATE_NOOP("CoreMessages", "use 4-digit years from 0001 to 9999"),
        QT_TRANSLATE_NOOP("CoreMessages", "write unspecified digits with a capital X, as in 201X"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "use one qualifier at the end: ? uncertain, ~ approximate, % both"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "put a qualifier (? ~ %) at the end of the date"),
        QT_TRANSLATE_NOOP("CoreMessages", "write the year first, as in 2019-06-10"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "X can stand only for the last digits of a year (201X, 20XX) or for a "
            "whole month or day (2019-XX, 2019-06-XX)",
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "write a date and time as 2019-06-10T14:30 or 2019-06-10T14:30:05, "
            "optionally followed by Z or an offset such as +05:00",
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the year 0000 cannot be used; years go from 0001 to 9999"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "a UTC offset goes from -14:00 to +14:00"),
        QT_TRANSLATE_NOOP("CoreMessages", ".. marks an open end of an interval, as in ../2020-03"),
        QT_TRANSLATE_NOOP("CoreMessages", "a date with a time cannot carry a qualifier (? ~ %)"),
        QT_TRANSLATE_NOOP("CoreMessages", "a time needs a complete date, as in 2019-06-10T14:30"),
        QT_TRANSLATE_NOOP("CoreMessages", "a season (21 to 24) cannot have a day"),
        QT_TRANSLATE_NOOP("CoreMessages", "in UTC this time falls outside the years 0001 to 9999"),
        # db.py
        QT_TRANSLATE_NOOP("CoreMessages", "SQLCipher is not built with OpenSSL"),
        QT_TRANSLATE_NOOP("CoreMessages", "database missing"),
        QT_TRANSLATE_NOOP("CoreMessages", "database empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "the copy's file already exists"),
        QT_TRANSLATE_NOOP("CoreMessages", "the notebook is open read-only"),
        # demo.py
        QT_TRANSLATE_NOOP("CoreMessages", "the demo's passphrase must be six words"),
        QT_TRANSLATE_NOOP("CoreMessages", "'tags' must map each tag to a list of keys"),
        # erase.py
        QT_TRANSLATE_NOOP("CoreMessages", "not a notebook folder"),
        # evidence.py
        QT_TRANSLATE_NOOP("CoreMessages", "not a file"),
        QT_TRANSLATE_NOOP("CoreMessages", "there is no case with that id"),
        QT_TRANSLATE_NOOP("CoreMessages", "this evidence has no stored file"),
        QT_TRANSLATE_NOOP("CoreMessages", "evidence file does not match its recorded hashes"),
        QT_TRANSLATE_NOOP("CoreMessages", "custody event does not match its audit entry"),
        QT_TRANSLATE_NOOP("CoreMessages", "the file does not match the hashes it came with"),
        QT_TRANSLATE_NOOP("CoreMessages", "evidence file missing"),
        QT_TRANSLATE_NOOP("CoreMessages", "evidence file damaged"),
        QT_TRANSLATE_NOOP("CoreMessages", "evidence key damaged"),
        # export/bundle.py
        QT_TRANSLATE_NOOP("CoreMessages", "bundle"),
        QT_TRANSLATE_NOOP("CoreMessages", "an exhibit chosen is not evidence of this case"),
        # export/bundle_import.py
        QT_TRANSLATE_NOOP("CoreMessages", "the bundle's evidence/items.json lists no items"),
        QT_TRANSLATE_NOOP("CoreMessages", "that id is not a case"),
        QT_TRANSLATE_NOOP("CoreMessages", "the bundle's evidence/items.json cannot be read"),
        QT_TRANSLATE_NOOP("CoreMessages", "the bundle's evidence/custody.jsonl cannot be read"),
        # db.py, model.py: a lone surrogate (bytes that were not UTF-8)
        QT_TRANSLATE_NOOP("CoreMessages", "the text is not valid Unicode"),
        # export/facts.py
        QT_TRANSLATE_NOOP("CoreMessages", "this interview's consent does not allow this export"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "this interview's consent does not allow this export; an export with "
            "redaction may be allowed",
        ),
        # export/interview_record.py
        QT_TRANSLATE_NOOP("CoreMessages", "an interview record needs the interview"),
        # export/statement.py
        QT_TRANSLATE_NOOP("CoreMessages", "the witness must be a person of this case"),
        # header.py
        QT_TRANSLATE_NOOP("CoreMessages", "not a notebook"),
        QT_TRANSLATE_NOOP("CoreMessages", "newer format"),
        # identity.py
        QT_TRANSLATE_NOOP("CoreMessages", "a contact code starts with cn1-"),
        QT_TRANSLATE_NOOP("CoreMessages", "that contact code is too short or too long"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "that contact code was changed on its way: ask for it again"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "that contact code has characters it cannot have"),
        # model.py
        QT_TRANSLATE_NOOP("CoreMessages", "a protected person needs a pseudonym"),
        QT_TRANSLATE_NOOP("CoreMessages", "the same-day order must be a whole number"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "a tag is 1 to 64 characters, without commas or control characters"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "the text contains control characters"),
        QT_TRANSLATE_NOOP("CoreMessages", "this field takes a single line"),
        QT_TRANSLATE_NOOP("CoreMessages", "a withdrawal date needs the consent marked withdrawn"),
        QT_TRANSLATE_NOOP("CoreMessages", "a participant needs a person"),
        QT_TRANSLATE_NOOP("CoreMessages", "the same person is listed twice in the same role"),
        QT_TRANSLATE_NOOP("CoreMessages", "the title must not be empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "the name must not be empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "only a perpetrator has a degree of involvement"),
        QT_TRANSLATE_NOOP("CoreMessages", "only a perpetrator has a perpetrator type"),
        # notebook.py
        QT_TRANSLATE_NOOP("CoreMessages", "this notebook was written by a newer version"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "this notebook needs a one-time upgrade, and another program has it "
            "open: close that program and try again",
        ),
        # package.py
        QT_TRANSLATE_NOOP("CoreMessages", "that is this notebook's own contact code"),
        QT_TRANSLATE_NOOP("CoreMessages", "that contact code holds no usable key"),
        # package_content.py
        QT_TRANSLATE_NOOP("CoreMessages", "the package does not begin with its case"),
        QT_TRANSLATE_NOOP("CoreMessages", "the package holds a record twice"),
        QT_TRANSLATE_NOOP("CoreMessages", "the package's records cannot be read by this version"),
        # package_format.py
        QT_TRANSLATE_NOOP("CoreMessages", "not a case package"),
        QT_TRANSLATE_NOOP("CoreMessages", "newer case package format"),
        # package_receive.py
        QT_TRANSLATE_NOOP("CoreMessages", "the package was made by a newer version"),
        QT_TRANSLATE_NOOP("CoreMessages", "addressed to another notebook"),
        QT_TRANSLATE_NOOP("CoreMessages", "this package was made by this notebook itself"),
        QT_TRANSLATE_NOOP("CoreMessages", "the package's case clashes with a record here"),
        QT_TRANSLATE_NOOP("CoreMessages", "this package was already received"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "a record of the package has the id of a record of another case here"
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "a record of the package has the id of another kind of record here"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "evidence file"),
        # package_stream.py
        QT_TRANSLATE_NOOP("CoreMessages", "sealed to another notebook"),
        QT_TRANSLATE_NOOP("CoreMessages", "signature"),
        # search.py
        QT_TRANSLATE_NOOP("CoreMessages", "the search needs at least one word"),
        # store.py
        QT_TRANSLATE_NOOP("CoreMessages", "a new record must not have an id yet"),
        QT_TRANSLATE_NOOP("CoreMessages", "that id is missing or already in use"),
        QT_TRANSLATE_NOOP("CoreMessages", "a record cannot be linked to itself"),
        QT_TRANSLATE_NOOP("CoreMessages", "linked records must be in the same case"),
        QT_TRANSLATE_NOOP("CoreMessages", "these records are already linked that way"),
        QT_TRANSLATE_NOOP("CoreMessages", "the record needs a case"),
        QT_TRANSLATE_NOOP("CoreMessages", "another exhibit of this case has that mark"),
        QT_TRANSLATE_NOOP("CoreMessages", "a case does not belong to another case"),
        QT_TRANSLATE_NOOP("CoreMessages", "there is no person with that id"),
        QT_TRANSLATE_NOOP("CoreMessages", "the person belongs to another case"),
        # timeline.py
        QT_TRANSLATE_NOOP("CoreMessages", "the range ends before it starts"),
        # vault.py
        QT_TRANSLATE_NOOP("CoreMessages", "the passphrase is too short"),
        QT_TRANSLATE_NOOP("CoreMessages", "the key derivation is weaker than the minimum"),
        QT_TRANSLATE_NOOP("CoreMessages", "the folder exists and is not empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "no notebook in that folder"),
        QT_TRANSLATE_NOOP("CoreMessages", "no key slot with that id"),
        QT_TRANSLATE_NOOP("CoreMessages", "the last key slot cannot be removed"),
        QT_TRANSLATE_NOOP("CoreMessages", "the passphrase's key slot cannot be removed"),
        QT_TRANSLATE_NOOP("CoreMessages", "the notebook is locked"),
        # writes.py: what could not be written, and why (the parts of "{0} could not be
        # written: {1}", each translated on its own)
        QT_TRANSLATE_NOOP("CoreMessages", "the notebook's copy of the evidence file"),
        QT_TRANSLATE_NOOP("CoreMessages", "the notebook's database"),
        QT_TRANSLATE_NOOP("CoreMessages", "a copy of the notebook's database"),
        QT_TRANSLATE_NOOP("CoreMessages", "the output file"),
        QT_TRANSLATE_NOOP("CoreMessages", "the evidence bundle"),
        QT_TRANSLATE_NOOP("CoreMessages", "the backup file"),
        QT_TRANSLATE_NOOP("CoreMessages", "the case package"),
        QT_TRANSLATE_NOOP("CoreMessages", "the restored notebook"),
        QT_TRANSLATE_NOOP("CoreMessages", "no space left on the disk"),
        QT_TRANSLATE_NOOP("CoreMessages", "the disk quota is used up"),
        QT_TRANSLATE_NOOP("CoreMessages", "the disk reported an error"),
        QT_TRANSLATE_NOOP("CoreMessages", "the disk is read-only"),
        QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
        QT_TRANSLATE_NOOP("CoreMessages", "the file is too large for this disk"),
        QT_TRANSLATE_NOOP("CoreMessages", "the folder is not there"),
        QT_TRANSLATE_NOOP("CoreMessages", "the system refused the write"),
    }
)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# (what the core writes, the same in the interface language); each group of the pattern
# fills the template's {0}, {1} … in order.
PATTERNS = (
    (
        re.compile(r"the text is longer than ([\d,]+) characters"),
        QT_TRANSLATE_NOOP("CoreMessages", "the text is longer than {0} characters"),
    ),
    (
        re.compile(r"month (.+) does not exist \(seasons are 21 to 24\)"),
        QT_TRANSLATE_NOOP("CoreMessages", "month {0} does not exist (seasons are 21 to 24)"),
    ),
    (
        re.compile(r"month (.+) does not exist"),
        QT_TRANSLATE_NOOP("CoreMessages", "month {0} does not exist"),
    ),
    (
        re.compile(r"day (\d+) does not exist"),
        QT_TRANSLATE_NOOP("CoreMessages", "day {0} does not exist"),
    ),
    (
        re.compile(r"29 February (\d+) does not exist: not a leap year"),
        QT_TRANSLATE_NOOP("CoreMessages", "29 February {0} does not exist: not a leap year"),
    ),
    (
        re.compile(rf"(\d+) ({_MONTHS}) does not exist"),
        QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} does not exist"),
    ),
    (
        re.compile(r"winter (\d+) would end in the year (\d+)"),
        QT_TRANSLATE_NOOP("CoreMessages", "winter {0} would end in the year {1}"),
    ),
    (
        re.compile(r"hour (.+) does not exist: hours go from 00 to 23"),
        QT_TRANSLATE_NOOP("CoreMessages", "hour {0} does not exist: hours go from 00 to 23"),
    ),
    (
        re.compile(r"minute (.+) does not exist: minutes go from 00 to 59"),
        QT_TRANSLATE_NOOP("CoreMessages", "minute {0} does not exist: minutes go from 00 to 59"),
    ),
    (
        re.compile(r"second (.+) does not exist: seconds go from 00 to 59"),
        QT_TRANSLATE_NOOP("CoreMessages", "second {0} does not exist: seconds go from 00 to 59"),
    ),
    (
        re.compile(
            r"dates in numbers are read day first: 10\.06\.2019 is 10 June 2019, "
            r"so (.+) would be in month (\d+)"
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "dates in numbers are read day first: 10.06.2019 is 10 June 2019, "
            "so {0} would be in month {1}",
        ),
    ),
    (
        re.compile(
            r'cannot read "(.*)" in a date; '
            r"write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019"
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            'cannot read "{0}" in a date; '
            "write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019",
        ),
    ),
    (
        re.compile(r"the limit is between (\d+) and (\d+) wrong passphrases"),
        QT_TRANSLATE_NOOP("CoreMessages", "the limit is between {0} and {1} wrong passphrases"),
    ),
    (
        re.compile(r"(\d+) other records refer to this person"),
        QT_TRANSLATE_NOOP("CoreMessages", "{0} other records refer to this person"),
    ),
    (
        re.compile(r"the case still holds (\d+) records"),
        QT_TRANSLATE_NOOP("CoreMessages", "the case still holds {0} records"),
    ),
    (
        re.compile(r"(.+) exists; nothing was written"),
        QT_TRANSLATE_NOOP("CoreMessages", "{0} exists; nothing was written"),
    ),
    (
        re.compile(r"the folder (.+) does not exist"),
        QT_TRANSLATE_NOOP("CoreMessages", "the folder {0} does not exist"),
    ),
    (
        re.compile(
            r"this package was made at (.+), before one already received from the same "
            r"notebook \((.+)\); nothing was taken"
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "this package was made at {0}, before one already received from the same "
            "notebook ({1}); nothing was taken",
        ),
    ),
    (
        re.compile(r"item (\d+) of the bundle's items\.json holds a value that is not text"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "item {0} of the bundle's items.json holds a value that is not text"
        ),
    ),
    (
        re.compile(r"record (\d+) of the package holds a value of the wrong type"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "record {0} of the package holds a value of the wrong type"
        ),
    ),
    (
        re.compile(r"record (\d+) of the package has no kind"),
        QT_TRANSLATE_NOOP("CoreMessages", "record {0} of the package has no kind"),
    ),
    (
        re.compile(r"record (\d+) of the package has no valid id"),
        QT_TRANSLATE_NOOP("CoreMessages", "record {0} of the package has no valid id"),
    ),
    (
        re.compile(r"record (\d+) of the package is of another case"),
        QT_TRANSLATE_NOOP("CoreMessages", "record {0} of the package is of another case"),
    ),
    (
        # What DamagedPackage names when one chunk of the stream fails its check.
        re.compile(r"chunk (\d+)"),
        QT_TRANSLATE_NOOP("CoreMessages", "chunk {0}"),
    ),
    (
        # WriteFailed: what and why are catalogued above, and translated each on its own.
        re.compile(r"(.+) could not be written: (.+)"),
        QT_TRANSLATE_NOOP("CoreMessages", "{0} could not be written: {1}"),
    ),
)

_ENGLISH_MONTHS = _MONTHS.split("|")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+")  # 10,000,000 as the core writes it


def core_message(error: BaseException) -> str:
    """The error's message in the interface language; as the core wrote it if not known here."""
    text = str(error)
    if text in STATIC_MESSAGES:
        return QCoreApplication.translate(CONTEXT, text)
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            words = [_in_interface_language(group) for group in match.groups()]
            return QCoreApplication.translate(CONTEXT, template).format(*words)
    return text


def write_failure_reason(error: WriteFailed | OSError) -> str:
    """Why a file could not be written ("no space left on the disk"), in the interface's
    language where the core said it: for a dialog that names the file itself."""
    if isinstance(error, WriteFailed):
        return _in_interface_language(error.why)
    return error.strerror or type(error).__name__


def _in_interface_language(part: str) -> str:
    """A month name, a grouped number or a catalogued phrase from a core message, as the
    interface writes it."""
    if part in STATIC_MESSAGES:
        return QCoreApplication.translate(CONTEXT, part)
    locale = QLocale()  # language.install makes the interface language the default
    if part in _ENGLISH_MONTHS:
        return locale.monthName(_ENGLISH_MONTHS.index(part) + 1)
    if _GROUPED_NUMBER.fullmatch(part):
        return locale.toString(int(part.replace(",", "")))
    return part
