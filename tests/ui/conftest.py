"""Fixtures for the desktop program's tests: Qt runs offscreen unless told otherwise."""

from __future__ import annotations

import os

# Before any QApplication exists: tests need no screen, and must not pop windows up on one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
