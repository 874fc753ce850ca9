"""The stepping-stone report on the room's screen: every stone in one readable grid.

Shown in the audience window in place of the slide (its stacked layout takes one
more page) until the leader goes back; black and white screens still cover it.
Only what the room may see is shown: the numbers, the direction and the actions
agreed, no notes. Sizes follow the room's window like the slides' do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from dialogtool.core.i18n import Lang
from dialogtool.core.stepping_stone_report import StoneRow, word
from dialogtool.ui.presenter.audience import ACCENT, AudienceWindow
from dialogtool.ui.presenter.fit import SMALLEST

#: Point sizes at 1024×768, as the slides' SIZES.
TITLE_POINTS = 22
CELL_POINTS = 13
#: With room on the screen the type grows up to this many times those sizes: eight stones
#: in 13 pt filled the top third of a 1024×768 projector, too small to read at the back.
GROW = 2.0
GOOD, FOCUS = "#1b6e3a", "#9a3412"
#: The trend's columns: its arrow, then its text; the actions agreed after them.
TREND, AGREED = 2, 4


class RoomReport(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("roomReport")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        column = QVBoxLayout(self)
        column.setContentsMargins(36, 24, 36, 24)
        column.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("roomReportTitle")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        column.addLayout(self.grid)
        column.addStretch(1)

    def show_rows(
        self, title: str, rows: Sequence[StoneRow], lang: Lang, unit: float, size: QSize
    ) -> None:
        """The stones in the largest type (up to ``GROW`` times ``unit``) that fits ``size``."""
        self.setStyleSheet(
            f"#roomReport {{ background: white; }}"
            f"#roomReportTitle {{ color: {ACCENT}; }}"
            "QLabel { color: #1a1a1a; }"
            f"QLabel[head='true'] {{ color: {ACCENT}; }}"
            f"QLabel[good='true'] {{ color: {GOOD}; }} QLabel[good='false'] {{ color: {FOCUS}; }}"
        )
        self.title.setText(title)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        heads = [word(k, lang) for k in ("stone", "latest", "trend", "agreed")]
        for column, text in zip((0, 1, TREND, AGREED), heads, strict=True):
            self._cell(0, column, text, head=True, span=2 if column == TREND else 1)
        for row, stone in enumerate(rows, start=1):
            self._cell(row, 0, stone.name, head=True)
            latest = stone.latest + (f"\n{stone.against_target}" if stone.against_target else "")
            self._cell(row, 1, latest, good=stone.good)
            # The arrow in a column of its own: every line of the trend, wrapped or not,
            # starts under the text, not under the arrow.
            self._cell(row, TREND, "↑" if stone.arrow > 0 else "↓" if stone.arrow < 0 else "")
            self._cell(row, TREND + 1, "\n".join(x for x in (stone.direction, stone.reached) if x))
            self._cell(row, AGREED, stone.agreed or word("none", lang))
        agreed = 3 if any(stone.agreed for stone in rows) else 1  # only dashes: little room
        for column, stretch in enumerate((3, 3, 0, 3, agreed)):
            self.grid.setColumnStretch(column, stretch)
        self._fit_type(unit, size)

    def _fit_type(self, unit: float, size: QSize) -> None:
        """The largest type, up to ``GROW`` times ``unit``, at which the report fits ``size``."""
        layout = self.layout()
        assert layout is not None

        def measure(factor: float) -> int:
            self._style(unit * factor)
            self.grid.invalidate()  # it keeps its height for a width until told
            layout.invalidate()
            return layout.heightForWidth(size.width())

        # Wrapped cells grow faster than their type: halve the interval between a size
        # that fits and one that does not, rather than guess from the missing height.
        low, high = SMALLEST, GROW
        if measure(high) <= size.height():
            return
        for _ in range(7):
            middle = (low + high) / 2
            if measure(middle) <= size.height():
                low = middle
            else:
                high = middle
        measure(low)

    def _style(self, unit: float) -> None:
        """Type sizes set on each label: a style sheet's sizes changed again and again on
        a hidden page did not reach the labels' fonts, and the fitting measured stale ones."""
        for label in self.findChildren(QLabel):
            font = QFont(self.font())
            title = label is self.title
            font.setPointSizeF((TITLE_POINTS if title else CELL_POINTS) * unit)
            font.setBold(title or bool(label.property("head")))
            label.setFont(font)

    def _cell(
        self,
        row: int,
        column: int,
        text: str,
        *,
        head: bool = False,
        good: bool | None = None,
        span: int = 1,
    ) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setProperty("head", head)
        if good is not None:
            label.setProperty("good", good)
        self.grid.addWidget(label, row, column, 1, span)
        # Shown now, not on the next event-loop turn: the type is fitted to what the cells
        # measure at once.
        label.setVisible(True)


def show_report(
    audience: AudienceWindow, title: str, rows: Sequence[StoneRow], lang: Lang
) -> RoomReport:
    """Put the report on the room's screen (made the first time)."""
    report = audience.findChild(RoomReport)
    if report is None:
        report = RoomReport()
        audience.stack.addWidget(report)
    report.show_rows(title, rows, lang, audience.unit(), audience.size())
    audience.stack.setCurrentWidget(report)
    return report


def hide_report(audience: AudienceWindow) -> None:
    """Back to the slide (or to the black or white screen the leader chose), if it was shown."""
    if isinstance(audience.stack.currentWidget(), RoomReport):
        audience.set_blank(audience.blank_mode)
