"""Command-line subcommands; each module has ``register(subparsers)`` and imports no Qt."""

from __future__ import annotations

from types import ModuleType

from dialogtool.commands import export, inspect, listing, questions, schema, screenshots

COMMANDS: tuple[ModuleType, ...] = (schema, listing, questions, inspect, screenshots, export)
