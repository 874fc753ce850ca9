"""The printout (and the untagged PDF where WeasyPrint cannot load) never leaves a heading alone
at a page's foot: it starts the next page with its text. The tagged PDF: test_tagged_pdf.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QTextDocument

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.summary import build_summary
from dialogtool.export.pdf import keep_headings_with_next, text_document

pytestmark = pytest.mark.usefixtures("qapp")
PAGE_HEIGHT = 900.0


def _orphans(text: QTextDocument) -> int:
    layout = text.documentLayout()
    found, block = 0, text.begin()
    while block.isValid():
        following = block.next()
        if following.isValid() and block.blockFormat().headingLevel() > 0:
            here = layout.blockBoundingRect(block).top() // PAGE_HEIGHT
            there = layout.blockBoundingRect(following).top() // PAGE_HEIGHT
            found += there > here
        block = following
    return found


def test_no_heading_ends_a_page() -> None:
    record = example_meeting(load_demo_dataset(), datetime(2026, 11, 26, 9, tzinfo=UTC))
    before = after = 0
    for words in range(0, 600, 12):  # the headings fall at every height of the page in turn
        record.fup.purpose = "At vi bliver klogere " + "på løntimerne " * words
        text = text_document(build_summary(record))
        text.setPageSize(text.pageSize().__class__(600, PAGE_HEIGHT))
        before += _orphans(text)
        keep_headings_with_next(text, PAGE_HEIGHT)
        after += _orphans(text)
    assert before > 0, "some variant put a heading at a page's foot (the test can fail)"
    assert after == 0
