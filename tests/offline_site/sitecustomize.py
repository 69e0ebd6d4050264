"""Cuts the network off in every Python child a test starts (tests/conftest.py puts this
folder on PYTHONPATH): the same guard as the test process itself, from tests/offline.py."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_case_notebook_offline", Path(__file__).resolve().parent.parent / "offline.py"
)
_offline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_offline)
_offline.cut_off_network()
