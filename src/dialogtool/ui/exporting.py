"""The summary leaves the app: clipboard, file, e-mail, calendar and printer.

Every write is guarded (``show_failure`` with ``failure_sentence``). PDF, Word
and HTML draw charts and take a few hundred milliseconds for a long meeting, so
they are rendered and written on the background runner (``ui.tasks``); the
summary document itself is built on the UI thread from the record as it is now.
The system's opener (``QDesktopServices.openUrl``) is injectable for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QMimeData, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QWidget

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.logs import log_exception
from dialogtool.core.record import MeetingRecord
from dialogtool.core.summary import SummaryDoc, SummaryOptions, build_summary, render_html
from dialogtool.core.summary.files import export_name
from dialogtool.core.summary.mail import mail_draft
from dialogtool.core.summary.text import render_text
from dialogtool.export.formats import Format, export_bytes
from dialogtool.export.pdf import paint_pages
from dialogtool.export.tagged_pdf import tagged_pdf_unavailable
from dialogtool.ui.errors import show_failure
from dialogtool.ui.file_dialogs import save_file
from dialogtool.ui.language import ui_lang
from dialogtool.ui.message_boxes import add_path_line, widen_to_title
from dialogtool.ui.preferences import EXPORT_FOLDER, preferences
from dialogtool.ui.tasks import BackgroundTask

#: Formats drawn with charts: rendered off the UI thread.
SLOW: Final[frozenset[Format]] = frozenset({"pdf", "docx", "html"})


def rich_mime(doc: SummaryDoc) -> QMimeData:
    """HTML for Outlook, Word and Teams, plain text for everything else.

    Charts are described in words here, not drawn: drawing eight of them takes most
    of a second on the UI thread, and Outlook and Teams drop pasted ``data:`` images.
    """
    mime = QMimeData()
    mime.setHtml(render_html(doc))
    mime.setText(render_text(doc))
    return mime


class Exporter(QObject):
    """The export actions of one page; ``record`` and ``options`` are read at each use."""

    #: A short sentence of what was just done (copied, handed to the mail program), for the page.
    told = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        record: Callable[[], MeetingRecord],
        options: Callable[[], SummaryOptions],
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.record = record
        self.options = options
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.tasks: list[BackgroundTask] = []

    def filters(self) -> dict[Format, str]:
        return {
            "pdf": self.tr("PDF (*.pdf)"),
            "docx": self.tr("Word-dokument (*.docx)"),
            "md": self.tr("Markdown til Teams og OneNote (*.md)"),
            "html": self.tr("Webside (*.html)"),
            "ics": self.tr("Kalender (*.ics)"),
        }

    def document(self) -> SummaryDoc:
        return build_summary(self.record(), ui_lang(), self.options())

    def copy(self) -> None:
        QGuiApplication.clipboard().setMimeData(rich_mime(self.document()))
        self.told.emit(self.tr("Kopieret – indsæt opsamlingen i Outlook, Word eller Teams."))

    def save_as(self, only: Format | None = None) -> None:
        """Ask where, then write; ``only`` limits the dialog to one format."""
        filters = self.filters()
        offered = [only] if only else list(filters)
        fmt = offered[0]
        start = self._folder() / export_name(self.record(), fmt, ui_lang())
        path_text, chosen = save_file(
            self.widget,
            self.tr("Gem opsamling"),
            start,
            ";;".join(filters[f] for f in offered),
            filters[fmt],
        )
        if not path_text:
            return
        path = Path(path_text)
        by_filter = next((f for f in offered if filters[f] == chosen), fmt)
        fmt = next((f for f in offered if path.suffix.lower() == f".{f}"), by_filter)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.write(path, fmt)

    def write(self, path: Path, fmt: Format) -> BackgroundTask | None:
        """Write one export; a slow one on the background runner (returned)."""
        record, lang, options = self.record().model_copy(deep=True), ui_lang(), self.options()
        if fmt not in SLOW:
            try:
                atomic_write_bytes(path, export_bytes(record, fmt, lang, options))
            except OSError as exc:
                self._failed(exc)
                return None
            self._saved(path)
            return None

        def work(_progress: Callable[[int, int], bool]) -> Path:
            atomic_write_bytes(path, export_bytes(record, fmt, lang, options))
            return path

        task = BackgroundTask(work, self)
        task.succeeded.connect(lambda _result: self._saved(path))
        task.failed.connect(self._failed)
        return self._run(task)

    def calendar(self) -> None:
        record = self.record()
        if record.follow_up or any(a.due and a.text for a in record.action_items):
            self.save_as("ics")
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Kalender"),
            self.tr(
                "Der er endnu ingen opfølgningsdato eller frist at sætte i kalenderen. "
                "Skriv dem under Handlinger."
            ),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.setObjectName("nothingForCalendar")
        widen_to_title(box)
        box.open()

    def email(self) -> None:
        doc = self.document()
        draft = mail_draft(doc)
        if not self.open_url(QUrl(draft.url, QUrl.ParsingMode.StrictMode)):
            # No mail program answers mailto: (the reason went only to stderr before).
            QGuiApplication.clipboard().setMimeData(rich_mime(doc))
            self._inform(
                "noMailProgram",
                self.tr("E-mail"),
                self.tr(
                    "Der er intet e-mail-program på computeren, der kan åbne en kladde. "
                    "Opsamlingen er kopieret: indsæt den i en ny e-mail."
                ),
            )
            self.told.emit(self.tr("Intet e-mail-program – opsamlingen er kopieret i stedet."))
            return
        self.told.emit(self.tr("E-mail-kladden er åbnet i dit e-mail-program."))
        if draft.cut:
            QGuiApplication.clipboard().setMimeData(rich_mime(doc))
            self._inform(
                "mailCut",
                self.tr("E-mail"),
                self.tr(
                    "Opsamlingen er for lang til en e-mail-kladde, så kladden er forkortet. "
                    "Hele opsamlingen ligger på udklipsholderen: indsæt den i e-mailen."
                ),
            )

    def _inform(self, name: str, title: str, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.widget
        )
        box.setObjectName(name)
        widen_to_title(box)
        box.open()
        return box

    def print_dialog(self) -> QPrintDialog:
        """Qt's print dialog; printing paints the same pages as the PDF."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog.open() in PySide wants a receiver and a slot
        return dialog

    def print_to(self, printer: QPrinter) -> BackgroundTask:
        """Paint the pages on the background runner (charts take a while to draw)."""
        printer.setDocName(self.record().title or "dialogtool")
        doc = self.document()
        task = BackgroundTask(lambda _progress: paint_pages(printer, doc), self)
        task.failed.connect(self._print_failed)
        return self._run(task)

    def _print_failed(self, exc: object) -> None:
        if isinstance(exc, Exception):
            log_exception("Printing the summary failed", exc)
        show_failure(self.widget, self.tr("Udskriv"), self.tr("Udskrivningen mislykkedes."))

    def _run(self, task: BackgroundTask) -> BackgroundTask:
        self.tasks.append(task)  # kept alive until it is done
        task.done.connect(lambda: self.tasks.remove(task))
        task.start()
        return task

    def _folder(self) -> Path:
        remembered = preferences().get(EXPORT_FOLDER)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _saved(self, path: Path) -> None:
        preferences().set(EXPORT_FOLDER, str(path.parent))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Opsamlingen er gemt"),
            self.tr("Gemt som »%1« i mappen:").replace("%1", path.name),
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.setObjectName("exportSaved")
        add_path_line(widen_to_title(box), str(path.parent))
        if path.suffix.lower() == ".pdf" and tagged_pdf_unavailable():
            self._say_untagged(box)
        folder = box.addButton(self.tr("Åbn mappe"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openFolder")
        folder.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path.parent))))
        box.open()

    def _say_untagged(self, box: QMessageBox) -> None:
        """Under the path: this PDF was written by Qt, without tags (``export.pdf``)."""
        note = QLabel(
            self.tr(
                "PDF'en er uden mærkning til skærmlæsere, fordi programmet ikke kan indlæse "
                "Pango på denne computer – giv Word-filen til den, der bruger skærmlæser."
            )
        )
        note.setObjectName("untaggedPdf")
        note.setWordWrap(True)
        layout = box.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(note, layout.rowCount(), 1, 1, max(layout.columnCount() - 1, 1))

    def _failed(self, exc: object) -> None:
        if not isinstance(exc, Exception):
            return
        log_exception("Saving the summary failed", exc)
        show_failure(
            self.widget,
            self.tr("Gem opsamling"),
            self.tr("Opsamlingen kunne ikke gemmes. %1").replace(
                "%1", failure_sentence(exc, ui_lang())
            ),
        )
