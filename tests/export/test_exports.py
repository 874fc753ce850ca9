"""Every export format read back by its real consumer: pdftotext, python-docx, icalendar,
html.parser; nothing private leaves unless the leader asks for it."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import docx
import icalendar
import pytest

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import example_meeting
from dialogtool.core.record import ActionItem, MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.summary import SummaryOptions, build_summary
from dialogtool.core.summary.files import export_name, safe_stem
from dialogtool.core.summary.mail import MAX_URL, mail_draft
from dialogtool.core.summary.privacy import SHARED_BY, private_fields, shared_by
from dialogtool.core.summary.text import render_text
from dialogtool.export.formats import FORMATS, Format, export_bytes

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
HEADINGS = ("Formål", "Udbytte", "Data i kontekst", "Handlinger")
EVIL = '<script>alert(1)</script> og "><img src=x onerror=alert(1)>'

pytestmark = pytest.mark.usefixtures("qapp")  # the charts and the PDF are drawn by Qt


def meeting() -> MeetingRecord:
    record = example_meeting(load_demo_dataset(), T0)
    indicator = record.indicators[0].indicator_id
    record.action_items[0].indicator_id = indicator
    record.action_items.append(
        ActionItem(text="Fælles øvelse i løntimer", owner="Bjørn", due=date(2026, 12, 14))
    )
    record.phase_notes[PhaseId.SUMMARY] = "Vi blev klogere på æøå og på løntimerne."
    return record


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is needed (see .ci/run)"
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def docx_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.docx"
    path.write_bytes(data)
    word = docx.Document(str(path))
    parts = [p.text for p in word.paragraphs]
    parts += [c.text for t in word.tables for row in t.rows for c in row.cells]
    parts += [p.text for s in word.sections for p in s.header.paragraphs]
    return "\n".join(parts)


def as_text(fmt: Format, data: bytes, tmp_path: Path) -> str:
    if fmt == "pdf":
        return " ".join(pdf_text(data, tmp_path).split())
    if fmt == "docx":
        return docx_text(data, tmp_path)
    return data.decode("utf-8")


def test_pdftotext_reads_the_headings_the_actions_and_danish_letters(tmp_path: Path) -> None:
    record = meeting()
    data = export_bytes(record, "pdf", "da", SummaryOptions())
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    flat = " ".join(text.split())
    for heading in HEADINGS:
        assert heading in text
    for action in record.action_items:
        assert action.text in flat
    assert "Rettidige jobsamtaler (%)" in flat, "the linked indicator is in the actions table"
    assert "æøå" in flat and "Åse" in flat
    pages = text.split("\f")
    assert "Side 1 af" in pages[0]
    for page in (p for p in pages if p.strip()):
        assert "Teammøde om løntimer og jobsamtaler" in page and "Team Nord" in page
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), "fonts embedded"
    images = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "x.pdf")], capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert images and int(images[0].split()[3]) >= 1500, "the chart as a high-resolution image"


def test_word_opens_the_docx_with_headings_lists_and_the_actions_table(tmp_path: Path) -> None:
    record = meeting()
    path = tmp_path / "x.docx"
    path.write_bytes(export_bytes(record, "docx", "da", SummaryOptions()))
    word = docx.Document(str(path))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    for heading in HEADINGS:
        assert heading in headings
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == [record.title]
    assert any(p.style.name == "List Bullet" for p in word.paragraphs)
    [table] = word.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Hvad", "Hvem", "Hvornår", "Nøgletal", "Status"]
    assert rows[1][:4] == [
        "Ring til fem virksomheder om løntimer",
        "Åse",
        "7. mar. 2025",
        "Rettidige jobsamtaler (%)",
    ]
    assert [r[0] for r in rows[1:]] == [a.text for a in record.action_items]
    assert word.inline_shapes, "the chart is a picture"
    assert "Team Nord" in word.sections[0].header.paragraphs[0].text


def test_every_chart_has_alt_text_in_docx_and_html(tmp_path: Path) -> None:
    """EN 301 549 11.8: a screen reader names each chart picture in the documents we write."""
    record = meeting()
    path = tmp_path / "x.docx"
    path.write_bytes(export_bytes(record, "docx", "da", SummaryOptions()))
    shapes = docx.Document(str(path)).inline_shapes
    assert shapes
    names = {i.snapshot.name for i in record.indicators}
    for shape in shapes:
        described = shape._inline.docPr.get("descr", "")
        assert described.strip() and shape._inline.docPr.get("title") in names

    alts: list[str | None] = []

    class Images(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "img":
                alts.append(dict(attrs).get("alt"))

    Images().feed(export_bytes(record, "html", "da", SummaryOptions()).decode("utf-8"))
    assert alts and all(alt and alt.strip() for alt in alts)


def test_the_calendar_holds_the_follow_up_and_every_due_date_with_stable_uids() -> None:
    record = meeting()
    data = export_bytes(record, "ics", "da", SummaryOptions())
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    starts = {e.decoded("dtstart") for e in events}
    assert record.follow_up in starts
    assert {a.due for a in record.action_items if a.due} <= starts
    assert len(events) == 1 + sum(1 for a in record.action_items if a.due)
    assert all("DTSTAMP" in e and "UID" in e for e in events)
    again = icalendar.Calendar.from_ical(export_bytes(record, "ics", "da", SummaryOptions()))
    assert [e["uid"] for e in events] == [e["uid"] for e in again.walk("VEVENT")]
    assert len({e["uid"] for e in events}) == len(events)
    assert any("Ring til fem virksomheder" in str(e["summary"]) for e in events)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_parses_and_hostile_notes_come_out_inert() -> None:
    record = meeting()
    record.phase_notes[PhaseId.DATA] = EVIL
    record.action_items[0].text = EVIL
    html = export_bytes(record, "html", "da", SummaryOptions()).decode("utf-8")
    parser = _Tags()
    parser.feed(html)
    parser.close()
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names
    assert all(not k.startswith("on") for _, attrs in parser.tags for k in attrs)
    images = [attrs for tag, attrs in parser.tags if tag == "img"]
    assert images and all((a["src"] or "").startswith("data:image/png;base64,") for a in images)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_mail_draft_has_subject_and_plain_body_and_is_cut_to_fit() -> None:
    record = meeting()
    doc = build_summary(record)
    short = mail_draft(doc, limit=100_000)
    assert not short.cut
    query = parse_qs(urlsplit(short.url).query)
    assert query["subject"] == [f"{doc.title} – {doc.meta}"]
    assert query["body"][0].replace("\r\n", "\n") == render_text(doc)
    assert "**" not in query["body"][0] and "<" not in query["body"][0]
    long = mail_draft(doc)
    assert long.cut and len(long.url) <= MAX_URL
    assert parse_qs(urlsplit(long.url).query)["body"][0].endswith(
        "hele opsamlingen er i den gemte fil)"
    )


def test_file_names_are_dated_and_safe() -> None:
    record = meeting()
    assert export_name(record, "pdf") == "2026-11-26 Teammøde Team Nord.pdf"
    record.team = "../../etc/passwd\\ Nord: <x>"
    name = export_name(record, "docx")
    assert "/" not in name and "\\" not in name and ".." not in name and ":" not in name
    assert name == "2026-11-26 Teammøde etc passwd Nord x.docx"
    assert safe_stem("CON") == "_CON" and safe_stem("...") == "_"


def test_a_one_to_one_export_is_the_employees_copy() -> None:
    record = meeting()
    record.kind = MeetingKind.ONE_TO_ONE
    assert "Medarbejderens kopi" in render_text(build_summary(record))
    assert "Lederens eget eksemplar" in render_text(
        build_summary(record, "da", SummaryOptions(include_private=True))
    )


def test_share_choices_leave_names_rounds_and_perspective_out() -> None:
    record = meeting()
    given = next(d.leader_perspective for d in record.indicators if d.perspective_revealed_at)
    shared = render_text(build_summary(record))
    assert "Ødegård" in shared and "Jeg vil gerne forstå" in shared and given in shared
    bare = render_text(
        build_summary(record, "da", SummaryOptions(names=False, rounds=False, perspective=False))
    )
    assert "Ødegård" not in bare and "Æbelø" not in bare
    assert "Jeg vil gerne forstå" not in bare and given not in bare
    assert "Åse" in bare, "an action keeps its owner"


def _fill(owner: Any, name: str, marker: str) -> None:
    """A marker in a private field: text as text, a tally under a participant's id."""
    value = getattr(owner, name)
    if isinstance(value, str):
        setattr(owner, name, marker)
    elif name == "talk_tally":
        setattr(owner, name, {owner.participants[0].id: 987654321})
    else:
        setattr(owner, name, {PhaseId.DATA: marker})
    extra = type(owner).model_fields[name].json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get("shared_when"), str):
        setattr(owner, extra["shared_when"], None)  # not yet given to the room


def _owners(record: MeetingRecord, path: tuple[str, ...]) -> list[Any]:
    found: list[Any] = [record]
    for name in path:
        found = [
            v
            for owner in found
            for v in (
                getattr(owner, name)
                if isinstance(getattr(owner, name), list)
                else [getattr(owner, name)]
            )
        ]
    return found


def exported(record: MeetingRecord, fmt: str, options: SummaryOptions, tmp_path: Path) -> str:
    """What a reader of ``fmt`` sees; "text" is the clipboard's plain text, "mail" the draft."""
    if fmt == "text":
        return render_text(build_summary(record, "da", options))
    if fmt == "mail":
        url = mail_draft(build_summary(record, "da", options), limit=1_000_000).url
        return " ".join(v for values in parse_qs(urlsplit(url).query).values() for v in values)
    return as_text(fmt, export_bytes(record, fmt, "da", options), tmp_path)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", [*FORMATS, "text", "mail"])
def test_nothing_private_leaves_in_any_format_unless_asked(fmt: str, tmp_path: Path) -> None:
    paths = private_fields()
    assert set(SHARED_BY) <= set(paths), "every share rule names a private field"
    for path in paths:
        record = meeting()
        marker = "Markoer" + uuid.uuid4().hex[:12]
        for owner in _owners(record, path[:-1]):
            _fill(owner, path[-1], marker)
        secret = "987654321" if path == ("talk_tally",) else marker
        text = exported(record, fmt, SummaryOptions(), tmp_path)
        assert secret not in text, f"{'.'.join(path)} leaked into {fmt}"
        everything = SummaryOptions.sharing({"private"})
        if shared_by(path) == "tally":
            everything = SummaryOptions(tally=True)
        if fmt != "ics":  # the calendar holds dates and actions only
            text = exported(record, fmt, everything, tmp_path)
            assert secret in text, f"{'.'.join(path)} missing from {fmt} when asked for"
