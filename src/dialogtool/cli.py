"""Command line entry point: ``dialogtool [options] [command]``.

Without a command it starts the desktop app. Commands never import Qt, so they
work on a machine without a display; each lives in ``dialogtool.commands``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dialogtool import __version__
from dialogtool.commands import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialogtool",
        description="Co-pilot for data-informed dialogues (datainformerede dialoger).",
    )
    parser.add_argument("--version", action="version", version=f"dialogtool {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for meeting records (default: DIALOGTOOL_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="start the app on the bundled demo dataset"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        result: int = handler(args)
        return result
    from dialogtool.ui.app import run_app  # Qt only when the GUI is wanted

    return run_app(data_dir=args.data_dir, demo=args.demo, qt_args=sys.argv[:1])
