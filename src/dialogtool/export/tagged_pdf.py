"""The summary as a tagged PDF (PDF/UA-1), laid out by WeasyPrint from the summary's HTML.

Qt's QPdfWriter cannot tag, so a screen reader would meet a PDF of bare glyphs. WeasyPrint
turns the same HTML the HTML export writes into a PDF with a structure tree: H1/H2/H3, P,
L/LI, Table/TR/TH/TD, each chart a Figure whose /Alt is the picture's ``alt`` (the chart's
caption), the reading order of the HTML, and /Lang from ``<html lang>`` (EN 301 549 11.8,
accessible output from an authoring tool).

WeasyPrint is imported here, and only when a PDF is written: it costs about half a second,
and it needs Pango (a system library on Linux; carried inside the frozen program). Where Pango
cannot be loaded, ``tagged_pdf_unavailable`` says why and ``export.pdf`` falls back to Qt.
"""

from __future__ import annotations

import functools
from typing import Any

from dialogtool.core.summary.document import SummaryDoc
from dialogtool.core.summary.html import render_html
from dialogtool.core.summary.words import WORDS
from dialogtool.export.chart import chart_data_uri

MARGIN_MM = 18

#: Headings never end a page: each one starts the next page with what it heads (WeasyPrint's
#: own style sheet says so too; the promise is ours). A chart's picture stays with its
#: caption, and a table row is never cut in two.
KEEP_WITH_NEXT = """
h1, h2, h3, h4, h5, h6, p.chart { break-after: avoid; }
tr, img { break-inside: avoid; }
"""


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal: every character that is not plain is escaped."""
    # The space that ends an escape is eaten by the CSS parser, so a real space follows it.
    plain = (c if c.isalnum() or c in ".,-:()" else f"\\{ord(c):x} " for c in text)
    return '"' + "".join(plain) + '"'


def page_css(doc: SummaryDoc, *, landscape: bool = False) -> str:
    """A4 with the meeting's title, date and team at the top and "Side n af m" at the foot."""
    header = " · ".join(x for x in (doc.title, doc.meta) if x)
    before, _, rest = WORDS["page"].get(doc.lang).partition("{page}")
    between, _, after = rest.partition("{pages}")
    number = f"{_css_string(before)} counter(page) {_css_string(between)} counter(pages)"
    if after:
        number += f" {_css_string(after)}"
    return f"""
@page {{
  size: A4{" landscape" if landscape else ""};
  margin: {MARGIN_MM + 9}mm {MARGIN_MM}mm {MARGIN_MM + 7}mm {MARGIN_MM}mm;
  @top-left {{
    content: {_css_string(header)};
    font-family: sans-serif; font-size: 8pt; color: #555555;
    vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #999999;
    width: 100%;
  }}
  @bottom-center {{
    content: {number};
    font-family: sans-serif; font-size: 8pt; color: #555555;
  }}
}}
body {{ font-size: 10pt; font-variant-ligatures: none; }}
img {{ max-width: 100%; height: auto; }}
"""


@functools.cache
def tagged_pdf_unavailable() -> str | None:
    """None when a tagged PDF can be written here; else why not (Pango missing, mostly)."""
    try:
        import weasyprint  # noqa: F401  # loads Pango, HarfBuzz and fontconfig through cffi
    except (ImportError, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def render_tagged_pdf(doc: SummaryDoc, *, landscape: bool = False) -> bytes:
    """``doc`` as a tagged A4 PDF (PDF/UA-1); needs ``tagged_pdf_unavailable()`` to be None."""
    import weasyprint

    html = render_html(doc, lambda chart: chart_data_uri(chart, doc.lang), paged=True)
    # Only the charts' data: URIs are read; never a file or the network, whatever the text says.
    fetcher = weasyprint.URLFetcher(allowed_protocols={"data"})
    stylesheets = [
        weasyprint.CSS(string=page_css(doc, landscape=landscape), url_fetcher=fetcher),
        weasyprint.CSS(string=KEEP_WITH_NEXT, url_fetcher=fetcher),
    ]
    document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
        stylesheets=stylesheets, presentational_hints=True
    )
    document.metadata.generator = "dialogtool"
    options: dict[str, Any] = {"pdf_variant": "pdf/ua-1"}
    data: bytes = document.write_pdf(**options)
    return data
