"""The Windows desktop entry: `casenotebook gui` without a console window beside it.

Built without a console, the process has no standard streams; a message meant for them
must not become a crash, so they point at the null device.
"""

import os
import sys

from notebook.cli import main

if __name__ == "__main__":
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process's life)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.exit(main(["gui"]))
