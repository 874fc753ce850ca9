"""A summary document as one self-contained HTML page: no scripts, no outside files.

Every piece of user text is escaped; the page carries its own small style sheet.
A chart is an image only when the caller can draw one (``chart_src`` gives its
``src``: a ``data:`` URI for a file, a resource name for Qt's text document).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from dialogtool.core.summary.document import (
    Block,
    BulletList,
    Chart,
    Heading,
    Inline,
    Item,
    Paragraph,
    SummaryDoc,
    Table,
)
from dialogtool.core.summary.words import WORDS

#: The ``src`` of a chart's picture, or None to describe it in words only.
ChartSource = Callable[[Chart], str | None]

_STYLE = """
body { font-family: sans-serif; max-width: 46em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.4em; } h3 { font-size: 1.1em; }
p.context { color: #444444; } p.chart { line-height: 100%; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999999; padding: 2px 8px; text-align: left; }
"""


#: For a paged document: the page has its own margins.
_PRINT_STYLE = _STYLE.replace("max-width: 46em; margin: 2em auto;", "margin: 0;")


def render_html(
    doc: SummaryDoc, chart_src: ChartSource | None = None, *, paged: bool = False
) -> str:
    """The page; ``paged``: for a PDF or a printer, which set the margins themselves."""
    body = "\n".join(_block(block, doc, chart_src) for block in doc.blocks)
    style = _PRINT_STYLE if paged else _STYLE
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n<style>{style}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _inline(runs: Inline) -> str:
    out = []
    for run in runs:
        text = _text(run.text)
        if run.style == "bold":
            text = f"<strong>{text}</strong>"
        elif run.style == "italic":
            text = f"<em>{text}</em>"
        out.append(text)
    return "".join(out)


def _block(block: Block, doc: SummaryDoc, chart_src: ChartSource | None) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.runs)}</p>"
    if isinstance(block, BulletList):
        return "<ul>\n" + "\n".join(_item(item) for item in block.items) + "\n</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{_text(c)}</th>" for c in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>\n" for row in block.rows
        )
        table = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        return f"{table}\n<tr>{head}</tr>\n{rows}</table>"
    return _chart(block, doc, chart_src)


def _item(item: Item) -> str:
    box = "" if item.checked is None else ("☑ " if item.checked else "☐ ")
    children = ""
    if item.children:
        children = "<ul>" + "".join(f"<li>{_inline(c)}</li>" for c in item.children) + "</ul>"
    return f"<li>{box}{_inline(item.runs)}{children}</li>"


def _chart(chart: Chart, doc: SummaryDoc, chart_src: ChartSource | None) -> str:
    lines = [f"<em>{_text(text)}</em>" for text in (chart.caption, chart.trust) if text]
    picture = ""
    if not chart.shown:
        lines.insert(0, f"<em>{_text(WORDS['not_shown'].get(doc.lang))}</em>")
    elif chart_src is not None and (src := chart_src(chart)):
        alt = escape(chart.caption or chart.snapshot.name)
        picture = (
            f'<p class="chart"><img src="{escape(src)}" alt="{alt}" width="600" height="270"></p>\n'
        )
    context = f'<p class="context">{"<br>".join(lines)}</p>' if lines else ""
    return picture + context
