"""A summary document as Markdown, for the team's channel or the minutes folder.

User text is escaped so that it is shown as written: ``<Jens Hansen>`` stays
visible and ``[x](javascript:…)`` is no link.
"""

from __future__ import annotations

import re

from dialogtool.core.i18n import Lang
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

#: Characters that mean something anywhere in a line (links, emphasis, HTML, tables, code).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
#: What makes a line a heading, quote, list item or rule when it starts the line.
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def escape(text: str, at_line_start: bool = True) -> str:
    """``text`` as Markdown that shows it literally; ``at_line_start``: it begins a line."""
    lines = _INLINE.sub(r"\\\1", text).split("\n")
    return "\n".join(
        _LINE_START.sub(_escape_start, line) if at_line_start or number else line
        for number, line in enumerate(lines)
    )


def _escape_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    if mark[0].isdigit():
        return f"{indent}{mark[:-1]}\\{mark[-1]}"
    return f"{indent}\\{mark}"


def render_markdown(doc: SummaryDoc) -> str:
    parts = [_block(block, doc.lang) for block in doc.blocks]
    return "\n\n".join(p for p in parts if p) + "\n"


def _inline(runs: Inline) -> str:
    out: list[str] = []
    for run in runs:
        text = escape(run.text, at_line_start=not out or out[-1].endswith("\n"))
        if run.style != "plain" and text.strip():
            mark = "**" if run.style == "bold" else "*"
            text = "\n".join(f"{mark}{line}{mark}" if line else line for line in text.split("\n"))
        out.append(text)
    return "".join(out).replace("\n", "  \n")


def _block(block: Block, lang: Lang) -> str:
    if isinstance(block, Heading):
        return f"{'#' * block.level} {escape(block.text)}"
    if isinstance(block, Paragraph):
        return _inline(block.runs)
    if isinstance(block, BulletList):
        return "\n".join(_item(item) for item in block.items)
    if isinstance(block, Table):
        return _table(block)
    return _chart(block, lang)


def _item(item: Item) -> str:
    box = "" if item.checked is None else ("[x] " if item.checked else "[ ] ")
    body = _inline(item.runs).replace("\n", "\n  ")
    lines = [f"- {box}{body}"]
    lines += ["  - " + _inline(child).replace("\n", "\n    ") for child in item.children]
    return "\n".join(lines)


def _table(table: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(c, False).replace("\n", " ") for c in cells) + " |"

    rule = "| " + " | ".join("---" for _ in table.header) + " |"
    return "\n".join([row(table.header), rule, *(row(r) for r in table.rows)])


def _chart(chart: Chart, lang: Lang) -> str:
    lines = [f"*{escape(text)}*" for text in (chart.caption, chart.trust) if text]
    if not chart.shown:
        lines.insert(0, f"*{escape(WORDS['not_shown'].get(lang))}*")
    return "  \n".join(lines)
