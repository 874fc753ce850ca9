"""Test configuration: Qt runs offscreen with PySide6, whoever starts the tests."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ.pop("DIALOGTOOL_DATA_DIR", None)

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder for one test, also seen by code that reads the environment."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DIALOGTOOL_DATA_DIR", str(folder))
    return folder
