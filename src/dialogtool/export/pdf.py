"""The summary as a paged document: the PDF file, and the printout Qt paints.

``render_pdf`` writes a tagged PDF (``export.tagged_pdf``, WeasyPrint) wherever Pango
can be loaded, and falls back to Qt's untagged PDF where it cannot; the user is told.

For the printout (and that fallback) Qt lays the summary's HTML out in a QTextDocument
(charts as 300-dpi pictures) and this module paints it page by page, with the meeting's
title, date and team in a header and "Side n af m" in the footer. QPdfWriter embeds the
fonts used (subsets of them), so æ, ø and å read the same on any machine.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from dialogtool.core.catalogue import render
from dialogtool.core.summary.document import Chart, SummaryDoc
from dialogtool.core.summary.html import render_html
from dialogtool.core.summary.words import WORDS
from dialogtool.export.chart import chart_image
from dialogtool.export.tagged_pdf import MARGIN_MM, render_tagged_pdf, tagged_pdf_unavailable

RESOLUTION = 300
BODY_POINT_SIZE = 10
_log = logging.getLogger(__name__)


def text_document(doc: SummaryDoc) -> QTextDocument:
    """The summary laid out by Qt, its charts as image resources."""
    text = QTextDocument()
    font = QFont()
    font.setPointSize(BODY_POINT_SIZE)
    # Without ligatures "fl" stays two letters for a search or a copy out of the PDF.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    text.setDefaultFont(font)

    def source(chart: Chart) -> str:
        name = f"chart-{id(chart)}"
        text.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), chart_image(chart, doc.lang)
        )
        return name

    text.setHtml(render_html(doc, source, paged=True))
    return text


def render_pdf(doc: SummaryDoc, *, landscape: bool = False) -> bytes:
    """``doc`` as an A4 PDF; a wide table (the stepping-stone report) reads best ``landscape``.

    Tagged for screen readers (PDF/UA-1) where WeasyPrint and Pango load; else Qt's PDF,
    untagged, and ``tagged_pdf_unavailable()`` says why (the callers tell the user).
    """
    reason = tagged_pdf_unavailable()
    if reason is None:
        return render_tagged_pdf(doc, landscape=landscape)
    _log.info("The PDF is written by Qt, without tags: %s", reason)
    return render_qt_pdf(doc, landscape=landscape)


def render_qt_pdf(doc: SummaryDoc, *, landscape: bool = False) -> bytes:
    """``doc`` as an untagged A4 PDF painted by Qt (where no tagged PDF can be written)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(doc.title)
    writer.setCreator("dialogtool")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_pages(writer, doc)
    data: QByteArray = buffer.data()
    return bytes(data.data())


def keep_headings_with_next(text: QTextDocument, page_height: float) -> None:
    """Headings that would end a page start the next one, with what they head.

    A run of headings (a section's and its first indicator's) moves as one.
    """
    layout = text.documentLayout()

    def page(block: QTextBlock) -> float:
        return layout.blockBoundingRect(block).top() // page_height

    block = text.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 0:
            block = block.next()
            continue
        following = block.next()
        while following.isValid() and following.blockFormat().headingLevel() > 0:
            following = following.next()
        if following.isValid() and page(following) > page(block):
            moved = QTextBlockFormat()
            moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(moved)
        block = following


def paint_pages(device: QPagedPaintDevice, doc: SummaryDoc) -> int:
    """Paint ``doc`` on a PDF writer or a printer; the number of pages."""
    text = text_document(doc)
    area = device.pageLayout().paintRectPixels(device.logicalDpiY())
    # The text document lays out in screen units; the painter scales them to the device.
    screen = QGuiApplication.primaryScreen()
    scale = device.logicalDpiY() / (screen.logicalDotsPerInchY() if screen else 96.0)
    header = device.logicalDpiY() * 0.45  # inches of room for the header and the footer
    footer = device.logicalDpiY() * 0.35
    body = QRectF(0, header, area.width(), area.height() - header - footer)
    page_width, page_height = body.width() / scale, body.height() / scale
    text.setPageSize(QRectF(0, 0, page_width, page_height).size())
    keep_headings_with_next(text, page_height)
    pages = text.pageCount()
    painter = QPainter(device)
    try:
        small = QFont(text.defaultFont())
        small.setPointSize(8)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QPen(Qt.GlobalColor.darkGray))
            title = " · ".join(x for x in (doc.title, doc.meta) if x)
            painter.drawText(
                QRectF(0, 0, area.width(), header * 0.7),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, area.width()),
            )
            painter.drawLine(QPointF(0, header * 0.8), QPointF(area.width(), header * 0.8))
            number = render(WORDS["page"].fill(page=page + 1, pages=pages), doc.lang)
            painter.drawText(
                QRectF(0, area.height() - footer * 0.8, area.width(), footer * 0.8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                number,
            )
            painter.save()
            painter.translate(0, header)
            painter.scale(scale, scale)
            painter.translate(0, -page * page_height)
            text.drawContents(painter, QRectF(0, page * page_height, page_width, page_height))
            painter.restore()
    finally:
        painter.end()
    return pages
