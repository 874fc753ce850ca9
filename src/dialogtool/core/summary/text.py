"""A summary document as plain text: the e-mail body and the clipboard's ``text/plain``.

Nothing is markup here; headings are set off by a blank line and an underline.
"""

from __future__ import annotations

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


def render_text(doc: SummaryDoc) -> str:
    parts = [render_block(block, doc) for block in doc.blocks]
    return "\n\n".join(p for p in parts if p) + "\n"


def _inline(runs: Inline) -> str:
    return "".join(run.text for run in runs)


def render_block(block: Block, doc: SummaryDoc) -> str:
    """One block as plain text (a heading with its underline)."""
    if isinstance(block, Heading):
        rule = "=" if block.level == 1 else "-"
        return f"{block.text}\n{rule * len(block.text)}" if block.level <= 2 else block.text
    if isinstance(block, Paragraph):
        return _inline(block.runs)
    if isinstance(block, BulletList):
        lines = []
        for item in block.items:
            box = "" if item.checked is None else ("[x] " if item.checked else "[ ] ")
            lines.append(f"• {box}" + _inline(item.runs).replace("\n", "\n  "))
            lines += [f"    – {_inline(child)}" for child in item.children]
        return "\n".join(lines)
    if isinstance(block, Table):
        return _table(block)
    return _chart(block, doc)


def _table(table: Table) -> str:
    """Each row as one bullet: ``what – Hvem: who – Hvornår: when``; empty cells left out."""
    lines = []
    for row in table.rows:
        first, *rest = row
        bits = [first] + [
            f"{name}: {cell}" for name, cell in zip(table.header[1:], rest, strict=True) if cell
        ]
        lines.append("• " + " – ".join(bit.replace("\n", " ") for bit in bits))
    return "\n".join(lines)


def _chart(chart: Chart, doc: SummaryDoc) -> str:
    lines = [text for text in (chart.caption, chart.trust) if text]
    if not chart.shown:
        lines.insert(0, WORDS["not_shown"].get(doc.lang))
    return "\n".join(lines)
