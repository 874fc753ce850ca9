"""*Siden sidst* on the room's screen: each entry hangs from its mark, and all of it is seen.

The indicator's line under an action ("Andel af …: 41 % (nov. 2024) → 47,5 % (jan.
2025), +6,5 ▲") wrapped back to the left edge, under the mark, and the list was
cut at the slide's foot.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from dialogtool.core.record import IndicatorReading, PhaseId, ReviewItem, ReviewStatus

from .conftest import Running

NAME = (
    "Andel af borgere på kontanthjælp, der er kommet i ordinær beskæftigelse inden for seks måneder"
)
UNIT = "procent af de aktivt jobparate"


def _review(number: int, status: ReviewStatus | None) -> ReviewItem:
    return ReviewItem(
        action_id=f"a{number}",
        meeting_id="earlier",
        meeting_date=date(2025, 1, 6),
        text="Vi ringer til alle nye borgere inden for de første fem hverdage og aftaler en samtale",
        owner="Mette Sørensen",
        status=status,
        indicator_id="x",
        then=IndicatorReading(name=NAME, unit=UNIT, period="2024M11", value=41.0),
        now=IndicatorReading(name=NAME, unit=UNIT, period="2025M01", value=47.5),
    )


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_each_review_line_hangs_from_its_mark_and_is_whole(
    running: Running, size: tuple[int, int]
) -> None:
    view, presenter = running.view, running.presenter
    session = view.session
    statuses = (ReviewStatus.DONE, ReviewStatus.IN_PROGRESS, None)
    session.record.reviews = [_review(n, s) for n, s in enumerate(statuses)]
    session.start_meeting()
    presenter.start(from_start=False)
    audience = presenter.audience
    audience.resize(*size)
    view.go_to(PhaseId.REVIEW.value)
    for _ in range(4):
        QApplication.processEvents()

    listing = audience.action_list
    model = audience.action_model
    assert model.rowCount() == 3
    assert all("→" in model.item(row).text() for row in range(3)), "the movement is there"
    window = QRect(QPoint(0, 0), audience.size())
    shown = QRect(listing.mapTo(audience, QPoint(0, 0)), listing.size())
    assert window.contains(shown), "the list ends on the screen"
    picture = listing.viewport().grab().toImage()
    metrics = QFontMetrics(listing.font())
    mark_column = max(metrics.horizontalAdvance(mark) for mark in "✓…•")
    for row in range(3):
        entry = listing.visualRect(model.index(row, 0))
        assert listing.viewport().rect().contains(entry), f"entry {row} is cut"
        # Below the entry's first line, the mark's column is empty: every wrapped line
        # and the indicator's line start under the text.
        first_line_end = entry.top() + 4 + metrics.lineSpacing()
        assert entry.bottom() - first_line_end > 2 * metrics.lineSpacing(), "it wraps"
        ink = [
            (x, y)
            for y in range(first_line_end, entry.bottom() - 2)
            for x in range(entry.left(), entry.left() + mark_column)
            if picture.pixelColor(x, y).lightness() < 128
        ]
        assert not ink, f"entry {row}: a line starts under the mark at {ink[:3]}"
    presenter.stop()
