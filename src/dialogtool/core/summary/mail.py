"""An e-mail draft as a ``mailto:`` URL with a subject and a plain-text body.

Mail programs and browsers refuse or cut long ``mailto:`` URLs (Outlook and
Windows near 2,000 characters), so the body is shortened at a line to fit and
says so; the caller tells the user and offers the whole text another way.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from dialogtool.core.summary.document import SummaryDoc
from dialogtool.core.summary.text import render_text
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
    note = "\n" + WORDS["cut"].get(doc.lang)
    lines = body.splitlines()
    while lines and len(_url(subject, "\n".join(lines) + note)) > limit:
        lines.pop()
    url = _url(subject, "\n".join(lines) + note)
    while len(url) > limit:  # a subject alone too long: shorten it as well
        subject = subject[: max(len(subject) - 20, 0)]
        url = _url(subject, note)
    return MailDraft(url, cut=True)


def _url(subject: str, body: str) -> str:
    # RFC 6068: line breaks in a body are CRLF, percent-encoded.
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
