"""The four views of an indicator on the data page, and the details table at 100,000 rows."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.data import DataPage
from dialogtool.ui.views.details import DetailsView
from dialogtool.ui.views.panel import VIEWS
from dialogtool.ui.views.table_model import Column


def data_page(window: MainWindow) -> DataPage:
    view = window.new_meeting("team-meeting")
    view.go_to("data")
    page = view.current_page()
    assert isinstance(page, DataPage)
    return page


def coloured_pixels(widget: pg.PlotWidget) -> int:
    image = widget.grab().toImage()
    white = QColor("white").rgb()
    step = 4
    return sum(
        image.pixel(x, y) != white
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_each_view_shows_the_demo_indicator_with_its_context(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = data_page(window)
    page.select_indicator("rettidige-jobsamtaler")
    views = page.views
    context = page.context.text()
    for number, key in enumerate(VIEWS):
        qtbot.mouseClick(views.buttons.button(number), Qt.MouseButton.LeftButton)
        assert views.current_view() == key
        assert page.context.text() == context, "every view keeps source, date and definition"
    assert "Kilde: Jobindsats.dk" in context and "Definition:" in context

    trend = views.trend.getPlotItem()
    fills = [
        i for i in trend.items if isinstance(i, pg.FillBetweenItem) and i is not views.trend.band
    ]
    assert fills, "the area over and under the target is shaded"
    assert [g for g, _ in views.compare.bars] == ["Team Nord", "Team Syd", "Ungeteamet"]
    labels = [label for label, _ in views.latest.bars]
    assert (
        labels[0].startswith("Forrige") and labels[1].startswith("Seneste") and labels[2] == "Mål"
    )
    assert views.latest.bars[2][1] == 90.0
    assert views.details.model.rowCount() == 3 * 24
    for chart in (views.trend, views.compare, views.latest):
        views.stack.setCurrentWidget(chart)
        assert coloured_pixels(chart) > 200, f"{chart.objectName()} drew nothing"


def test_lower_is_better_swaps_the_shades(qtbot: QtBot, window: MainWindow) -> None:
    page = data_page(window)
    page.select_indicator("rettidige-jobsamtaler")
    snapshot = page._current().snapshot
    assert snapshot is not None
    trend = page.views.trend
    trend.show_snapshot(snapshot, "Team Nord")
    better = _swatch(trend, "Bedre end målet")
    trend.show_snapshot(snapshot.model_copy(update={"higher_is_better": False}), "Team Nord")
    assert _swatch(trend, "Bedre end målet") == better, "the legend keeps its meaning"
    fills = [
        i
        for i in trend.getPlotItem().items
        if isinstance(i, pg.FillBetweenItem) and i is not trend.band
    ]
    # Values under the target are now the good side: the first fill (over) takes the bad shade.
    assert fills[0].brush().color().rgb() != better


def _swatch(chart: pg.PlotWidget, name: str) -> int:
    for sample, label in chart.legend.items:
        if label.text == name:
            return int(pg.mkBrush(sample.item.opts["brush"]).color().rgb())
    raise AssertionError(name)


def test_details_table_sorts_and_filters_100k_rows(qtbot: QtBot) -> None:
    n = 100_000
    rng = np.random.default_rng(7)
    teams = np.asarray(["Team Nord", "Team Syd", "Ungeteamet", "Team Øst"], dtype=object)
    periods = np.asarray([f"2024-{m:02d}" for m in range(1, 13)], dtype=object)
    details = DetailsView()
    qtbot.addWidget(details)
    details.resize(800, 500)
    details.show()
    started = time.perf_counter()
    details.model.set_columns(
        [
            Column("Gruppe", teams[rng.integers(0, 4, n)]),
            Column("Periode", periods[rng.integers(0, 12, n)]),
            Column("Værdi", rng.normal(50, 10, n)),
        ]
    )
    details.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.keyClicks(details.filter_edit, "øst")
    elapsed = time.perf_counter() - started
    proxy = details.proxy
    shown = proxy.rowCount()
    assert 20_000 < shown < 30_000
    assert {proxy.index(r, 0).data() for r in range(50)} == {"Team Øst"}
    top = [float(proxy.index(r, 2).data().replace(".", "").replace(",", ".")) for r in range(50)]
    assert top == sorted(top, reverse=True)
    assert details.count_label.text().endswith(f"af {n:,} rækker".replace(",", "."))
    assert elapsed < 5.0, f"loading, sorting and filtering took {elapsed:.1f} s"


def test_a_setting_written_after_the_details_view_is_gone_reaches_no_dead_view(
    qtbot: QtBot,
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from dialogtool.ui.preferences import MASK_SMALL_NUMBERS, preferences

    details = DetailsView()
    details.show()
    details.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del details
    preferences().set(MASK_SMALL_NUMBERS, not preferences().get(MASK_SMALL_NUMBERS))
    qtbot.wait(1)  # an exception in the slot would be reported here
