"""``dialogtool screenshots OUTDIR``: the audience and presenter windows as PNG files.

Renders the example meeting on the demo dataset, for each phase: the audience
window at 1024×768 and 1920×1080 and the presenter window at 1024×768 and
1280×800, each image exactly its named size. Needs no
display: Qt renders offscreen (unless QT_QPA_PLATFORM names another platform
and a display is there). Qt is
imported only when the command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from dialogtool.core.record import PhaseId


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "screenshots",
        help="render the audience and presenter windows of each phase to PNG files",
    )
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--phase",
        action="append",
        choices=[p.value for p in PhaseId],
        help="only this phase (repeatable; default: every phase of the example meeting)",
    )
    parser.add_argument(
        "--one-to-one",
        action="store_true",
        help="the example as a 1:1 with one employee (files named 1to1-…)",
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        default="da",
        help="the UI's language in the pictures (default: da)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QSettings

    from dialogtool.ui.preferences import LANGUAGE, preferences
    from dialogtool.ui.presenter.screenshots import render_screenshots

    with tempfile.TemporaryDirectory() as settings_dir:
        # The leader's own presenting preferences must not change the pictures.
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_dir)
        preferences().set(LANGUAGE, args.lang)
        phases = [PhaseId(p) for p in args.phase] if args.phase else None
        written = render_screenshots(args.outdir, phases, one_to_one=args.one_to_one)
    for path in written:
        print(path)
    return 0
