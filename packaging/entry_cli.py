"""The frozen program's entry: the same `casenotebook` command the installed package has."""

import sys

from notebook.cli import main

if __name__ == "__main__":
    sys.exit(main())
