"""Command line entry point: ``dialogtool [options] [command]``.

Without a command it starts the desktop app. Commands never import Qt, so they
work on a machine without a display; each lives in ``dialogtool.commands``.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from dialogtool import __version__
from dialogtool.commands import COMMAND_MODULES, load_commands
from dialogtool.core.atomic import keep_new_files_private


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
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
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="quit right after the first paint of the main window (benchmarks, smoke tests)",
    )
    if with_commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for command in load_commands():
            command.register(sub)
    return parser


def _wants_command(argv: Sequence[str]) -> bool:
    """A command or the help is asked for; else the desktop app starts without loading them."""
    return any(arg in COMMAND_MODULES or arg in ("-h", "--help") for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    keep_new_files_private()  # every file and folder the program writes, whatever the umask
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=_wants_command(arguments))
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is not None:
        result: int = handler(args)
        return result
    # Start-up allocates what lives as long as the app (modules, classes, the window):
    # the collector would only walk it; it resumes after the first paint (``ui.app``).
    gc.disable()
    from dialogtool.ui.app import run_app  # Qt only when the GUI is wanted

    try:
        return run_app(
            data_dir=args.data_dir,
            demo=args.demo,
            qt_args=sys.argv[:1],
            exit_after_startup=args.exit_after_startup,
        )
    finally:
        gc.enable()  # had start-up failed before its first paint
