"""A summary document as a Word file (DOCX) through python-docx.

Headings are Word's own heading styles (so the navigation pane and a table of
contents work), lists are Word lists, the actions are a real table; the header
of every page names the meeting and the footer numbers the pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from dialogtool.core.summary.document import (
    Block,
    BulletList,
    Chart,
    Heading,
    Inline,
    Paragraph,
    SummaryDoc,
    Table,
)
from dialogtool.core.summary.words import WORDS

#: A chart's picture as PNG bytes, or None to describe it in words only.
ChartPicture = Callable[[Chart], bytes | None]


def render_docx(doc: SummaryDoc, chart_png: ChartPicture | None = None) -> bytes:
    word = Document()
    word.core_properties.title = doc.title
    word.core_properties.language = doc.lang
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    header = section.header.paragraphs[0]
    header.text = " · ".join(x for x in (doc.title, doc.meta) if x)
    _page_numbers(section.footer.paragraphs[0], doc)
    for block in doc.blocks:
        _block(word, block, doc, chart_png)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _runs(paragraph: Any, runs: Inline) -> None:
    for run in runs:
        for number, line in enumerate(run.text.split("\n")):
            if number:
                paragraph.add_run().add_break()
            part = paragraph.add_run(line)
            part.bold = run.style == "bold"
            part.italic = run.style == "italic"


def _block(word: Any, block: Block, doc: SummaryDoc, chart_png: ChartPicture | None) -> None:
    if isinstance(block, Heading):
        word.add_heading(block.text, level=min(block.level - 1, 9))
    elif isinstance(block, Paragraph):
        _runs(word.add_paragraph(), block.runs)
    elif isinstance(block, BulletList):
        for item in block.items:
            paragraph = word.add_paragraph(style="List Bullet")
            if item.checked is not None:
                paragraph.add_run("☑ " if item.checked else "☐ ")
            _runs(paragraph, item.runs)
            for child in item.children:
                _runs(word.add_paragraph(style="List Bullet 2"), child)
    elif isinstance(block, Table):
        _table(word, block)
    else:
        _chart(word, block, doc, chart_png)


def _table(word: Any, table: Table) -> None:
    grid = word.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    word.add_paragraph()


def _chart(word: Any, chart: Chart, doc: SummaryDoc, chart_png: ChartPicture | None) -> None:
    if not chart.shown:
        word.add_paragraph().add_run(WORDS["not_shown"].get(doc.lang)).italic = True
    elif chart_png is not None and (png := chart_png(chart)):
        shape = word.add_picture(io.BytesIO(png), width=Cm(16))
        # Alt text for a screen reader (EN 301 549 11.8): the same words as the HTML's alt.
        shape._inline.docPr.set("descr", chart.caption or chart.snapshot.name)
        shape._inline.docPr.set("title", chart.snapshot.name)
    for text in (chart.caption, chart.trust):
        if text:
            run = word.add_paragraph().add_run(text)
            run.italic = True
            run.font.size = Pt(9)


def _page_numbers(paragraph: Any, doc: SummaryDoc) -> None:
    """``Side 2 af 5`` from Word's PAGE and NUMPAGES fields."""
    before, rest = WORDS["page"].get(doc.lang).split("{page}")
    middle, after = rest.split("{pages}")
    paragraph.add_run(before)
    _field(paragraph, "PAGE")
    paragraph.add_run(middle)
    _field(paragraph, "NUMPAGES")
    paragraph.add_run(after)


def _field(paragraph: Any, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
