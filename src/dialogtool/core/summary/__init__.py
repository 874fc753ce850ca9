"""The meeting summary: a document model (``build``) and its renderers.

``build_summary`` makes a ``SummaryDoc``; ``markdown`` and ``html`` render it.
"""

from dialogtool.core.summary.build import SummaryOptions, build_summary, quadrants_used
from dialogtool.core.summary.document import SummaryDoc
from dialogtool.core.summary.html import render_html
from dialogtool.core.summary.markdown import render_markdown

__all__ = [
    "SummaryDoc",
    "SummaryOptions",
    "build_summary",
    "quadrants_used",
    "render_html",
    "render_markdown",
]
