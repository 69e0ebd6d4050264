"""Keeps Python's None alive under PySide6 6.12 on Python 3.11 (see `protect_none`)."""

from __future__ import annotations

import ctypes
import sys

# As many references as Python 3.12 gives its immortal objects: no session can use them up.
SPARE_REFERENCES = 1 << 60


def protect_none() -> bool:
    """Give None enough spare references that it can never be freed; True if that was needed.

    PySide6 6.12.0 on Python 3.11 gives back one reference to None too many on every call
    that returns nothing (QWidget.update, QLabel.setText, QPainter.drawLine …; measured here:
    1,000 calls, 1,000 references lost). Python 3.11 still counts None's references, and when
    the count reaches zero it aborts the whole program ("deallocating None"). The timeline
    draws thousands of shapes a frame, so a defender would lose the program within minutes.
    Python 3.12 made None immortal by giving it a huge count; this does the same on 3.11.
    Nothing else changes: None is never freed in a running interpreter anyway.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # In CPython 3.11 the reference count is the first field of every object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < SPARE_REFERENCES:
        count.value += SPARE_REFERENCES
    return True
