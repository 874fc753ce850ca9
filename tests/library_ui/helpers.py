"""Small helpers the library UI tests share."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.meeting_view import MeetingView

MakeWindow = Callable[[], MainWindow]


def saved_record(view: MeetingView) -> dict[str, Any]:
    """The meeting as it is on disk, after the pending edits were written."""
    session = view.session
    session.save_now()
    path = session.store.path_for(session.record.id)
    return json.loads(path.read_text(encoding="utf-8"))


def find_row(view: QAbstractItemView, text: str, column: int = 0) -> QModelIndex:
    """The index in ``column`` of the row of ``view`` whose text there contains ``text``."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if text in str(index.data(Qt.ItemDataRole.DisplayRole)):
            return index
    raise AssertionError(f"{text!r} is not listed")


def files_in(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
