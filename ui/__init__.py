"""The PySide6 desktop program: it calls the notebook core, never SQL."""

from .none_guard import protect_none

protect_none()  # before any Qt call: see ui/none_guard.py
