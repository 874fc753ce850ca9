"""The core and the command line stay free of Qt, so they run without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import dialogtool.core


def test_core_and_cli_import_without_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(dialogtool.core.__path__, "dialogtool.core.")]
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {[*modules, 'dialogtool.cli', 'dialogtool.commands']!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "", f"Qt was imported: {result.stdout}"
