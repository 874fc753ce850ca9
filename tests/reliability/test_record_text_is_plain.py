"""Text from a record is never read as rich text: ``<img src=…>`` must not make the app open a file.

A colleague's record on a shared folder is enough to plant it. The image source is a
named pipe: a label that renders the text as HTML opens it and blocks for ever, so the
app runs in a child process with a timeout, steps through every page of the meeting
and reports every label and tooltip that would render the record's text as markup.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogtool.core import meeting
from dialogtool.core.record import (
    ActionItem,
    AgendaItem,
    AskedQuestion,
    Explanation,
    MeetingRecord,
    Participant,
    ParticipantEntry,
    PhaseId,
)
from dialogtool.core.store import RecordStore
from dialogtool.core.templates import bundled_templates

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel
from dialogtool.ui.app import configure_application, create_main_window

folder, record_id, marker = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
configure_application(app)
window = create_main_window(folder, demo=True)
window.show()
app.processEvents()
window.grab()
view = window.open_meeting(record_id)
rich = set()

def look() -> None:
    app.processEvents()
    window.grab()  # lays out and paints every label of the page
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and marker in widget.text():
            fmt = widget.textFormat()
            auto = fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text())
            if fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or auto:
                window_name = type(widget.window()).__name__
                rich.add(f"{window_name}/{widget.objectName() or widget.text()[:60]}")
        if marker in widget.toolTip() and GuiQt.mightBeRichText(widget.toolTip()):
            rich.add(f"tooltip of {type(widget).__name__}")

look()
for presenting in (False, True):  # then again with the room's window open
    view.session.set_presenting(presenting)
    for step in view.session.steps:
        view.session.set_step(step)
        look()
print(json.dumps(sorted(rich)), flush=True)
"""


def planted_record(text: str) -> MeetingRecord:
    """A meeting with ``text`` in every field a leader or colleague types."""
    template = next(t for t in bundled_templates() if t.id == "team-meeting")
    record = meeting.new_meeting(template, team=text)
    people = [Participant(name=text, role=text)]
    record.title, record.facilitator, record.participants = text, text, people
    record.fup.purpose = record.fup.outcome = text
    record.fup.process.append(AgendaItem(title=text, owner=text, phase=PhaseId.CHECKIN))
    record.data_group = text
    for phase in PhaseId:
        record.phase_notes[phase] = text
        record.private_notes[phase] = text
    record.checkin = [ParticipantEntry(participant_id=people[0].id, text=text)]
    record.checkout = [ParticipantEntry(participant_id=people[0].id, text=text)]
    record.questions = [AskedQuestion(category="tomm.detektiv", text=text, notes=text)]
    record.explanations = [Explanation(text=text)]
    record.action_items = [
        ActionItem(text=text, owner=text, expectation=text, learned=text),
    ]
    return record


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_img_in_a_record_neither_opens_the_file_nor_renders_as_markup(tmp_path: Path) -> None:
    fifo = tmp_path / "rør"
    os.mkfifo(fifo)
    marker = f'<img src="{fifo}">'
    text = f"{marker} Formål med <b>fed</b> skrift"
    data = tmp_path / "data"
    record = planted_record(text)
    RecordStore(data / "meetings").save(record)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c")}
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(data), record.id, marker],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the app hung opening the meeting: it read the named pipe behind <img>")
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_a_question_that_looks_like_html_has_a_literal_tooltip(
    qapp: object, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from dialogtool.core.library import Library
    from dialogtool.core.questions import LocalizedText
    from dialogtool.ui.models.question_table import TEXT, QuestionTableModel

    text = '<img src="/nonexistent/x.png"> Hvad <b>så</b> vi?'
    library = Library(tmp_path)
    library.create_question("tomm.detektiv", LocalizedText(da=text, en=text))
    model = QuestionTableModel(library)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.question(r).text.da == text)  # type: ignore[union-attr]
    tip = model.data(model.index(row, TEXT), Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tip)  # what QToolTip does with text that looks like HTML
    assert shown.toPlainText() == text
    assert "<img" not in tip
