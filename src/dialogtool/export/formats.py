"""Every export format of a meeting's summary as bytes: one place for the UI and the CLI.

The charts are drawn here (Qt), so the caller needs a QGuiApplication
(``export.qt.ensure_gui_app``); the renderers themselves live in ``core.summary``.
"""

from __future__ import annotations

from typing import Final, Literal

from dialogtool.core.i18n import Lang
from dialogtool.core.record import MeetingRecord
from dialogtool.core.summary import SummaryOptions, build_summary, render_html, render_markdown
from dialogtool.core.summary.ics import render_ics
from dialogtool.core.summary.word import render_docx
from dialogtool.export.chart import chart_data_uri, chart_png
from dialogtool.export.pdf import render_pdf

Format = Literal["md", "html", "pdf", "docx", "ics"]
FORMATS: Final[tuple[Format, ...]] = ("pdf", "docx", "md", "html", "ics")


def export_bytes(record: MeetingRecord, fmt: Format, lang: Lang, options: SummaryOptions) -> bytes:
    if fmt == "ics":
        return render_ics(record, lang)
    doc = build_summary(record, lang, options)
    if fmt == "md":
        return render_markdown(doc).encode("utf-8")
    if fmt == "html":
        return render_html(doc, lambda chart: chart_data_uri(chart, lang)).encode("utf-8")
    if fmt == "docx":
        return render_docx(doc, lambda chart: chart_png(chart, lang))
    return render_pdf(doc)
