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
    "insight": "insight",
    "indsigt": "insight",
    "prune": "prune",
    "slet": "prune",
}


def load_commands() -> tuple[ModuleType, ...]:
    return tuple(  # a module named twice (a Danish alias) registers once
        importlib.import_module(f"dialogtool.commands.{module}")
        for module in dict.fromkeys(COMMAND_MODULES.values())
    )
