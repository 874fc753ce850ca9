"""The frozen program's entry point: the same as the ``dialogtool`` console script.

One hidden first argument, ``--frozen-self-check``, runs packaging/selfcheck.py
instead (tests/app/test_frozen.py and scripts/build_app.py use it).
"""

import sys

from dialogtool.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--frozen-self-check"]:
        from selfcheck import main as self_check

        sys.exit(self_check(sys.argv[2:]))
    sys.exit(main())
