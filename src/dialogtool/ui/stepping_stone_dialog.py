"""The stepping-stone report on the leader's screen, as a PDF page and on the room's screen.

Reached from the start screen (*Trædestensrapport …*) and from a meeting (F3):
choose the team, read its 7–8 stepping stones in one table, save it as a PDF
page, or show it to the room when a meeting is being presented.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.logs import log_exception
from dialogtool.core.record import MeetingRecord
from dialogtool.core.stepping_stone_report import StoneRow, report_document, team_rows
from dialogtool.core.summary import SummaryDoc, render_html
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.tasks import BackgroundTask, Progress

if TYPE_CHECKING:
    from dialogtool.core.dataset import Dataset

#: Shows the report in the room: (title, rows); None when no meeting is presented.
RoomShow = Callable[[str, list[StoneRow]], None]


class SteppingStoneDialog(QDialog):
    def __init__(
        self,
        dataset: Dataset,
        records: Callable[[str], Iterable[MeetingRecord]],
        parent: QWidget | None = None,
        *,
        team: str = "",
        room: RoomShow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("steppingStoneReport")
        self.setWindowTitle(self.tr("Trædestensrapport"))
        self.resize(900, 600)
        self.dataset = dataset
        self.records = records
        self.room = room
        self.rows: list[StoneRow] = []
        self.doc: SummaryDoc | None = None
        #: The PDF being written, while it is.
        self.saving: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Team:")))
        self.team = QComboBox()
        self.team.setObjectName("reportTeam")
        self.team.setAccessibleName(self.tr("Team"))
        for name in dataset.teams() or dataset.groups:
            self.team.addItem(name)
        if team and self.team.findText(team) >= 0:
            self.team.setCurrentIndex(self.team.findText(team))
        row.addWidget(self.team, 1)
        layout.addLayout(row)
        self.text = QTextBrowser()
        self.text.setObjectName("reportText")
        self.text.setAccessibleName(self.tr("Trædestensrapporten"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.pdf_button = QPushButton(self.tr("Gem som PDF …"))
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.room_button = QPushButton(self.tr("Vis på skærmen"))
        self.room_button.setObjectName("reportRoom")
        self.room_button.setEnabled(room is not None)
        self.room_button.setToolTip(
            self.tr("Vis rapporten for gruppen") if room else self.tr("Kun under et møde")
        )
        self.room_button.clicked.connect(self.show_in_room)
        buttons.addButton(self.room_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.team.currentIndexChanged.connect(self.refresh)
        self.refresh()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def refresh(self) -> None:
        lang = ui_lang()
        team = self.team.currentText()
        self.rows = team_rows(self.dataset, team, self.records(team), lang)
        self.doc = report_document(self.rows, team, self.dataset.name, lang)
        self.text.setHtml(render_html(self.doc))

    def pdf_bytes(self) -> bytes:
        from dialogtool.export.pdf import render_pdf

        assert self.doc is not None
        return render_pdf(self.doc, landscape=True)

    def save_pdf(self) -> BackgroundTask | None:
        """Ask where, then lay the page out and write it on the background runner: the
        tagged PDF's first layout takes about a second (docs/performance.md)."""
        name = f"{self.tr('traedestensrapport')}-{self.team.currentText()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem som PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path or self.doc is None:
            return None
        doc, target = self.doc, Path(path)

        def work(_progress: Progress) -> None:
            from dialogtool.export.pdf import render_pdf

            atomic_write_bytes(target, render_pdf(doc, landscape=True))

        self.pdf_button.setEnabled(False)
        self.saving = BackgroundTask(work, self)
        self.saving.failed.connect(self._save_failed)
        self.saving.done.connect(self._saved)
        self.saving.start()
        return self.saving

    def _saved(self) -> None:
        self.pdf_button.setEnabled(True)
        self.saving = None

    def _save_failed(self, exc: object) -> None:
        if isinstance(exc, Exception):
            log_exception("Saving the stepping-stone report failed", exc)
            sentence = failure_sentence(exc, ui_lang())
            show_failure(
                self, self.tr("Gem som PDF"), self.tr("Rapporten blev ikke gemt.") + " " + sentence
            )

    def show_in_room(self) -> None:
        if self.room is not None and self.doc is not None:
            self.room(self.doc.title, self.rows)
