"""Case Notebook's core: an encrypted notebook of cases, usable without any user interface."""

from __future__ import annotations

from .errors import (
    Cancelled,
    DamagedBackup,
    DamagedNotebook,
    DamagedPackage,
    InUse,
    InvalidInput,
    NotAddressedHere,
    NotebookError,
    NotebookInUse,
    NotFound,
    TransactionAborted,
    UnsupportedEngine,
    UnsupportedFormat,
    WriteFailed,
    WrongPassphrase,
    WrongSender,
)
from .notebook import Notebook, VerifyReport

__all__ = [
    "Cancelled",
    "DamagedBackup",
    "DamagedNotebook",
    "DamagedPackage",
    "InUse",
    "InvalidInput",
    "NotAddressedHere",
    "NotFound",
    "Notebook",
    "NotebookError",
    "NotebookInUse",
    "TransactionAborted",
    "UnsupportedEngine",
    "UnsupportedFormat",
    "VerifyReport",
    "WriteFailed",
    "WrongPassphrase",
    "WrongSender",
]
