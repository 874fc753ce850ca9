"""Framing: the meeting opens by telling the group purpose and outcome (FUP)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from dialogtool.core.framing import framing_line
from dialogtool.core.labels import agenda_title
from dialogtool.ui import labels
from dialogtool.ui.language import ui_lang
from dialogtool.ui.pages.base import Page, heading
from dialogtool.ui.session import MeetingSession


class FramingPage(Page):
    def __init__(self, session: MeetingSession) -> None:
        super().__init__(
            session,
            self.tr("Rammesætning"),
        )
        # The page scrolls: with the menu bar a 768-pixel screen is a few pixels short
        # of a long process list (tests/presenter/test_fits_small_screens.py).
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self.layout_.spacing())
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Rammesætning"))  # focusable, to scroll by keyboard
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)
        column.addWidget(heading(self.tr("Formål"), 2))
        self.purpose = QLabel()
        self.purpose.setObjectName("bigText")
        self.purpose.setWordWrap(True)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)  # the record's text is not markup
        column.addWidget(self.purpose)
        column.addWidget(heading(self.tr("Udbytte"), 2))
        self.outcome = QLabel()
        self.outcome.setObjectName("bigText")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # the record's text is not markup
        column.addWidget(self.outcome)
        self.stance = QLabel()
        self.stance.setObjectName("stance")
        self.stance.setWordWrap(True)
        column.addWidget(self.stance)
        column.addWidget(heading(self.tr("Proces"), 2))
        self.process = QLabel()
        self.process.setWordWrap(True)
        self.process.setTextFormat(Qt.TextFormat.PlainText)  # the record's text is not markup
        column.addWidget(self.process)
        column.addStretch(1)

    def refresh(self) -> None:
        super().refresh()
        record = self.session.record
        fup = record.fup
        missing = self.tr("(ikke udfyldt under forberedelsen)")
        self.purpose.setText(fup.purpose or missing)
        self.outcome.setText(fup.outcome or missing)
        self.stance.setText(
            self.tr("<b>%1:</b> %2<br>Du tager udgangspunkt i: <b>%3</b>")
            .replace("%1", labels.role(record.leader_role))
            .replace("%2", framing_line(record.leader_role, record.kind, ui_lang()))
            .replace("%3", labels.domain(record.starting_domain))
        )
        self.process.setText(
            "\n".join(
                f"• {agenda_title(item, ui_lang())} ({item.minutes} min)" for item in fup.process
            )
            or missing
        )
