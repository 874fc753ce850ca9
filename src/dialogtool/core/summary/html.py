"""A summary document as one self-contained HTML page: no scripts, no outside files.

Every piece of user text is escaped; the page carries its own small style sheet.
"""

from __future__ import annotations

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

_STYLE = """
body { font-family: sans-serif; max-width: 46em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.4em; } h3 { font-size: 1.1em; }
p.context { color: #444444; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999999; padding: 2px 8px; text-align: left; }
"""


def render_html(doc: SummaryDoc) -> str:
    body = "\n".join(_block(block) for block in doc.blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(doc.title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
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


def _block(block: Block) -> str:
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
        return f"<table>\n<tr>{head}</tr>\n{rows}</table>"
    return _chart(block)


def _item(item: Item) -> str:
    box = "" if item.checked is None else ("☑ " if item.checked else "☐ ")
    children = ""
    if item.children:
        children = "<ul>" + "".join(f"<li>{_inline(c)}</li>" for c in item.children) + "</ul>"
    return f"<li>{box}{_inline(item.runs)}{children}</li>"


def _chart(chart: Chart) -> str:
    lines = [f"<em>{_text(text)}</em>" for text in (chart.caption, chart.trust) if text]
    return f'<p class="context">{"<br>".join(lines)}</p>' if lines else ""
