"""A date field that takes what Danes type and never drops it silently.

``15.01.2027``, ``15.1.27``, ``15/1``, ``15/1-2027`` … (see ``core.dates``) are
read when typing is finished and then shown as ``15.01.2027``; a calendar pops up
from the field's button (or Alt+Down). Text that is not a date stays in the
field, marked, with the reason in its tooltip and in ``problemChanged``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from dialogtool.core.dates import format_date, parse_date
from dialogtool.ui.theme import set_style_state


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#444444"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#0072B2"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#444444"))
    painter.end()
    return QIcon(pixmap)


class DateEdit(QLineEdit):
    #: The user settled on a date (typed, or picked in the calendar), or emptied the field.
    dateEdited = Signal(object)
    #: Why the text is not a date ("" once it is fine again).
    problemChanged = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._value: dt.date | None = None
        self._problem = ""
        self.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Vælg i kalenderen"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(lambda _text: self._set_problem(""))

    def date(self) -> dt.date | None:
        """The date the text means now (``None`` when empty or not a date)."""
        return parse_date(self.text(), self._today())

    def problem(self) -> str:
        return self._problem

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (no signal: this is the record speaking, not the user)."""
        self._value = value
        self.setText(format_date(value) if value else "")
        self._set_problem("")

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            # A child of the field, so a table's editor stays open while it is in use.
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        shown = self.date() or self._value or self._today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _picked(self, value: QDate) -> None:
        assert self.calendar is not None
        self.calendar.hide()
        self.setText(format_date(dt.date(value.year(), value.month(), value.day())))
        self.setFocus()
        self.commit()

    def commit(self) -> None:
        """Read the text as the user left it: show it as a date, or say why it is not one."""
        text = self.text().strip()
        value = self.date()
        if text and value is None:
            self._set_problem(
                self.tr("»%1« er ikke en dato. Skriv fx 15.01.2027, 15.1.27 eller 15/1.").replace(
                    "%1", text
                )
            )
            return
        self._set_problem("")
        if value is not None:
            self.setText(format_date(value))
        if value != self._value:
            self._value = value
            self.dateEdited.emit(value)

    def _set_problem(self, problem: str) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        set_style_state(self, "invalid", bool(problem))
        self.setToolTip(problem)
        self.setStatusTip(problem)
        self.problemChanged.emit(problem)
