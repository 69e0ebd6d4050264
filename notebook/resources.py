"""Where shipped data (vocabularies, templates, the demo case) lives, checked out or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout, inside the bundle when frozen."""
    # A PyInstaller build (packaging/) sets `sys._MEIPASS` to the folder holding its files
    # (`_internal/` beside the executable, `Contents/Frameworks` in a macOS app) and puts
    # resources/ there; the packages themselves live in an archive, not as files, so the path
    # is asked for rather than worked out from this module's location.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path below `resources/`, e.g. `resource_path("vocabularies", "risk_levels.json")`."""
    return resource_dir().joinpath(*parts)
