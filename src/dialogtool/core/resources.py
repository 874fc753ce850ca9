"""Access to the files shipped inside the package (``dialogtool/resources``).

A wheel carries the top-level ``resources/`` folder as package data. An
editable install (``pip install -e .``) does not copy it, so there we fall back
to the checkout's own ``resources/`` beside ``src/`` — located from this file,
never from the current directory.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def resource_root() -> Traversable:
    packaged = resources.files("dialogtool").joinpath("resources")
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("dialogtool's resources are missing; reinstall the package")


def resource_dir(name: str) -> Traversable:
    return resource_root().joinpath(name)


def json_files(name: str) -> list[Traversable]:
    """The ``*.json`` files in a resource folder, in a stable order."""
    folder = resource_dir(name)
    return sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
