"""The stepping-stone report on the room's screen: every stone in one readable grid.

Shown in the audience window in place of the slide (its stacked layout takes one
more page) until the leader goes back; black and white screens still cover it.
Only what the room may see is shown: the numbers, the direction and the actions
agreed, no notes. Sizes follow the room's window like the slides' do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from dialogtool.core.i18n import Lang
from dialogtool.core.stepping_stone_report import StoneRow, word
from dialogtool.ui.presenter.audience import ACCENT, AudienceWindow

#: Point sizes at 1024×768, as the slides' SIZES.
TITLE_POINTS = 22
CELL_POINTS = 13
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

    def show_rows(self, title: str, rows: Sequence[StoneRow], lang: Lang, unit: float) -> None:
        self.setStyleSheet(
            f"#roomReport {{ background: white; }}"
            f"#roomReportTitle {{ color: {ACCENT}; font-size: {TITLE_POINTS * unit:.1f}pt;"
            " font-weight: bold; }"
            f"QLabel {{ font-size: {CELL_POINTS * unit:.1f}pt; color: #1a1a1a; }}"
            f"QLabel[head='true'] {{ color: {ACCENT}; font-weight: bold; }}"
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
        for column, stretch in enumerate((3, 3, 0, 3, 4)):
            self.grid.setColumnStretch(column, stretch)

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


def show_report(
    audience: AudienceWindow, title: str, rows: Sequence[StoneRow], lang: Lang
) -> RoomReport:
    """Put the report on the room's screen (made the first time)."""
    report = audience.findChild(RoomReport)
    if report is None:
        report = RoomReport()
        audience.stack.addWidget(report)
    report.show_rows(title, rows, lang, audience.unit())
    audience.stack.setCurrentWidget(report)
    return report


def hide_report(audience: AudienceWindow) -> None:
    """Back to the slide (or to the black or white screen the leader chose), if it was shown."""
    if isinstance(audience.stack.currentWidget(), RoomReport):
        audience.set_blank(audience.blank_mode)
