"""The employer's records duties on the start screen: *Indsigt* and *Sletning*.

Both only present ``core.insight`` and ``core.retention``: the insight dialog
finds everything about one person and saves it as PDF or JSON; the deletion
dialog previews the meetings older than the chosen age (kept as a preference)
and moves exactly those to the bin.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.formatting import day
from dialogtool.core.insight import InsightReport, collect
from dialogtool.core.insight_document import field_label, insight_document, insight_json
from dialogtool.core.retention import Age, Doomed
from dialogtool.core.summary.files import safe_stem
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.empty_state import EmptyState
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang
from dialogtool.ui.preferences import RETENTION_MONTHS, preferences
from dialogtool.ui.tasks import BackgroundTask, Progress

if TYPE_CHECKING:
    from dialogtool.app.workspace import Workspace


def _table(model: QStandardItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class InsightDialog(QDialog):
    """*Indsigt*: everything recorded about one person, to save as PDF and JSON."""

    #: The report was written to this path.
    saved = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightDialog")
        self.setWindowTitle(self.tr("Indsigt for en person"))
        self.resize(760, 560)
        self.workspace = workspace
        self.report: InsightReport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Til en medarbejders indsigtsanmodning: alt, hvad møderne (også dem i papirkurven) "
                "rummer om én person – hvert felt, der nævner personen, og personens egne ord."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("insightName")
        self.name_edit.setPlaceholderText(self.tr("Fulde navn, fx Mette Hansen"))
        form.addRow(self.tr("Navn:"), self.name_edit)
        self.also_edit = QLineEdit()
        self.also_edit.setObjectName("insightAlso")
        self.also_edit.setPlaceholderText(self.tr("Fornavn, kaldenavn … adskilt med komma"))
        form.addRow(self.tr("Også:"), self.also_edit)
        self.private_check = QCheckBox(self.tr("Medtag mine private noter, der nævner personen"))
        self.private_check.setObjectName("insightPrivate")
        form.addRow("", self.private_check)
        layout.addLayout(form)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("insightFind")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search_person)
        self.name_edit.returnPressed.connect(self.search_person)
        self.result_label = QLabel()
        self.result_label.setObjectName("insightResult")
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.result_label, 1)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Møde"), self.tr("Felt"), self.tr("Indhold")])
        self.view = _table(self.model)
        self.view.setAccessibleName(self.tr("Fundne oplysninger om personen"))
        self.empty_state = EmptyState(
            self.view, self.tr("Skriv personens navn, og tryk Find. Intet gemmes, før du vælger.")
        )
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            self.tr("Gem PDF …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.json_button = buttons.addButton(
            self.tr("Gem JSON …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(lambda: self._choose_and_save("pdf"))
        self.json_button.clicked.connect(lambda: self._choose_and_save("json"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._enable_saving()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def search_person(self) -> InsightReport | None:
        names = [self.name_edit.text(), *self.also_edit.text().split(",")]
        try:
            report = collect(
                self.workspace.kept_records(),
                names,
                include_private=self.private_check.isChecked(),
            )
        except ValueError:
            self.result_label.setText(self.tr("Skriv personens navn."))
            return None
        self.report = report
        lang = ui_lang()
        self.model.removeRows(0, self.model.rowCount())
        for found in report.meetings:
            meeting = f"{day(found.record.scheduled_at.date(), lang)} {found.record.title}"
            for finding in found.findings:
                self.model.appendRow(
                    [
                        QStandardItem(meeting),
                        QStandardItem(field_label(finding, lang)),
                        QStandardItem(finding.text),
                    ]
                )
        self.result_label.setText(
            self.tr("%1 felter i %2 møder")
            .replace("%1", str(report.count))
            .replace("%2", str(len(report.meetings)))
        )
        self._enable_saving()
        return report

    def _enable_saving(self) -> None:
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(self.report is not None)

    def file_stem(self) -> str:
        assert self.report is not None
        when = self.report.generated_at.date().isoformat()
        return safe_stem(
            self.tr("Indsigt %1 %2").replace("%1", self.report.person).replace("%2", when)
        )

    def _choose_and_save(self, extension: str) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Gem indsigt"), f"{self.file_stem()}.{extension}", f"*.{extension}"
        )
        if path:
            self.save(Path(path), extension)

    def save(self, path: Path, extension: str) -> BackgroundTask:
        """Write the found report as ``pdf`` or ``json``, off the UI thread (the tagged PDF's
        first layout takes about a second); ``saved`` follows, or the user is told why not."""
        assert self.report is not None
        report, lang = self.report, ui_lang()

        def work(_progress: Progress) -> Path:
            if extension == "pdf":
                from dialogtool.export.pdf import render_pdf

                data = render_pdf(insight_document(report, lang))
            else:
                text = json.dumps(insight_json(report), indent=2, ensure_ascii=False) + "\n"
                data = text.encode("utf-8")
            atomic_write_bytes(path, data)
            return path

        task = BackgroundTask(work, self)
        task.succeeded.connect(self.saved)
        task.failed.connect(self._not_saved)
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(False)
        task.done.connect(self._enable_saving)
        task.start()
        return task

    def _not_saved(self, exc: Exception) -> None:
        show_failure(self, self.tr("Indsigten blev ikke gemt"), failure_sentence(exc, ui_lang()))


class RetentionDialog(QDialog):
    """*Sletning*: the meetings older than the chosen age, previewed, then moved to the bin."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Slet gamle møder"))
        self.resize(720, 480)
        self.workspace = workspace
        #: Today, for the age; tests set it.
        self.today = date.today()
        self.doomed: list[Doomed] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Møder, der blev holdt før den valgte alder, flyttes til papirkurven, hvorfra de "
                "kan gendannes, til papirkurven tømmes. Alderen huskes som jeres regel."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ældre end")))
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, 600)
        self.months.setSuffix(self.tr(" måneder"))
        self.months.setValue(preferences().get(RETENTION_MONTHS) or 36)
        self.months.valueChanged.connect(self._age_chosen)
        row.addWidget(self.months)
        self.cutoff_label = QLabel()
        self.cutoff_label.setObjectName("retentionCutoff")
        row.addWidget(self.cutoff_label, 1)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Holdt"), self.tr("Møde"), self.tr("Bemærkning")]
        )
        self.view = _table(self.model)
        self.view.setAccessibleName(self.tr("Møder der kan slettes"))
        self.empty_state = EmptyState(self.view, self.tr("Ingen møder er så gamle."))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.move_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.setObjectName("retentionMove")
        self.move_button.clicked.connect(self.move_to_bin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def _age_chosen(self, months: int) -> None:
        preferences().set(RETENTION_MONTHS, months)  # the rule, remembered once chosen
        self.preview()

    def preview(self) -> list[Doomed]:
        age = Age(months=self.months.value())
        lang = ui_lang()
        self.doomed = self.workspace.retention_plan(age, self.today)
        self.cutoff_label.setText(
            self.tr("holdt før %1").replace("%1", day(age.cutoff(self.today), lang))
        )
        self.model.removeRows(0, self.model.rowCount())
        for meeting in self.doomed:
            notes = []
            if meeting.open_actions:
                notes.append(self.tr("%1 åbne handlinger").replace("%1", str(meeting.open_actions)))
            if meeting.in_use:
                notes.append(self.tr("åben et andet sted – bliver"))
            title = meeting.title + (f" – {meeting.team}" if meeting.team else "")
            self.model.appendRow(
                [
                    QStandardItem(day(meeting.held, lang)),
                    QStandardItem(title),
                    QStandardItem(", ".join(notes)),
                ]
            )
        going = [m for m in self.doomed if not m.in_use]
        self.move_button.setText(
            self.tr("Flyt %1 møder til papirkurven").replace("%1", str(len(going)))
        )
        self.move_button.setEnabled(bool(going))
        return self.doomed

    def move_to_bin(self) -> int:
        moved, failed = self.workspace.move_plan_to_bin(self.doomed)
        if failed:
            lang = ui_lang()
            show_failure(
                self,
                self.tr("Nogle møder blev ikke flyttet"),
                "\n".join(f"{m.title}: {failure_sentence(exc, lang)}" for m, exc in failed),
            )
        self.preview()
        return len(moved)
