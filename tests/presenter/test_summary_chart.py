"""The summary draws each indicator as the room saw it last, with round values on its axis."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogtool.core.slides import DataView
from dialogtool.core.summary import SummaryOptions, build_summary
from dialogtool.core.summary.document import Chart
from dialogtool.export.chart import chart_image, value_ticks
from dialogtool.export.formats import export_bytes
from dialogtool.ui.pages.data import DataPage

from .conftest import Running


def _charts(running: Running) -> list[Chart]:
    doc = build_summary(running.view.session.record, "da")
    return [block for block in doc.blocks if isinstance(block, Chart)]


def _round(ticks: list[float]) -> bool:
    """Evenly spaced by 1, 2, 2.5 or 5 times a power of ten, each a whole number of steps."""
    step = ticks[1] - ticks[0]
    mantissa = step / 10 ** math.floor(math.log10(step))
    even = all(math.isclose(b - a, step) for a, b in itertools.pairwise(ticks))
    whole = all(math.isclose(t / step, round(t / step), abs_tol=1e-6) for t in ticks)
    return even and whole and any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5))


def test_the_summary_s_chart_is_the_view_and_team_the_room_saw_last(
    qtbot: QtBot, running: Running
) -> None:
    view, presenter = running.view, running.presenter
    presenter.start(from_start=False)
    view.go_to("data")
    page = view.pages["data"]
    assert isinstance(page, DataPage)
    page.indicator_view.setCurrentIndex(page.indicator_model.index(0, 0))
    indicator = view.session.indicator_id
    item = view.session.discussion()
    assert item is not None
    item.team_noticed = "Tallet er faldet"  # a discussed indicator is in the summary
    qtbot.mouseClick(page.views.buttons.button(1), Qt.MouseButton.LeftButton)  # Sammenlign
    qtbot.mouseClick(page.views.buttons.button(3), Qt.MouseButton.LeftButton)  # Detaljer
    chart = next(c for c in _charts(running) if c.snapshot.indicator_id == indicator)
    assert (chart.view, chart.group) == (DataView.COMPARE, "Team Nord")

    qtbot.mouseClick(page.views.buttons.button(2), Qt.MouseButton.LeftButton)  # Seneste
    chart = next(c for c in _charts(running) if c.snapshot.indicator_id == indicator)
    assert chart.view == DataView.LATEST
    presenter.stop()
    pdf = export_bytes(view.session.record, "pdf", "da", SummaryOptions())
    assert pdf.startswith(b"%PDF")


def test_every_view_s_value_axis_has_round_ticks(qtbot: QtBot, running: Running) -> None:
    running.view.session.record.indicators[0].team_noticed = "Noget"
    chart = _charts(running)[0]
    for shown in DataView.TREND, DataView.COMPARE, DataView.LATEST:
        drawn = Chart(chart.snapshot, chart.group, True, chart.caption, chart.trust, view=shown)
        ticks = value_ticks(drawn, "da")
        assert len(ticks) >= 3 and _round(ticks), (shown, ticks)
        assert not chart_image(drawn, "da").isNull()
