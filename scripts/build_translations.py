"""Update the translation sources from the code and compile them for shipping.

Our UI texts are written in Danish (the source language of every ``tr()``), so
only the other languages have a ``.ts`` file: ``resources/translations/
dialogtool_<lang>.ts``. This script runs ``pyside6-lupdate`` over every module
of ``src/dialogtool`` - the UI's ``tr()`` texts and the core's messages, marked
with ``QT_TRANSLATE_NOOP(context, source)`` in plain Python (``core/catalogue.py``;
lupdate reads the call only with two string literals) - so one file holds both
(new texts appear as unfinished, vanished ones are dropped, translations are kept),
then ``pyside6-lrelease`` to the ``.qm`` files shipped in the package. Translate
in between with ``pyside6-linguist`` or by editing the ``.ts`` (XML).

Run: python scripts/build_translations.py      (``--compile-only`` skips lupdate)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "dialogtool"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """A Qt tool from PySide6: beside this Python first (a venv), else on PATH."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"dialogtool_{lang}.ts"


def update(lang: str) -> None:
    """Collect the texts of the code into the language's .ts, keeping its translations."""
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    target = str(ts_file(lang).relative_to(ROOT))
    subprocess.run(
        [
            tool("lupdate"),
            *("-silent", "-locations", "none", "-no-obsolete"),
            *("-source-language", "da_DK", "-target-language", lang),
            *sources,
            *("-ts", target),
        ],
        check=True,
        cwd=ROOT,
    )


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="do not run lupdate")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        if not args.compile_only:
            update(lang)
        compile_ts(ts_file(lang), ts_file(lang).with_suffix(".qm"))
        print(ts_file(lang).with_suffix(".qm").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
