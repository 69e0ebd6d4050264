"""None outlives PySide6 calls that give back one reference to it too many."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from ui.none_guard import SPARE_REFERENCES, protect_none

needs_counted_none = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12"
)


def test_none_survives_many_calls_that_return_nothing(qapp):
    widget = QWidget()
    for _ in range(300_000):  # more references than None holds without the guard
        widget.update()
    assert None is None  # still here: a freed None aborts the interpreter before this line


@needs_counted_none
def test_importing_the_desktop_program_gives_none_its_spare_references():
    assert sys.getrefcount(None) > SPARE_REFERENCES // 2


@needs_counted_none
def test_protecting_twice_does_not_add_twice():
    protect_none()
    protect_none()
    assert sys.getrefcount(None) < 2 * SPARE_REFERENCES
