"""An e-mail draft as a ``mailto:`` URL with a subject and a plain-text body.

Mail programs and browsers refuse or cut long ``mailto:`` URLs (Outlook and
Windows near 2,000 characters), so the body is shortened to fit and says so; the
caller tells the user and offers the whole text another way. A shortened draft
keeps every section's heading and gives each section its first lines in turn,
the last sections first: the actions, the learning and the follow-up are what a
reader of the mail needs, the framing and the check-in they were in the room for.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from dialogtool.core.summary.document import Heading, SummaryDoc
from dialogtool.core.summary.text import render_block, render_text
from dialogtool.core.summary.words import WORDS

#: A limit most mail programs accept for the whole URL.
MAX_URL = 2000


@dataclass(frozen=True)
class MailDraft:
    url: str
    #: Whether the body had to be shortened to fit ``MAX_URL``.
    cut: bool


def mail_draft(doc: SummaryDoc, limit: int = MAX_URL) -> MailDraft:
    subject = f"{doc.title} – {doc.meta}" if doc.meta else doc.title
    body = render_text(doc)
    url = _url(subject, body)
    if len(url) <= limit:
        return MailDraft(url, cut=False)
    note = "\n\n" + WORDS["cut"].get(doc.lang)
    sections = _sections(doc)
    taken = [0] * len(sections)
    full = [False] * len(sections)
    body = _shortened(sections, taken)
    while not all(full):  # one more line to each section in turn, while the URL fits
        for i in reversed(range(len(sections))):
            lines = sections[i][1]
            if full[i] or taken[i] == len(lines):
                full[i] = True
                continue
            taken[i] += 1
            if len(_url(subject, _shortened(sections, taken) + note)) > limit:
                taken[i] -= 1
                full[i] = True
        body = _shortened(sections, taken)
    url = _url(subject, body + note)
    while len(url) > limit and body:  # the headings alone too long: drop from the end
        body = body.rsplit("\n", 1)[0] if "\n" in body else ""
        url = _url(subject, body + note)
    while len(url) > limit:  # a subject alone too long: shorten it as well
        subject = subject[: max(len(subject) - 20, 0)]
        url = _url(subject, note)
    return MailDraft(url, cut=True)


def _sections(doc: SummaryDoc) -> list[tuple[str, list[str]]]:
    """(heading, its lines) for each part of the document; text before a heading has none."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for block in doc.blocks:
        text = render_block(block, doc)
        if isinstance(block, Heading) and block.level <= 2:
            sections.append((text, []))
        elif text:
            sections[-1][1].extend(text.splitlines())
    return [(heading, lines) for heading, lines in sections if heading or lines]


def _shortened(sections: list[tuple[str, list[str]]], taken: list[int]) -> str:
    parts = []
    for (heading, lines), count in zip(sections, taken, strict=True):
        shown = lines[:count] + (["…"] if count < len(lines) else [])
        parts.append("\n".join(([heading] if heading else []) + shown))
    return "\n\n".join(parts)


def _url(subject: str, body: str) -> str:
    # RFC 6068: line breaks in a body are CRLF, percent-encoded.
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
