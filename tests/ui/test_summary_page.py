"""The summary page: what is shared is chosen and remembered; Kopiér, Gem som …, E-mail,
Kalender and Udskriv each hand the same summary to its real reader."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialogtool.core.record import ActionItem, Participant, PhaseId
from dialogtool.core.summary.markdown import render_markdown
from dialogtool.export.tagged_pdf import tagged_pdf_unavailable
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.pages.summary import SummaryPage
from dialogtool.ui.preferences import EXPORT_FOLDER, SHARE_NAMES, preferences

NAME = "<Jens Hansen>"
LINK = "[x](javascript:alert(1))"
PRIVATE = "Åse virker presset"


def visible(kind: type[QWidget], name: str) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]


def summary_page(window: MainWindow) -> SummaryPage:
    view = window.new_meeting("team-meeting")
    assert view is not None
    record = view.session.record
    record.title = "Teammøde om løntimer"
    record.team = "Team Nord"
    record.fup.purpose = "Vi bliver klogere på løntimerne."  # the leader's own, not the template's
    record.participants.append(Participant(name=NAME))
    record.action_items.append(ActionItem(text=LINK, owner="Åse"))
    record.phase_notes[PhaseId.ACTIONS] = "Vi aftalte at ringe rundt."
    record.private_notes[PhaseId.ACTIONS] = PRIVATE
    view.go_to("summary")
    page = view.current_page()
    assert isinstance(page, SummaryPage)
    page.opened: list[QUrl] = []  # type: ignore[misc]
    page.exporter.open_url = lambda url: page.opened.append(url) or True  # type: ignore[attr-defined]
    return page


def test_copy_and_email_say_what_they_did_and_no_mail_program_is_told_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = summary_page(window)
    assert page.export_notice.text() == ""
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.export_notice.text().startswith("Kopieret"), "Kopiér gives feedback"
    QGuiApplication.clipboard().clear()

    page.exporter.open_url = lambda _url: False  # no program answers mailto:
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    [box] = visible(QMessageBox, "noMailProgram")
    assert isinstance(box, QMessageBox) and "intet e-mail-program" in box.text()
    assert "Intet e-mail-program" in page.export_notice.text()
    assert NAME in QGuiApplication.clipboard().text(), "the summary is copied instead"
    box.close()


def test_the_saved_message_keeps_the_folder_whole_and_the_title_in_sight(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_page(window)
    folder = tmp_path / "et ret langt mappenavn" / "opsamlinger fra teammøder"
    folder.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(folder / "x.md"), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(visible(QMessageBox, "exportSaved")), timeout=10_000)
    [box] = visible(QMessageBox, "exportSaved")
    assert isinstance(box, QMessageBox)
    line = box.findChild(QLineEdit, "pathLine")
    assert line is not None and line.text() == str(folder), "the folder whole, on one line"
    assert line.isVisible() and line.isReadOnly()
    needed = line.fontMetrics().horizontalAdvance(str(folder))
    assert line.width() >= min(needed, 880), "not broken after its first '/'"
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.windowTitle()) + 100
    box.close()


def test_summary_page_shows_user_text_as_written_and_shares_what_is_chosen(
    window: MainWindow,
) -> None:
    page = summary_page(window)
    shown = page.browser.toPlainText()
    assert NAME in shown and LINK in shown
    assert "## Referat" not in shown and "Referat\nVi aftalte at ringe rundt." in shown
    assert PRIVATE not in shown
    assert "href" not in page.browser.toHtml(), "no link in what the leader sees"
    page.include_private.setChecked(True)
    assert PRIVATE in page.browser.toPlainText()
    page.include_private.setChecked(False)

    names = page.findChild(QWidget, "share_names")
    assert names is not None
    names.setChecked(False)  # type: ignore[attr-defined]
    assert NAME not in page.browser.toPlainText()
    assert preferences().get(SHARE_NAMES) is False, "the choice is remembered"
    page.include_private.setChecked(True)
    again = SummaryPage(page.session)
    assert not again.include_private.isChecked(), "private notes are chosen afresh each time"
    assert not again.options().names


def test_copy_puts_html_and_plain_text_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    page = summary_page(window)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert "text/html" in mime.formats() and "text/plain" in mime.formats()
    assert "<script" not in mime.html() and "&lt;Jens Hansen&gt;" in mime.html()
    plain = mime.text()
    assert NAME in plain and LINK in plain and "**" not in plain and "##" not in plain
    assert PRIVATE not in plain and PRIVATE not in mime.html()
    document = QTextDocument()
    document.setHtml(mime.html())  # as Outlook or Word read the HTML
    assert NAME in document.toPlainText() and "href" not in document.toHtml()


def test_save_as_writes_a_dated_file_confirms_with_open_folder_and_remembers_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_page(window)
    offered: list[str] = []

    def choose(_parent: object, _title: str, start: str, *_rest: object) -> tuple[str, str]:
        offered.append(start)
        return (str(tmp_path / Path(start).name), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    day = page.session.record.scheduled_at.astimezone().date().isoformat()
    pdf = tmp_path / f"{day} Teammøde Team Nord.pdf"
    assert Path(offered[0]).name == pdf.name
    qtbot.waitUntil(lambda: bool(visible(QMessageBox, "exportSaved")), timeout=10_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
        assert NAME in text.stdout and PRIVATE not in text.stdout
    [box] = visible(QMessageBox, "exportSaved")
    assert isinstance(box, QMessageBox) and pdf.name in box.text()
    assert box.findChild(QLabel, "untaggedPdf") is None, "the PDF is tagged: nothing to say"
    [folder] = [b for b in box.buttons() if b.text() == "Åbn mappe"]
    folder.click()
    assert page.opened == [QUrl.fromLocalFile(str(tmp_path))]  # type: ignore[attr-defined]
    assert preferences().get(EXPORT_FOLDER) == str(tmp_path)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Path(offered[1]).parent == tmp_path, "the next save starts in the last folder"
    # The PDF is written in the background; the page must outlive it (see ui.tasks).
    qtbot.waitUntil(lambda: not page.exporter.tasks, timeout=10_000)

    markdown = tmp_path / "opsamling.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(markdown), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert markdown.read_text(encoding="utf-8") == render_markdown(page.document())


def test_without_pango_the_pdf_is_saved_untagged_and_the_leader_is_told_in_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # its import fails, as without Pango
    tagged_pdf_unavailable.cache_clear()
    page = summary_page(window)
    pdf = tmp_path / "opsamling.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(pdf), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(visible(QMessageBox, "exportSaved")), timeout=10_000)
    [box] = visible(QMessageBox, "exportSaved")
    note = box.findChild(QLabel, "untaggedPdf")
    assert isinstance(note, QLabel) and note.isVisible() and "skærmlæsere" in note.text()
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "Tagged:          no" in info
    monkeypatch.undo()
    tagged_pdf_unavailable.cache_clear()


def test_calendar_and_email_hand_the_summary_to_the_system(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_page(window)
    target = tmp_path / "aftaler.ics"
    filters: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        filters.append(str(args[3]))
        return (str(target), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert filters == [] and visible(QMessageBox, "nothingForCalendar"), "no dates yet"
    page.session.record.follow_up = date(2027, 1, 15)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert filters == ["Kalender (*.ics)"] and target.read_bytes().startswith(b"BEGIN:VCALENDAR")

    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    [url] = page.opened  # type: ignore[attr-defined]
    assert url.scheme() == "mailto"
    query = parse_qs(urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)).query)
    assert query["subject"][0].startswith("Teammøde om løntimer")
    assert NAME in query["body"][0] and PRIVATE not in query["body"][0]
    assert not visible(QMessageBox, "mailCut")

    page.session.record.phase_notes[PhaseId.DATA] = "Langt referat. " * 300
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert len(page.opened[1].toString(QUrl.ComponentFormattingOption.FullyEncoded)) <= 2000  # type: ignore[attr-defined]
    assert visible(QMessageBox, "mailCut"), "the leader is told the draft was shortened"
    assert ("Langt referat. " * 300).strip() in QGuiApplication.clipboard().text()


def test_print_offers_qts_dialog_and_prints_the_pdfs_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = summary_page(window)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    [dialog] = visible(QPrintDialog, "printDialog")
    dialog.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    page.exporter.print_to(printer)
    qtbot.waitUntil(lambda: not page.exporter.tasks, timeout=10_000)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "print.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "Handlinger" in text and "Side 1 af 1" in text and "Team Nord" in text


def test_a_failed_background_save_is_told_in_a_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = summary_page(window)
    gone = tmp_path / "unplugged-usb" / "opsamling.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(gone), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(visible(QMessageBox, "failureMessage")), timeout=10_000)
    [box] = visible(QMessageBox, "failureMessage")
    assert isinstance(box, QMessageBox) and box.text().startswith("Opsamlingen kunne ikke gemmes.")
    assert "USB" in box.text() and not visible(QMessageBox, "exportSaved")
