"""The typed errors the core raises; ui/ and cli.py turn them into words."""

from __future__ import annotations

# What decoding a JSON document from outside into our types can raise when it is malformed:
# bad UTF-8 or JSON, a missing key, a wrong type, int() of an Infinity, nesting past Python's
# limit. Readers of outside data turn these into their own damage error.
MALFORMED_DATA = (
    UnicodeDecodeError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    OverflowError,
    RecursionError,
)


class NotebookError(Exception):
    """Base of every error the core raises on purpose."""


class WrongPassphrase(NotebookError):
    """The passphrase opens no key slot of an intact header."""


class DamagedNotebook(NotebookError):
    """A notebook file is damaged or was tampered with."""


class DamagedBackup(DamagedNotebook):
    """A backup file is damaged, truncated, or was tampered with (the notebook is not)."""


class DamagedPackage(NotebookError):
    """A case package is damaged, truncated, or was altered on its way (or its signature
    does not match the sender it names)."""


class NotAddressedHere(NotebookError):
    """A case package was sealed to another notebook's key: this one cannot open it."""


class WrongSender(NotebookError):
    """A case package is signed by a notebook other than the one expected to send it."""


class NotebookInUse(NotebookError):
    """Another process has the notebook open for writing."""


class UnsupportedFormat(NotebookError):
    """The notebook was written by a newer version of the program, or is not a notebook."""


class UnsupportedEngine(NotebookError):
    """The SQLCipher build is too old or uses a crypto provider we do not trust."""


class NotFound(NotebookError):
    """No record, link or notebook with that identity."""


class InvalidInput(NotebookError):
    """A value the core refuses; `field` names what was wrong when one field is to blame."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InUse(InvalidInput):
    """A record cannot be deleted while other records refer to it."""


class TransactionAborted(NotebookError):
    """A change inside a group of changes failed, so none of the group was kept."""


class Cancelled(NotebookError):
    """The user cancelled a long operation."""


class WriteFailed(NotebookError):
    """A file could not be written (a full disk, a failing or read-only one): `what` names
    it and `why` says what the system answered, both in words. Nothing of it was kept."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what} could not be written: {why}")
        self.what = what
        self.why = why

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.what, self.why))
