"""The PySide6 desktop program: it calls the notebook core, never SQL."""
