"""Small export files for the data UI tests, and waiting for an import to end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.ui.importing.flow import ImportFlow
from dialogtool.ui.importing.reading_dialog import ReadingDialog


def write_unsure(path: Path, month: int = 1) -> Path:
    """Headers that say little: the importer cannot be sure which column is what."""
    lines = ["Navn;Enhed;Hvornår;Tal"]
    for name, unit, value in (
        ("Løntimer", "Nord", "12,5"),
        ("Løntimer", "Syd", "10"),
        ("Kontakter", "Nord", "3"),
        ("Kontakter", "Syd", "4"),
    ):
        lines.append(f"{name};{unit};2024M{month:02d};{value}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_confident(path: Path, extra: list[str] | None = None) -> Path:
    """A long export with Danish headers the importer recognises."""
    lines = ["Indikator;Team;Periode;Værdi;Mål"]
    for month in range(1, 13):
        lines.append(f"Jobsamtaler (%);Team Nord;2024M{month:02d};{80 + month},5;90")
        lines.append(f"Jobsamtaler (%);Team Syd;2024M{month:02d};{75 + month},0;90")
        lines.append(f"Virksomhedsbesøg;Team Nord;2024M{month:02d};{20 + month};25")
    path.write_text("\n".join(lines + (extra or [])) + "\n", encoding="utf-8")
    return path


def summary_shown(qtbot: QtBot, flow: ImportFlow) -> ReadingDialog | None:
    """Wait until "Sådan læste jeg filen" is shown (None: the flow ended without it)."""

    def shown() -> bool:
        dialog = flow.reading_dialog
        return flow.done or (dialog is not None and dialog.isVisible())

    qtbot.waitUntil(shown, timeout=10_000)
    return None if flow.done else flow.reading_dialog


def finish(qtbot: QtBot, flow: ImportFlow) -> None:
    """Wait until the flow is over (loaded, refused or cancelled); the summary is accepted."""
    dialog = summary_shown(qtbot, flow)
    if dialog is not None:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.done, timeout=10_000)
    data = flow.window.data  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: data.keeping is None, timeout=10_000)  # the kept copy is written
