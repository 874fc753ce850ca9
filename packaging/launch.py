"""The frozen program's entry point: the same as the ``dialogtool`` console script."""

import sys

from dialogtool.cli import main

if __name__ == "__main__":
    sys.exit(main())
