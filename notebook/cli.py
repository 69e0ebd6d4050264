"""The command-line front end: parse, open the notebook, call one core method, report."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TextIO

from . import dates, datetext, model, vocabularies
from . import timeline as timeline_module
from .errors import (
    DamagedNotebook,
    InUse,
    InvalidInput,
    NotebookError,
    NotebookInUse,
    NotFound,
    UnsupportedEngine,
    UnsupportedFormat,
    WriteFailed,
    WrongPassphrase,
)
from .guard import ErasedAfterWrongPassphrases
from .hardening import disable_core_dumps
from .notebook import Notebook

EXIT_OK = 0
EXIT_USAGE = 1  # bad usage or invalid input: nothing changed
EXIT_WRONG_PASSPHRASE = 2
EXIT_DAMAGED = 3
EXIT_IN_USE = 4
EXIT_FILE_ERROR = 5  # a file could not be written or read (a full or failing disk): nothing kept
PROFILE_NAMES = ("witness", "chronology", "urgent-appeal", "interview", "exhibits")
DOCUMENT_LANGUAGES = ("en", "ru", "ky")  # notebook.export.wording.LANGUAGES, without importing it

PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "CASENOTEBOOK_NEW_PASSPHRASE"
NOTEBOOK_VARIABLE = "CASENOTEBOOK_NOTEBOOK"
ACTOR_VARIABLE = "CASENOTEBOOK_ACTOR"
JSON_FORMAT_VERSION = 1


class UsageError(Exception):
    """Bad usage caught before the notebook is touched."""


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage; 2 means "wrong passphrase" here.

    Abbreviations are off, or `--passphrase X` would be read as `--passphrase-file X`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


class _JsonParser(_Parser):
    """A command's parser that also takes --json after the command's name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "-" in self.prefix_chars:
            self.add_argument(
                "--json",
                action="store_true",
                default=argparse.SUPPRESS,
                help="machine-readable output",
            )


def default_notebook_path() -> Path:
    """The one notebook a user has unless they choose another: in the platform's data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir("CaseNotebook", appauthor=False)) / (
        "notebook.casenotebook"
    )


# -- fields as command-line options -----------------------------------------------------------


@dataclass(frozen=True)
class FieldOption:
    """One record field as an option: `--flag VALUE` sets `field` (`shape` says how to read it)."""

    flag: str
    field: str
    shape: str = "text"  # text, line, bool, int, list, people, file, consent, withdrawn
    required: bool = False
    help: str = ""
    aliases: tuple[str, ...] = ()


_INCIDENT_OPTIONS = (
    FieldOption("--title", "title", required=True),
    FieldOption("--date", "date", required=True, help="EDTF: 2019-06-10, 2019-06, 2019~, A/B"),
    FieldOption("--type", "type", help="a code from the incident_types vocabulary"),
    FieldOption("--place", "place"),
    FieldOption("--description", "description"),
    FieldOption(
        "--person",
        "people",
        "people",
        help="ID:ROLE, or ID:perpetrator:INVOLVEMENT:PERPETRATOR_TYPE",
    ),
    FieldOption("--fact-status", "fact_status", help="undisputed, disputed or unsure"),
    FieldOption("--confidentiality", "confidentiality"),
    FieldOption("--day-order", "day_order", "int", help="orders events of the same day"),
)

OPTIONS: dict[str, tuple[FieldOption, ...]] = {
    "case": (
        FieldOption("--title", "title", required=True),
        FieldOption("--reference", "reference", help="your file number, e.g. KR-2019-07"),
        FieldOption("--summary", "summary"),
        FieldOption("--status", "status"),
    ),
    "person": (
        FieldOption("--name", "name", required=True),
        FieldOption("--other-name", "other_names", "list"),
        FieldOption("--sex", "sex"),
        FieldOption("--birth-date", "birth_date", help="EDTF"),
        FieldOption("--occupation", "occupation"),
        FieldOption("--contact-notes", "contact_notes"),
        FieldOption("--protected", "protected", "bool", help="exports use the pseudonym"),
        FieldOption("--pseudonym", "pseudonym"),
    ),
    "organisation": (
        FieldOption("--name", "name", required=True),
        FieldOption("--other-name", "other_names", "list"),
        FieldOption("--description", "description"),
        FieldOption("--contact-notes", "contact_notes"),
    ),
    "incident": _INCIDENT_OPTIONS,
    "threat": (
        *_INCIDENT_OPTIONS,
        FieldOption("--means", "means"),
        FieldOption("--channel", "channel"),
        FieldOption("--perpetrator", "perpetrator_id", help="the suspected perpetrator's id"),
        FieldOption("--perpetrator-type", "perpetrator_type", help="police, court, unknown…"),
        FieldOption("--risk", "risk", help="low, medium, high or critical"),
        FieldOption("--protective-measures", "protective_measures"),
    ),
    "interview": (
        FieldOption("--interviewee", "interviewee_id", required=True),
        FieldOption("--date", "date", required=True, help="EDTF"),
        FieldOption(
            "--consent",
            "consent",
            "consent",
            required=True,
            help="none, record-only, share-anonymised or share-named",
        ),
        FieldOption("--recipients", "consent.recipients", help="who may receive it"),
        FieldOption("--withdrawn", "consent.withdrawn", "bool"),
        FieldOption("--withdrawn-on", "consent.withdrawn_on", help="EDTF"),
        FieldOption("--title", "title"),
        FieldOption("--interviewer", "interviewer"),
        FieldOption("--place", "place"),
        FieldOption("--language", "language"),
        FieldOption("--interpreter", "interpreter"),
        FieldOption("--transcript-file", "transcript", "file", help="a UTF-8 text file"),
        FieldOption("--confidentiality", "confidentiality"),
        FieldOption("--day-order", "day_order", "int"),
    ),
    "evidence": (
        FieldOption("--title", "title", help="required without FILE; else the file's name"),
        FieldOption("--description", "description"),
        FieldOption("--kind", "evidence_kind", help="a code from the evidence_kinds vocabulary"),
        FieldOption("--source", "source"),
        FieldOption("--reliability", "source_reliability", help="a to f (Admiralty scale)"),
        FieldOption("--acquired-on", "acquired_on", help="EDTF", aliases=("--acquired",)),
        FieldOption("--acquired-how", "acquired_how"),
        FieldOption("--acquired-by", "acquired_by"),
        FieldOption("--device-clock-note", "device_clock_note", help="e.g. the clock ran late"),
        FieldOption("--exhibit-ref", "exhibit_ref", help="e.g. KR/1"),
        FieldOption("--confidentiality", "confidentiality"),
        FieldOption(
            "--identifies-protected",
            "identifies_protected",
            "bool",
            help="the file shows or names a protected person: redacted bundles leave it out",
        ),
    ),
}


def _add_field_options(parser: argparse.ArgumentParser, kind: str, *, editing: bool) -> None:
    for option in OPTIONS[kind]:
        flags = (option.flag, *option.aliases)
        common: dict[str, Any] = {"dest": option.flag[2:].replace("-", "_"), "help": option.help}
        if editing:
            common["default"] = argparse.SUPPRESS
        if option.shape in ("list", "people"):
            parser.add_argument(*flags, action="append", **common)
        elif option.shape == "bool" and not editing:
            parser.add_argument(*flags, action="store_true", **common)
        elif option.shape == "bool":
            parser.add_argument(*flags, metavar="yes|no", **common)
        else:
            required = option.required and not editing
            parser.add_argument(*flags, required=required, **common)


def _field_values(kind: str, arguments: argparse.Namespace, *, editing: bool) -> dict[str, Any]:
    """Turn parsed options into record fields (`consent.scope` style names become nested)."""
    values: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    for option in OPTIONS[kind]:
        dest = option.flag[2:].replace("-", "_")
        if not hasattr(arguments, dest):
            continue
        raw = getattr(arguments, dest)
        if raw is None or (option.shape == "bool" and not editing and raw is False):
            continue
        value = _read_shape(option, raw)
        if option.field.startswith("consent."):
            consent[option.field.split(".", 1)[1]] = value
        elif option.shape == "consent":
            consent["scope"] = value
        else:
            values[option.field] = value
    if consent:
        values["consent"] = consent
    return values


def _read_shape(option: FieldOption, raw: Any) -> Any:
    if option.shape == "int":
        try:
            return int(raw)
        except ValueError:
            raise InvalidInput(f"{option.flag} takes a whole number", field=option.field) from None
    if option.shape == "bool":
        if isinstance(raw, bool):
            return raw
        answer = str(raw).strip().lower()
        if answer not in ("yes", "no", "true", "false"):
            raise InvalidInput(f"{option.flag} takes yes or no", field=option.field)
        return answer in ("yes", "true")
    if option.shape == "list":
        return tuple(raw)
    if option.shape == "people":
        return tuple(_participant(text) for text in raw)
    if option.shape == "file":
        return _read_text_file(Path(raw), option.flag)
    return raw


def _participant(text: str) -> model.Participant:
    """ID:ROLE, or for a perpetrator ID:perpetrator[:INVOLVEMENT[:PERPETRATOR_TYPE]]."""
    parts = text.split(":")
    if not 2 <= len(parts) <= 4 or not (parts[0] and parts[1]):
        raise InvalidInput(
            "--person takes ID:ROLE, or ID:perpetrator:INVOLVEMENT:PERPETRATOR_TYPE",
            field="people",
        )
    involvement, perpetrator_type = [*parts[2:], "", ""][:2]
    return model.Participant(
        person_id=parts[0],
        role=parts[1],
        involvement=involvement,
        perpetrator_type=perpetrator_type,
    )


def _read_text_file(path: Path, flag: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"{flag}: no such file", field=flag) from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{flag}: the file is not UTF-8 text", field=flag) from None
    except OSError as error:
        raise InvalidInput(f"{flag}: cannot read the file ({error.strerror})", field=flag) from None


def _merge_consent(record: model.Record, values: dict[str, Any]) -> dict[str, Any]:
    """An edit of one consent option keeps the others as they were."""
    if "consent" in values and isinstance(record, model.Interview):
        values = {**values, "consent": {**model.to_data(record.consent), **values["consent"]}}
    return values


# -- the parser -------------------------------------------------------------------------------


def _add_evidence_actions(add: argparse.ArgumentParser, actions: Any) -> None:
    add.add_argument("files", nargs="*", metavar="FILE", help="files, or folders of files")
    add.add_argument(
        "--supports",
        action="append",
        default=[],
        metavar="INCIDENT_ID",
        help="link each new item to this incident (repeatable)",
    )
    export = actions.add_parser("export", help="write the original bytes of an item to a file")
    export.add_argument("record_id", metavar="ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--purpose", default="exported", help="recorded in the chain of custody")
    actions.add_parser("delete", help="delete an item and destroy its file").add_argument(
        "record_id", metavar="ID"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casenotebook",
        description="An offline, encrypted notebook of cases. The passphrase comes from "
        f"${PASSPHRASE_VARIABLE}, --passphrase-file, or a prompt; never from the command line.",
    )
    parser.add_argument(
        "--notebook", type=Path, help=f"the notebook folder (or ${NOTEBOOK_VARIABLE})"
    )
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--actor",
        metavar="NAME",
        help=f"who acts, for the chain of custody (default ${ACTOR_VARIABLE}, else your login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_JsonParser)

    commands.add_parser("init", help="create a new notebook")
    commands.add_parser(
        "passwd",
        help=f"change the passphrase (new one from ${NEW_PASSPHRASE_VARIABLE} or a prompt)",
    )
    recovery = commands.add_parser(
        "recovery",
        help="recovery codes: a second way in, written on paper; "
        "unlock with one where the passphrase is asked",
    )
    recovery_actions = recovery.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_JsonParser
    )
    recovery_actions.add_parser("add", help="make a recovery code and print it, this once only")
    recovery_actions.add_parser("list", help="the key slots: the passphrase's and the codes'")
    recovery_actions.add_parser(
        "remove", help="remove a key slot: its code no longer opens the notebook"
    ).add_argument("slot_id", metavar="SLOT_ID")
    commands.add_parser("gui", help="start the desktop program")
    commands.add_parser(
        "demo",
        help="build the demo notebook at --notebook PATH (else beside the default notebook) "
        "and print its public passphrase",
    )

    for kind in OPTIONS:
        group = commands.add_parser(kind, help=f"{kind} records")
        actions = group.add_subparsers(
            dest="action", metavar="ACTION", required=True, parser_class=_JsonParser
        )
        add = actions.add_parser("add", help=f"add a {kind}; prints its id")
        if kind != "case":
            add.add_argument("--case", required=True, help="the case's id")
        _add_field_options(add, kind, editing=False)
        listing = actions.add_parser("list", help=f"list {kind} records")
        if kind != "case":
            listing.add_argument("--case", help="only this case's records")
        if kind == "evidence":
            _add_evidence_actions(add, actions)

    commands.add_parser("custody", help="an evidence item's chain of custody").add_argument(
        "record_id", metavar="ID"
    )
    link = commands.add_parser("link", help="relations between records")
    link_actions = link.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_JsonParser
    )
    link_add = link_actions.add_parser("add", help="link FROM to TO")
    link_add.add_argument("from_id", metavar="FROM")
    link_add.add_argument("to_id", metavar="TO")
    link_add.add_argument("--kind", required=True, help="supports, describes, follows, mentions…")
    link_add.add_argument("--note", default="")
    link_actions.add_parser("delete", help="remove a link").add_argument("link_id", metavar="LINK")

    tag = commands.add_parser("tag", help="free tags on records")
    tag_actions = tag.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_JsonParser
    )
    for action in ("add", "remove"):
        one = tag_actions.add_parser(action, help=f"{action} a tag")
        one.add_argument("record_id", metavar="ID")
        one.add_argument("tag", metavar="TAG")

    commands.add_parser("show", help="one record, its tags and links").add_argument(
        "record_id", metavar="ID"
    )
    edit = commands.add_parser(
        "edit", help="change fields: edit ID --title T --date D …", prefix_chars="+"
    )
    edit.add_argument("record_id", metavar="ID")
    edit.add_argument("changes", nargs=argparse.REMAINDER, help="--field value pairs")
    commands.add_parser("delete", help="delete a record").add_argument("record_id", metavar="ID")

    timeline = commands.add_parser("timeline", help="a case's chronology")
    timeline.add_argument("--case", required=True)
    timeline.add_argument("--type", action="append", default=[], help="repeatable")
    timeline.add_argument("--person")
    timeline.add_argument("--tag")
    timeline.add_argument("--from", dest="start", metavar="EDTF")
    timeline.add_argument("--to", dest="end", metavar="EDTF")
    timeline.add_argument(
        "--group", action="append", default=[], help="an incident group, or interviews or evidence"
    )
    timeline.add_argument("--status", action="append", default=[], help="fact status; repeatable")
    timeline.add_argument(
        "--image", metavar="FILE", help="draw it as a picture instead: FILE.png or FILE.svg"
    )
    timeline.add_argument("--lanes", choices=("type", "person"), default="type")
    timeline.add_argument("--size", default="1600x1000", metavar="WIDTHxHEIGHT")
    timeline.add_argument("--title", help="the picture's title (default: the case's)")
    timeline.add_argument("--language", choices=("en", "ru", "ky"), default="en")

    export = commands.add_parser("export", help="Word documents and CSV made from a case")
    export_kinds = export.add_subparsers(
        dest="action", metavar="WHAT", required=True, parser_class=_JsonParser
    )
    statement = export_kinds.add_parser("statement", help="a Word document of one profile")
    statement.add_argument("--case", required=True)
    statement.add_argument("--profile", required=True, choices=tuple(PROFILE_NAMES))
    statement.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    statement.add_argument("--witness", default="", metavar="PERSON_ID")
    statement.add_argument("--interview", default="", metavar="ID")
    for option, metavar in (
        ("--proceedings", "TITLE"),
        ("--claim-number", "NUMBER"),
        ("--court", "COURT"),
        ("--party", "PARTY"),
        ("--statement-number", "ORDINAL"),
        ("--statement-date", "EDTF"),
        ("--address", "ADDRESS"),
        ("--prepared-by", "NAME"),
        ("--author", "NAME"),
    ):
        statement.add_argument(option, default=None, metavar=metavar)
    chronology_csv = export_kinds.add_parser("chronology", help="the chronology as CSV")
    chronology_csv.add_argument("--case", required=True)
    chronology_csv.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    bundle = export_kinds.add_parser("bundle", help="a signed BagIt evidence bundle (.zip)")
    bundle.add_argument("--case", required=True)
    bundle.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    bundle.add_argument(
        "--include",
        default="",
        metavar="PROFILES",
        help="statements to add, comma-separated: witness,urgent-appeal,interview",
    )
    bundle.add_argument("--witness", default="", metavar="PERSON_ID")
    bundle.add_argument("--interview", default="", metavar="ID")
    bundle.add_argument("--prepared-by", default="", metavar="NAME")
    for exporting in (statement, chronology_csv, bundle):
        exporting.add_argument(
            "--no-redact",
            dest="redact",
            action="store_false",
            help="print protected people's names (off by default)",
        )
        exporting.add_argument("--force", action="store_true", help="replace an existing file")
        exporting.add_argument(
            "--language",
            choices=DOCUMENT_LANGUAGES,
            default="en",
            help="the language of the document's fixed wording, dates and labels (default: en)",
        )

    importing = commands.add_parser("import", help="take something made elsewhere in")
    import_kinds = importing.add_subparsers(
        dest="action", metavar="WHAT", required=True, parser_class=_JsonParser
    )
    bundle_in = import_kinds.add_parser(
        "bundle", help="an evidence bundle's exhibits, hashes, marks and custody"
    )
    bundle_in.add_argument("file", type=Path, metavar="FILE.zip")
    bundle_in.add_argument("--case", default="", help="into this case (else a new one)")

    commands.add_parser(
        "identity", help="this notebook's contact code (for senders) and its fingerprint"
    )

    search = commands.add_parser("search", help="full-text search")
    search.add_argument("query", nargs="+")
    search.add_argument("--case")
    search.add_argument("--limit", type=int, default=50)

    audit = commands.add_parser("audit", help="the log of every change")
    audit.add_argument("--record", help="only entries about this record")
    verify = commands.add_parser(
        "verify", help="check the database, the audit chain and every evidence file"
    )
    verify.add_argument("--quick", action="store_true", help="do not decrypt and re-hash files")
    verify_bundle = commands.add_parser(
        "verify-bundle",
        help="check an evidence bundle (.zip): safe names, checksums, signature; "
        "needs no notebook and no passphrase",
    )
    verify_bundle.add_argument("file", type=Path, metavar="FILE.zip")
    _add_erase_parser(commands)
    _add_backup_parsers(commands)
    _add_package_parsers(commands)
    return parser


# -- running ----------------------------------------------------------------------------------


class Context:
    """What a command needs: its arguments, where to print, and how to open the notebook."""

    def __init__(
        self, arguments: argparse.Namespace, out: TextIO, err: TextIO, environ: dict[str, str]
    ) -> None:
        self.arguments = arguments
        self.out = out
        self.err = err
        self.environ = environ

    @property
    def path(self) -> Path:
        if self.arguments.notebook:
            return self.arguments.notebook
        if self.environ.get(NOTEBOOK_VARIABLE):
            return Path(self.environ[NOTEBOOK_VARIABLE])
        return default_notebook_path()

    def passphrase(self, *, confirm: bool = False) -> str:
        if self.environ.get(PASSPHRASE_VARIABLE):
            return self.environ[PASSPHRASE_VARIABLE]
        if self.arguments.passphrase_file:
            return _first_line(self.arguments.passphrase_file)
        return _prompt("Passphrase: ", confirm=confirm)

    def new_passphrase(self) -> str:
        if self.environ.get(NEW_PASSPHRASE_VARIABLE):
            return self.environ[NEW_PASSPHRASE_VARIABLE]
        return _prompt("New passphrase: ", confirm=True)

    @property
    def actor(self) -> str:
        if self.arguments.actor:
            return self.arguments.actor
        if self.environ.get(ACTOR_VARIABLE):
            return self.environ[ACTOR_VARIABLE]
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "unknown"

    def open(self, *, writable: bool) -> Notebook:
        return Notebook.open(self.path, self.passphrase(), writable=writable)

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        """Print JSON with --json, else the human text."""
        if self.arguments.json:
            json.dump(data, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        else:
            self.out.write((text() if callable(text) else text).rstrip("\n") + "\n")


def _first_line(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        raise UsageError("cannot read the passphrase file") from None


def _prompt(label: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {PASSPHRASE_VARIABLE} or use --passphrase-file")
    first = getpass.getpass(label)
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    environ: dict[str, str] | None = None,
) -> int:
    if argv is None:  # the process's own entry (a test calling in leaves its process be)
        # Before anything is decrypted: a crash must not write keys or records to a core file.
        disable_core_dumps()
    out = out or sys.stdout
    err = err or sys.stderr
    environ = dict(os.environ if environ is None else environ)
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        _refuse_passphrase_arguments(words)
        arguments = build_parser().parse_args(words)
        if arguments.command is None:
            arguments.command = "gui"
        context = Context(arguments, out, err, environ)
        return COMMANDS[arguments.command](context) or EXIT_OK
    except UsageError as error:
        return _fail(err, str(error), EXIT_USAGE)
    except NotebookError as error:
        return _fail(err, *_explain(error))
    except OSError as error:
        # One the core did not expect (a source file that cannot be read, say): a line, no
        # traceback.
        reason = error.strerror or type(error).__name__
        where = f": {error.filename}" if error.filename else ""
        return _fail(err, f"a file could not be read or written ({reason}{where})", EXIT_FILE_ERROR)
    except KeyboardInterrupt:
        return _fail(err, "interrupted; nothing was changed by the unfinished command", EXIT_USAGE)


def _refuse_passphrase_arguments(words: list[str]) -> None:
    """Say so plainly, without echoing the words: they may be the passphrase itself."""
    for word in words:
        if word.startswith("--passphrase") and not word.startswith("--passphrase-file"):
            raise UsageError(
                f"the passphrase is never taken as an argument: set {PASSPHRASE_VARIABLE}, "
                "use --passphrase-file, or type it at the prompt"
            )


def _fail(err: TextIO, message: str, code: int) -> int:
    err.write(f"casenotebook: {message}\n")
    return code


def _explain(error: NotebookError) -> tuple[str, int]:
    """Our words for each core error, and the exit code that goes with it."""
    if isinstance(error, ErasedAfterWrongPassphrases):
        done = "" if error.complete else " (some files could not be removed: run erase --yes)"
        return (
            "wrong passphrase; that was the last attempt its guard allowed, and the notebook "
            f"has been erased{done}",
            EXIT_WRONG_PASSPHRASE,
        )
    if isinstance(error, WrongPassphrase):
        left = getattr(error, "attempts_left", None)
        if left is not None:
            return (
                f"wrong passphrase; {left} more wrong attempt(s) in a row will erase this notebook",
                EXIT_WRONG_PASSPHRASE,
            )
        return "wrong passphrase", EXIT_WRONG_PASSPHRASE
    if isinstance(error, DamagedNotebook):
        return (
            f"the notebook is damaged or was tampered with ({error}); restore it from a backup",
            EXIT_DAMAGED,
        )
    if isinstance(error, NotebookInUse):
        return "the notebook is open in another program; close it there first", EXIT_IN_USE
    if isinstance(error, WriteFailed):
        return f"{error}; nothing was left half-written", EXIT_FILE_ERROR
    if isinstance(error, UnsupportedFormat):
        return f"this notebook cannot be opened by this version ({error})", EXIT_USAGE
    if isinstance(error, UnsupportedEngine):
        return f"this installation cannot protect a notebook: {error}", EXIT_USAGE
    if isinstance(error, NotFound):
        return f"not found: {error}", EXIT_USAGE
    if isinstance(error, InUse):
        return f"cannot delete: {error}", EXIT_USAGE
    if isinstance(error, InvalidInput):
        where = f"{error.field}: " if error.field and error.field not in str(error) else ""
        return f"{where}{error}; nothing was changed", EXIT_USAGE
    return f"{type(error).__name__}: {error}", EXIT_USAGE


# -- commands ---------------------------------------------------------------------------------


def cmd_init(context: Context) -> int:
    path = context.path
    if (path / "notebook.json").exists():
        raise UsageError(f"a notebook already exists at {path}")
    Notebook.create(path, context.passphrase(confirm=True)).close()
    context.emit({"path": str(path)}, f"Created an encrypted notebook at {path}")
    return EXIT_OK


def cmd_passwd(context: Context) -> int:
    with context.open(writable=True) as notebook:
        notebook.change_passphrase(context.new_passphrase())
    context.emit({"changed": True}, "The passphrase is changed; the old one no longer opens it.")
    return EXIT_OK


def cmd_recovery(context: Context) -> int:
    """A code is printed this once, to standard output: nothing on disk keeps it."""
    action = context.arguments.action
    if action == "list":
        with context.open(writable=False) as notebook:
            slots = notebook.key_slots()
        context.emit(
            [{"slot": s.slot_id, "kind": s.kind} for s in slots],
            lambda: _table([(s.slot_id, s.kind) for s in slots]),
        )
        return EXIT_OK
    with context.open(writable=True) as notebook:
        if action == "remove":
            removed = notebook.remove_key_slot(context.arguments.slot_id)
            context.emit(
                {"removed": removed.slot_id, "kind": removed.kind},
                f"Removed key slot {removed.slot_id} ({removed.kind}): "
                "it no longer opens the notebook.",
            )
            return EXIT_OK
        slot_id, code = notebook.add_recovery_code()
    context.emit(
        {"slot": slot_id, "code": code},
        f"A recovery code for this notebook (key slot {slot_id}), shown this once:\n"
        f"\n{code}\n\n"
        "Write it on paper now, and keep the paper away from this laptop: whoever has both can "
        "open the notebook.\nIt opens the notebook wherever the passphrase is asked. If the "
        f"paper is lost or seen, remove it: casenotebook recovery remove {slot_id}",
    )
    return EXIT_OK


def cmd_gui(context: Context) -> int:
    try:
        from ui.app import main as gui_main
    except ImportError:
        raise UsageError(
            "the desktop program is not available yet; every feature works from the command "
            "line: see casenotebook --help"
        ) from None
    return gui_main(notebook_path=context.path)


def cmd_demo(context: Context) -> int:
    """Only an explicit --notebook places it: $CASENOTEBOOK_NOTEBOOK names the working notebook."""
    from . import demo

    path = context.arguments.notebook or default_notebook_path().parent / demo.DEMO_FOLDER_NAME
    if path.exists():
        raise UsageError(f"something already exists at {path}; the demo needs a new path")
    demo.build_demo(path, actor=context.actor).close()
    passphrase = demo.demo_passphrase()
    context.emit(
        {"path": str(path), "passphrase": passphrase},
        f"Built the demo notebook at {path}\n"
        f"Its passphrase (public: it is the demo's own): {passphrase}",
    )
    return EXIT_OK


def cmd_record(context: Context) -> int:
    kind, action = context.arguments.command, context.arguments.action
    if action == "list":
        case_id = None if kind == "case" else context.arguments.case
        with context.open(writable=False) as notebook:
            records = notebook.records(kind=kind, case_id=case_id)
        context.emit(
            [_record_json(r) for r in records],
            lambda: "\n".join(f"{r.id}  {r.label}" for r in records) or f"no {kind} records",
        )
        return EXIT_OK
    if kind == "evidence" and action != "add":
        return cmd_evidence(context)
    values = _field_values(kind, context.arguments, editing=False)
    if kind != "case":
        values["case_id"] = context.arguments.case
    if kind == "evidence" and context.arguments.files:
        return _import_evidence(context, values)
    if kind == "evidence" and not values.get("title"):
        raise UsageError(
            "evidence add needs FILE… to import, or --title for an item kept elsewhere"
        )
    record = model.from_data(kind, values)
    supported = getattr(context.arguments, "supports", [])
    with context.open(writable=True) as notebook, notebook.transaction():
        stored = notebook.add(record)
        for incident_id in supported:
            notebook.link(stored.id, incident_id, "supports")
    context.emit({"id": stored.id}, stored.id)
    return EXIT_OK


def _import_evidence(context: Context, values: dict[str, Any]) -> int:
    """Import each file as its own item (a folder: the files directly in it, by name)."""
    files = _expand_files([Path(f) for f in context.arguments.files])
    if not files:
        raise UsageError("the folders hold no files to import")
    if len(files) > 1 and values.get("exhibit_ref"):
        raise UsageError("--exhibit-ref names one item; import several files without it")
    ids = []
    with context.open(writable=True) as notebook:
        for supported in context.arguments.supports:
            notebook.get(supported)
        for path in files:
            record = model.from_data("evidence", {"title": path.name, **values})
            stored = notebook.import_evidence(path, record, actor=context.actor)
            for supported in context.arguments.supports:
                notebook.link(stored.id, supported, "supports")
            ids.append(stored.id)
    context.emit({"ids": ids}, "\n".join(ids))
    return EXIT_OK


def _expand_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no such file: {path}")
    return files


def cmd_evidence(context: Context) -> int:
    arguments = context.arguments
    with context.open(writable=True) as notebook:
        if arguments.action == "export":
            info = notebook.export_evidence(
                arguments.record_id,
                arguments.out,
                actor=context.actor,
                purpose=arguments.purpose,
                force=arguments.force,
            )
            context.emit(
                {
                    "id": arguments.record_id,
                    "out": str(arguments.out),
                    "sha256": info.sha256,
                    "size": info.size,
                },
                f"Wrote {info.size:,} bytes to {arguments.out} (SHA-256 {info.sha256})",
            )
        else:
            notebook.delete(arguments.record_id, actor=context.actor)
            context.emit({"deleted": arguments.record_id}, "Deleted, with its file.")
    return EXIT_OK


def cmd_custody(context: Context) -> int:
    with context.open(writable=False) as notebook:
        events = notebook.custody(context.arguments.record_id)
        if not events:
            notebook.get(context.arguments.record_id)
    data = [dataclasses.asdict(e) for e in events]
    context.emit(
        data,
        lambda: (
            _table([(e.at, e.event, e.actor, e.purpose, e.sha256[:16]) for e in events])
            or "no custody events"
        ),
    )
    return EXIT_OK


def cmd_link(context: Context) -> int:
    arguments = context.arguments
    with context.open(writable=True) as notebook:
        if arguments.action == "add":
            link = notebook.link(
                arguments.from_id, arguments.to_id, arguments.kind, note=arguments.note
            )
            context.emit({"id": link.id}, link.id)
        else:
            notebook.unlink(arguments.link_id)
            context.emit({"deleted": arguments.link_id}, "Link removed.")
    return EXIT_OK


def cmd_tag(context: Context) -> int:
    arguments = context.arguments
    with context.open(writable=True) as notebook:
        if arguments.action == "add":
            notebook.tag(arguments.record_id, arguments.tag)
        else:
            notebook.untag(arguments.record_id, arguments.tag)
        tags = notebook.tags(arguments.record_id)
    context.emit({"id": arguments.record_id, "tags": tags}, ", ".join(tags) or "no tags")
    return EXIT_OK


def cmd_show(context: Context) -> int:
    with context.open(writable=False) as notebook:
        record = notebook.get(context.arguments.record_id)
        tags = notebook.tags(record.id)
        links = notebook.links(record.id)
        stored_file = notebook.evidence_file(record.id)
    data = {**_record_json(record), "tags": tags, "links": [model.to_data(k) for k in links]}
    file_data = None
    if stored_file is not None:
        file_data = {k: v for k, v in dataclasses.asdict(stored_file).items() if k != "blob_id"}
        data["file"] = file_data
    context.emit(data, lambda: _record_text(record, tags, links, file_data))
    return EXIT_OK


def cmd_edit(context: Context) -> int:
    arguments = context.arguments
    if arguments.record_id in ("-h", "--help"):
        context.out.write(_edit_help())
        return EXIT_OK
    with context.open(writable=True) as notebook:
        record = notebook.get(arguments.record_id)
        parser = _Parser(prog=f"casenotebook edit ({record.KIND})", add_help=False)
        parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
        _add_field_options(parser, record.KIND, editing=True)
        parsed = parser.parse_args(arguments.changes)
        arguments.json = arguments.json or getattr(parsed, "json", False)
        changes = _field_values(record.KIND, parsed, editing=True)
        if not changes:
            raise UsageError("edit needs at least one --field value to change")
        stored = notebook.update(record.id, **_merge_consent(record, changes))
    context.emit(_record_json(stored), f"Updated {stored.id}")
    return EXIT_OK


def _edit_help() -> str:
    lines = [
        "usage: casenotebook edit ID --field value …",
        "",
        "Changes the named fields of one record and keeps the rest. Each kind of record takes",
        "the options of its `add` command; yes/no options take yes or no.",
        "",
    ]
    for kind, options in OPTIONS.items():
        lines.append(f"{kind}: " + " ".join(option.flag for option in options))
    return "\n".join(lines) + "\n"


def cmd_delete(context: Context) -> int:
    with context.open(writable=True) as notebook:
        notebook.delete(context.arguments.record_id, actor=context.actor)
    context.emit({"deleted": context.arguments.record_id}, "Deleted.")
    return EXIT_OK


def cmd_timeline(context: Context) -> int:
    arguments = context.arguments
    groups = timeline_module.group_codes()
    for code in arguments.group:
        if code not in groups:
            raise UsageError(f"--group: no group {code!r}; use one of: {', '.join(groups)}")
    for code in arguments.status:
        vocabularies.require("fact_status", code, field="--status")
    if arguments.image:
        return _timeline_image(context)
    with context.open(writable=False) as notebook:
        entries = notebook.timeline(
            arguments.case,
            types=tuple(arguments.type),
            person_id=arguments.person,
            tag=arguments.tag,
            start=arguments.start,
            end=arguments.end,
        )
        if arguments.group or arguments.status:
            wanted = timeline_module.MarkFilter(
                groups=frozenset(arguments.group), statuses=frozenset(arguments.status)
            )
            kept = {mark.record_id for mark in wanted.apply(notebook.marks(arguments.case))}
            entries = [entry for entry in entries if entry.record_id in kept]
    data = [
        {
            "id": e.record_id,
            "kind": e.kind,
            "type": e.type,
            "label": e.label,
            "date": e.date,
            "date_text": datetext.describe(e.date) if e.date else "",
            "sort_start": e.sort_start,
            "sort_end": e.sort_end,
        }
        for e in entries
    ]
    context.emit(
        data,
        lambda: (
            _table(
                [(d["date_text"] or "date unknown", d["type"], d["label"], d["id"]) for d in data]
            )
            or "nothing in this timeline"
        ),
    )
    return EXIT_OK


def _timeline_image(context: Context) -> int:
    """The timeline as a PNG or SVG picture, drawn as the desktop program draws it (Qt,
    without a screen), with protected people under their pseudonyms."""
    arguments = context.arguments
    path = Path(arguments.image)
    image_format = path.suffix.lower().lstrip(".")
    if image_format not in ("png", "svg"):
        raise UsageError("--image: name a .png or .svg file")
    if not path.parent.is_dir():
        raise UsageError(f"--image: the folder {path.parent} does not exist")
    size = re.fullmatch(r"([0-9]{3,5})x([0-9]{3,5})", arguments.size)
    if size is None or not all(400 <= int(side) <= 10_000 for side in size.groups()):
        raise UsageError("--size: write WIDTHxHEIGHT in pixels, each 400 to 10000, as 1600x1000")
    mark_filter = timeline_module.MarkFilter(
        groups=frozenset(arguments.group),
        types=frozenset(arguments.type),
        people=frozenset([arguments.person] if arguments.person else []),
        tags=frozenset([arguments.tag] if arguments.tag else []),
        statuses=frozenset(arguments.status),
        start=arguments.start or "",
        end=arguments.end or "",
    )
    try:
        from ui.language import install
        from ui.timeline_export import ensure_application, export_case_image
    except ImportError:
        raise UsageError(
            "drawing a picture needs the desktop program's Qt libraries, which are not "
            "installed; the timeline as text works without them"
        ) from None
    install(ensure_application(), arguments.language)
    with context.open(writable=False) as notebook:
        try:
            shown, total = export_case_image(
                path,
                notebook,
                arguments.case,
                mark_filter,
                lanes=arguments.lanes,
                language=arguments.language,
                width=int(size.group(1)),
                height=int(size.group(2)),
                title=arguments.title or "",
            )
        except OSError as error:
            raise UsageError(
                f"--image: {path} was not written: {error.strerror or error}"
            ) from None
    context.emit(
        {"image": str(path), "format": image_format, "shown": shown, "total": total},
        f"Wrote {path}: {shown} of {total} records shown; protected people appear under "
        "their pseudonyms.",
    )
    return EXIT_OK


def cmd_export(context: Context) -> int:
    """A document or CSV built in memory and written once, whole, where the user said."""
    from .export import chronology, facts, files, profiles

    arguments = context.arguments
    out: Path = arguments.out
    wanted_suffix = {"statement": ".docx", "chronology": ".csv", "bundle": ".zip"}[arguments.action]
    if out.suffix.lower() != wanted_suffix:
        raise UsageError(f"--out: name a {wanted_suffix} file")
    if not out.parent.is_dir():
        raise UsageError(f"--out: the folder {out.parent} does not exist")
    if out.exists() and not arguments.force:
        raise UsageError(f"--out: {out} exists; add --force to replace it")
    _refuse_unsupported_language(arguments)
    if arguments.action == "bundle":
        return _export_bundle(context)
    with context.open(writable=False) as notebook:
        if arguments.action == "statement":
            options = profiles.ExportOptions(
                redact=arguments.redact,
                language=arguments.language,
                witness_id=arguments.witness,
                interview_id=arguments.interview,
                **{
                    name: value
                    for name in _STATEMENT_OPTIONS
                    if (value := getattr(arguments, name)) is not None
                },
            )
            if options.statement_date and not dates.is_valid(options.statement_date):
                raise UsageError("--statement-date: write an EDTF date such as 2020-07-01")
            profiles.builder(arguments.profile)
            gathered = facts.gather(
                notebook, arguments.case, redact=arguments.redact, language=arguments.language
            )
            data = profiles.document_bytes(gathered, arguments.profile, options)
            kind = arguments.profile
        else:
            gathered = facts.gather(
                notebook, arguments.case, redact=arguments.redact, language=arguments.language
            )
            data = chronology.csv_bytes(gathered)
            kind = "chronology"
    try:
        files.write_export(out, data)
    except OSError as error:
        raise UsageError(f"--out: {out} was not written: {error.strerror or error}") from None
    withheld = [
        {"kind": item.kind, "label": item.label, "reason": item.reason}
        for item in gathered.withheld
    ]
    how = (
        "protected people appear under their pseudonyms"
        if arguments.redact
        else "NOT redacted: protected people are named"
    )
    lines = [f"Wrote {out} ({kind}; {how})"]
    for item in withheld:
        what = (
            item["label"] if item["kind"] == "interview" else f"{item['kind']} of {item['label']}"
        )
        lines.append(f"  withheld: {what} ({item['reason']})")
    context.emit(
        {
            "out": str(out),
            "profile": kind,
            "language": arguments.language,
            "redacted": arguments.redact,
            "withheld": withheld,
        },
        "\n".join(lines),
    )
    return EXIT_OK


def _refuse_unsupported_language(arguments: argparse.Namespace) -> None:
    """A document asked for in a language it is not made in is refused before the notebook is
    opened, naming the languages it is made in."""
    from .export import profiles

    language = arguments.language
    if arguments.action == "bundle":
        names = [name.strip() for name in arguments.include.split(",") if name.strip()]
        wanted = [name for name in names if name in profiles.PROFILES]
        documents = ["chronology", "exhibits", *wanted]
    else:
        documents = [arguments.profile if arguments.action == "statement" else "chronology"]
    for document in documents:
        made_in = profiles.languages(document)
        if language not in made_in:
            raise UsageError(
                f"--language: the {document} document is made only in "
                f"{', '.join(made_in)}, not in {language}; nothing was written"
            )


def _export_bundle(context: Context) -> int:
    from .export import bundle, profiles

    arguments = context.arguments
    out: Path = arguments.out
    statements = tuple(name.strip() for name in arguments.include.split(",") if name.strip())
    options = bundle.BundleOptions(
        redact=arguments.redact,
        statements=statements,
        documents=profiles.ExportOptions(
            language=arguments.language,
            witness_id=arguments.witness,
            interview_id=arguments.interview,
        ),
        prepared_by=arguments.prepared_by,
        actor=context.actor,
    )
    # Writable: each exhibit bundled gets a custody event in the notebook's own log.
    with context.open(writable=True) as notebook:
        try:
            made = bundle.build_bundle(notebook, arguments.case, out, options)
        except OSError as error:
            raise UsageError(f"--out: {out} was not written: {error.strerror or error}") from None
    withheld = [
        {"kind": item.kind, "label": item.label, "reason": item.reason} for item in made.withheld
    ]
    how = (
        "protected people appear under their pseudonyms"
        if arguments.redact
        else "NOT redacted: protected people are named"
    )
    lines = [
        f"Wrote {out}: bag {made.bag}, {made.payload_files} files, {made.payload_bytes:,} bytes "
        f"({how})",
        f"Exhibits: {', '.join(made.exhibits) or 'none'}",
        f"Signing key fingerprint (confirm it with the recipient): {made.fingerprint}",
    ]
    lines += [f"  withheld: {item.kind} {item.label} ({item.reason})" for item in made.withheld]
    context.emit(
        {
            "out": str(out),
            "bag": made.bag,
            "payload_files": made.payload_files,
            "payload_bytes": made.payload_bytes,
            "exhibits": made.exhibits,
            "fingerprint": made.fingerprint,
            "language": arguments.language,
            "redacted": arguments.redact,
            "withheld": withheld,
        },
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_identity(context: Context) -> int:
    with context.open(writable=True) as notebook:  # an older notebook gets its keys here
        made = notebook.identity()
    context.emit(
        {"contact_code": made.contact_code, "fingerprint": made.fingerprint},
        f"{made.contact_code}\nFingerprint: {made.fingerprint}\n"
        "Give the first line to whoever may send this notebook a case; read them the "
        "fingerprint by phone or in person so they know the code is yours.",
    )
    return EXIT_OK


def cmd_import(context: Context) -> int:
    from .export.bundle_import import InvalidBundle, import_bundle

    arguments = context.arguments
    if not arguments.file.is_file():
        raise UsageError(f"no such file: {arguments.file}")
    with context.open(writable=True) as notebook:
        try:
            made = import_bundle(
                notebook, arguments.file, actor=context.actor, case_id=arguments.case
            )
        except InvalidBundle as error:
            problems = "\n".join(
                f"  {_printable(problem.path)}: {problem.problem}"
                for problem in error.report.problems
            )
            raise UsageError(f"{error}\n{problems}") from None
    context.emit(
        {
            "case": made.case_id,
            "bag": made.bag,
            "fingerprint": made.fingerprint,
            "exhibits": [{"mark": mark, "id": record_id} for mark, record_id in made.exhibits],
        },
        "\n".join(
            [
                f"Imported {len(made.exhibits)} exhibit(s) from {made.bag} into case "
                f"{made.case_id}.",
                f"Signed by the key with fingerprint {made.fingerprint}: confirm it with the "
                "sender before relying on the bundle.",
                *[f"  {mark}  {record_id}" for mark, record_id in made.exhibits],
            ]
        ),
    )
    return EXIT_OK


_STATEMENT_OPTIONS = (
    "proceedings",
    "claim_number",
    "court",
    "party",
    "statement_number",
    "statement_date",
    "address",
    "prepared_by",
    "author",
)


def cmd_search(context: Context) -> int:
    arguments = context.arguments
    if arguments.limit < 1:
        raise UsageError("--limit must be at least 1")
    with context.open(writable=False) as notebook:
        hits = notebook.search(
            " ".join(arguments.query), case_id=arguments.case, limit=arguments.limit
        )
    data = [
        {
            "id": h.record_id,
            "kind": h.kind,
            "case_id": h.case_id,
            "label": h.label,
            "snippet": h.snippet,
            "score": h.score,
        }
        for h in hits
    ]
    context.emit(
        data,
        lambda: (
            "\n".join(
                f"{h.kind:<12} {h.label}  {h.record_id}\n             {h.snippet}" for h in hits
            )
            or "no matches"
        ),
    )
    return EXIT_OK


def cmd_audit(context: Context) -> int:
    with context.open(writable=False) as notebook:
        entries = notebook.audit.entries(record_id=context.arguments.record)
    data = [dataclasses.asdict(e) for e in entries]
    context.emit(
        data,
        lambda: (
            _table([(str(e.seq), e.at, e.action, e.record_id, e.hash[:16]) for e in entries])
            or "the log is empty"
        ),
    )
    return EXIT_OK


def cmd_verify(context: Context) -> int:
    """Open for writing when possible, so that fixity checks land in the chain of custody."""
    try:
        notebook = context.open(writable=True)
    except NotebookInUse:
        notebook = context.open(writable=False)
    with notebook:
        report = notebook.verify(actor=context.actor, quick=context.arguments.quick)
        exhibits = {r.record_id: r.exhibit_ref for r in report.evidence}
    chain = report.audit
    data = {
        "sound": report.sound,
        "database_problems": report.database_problems,
        "audit": None
        if chain is None
        else {
            "entries": chain.entries,
            "intact": chain.intact,
            "head": chain.head,
            "broken_at": chain.broken_at,
            "problem": chain.problem,
        },
        "evidence": [dataclasses.asdict(r) for r in report.evidence],
        "custody_problems": report.custody_problems,
    }

    def text() -> str:
        if report.database_problems:
            return "database: DAMAGED\n" + "\n".join(report.database_problems[:20])
        assert chain is not None
        lines = ["database: sound"]
        if chain.intact:
            lines.append(f"audit log: {chain.entries} entries, intact, head {chain.head}")
        else:
            lines.append(
                f"audit log: BROKEN at entry {chain.broken_at} "
                f"({chain.problem}); {chain.entries} entries before it hold"
            )
        if report.custody_problems:
            lines.append(
                "custody: ALTERED at audit entries "
                + ", ".join(str(seq) for seq in report.custody_problems)
            )
        bad = [r for r in report.evidence if r.status != "intact"]
        how = "present and whole-sized" if context.arguments.quick else "decrypted and re-hashed"
        lines.append(
            f"evidence: {len(report.evidence) - len(bad)} of {len(report.evidence)} "
            f"files intact ({how})"
        )
        lines += [f"  {r.status.upper()}: {exhibits[r.record_id] or r.record_id}" for r in bad]
        return "\n".join(lines)

    context.emit(data, text)
    return EXIT_OK if report.sound else EXIT_DAMAGED


def cmd_verify_bundle(context: Context) -> int:
    """Never opens a notebook: whoever receives a bundle checks it without one."""
    from .export import bundle_check

    path: Path = context.arguments.file
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    report = bundle_check.verify(path)
    data = {
        "valid": report.valid,
        "problems": [{"path": p.path, "problem": p.problem} for p in report.problems],
        "bag": report.bag,
        "fingerprint": report.fingerprint,
        "payload_files": report.payload_files,
        "payload_bytes": report.payload_bytes,
    }

    def text() -> str:
        if not report.valid:
            lines = [f"{_printable(path.name)}: NOT VALID, {len(report.problems)} problem(s):"]
            lines += [f"  {_printable(p.path)}: {_printable(p.problem)}" for p in report.problems]
            return "\n".join(lines)
        return (
            f"{_printable(path.name)}: valid evidence bundle {report.bag}: "
            f"{report.payload_files} files, {report.payload_bytes:,} bytes, every checksum "
            f"matches and the signature holds.\nSigned by the key {report.fingerprint}: compare "
            "this fingerprint with the one the sender gave you, by telephone or in person."
        )

    context.emit(data, text)
    return EXIT_OK if report.valid else EXIT_DAMAGED


def _printable(text: str) -> str:
    """Names from a zip may hold control characters: shown escaped, never sent to a terminal."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


# -- erase: one block (issue 8) ---------------------------------------------------------------

EXIT_ERASE_INCOMPLETE = 5  # erase ran, but something of the notebook is still there
ERASE_CANNOT = (
    "It cannot reach copies made elsewhere: backups, exported documents and bundles, synced "
    "or cloud folders, or a copy of the folder someone has already taken.",
    "It is not a forensic wipe: a disk, above all an SSD, may keep older versions of these "
    "files where no program can overwrite them. Someone who knows (or forces out of you) the "
    "passphrase or a recovery code and searches the disk with forensic tools may recover an "
    "old copy of the header, and with it what the disk still holds.",
)


def _add_erase_parser(commands: Any) -> None:
    erase = commands.add_parser(
        "erase",
        help="destroy this notebook now, keys first (asks for no passphrase; needs --yes)",
    )
    erase.add_argument(
        "--yes", action="store_true", help="really erase: without it nothing is touched"
    )
    guard = commands.add_parser(
        "erase-after",
        help="erase this notebook after N wrong passphrases in a row (off by default); "
        "without N, say how it is set",
    )
    guard.add_argument("limit", nargs="?", metavar="N|off")


def cmd_erase_after(context: Context) -> int:
    """Show, set or turn off the guard that erases after wrong passphrases in a row."""
    from .guard import MAXIMUM_LIMIT, MINIMUM_LIMIT

    wanted: str | None = context.arguments.limit
    limit: int | None = None
    if wanted is not None and wanted != "off":
        # Not str.isdigit(): it takes "²", which int() then refuses with a ValueError.
        digits = re.fullmatch(r"[0-9]{1,9}", wanted)
        if not digits or not MINIMUM_LIMIT <= int(wanted) <= MAXIMUM_LIMIT:
            raise UsageError(
                f"the limit is off or a number from {MINIMUM_LIMIT} to {MAXIMUM_LIMIT}"
            )
        limit = int(wanted)
    with context.open(writable=wanted is not None) as notebook:
        if wanted is not None:
            notebook.set_erase_after(limit)
        current = notebook.erase_after()
    if current is None:
        text = "Off: wrong passphrases never erase this notebook."
    else:
        text = (
            f"On: {current} wrong passphrases in a row erase this notebook.\n"
            "It stops guessing in this program only. Whoever copies the notebook folder first "
            "can try passphrases on the copy without limit, or put an older guard file back; "
            "a strong passphrase is what protects a copy. A few mistyped passphrases, on a "
            "bad day, lose the notebook: keep a backup somewhere safe. Backups and restored "
            "notebooks have the guard off."
        )
    context.emit({"erase_after": current}, text)
    return EXIT_OK


def cmd_erase(context: Context) -> int:
    """No passphrase asked: whoever needs this may not be able to type one. The folder must be
    a notebook, and --yes must be given."""
    from . import erase as erase_module

    path = context.path
    if not erase_module.is_notebook_folder(path):
        raise UsageError(f"{path} is not a notebook folder; nothing was erased")
    if not context.arguments.yes:
        raise UsageError(
            f"erase destroys the notebook at {path} at once and for good: first its keys, so "
            "that nothing in it can be read again, not even with the passphrase, then all its "
            "files. It asks for no passphrase.\nWhat erase cannot do:\n"
            + "".join(f"  - {sentence}\n" for sentence in ERASE_CANNOT)
            + "Nothing was changed. To erase now: casenotebook erase --yes"
        )
    report = erase_module.erase(path)
    size = f"{report.bytes_removed / (1 << 20):,.1f} MiB"
    lines = []
    if report.unreadable:
        lines.append(
            f"Erased {path}: the key slots and the database were destroyed first; "
            f"{report.seconds_to_unreadable:.3f} s after the start nothing in it could be read, "
            f"not even with the passphrase. Then the files were removed: "
            f"{report.files_removed} ({size}), in {report.seconds:.3f} s in all."
        )
    else:
        lines.append(
            f"NOT erased: the key files of {path} could not all be destroyed (is the disk "
            "read-only?). Destroy the disk, or the folder by other means."
        )
    if report.in_use:
        lines.append(
            "Another program had this notebook open: it still holds the keys in memory. Close "
            "it, or shut the computer down, now."
        )
    if report.links_removed:
        lines.append("Links removed (what they point to, outside the notebook, was not touched):")
        lines += [f"  {_printable(str(link))}" for link in report.links_removed]
    if report.leftovers:
        lines.append("Could not be removed:")
        lines += [f"  {_printable(str(left))}" for left in report.leftovers]
    lines.append("What erase cannot do:")
    lines += [f"  - {sentence}" for sentence in ERASE_CANNOT]
    context.emit(
        {
            "path": str(path),
            "erased": report.complete,
            "unreadable": report.unreadable,
            "seconds_to_unreadable": report.seconds_to_unreadable,
            "seconds": report.seconds,
            "in_use": report.in_use,
            "files_removed": report.files_removed,
            "bytes_removed": report.bytes_removed,
            "links_removed": [str(link) for link in report.links_removed],
            "leftovers": [str(left) for left in report.leftovers],
            "cannot": list(ERASE_CANNOT),
        },
        "\n".join(lines),
    )
    return EXIT_OK if report.complete else EXIT_ERASE_INCOMPLETE


# -- end of erase -----------------------------------------------------------------------------


# -- backup: one block (issue 8) --------------------------------------------------------------


def _add_backup_parsers(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="write the whole notebook as one encrypted file, while it stays open"
    )
    backup.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="any name: none is derived"
    )
    backup.add_argument("--force", action="store_true", help="replace an existing file")
    commands.add_parser(
        "verify-backup",
        help="decrypt a backup and re-hash every evidence file in it; needs its passphrase, "
        "no notebook, and writes nothing",
    ).add_argument("file", type=Path, metavar="FILE")
    commands.add_parser(
        "restore", help="make a new notebook at --notebook PATH (new or empty) from a backup"
    ).add_argument("file", type=Path, metavar="FILE")


def cmd_backup(context: Context) -> int:
    """Read-only is enough, and lets the desktop program keep the notebook open meanwhile."""
    arguments = context.arguments
    out: Path = arguments.out
    if not out.parent.is_dir():
        raise UsageError(f"--out: the folder {out.parent} does not exist")
    if out.exists() and not arguments.force:
        raise UsageError(f"--out: {out} exists; add --force to replace it")
    try:
        notebook = context.open(writable=False)
    except UnsupportedFormat:
        notebook = context.open(writable=True)  # an older schema is upgraded first
    with notebook:
        try:
            made = notebook.backup(out, force=arguments.force)
        except OSError as error:
            raise UsageError(f"--out: {out} was not written: {error.strerror or error}") from None
    lines = [
        f"Wrote an encrypted backup to {out} ({made.file_bytes:,} bytes): {made.records} "
        f"records, {made.audit_entries} audit entries, {made.evidence_files} evidence files.",
        "It opens with the passphrase (or a recovery code) the notebook has now. Check it with: "
        f"casenotebook verify-backup {out}",
    ]
    if made.missing_files:
        lines.append(
            f"{made.missing_files} evidence file(s) were already missing from the notebook: "
            "run casenotebook verify"
        )
    context.emit(
        {
            "out": str(out),
            "bytes": made.file_bytes,
            "records": made.records,
            "audit_entries": made.audit_entries,
            "evidence_files": made.evidence_files,
            "missing_files": made.missing_files,
        },
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_verify_backup(context: Context) -> int:
    from .backup import verify_backup

    path: Path = context.arguments.file
    return _reading_backup(
        context, lambda: _report_backup(context, verify_backup(path, context.passphrase()))
    )


def _report_backup(context: Context, check: Any) -> int:
    bad = [item for item in check.evidence if item.status != "intact"]
    context.emit(
        {
            "sound": check.sound,
            "created": check.created,
            "records": check.records,
            "audit_entries": check.audit_entries,
            "evidence": [{"id": c.record_id, "status": c.status} for c in check.evidence],
        },
        "\n".join(
            [
                f"The backup is whole: taken at {check.created}, {check.records} records, "
                f"{check.audit_entries} audit entries.",
                f"evidence: {len(check.evidence) - len(bad)} of {len(check.evidence)} files "
                "intact (decrypted and re-hashed)",
                *[f"  {item.status.upper()}: {item.record_id}" for item in bad],
            ]
        ),
    )
    return EXIT_OK if check.sound else EXIT_DAMAGED


def cmd_restore(context: Context) -> int:
    from .backup import restore

    path: Path = context.arguments.file
    destination = context.path
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise UsageError(
            f"something already exists at {destination}; restore needs a new or empty folder "
            "(choose it with --notebook PATH)"
        )

    def work() -> int:
        done = restore(path, context.passphrase(), destination)
        report = done.report
        context.emit(
            {
                "path": str(done.path),
                "created": done.created,
                "records": done.records,
                "audit_entries": done.audit_entries,
                "evidence_files": done.evidence_files,
                "sound": report.sound,
            },
            f"Restored the backup taken at {done.created} into {done.path}: {done.records} "
            f"records, {done.audit_entries} audit entries, {done.evidence_files} evidence "
            "files. It opens with the passphrase the notebook had then."
            + (
                ""
                if report.sound
                else "\nIt does NOT pass a quick check: run casenotebook verify on it."
            ),
        )
        return EXIT_OK if report.sound else EXIT_DAMAGED

    return _reading_backup(context, work)


def _reading_backup(context: Context, work: Callable[[], int]) -> int:
    """A backup's own words for its damage: the notebook itself is not what is damaged."""
    from .errors import DamagedBackup

    path: Path = context.arguments.file
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    try:
        return work()
    except DamagedBackup as error:
        return _fail(
            context.err,
            f"the backup is damaged or was tampered with ({error}); it cannot be restored, and "
            "nothing was written",
            EXIT_DAMAGED,
        )
    except UnsupportedFormat as error:
        name = _printable(path.name)
        if str(error) == "not a notebook backup":
            return _fail(context.err, f"{name} is not a notebook backup", EXIT_USAGE)
        return _fail(context.err, f"{name} cannot be read by this version ({error})", EXIT_USAGE)


# -- end of backup ----------------------------------------------------------------------------


# -- case packages: handing a case to another notebook (issue 8) ------------------------------


def _add_package_parsers(commands: Any) -> None:
    send = commands.add_parser(
        "send",
        help="write a case as a package only the recipient's notebook can open, signed by this one",
    )
    send.add_argument("--case", required=True, metavar="ID")
    send.add_argument(
        "--to", required=True, metavar="CONTACT_CODE", help="the recipient's contact code (cn1-…)"
    )
    send.add_argument("--out", required=True, type=Path, metavar="FILE")
    send.add_argument(
        "--no-redact",
        dest="redact",
        action="store_false",
        help="name protected people (by default they appear under their pseudonyms, and "
        "evidence that shows them is left out)",
    )
    send.add_argument("--force", action="store_true", help="replace an existing file")
    receive = commands.add_parser(
        "receive", help="check a case package and take it into this notebook"
    )
    receive.add_argument("file", type=Path, metavar="FILE")
    receive.add_argument(
        "--from",
        dest="sender",
        metavar="CONTACT_CODE",
        help="refuse the package unless this notebook signed it",
    )
    receive.add_argument(
        "--dry-run",
        action="store_true",
        help="check it and say what it would change; write nothing",
    )
    receive.add_argument(
        "--accept-new-sender",
        action="store_true",
        help="take an update of a case from a notebook it was never exchanged with",
    )
    receive.add_argument(
        "--take-theirs",
        action="store_true",
        help="where both sides changed a record, take the sender's version (default: keep yours)",
    )


def cmd_send(context: Context) -> int:
    from .identity import parse_contact_code

    arguments = context.arguments
    recipient = parse_contact_code(arguments.to)
    # Writable: each evidence file sent gets a custody event, and the case its exchange.
    with context.open(writable=True) as notebook:
        try:
            sent = notebook.send_case(
                arguments.case,
                recipient,
                arguments.out,
                actor=context.actor,
                redact=arguments.redact,
                force=arguments.force,
            )
        except OSError as error:
            raise UsageError(
                f"--out: {arguments.out} was not written: {error.strerror or error}"
            ) from None
    how = (
        "protected people appear under their pseudonyms"
        if sent.redacted
        else "NOT redacted: protected people are named"
    )
    lines = [
        f"Wrote {sent.path} ({sent.file_bytes:,} bytes): {sent.records} records and "
        f"{sent.evidence_files} evidence files ({how}).",
        "Only the notebook with this contact code can open it; its fingerprint is",
        f"  {sent.recipient_fingerprint}",
        "and the recipient will see yours as",
        f"  {sent.sender_fingerprint}",
        "Read them to each other by phone or in person.",
    ]
    lines += [f"  left out: {item.kind} {item.label} ({item.reason})" for item in sent.withheld]
    context.emit(
        {
            "out": str(sent.path),
            "package": sent.package_id,
            "bytes": sent.file_bytes,
            "records": sent.records,
            "evidence_files": sent.evidence_files,
            "redacted": sent.redacted,
            "recipient_fingerprint": sent.recipient_fingerprint,
            "sender_fingerprint": sent.sender_fingerprint,
            "withheld": [vars(item) for item in sent.withheld],
        },
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_receive(context: Context) -> int:
    from .errors import DamagedPackage, NotAddressedHere, WrongSender
    from .identity import parse_contact_code

    arguments = context.arguments
    path: Path = arguments.file
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    sender = parse_contact_code(arguments.sender) if arguments.sender else None
    try:
        with context.open(writable=not arguments.dry_run) as notebook:
            received = notebook.receive_package(
                path,
                actor=context.actor,
                expected_sender=sender,
                accept_new_sender=arguments.accept_new_sender,
                take_theirs=arguments.take_theirs,
                dry_run=arguments.dry_run,
            )
    except DamagedPackage as error:
        return _fail(
            context.err,
            f"the package is damaged or was altered on its way ({error}); nothing was taken",
            EXIT_DAMAGED,
        )
    except NotAddressedHere:
        return _fail(
            context.err,
            "this package was made for another notebook; ask the sender to send it to this "
            "notebook's contact code (casenotebook identity). Nothing was taken",
            EXIT_USAGE,
        )
    except WrongSender as error:
        expected = (
            "the notebook whose contact code you gave with --from"
            if sender
            else "a notebook this case was exchanged with (if you trust it, confirm its "
            "fingerprint with the sender and run again with --accept-new-sender)"
        )
        return _fail(
            context.err,
            f"the package is signed by the notebook with fingerprint {error}, not by {expected}; "
            "nothing was taken",
            EXIT_DAMAGED,
        )
    except UnsupportedFormat as error:
        if str(error) == "not a case package":
            return _fail(context.err, f"{_printable(path.name)} is not a case package", EXIT_USAGE)
        raise
    context.emit(_received_json(received), lambda: _received_text(received))
    return EXIT_OK


def _received_json(received: Any) -> dict[str, Any]:
    return {
        "applied": received.applied,
        "package": received.package_id,
        "created": received.created,
        "sender_fingerprint": received.sender_fingerprint,
        "case": received.case_id,
        "new_case": received.new_case,
        "redacted": received.redacted,
        "changes": [
            {
                "id": change.record_id,
                "kind": change.kind,
                "label": change.label,
                "outcome": change.outcome,
                "fields": list(change.fields),
            }
            for change in received.changes
        ],
        "renamed_marks": [list(pair) for pair in received.renamed_marks],
        "tags_added": received.tags_added,
        "links_added": received.links_added,
        "withheld": [vars(item) for item in received.withheld],
    }


# How a change reads in the report, in the order the report lists them.
_OUTCOME_WORDS = {
    "new": "new",
    "updated": "updated with the sender's changes",
    "unchanged": "unchanged",
    "kept-ours": "kept as you changed them (the sender had not changed them)",
    "took-theirs": "changed on both sides: the sender's version taken, as asked",
    "conflict": "changed on both sides: YOUR version kept",
    "deleted-here": "deleted here earlier: not brought back",
    "not-in-package": "not in this package (removed or left out by the sender): kept here",
}


def _received_text(received: Any) -> str:
    verb = "Received" if received.applied else "Would receive (dry run, nothing written)"
    lines = [
        f"{verb}: case {_printable(received.case_label)} ({received.case_id})"
        + (" as a new case" if received.new_case else ""),
        f"Sent by the notebook with fingerprint {received.sender_fingerprint}, made "
        f"{received.created}{', redacted' if received.redacted else ''}.",
        "Confirm the fingerprint with the sender before relying on the package.",
    ]
    for outcome, words in _OUTCOME_WORDS.items():
        count = received.count(outcome)
        if count:
            lines.append(f"{count} record(s) {words}")
    for change in received.changes:
        if change.outcome in ("conflict", "took-theirs", "updated", "kept-ours"):
            fields = ", ".join(change.fields)
            lines.append(
                f"  {change.outcome}: {change.kind} {change.record_id} "
                f"{_printable(change.label)} ({fields})"
            )
    if received.conflicts:
        lines.append(
            "Each conflict is reported again with every package until the two versions agree: "
            "edit yours, or receive with --take-theirs."
        )
    lines += [
        f"Exhibit mark {theirs} was taken here: now {ours}"
        for theirs, ours in received.renamed_marks
    ]
    if received.tags_added or received.links_added:
        lines.append(f"{received.tags_added} tag(s) and {received.links_added} link(s) added")
    lines += [
        f"  left out by the sender: {item.kind} {_printable(item.label)} ({item.reason})"
        for item in received.withheld
    ]
    return "\n".join(lines)


# -- end of case packages ---------------------------------------------------------------------


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "passwd": cmd_passwd,
    "recovery": cmd_recovery,
    "gui": cmd_gui,
    "demo": cmd_demo,
    **dict.fromkeys(OPTIONS, cmd_record),
    "link": cmd_link,
    "tag": cmd_tag,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "timeline": cmd_timeline,
    "search": cmd_search,
    "audit": cmd_audit,
    "verify": cmd_verify,
    "verify-bundle": cmd_verify_bundle,
    "custody": cmd_custody,
    "export": cmd_export,
    "import": cmd_import,
    "identity": cmd_identity,
    "erase": cmd_erase,
    "erase-after": cmd_erase_after,
    "backup": cmd_backup,
    "verify-backup": cmd_verify_backup,
    "restore": cmd_restore,
    "send": cmd_send,
    "receive": cmd_receive,
}


# -- text output ------------------------------------------------------------------------------


def _record_json(record: model.Record) -> dict[str, Any]:
    return {"kind": record.KIND, **model.to_data(record)}


def _record_text(
    record: model.Record,
    tags: list[str],
    links: list[model.Link],
    file_data: dict[str, Any] | None = None,
) -> str:
    lines = [f"{record.KIND} {record.id}"]
    for name, value in model.to_data(record).items():
        if name == "id" or value in ("", (), [], None, {}):
            continue
        if isinstance(value, list | tuple):
            value = "; ".join(
                json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value
            )
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items() if v not in ("", None))
        text = str(value)
        if "\n" in text:
            text = "\n    " + text.replace("\n", "\n    ")
        lines.append(f"{name}: {text}")
    if file_data:
        lines += [
            f"file {name}: {value}"
            for name, value in file_data.items()
            if name != "record_id" and value != ""
        ]
    if tags:
        lines.append("tags: " + ", ".join(tags))
    for link in links:
        direction = f"-> {link.to_id}" if link.from_id == record.id else f"<- {link.from_id}"
        lines.append(f"link {link.kind} {direction}  ({link.id})")
    return "\n".join(lines)


def _table(rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[-1]
        for row in rows
    )


if __name__ == "__main__":
    sys.exit(main())
