"""The PDF is tagged for a screen reader (EN 301 549 11.8, PDF/UA-1): its structure tree has the
summary's headings at their levels, each chart as a Figure whose /Alt is the chart's caption,
the actions as a table with header cells, and the document's language; pdfinfo says Tagged: yes.
Where WeasyPrint cannot load, the PDF is still written (by Qt, untagged) and the user is told."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
import weasyprint
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.i18n import Lang
from dialogtool.core.record import MeetingRecord
from dialogtool.core.slides import reveal_chart
from dialogtool.core.summary import SummaryOptions, build_summary, render_html
from dialogtool.core.summary.document import Block, Chart, Heading, Paragraph, Run, SummaryDoc
from dialogtool.export.formats import export_bytes
from dialogtool.export.pdf import render_pdf
from dialogtool.export.tagged_pdf import page_css

pytestmark = pytest.mark.usefixtures("qapp")  # the charts are drawn by Qt
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def meeting() -> MeetingRecord:
    """The demo's example meeting with both its indicators' charts revealed: two figures."""
    record = example_meeting(load_demo_dataset(), T0)
    for item in record.indicators:
        reveal_chart(item, T0)
        item.team_noticed = item.team_noticed or "Vi lægger mærke til æøå i tallene."
    return record


def structure(data: bytes) -> tuple[DictionaryObject, list[DictionaryObject]]:
    """The catalogue and the structure elements in reading order (depth first)."""
    catalogue = PdfReader(BytesIO(data)).trailer["/Root"]
    found: list[DictionaryObject] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if not isinstance(node, DictionaryObject) or "/S" not in node:
            return  # a marked-content id or an object reference
        found.append(node)
        kids = node.get("/K")
        for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids else []:
            walk(kid)

    assert "/StructTreeRoot" in catalogue, "the PDF has a structure tree"
    walk(catalogue["/StructTreeRoot"]["/K"][0])
    return catalogue, found


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_pdf_is_tagged_with_headings_figures_with_alt_text_and_its_language(
    lang: Lang, tmp_path: Path
) -> None:
    record = meeting()
    doc = build_summary(record, lang, SummaryOptions())
    data = export_bytes(record, "pdf", lang, SummaryOptions())
    catalogue, elements = structure(data)
    assert catalogue["/Lang"] == lang
    assert catalogue["/MarkInfo"]["/Marked"]
    kinds = [str(e["/S"]) for e in elements]
    assert kinds[0] == "/Document"
    outline = [f"/H{b.level}" for b in doc.blocks if isinstance(b, Heading)]
    assert outline[:2] == ["/H1", "/H2"] and "/H3" in outline, "title, sections, indicators"
    assert [k for k in kinds if k.startswith("/H") and k[2:].isdigit()] == outline

    captions = [b.caption for b in doc.blocks if isinstance(b, Chart) and b.shown]
    assert len(captions) == 2
    figures = [e for e in elements if e["/S"] == "/Figure"]
    assert [str(f.get("/Alt", "")) for f in figures] == captions
    assert all(caption.strip() for caption in captions)

    assert "/Table" in kinds and kinds.count("/TH") >= 5, "the actions table has header cells"

    assert shutil.which("pdfinfo"), "poppler-utils is needed (see .ci/run)"
    (tmp_path / "x.pdf").write_bytes(data)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Tagged:          yes" in info
    assert record.title in info and "Creator:         dialogtool" in info


def _pages_ending_with_a_heading(data: bytes) -> int:
    """Pages whose last element in reading order is a heading (the page header and footer
    are artifacts, outside the tree)."""
    reader = PdfReader(BytesIO(data))
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    _catalogue, elements = structure(data)
    last: dict[int, str] = {}
    for block in elements[0]["/K"]:  # the document's blocks, not the text inside them
        element = block.get_object()
        last[pages[element.raw_get("/Pg").idnum]] = str(element["/S"])
    return sum(kind.startswith("/H") for number, kind in last.items() if number < len(pages) - 1)


def test_no_heading_ends_a_page_of_the_tagged_pdf() -> None:
    """Sections of one to seven lines put a heading at every height of a page in turn."""
    blocks: list[Block] = [Heading(1, "Opsamling")]
    for n in range(70):
        blocks.append(Heading(2, f"Afsnit {n}: løntimer og æøå"))
        blocks.append(Paragraph((Run("Vi blev klogere på tallene. " * (5 * (n % 7 + 1))),)))
    doc = SummaryDoc(title="Teammøde", lang="da", blocks=tuple(blocks), meta="Team Nord")
    assert _pages_ending_with_a_heading(render_pdf(doc)) == 0
    # The same pages with headings free to end a page: the check can fail.
    html = render_html(doc, paged=True)
    loose = "h1, h2 { break-after: auto; }"
    bare = weasyprint.HTML(string=html).write_pdf(
        stylesheets=[weasyprint.CSS(string=page_css(doc) + loose)], pdf_tags=True
    )
    assert _pages_ending_with_a_heading(bare) > 0


def test_the_page_header_carries_any_title_whole_and_verbatim(tmp_path: Path) -> None:
    """The header is a CSS string: quotes, backslashes and braces in a title cannot break out."""
    title = 'Møde om "løntimer" \\ {color: red} ; /* æøå */ ' + "og jobsamtaler " * 8
    doc = SummaryDoc(title=title, lang="da", blocks=(Heading(1, "Opsamling"),), meta="Team Nord")
    (tmp_path / "x.pdf").write_bytes(render_pdf(doc))
    text = subprocess.run(
        ["pdftotext", "-raw", str(tmp_path / "x.pdf"), "-"], capture_output=True, text=True
    )
    assert " ".join(f"{title} · Team Nord".split()) in " ".join(text.stdout.split())
    assert "Side 1 af 1" in text.stdout and not text.stderr, "every glyph maps back to text"


def test_without_weasyprint_the_pdf_is_written_by_qt_and_the_cli_says_it_is_untagged(
    tmp_path: Path,
) -> None:
    """As on a machine without Pango: the import fails, the export does not."""
    example = ROOT / "resources" / "demo" / "example-meeting.json"
    target = tmp_path / "x.pdf"
    script = (
        "import sys; sys.modules['weasyprint'] = None; from dialogtool.cli import main; "
        f"sys.exit(main(['export', {str(example)!r}, '--format', 'pdf', '-o', {str(target)!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "not tagged for screen readers" in done.stderr
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "Tagged:          no" in info.stdout and "Pages:" in info.stdout
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Teammøde om løntimer og jobsamtaler" in text
