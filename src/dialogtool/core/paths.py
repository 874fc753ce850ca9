"""Where dialogtool keeps its files on this machine."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "dialogtool"
DATA_DIR_ENV = "DIALOGTOOL_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir`` wins, then ``DIALOGTOOL_DATA_DIR``, then the OS default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def meetings_dir(root: Path) -> Path:
    return root / "meetings"


def landscapes_dir(root: Path) -> Path:
    """The teams' data landscapes (one JSON file per team)."""
    return root / "landscapes"


CACHE_DIR_ENV = "DIALOGTOOL_CACHE_DIR"


def cache_dir() -> Path:
    """Rebuildable files (the history index): ``DIALOGTOOL_CACHE_DIR``, else the OS cache folder."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def bin_dir(root: Path) -> Path:
    """Deleted meetings, beside the meetings folder, until the leader restores them."""
    return root / "bin"
