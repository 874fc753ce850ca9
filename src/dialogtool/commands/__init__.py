"""Command-line subcommands; each module has ``register(subparsers)`` and imports no Qt.

They are imported only when a command (or ``--help``) is asked for: some import
numpy and the importer, which the desktop app must not wait for at start-up.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The command's name on the command line -> its module in this package.
COMMAND_MODULES: dict[str, str] = {
    "schema": "schema",
    "list": "listing",
    "questions": "questions",
    "inspect": "inspect",
    "screenshots": "screenshots",
    "export": "export",
    "new": "new",
    "bin": "bin",
}


def load_commands() -> tuple[ModuleType, ...]:
    return tuple(
        importlib.import_module(f"dialogtool.commands.{module}")
        for module in COMMAND_MODULES.values()
    )
