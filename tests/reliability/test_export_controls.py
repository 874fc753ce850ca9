"""Control characters in a record (Word's soft line break, pasted from Word or PowerPoint) in
every export format: the export is written, the text is there, the break is a line break."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogtool.core.record import ActionItem, MeetingRecord, Participant, PhaseId
from dialogtool.core.store import RecordStore
from dialogtool.core.summary import SummaryOptions

PASTED = "Første linje\x0bAnden linje\x0cTredje\x00\x1f\x7f linje slut"


def pasted_record() -> MeetingRecord:
    record = MeetingRecord(title=f"Møde {PASTED}", team="Team\x0bNord")
    record.participants = [Participant(name="Åse\x0b")]
    record.fup.purpose = record.fup.outcome = PASTED
    record.phase_notes[PhaseId.SUMMARY] = PASTED
    record.action_items = [ActionItem(text=PASTED, owner="Jens\x0b")]
    record.follow_up = record.scheduled_at.date()
    return record


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "md", "ics"])
def test_every_export_format_copes_with_control_characters(qapp: object, fmt: str) -> None:
    from dialogtool.export.formats import export_bytes

    record = pasted_record()
    record.fup.purpose += " \ud800"  # a lone surrogate: valid in JSON, not in UTF-8
    data = export_bytes(record, fmt, "da", SummaryOptions())  # type: ignore[arg-type]
    assert data
    if fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "Første linje\nAnden linje\nTredje linje" in text
    elif fmt in ("html", "md"):
        text = data.decode("utf-8")
        assert "Anden linje" in text and "\x0b" not in text and "\x00" not in text
    elif fmt == "ics":
        assert b"\x0b" not in data and b"Anden linje" in data.replace(b"\r\n ", b"")


def test_the_export_command_writes_a_docx_without_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    record = pasted_record()
    RecordStore(data / "meetings").save(record)
    out = tmp_path / "møde.docx"
    result = subprocess.run(
        [sys.executable, "-m", "dialogtool", "--data-dir", str(data), "export", record.id,
         "--format", "docx", "-o", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "Traceback" not in result.stderr
    assert result.returncode == 0 and out.stat().st_size > 0
