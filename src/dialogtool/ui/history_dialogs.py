"""Dialogs of the history: the bin of deleted meetings and one indicator over time."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialogtool.app.workspace import Workspace
from dialogtool.core import meeting_files
from dialogtool.core.failures import failure_sentence
from dialogtool.core.formatting import day, moment, quantity
from dialogtool.core.formatting import period as period_text
from dialogtool.core.indicator_history import timeline
from dialogtool.core.logs import log_exception
from dialogtool.ui import labels
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.empty_state import EmptyState
from dialogtool.ui.errors import show_failure
from dialogtool.ui.language import ui_lang


class BinDialog(QDialog):
    """Deleted meetings; a restored one is back on the start screen."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Papirkurv"))
        self.resize(560, 380)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Slettede møder. Et gendannet møde vises igen på forsiden."))
        )
        self.list = QListWidget()
        self.list.setObjectName("binList")
        self.list.setAccessibleName(self.tr("Møder i papirkurven"))
        self.empty_state = EmptyState(
            self.list,
            self.tr("Papirkurven er tom. Et slettet møde ligger her, til du gendanner det."),
        )
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Gendan"))
        self.restore_button.setObjectName("restoreMeeting")
        self.restore_button.clicked.connect(self.restore_current)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def reload(self) -> None:
        self.entries = self.workspace.bin()
        self.list.clear()
        lang = ui_lang()
        for entry in self.entries:
            when = day(entry.deleted_at.date(), lang)
            text = self.tr("%1 – slettet %2").replace("%1", entry.title or entry.record_id)
            self.list.addItem(QListWidgetItem(text.replace("%2", when)))
        if self.entries:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.entries))

    def restore_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        try:
            self.workspace.restore_entry(self.entries[row])
        except meeting_files.BinError:
            show_failure(
                self,
                self.tr("Mødet kunne ikke gendannes"),
                self.tr("Der findes allerede et møde med samme id; det overskrives ikke."),
            )
        except (OSError, ValueError) as exc:
            log_exception("Restoring a meeting failed", exc)
            show_failure(
                self, self.tr("Mødet kunne ikke gendannes"), failure_sentence(exc, ui_lang())
            )
        self.reload()


class IndicatorHistoryDialog(QDialog):
    """For one indicator: the numbers, what was noticed, explanations and actions, meeting by meeting."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nøgletal over tid"))
        self.resize(760, 560)
        self.workspace = workspace
        history = workspace.history
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("indicatorChoice")
        self.combo.setAccessibleName(self.tr("Nøgletal"))
        for indicator_id, name in history.indicators():
            self.combo.addItem(name, indicator_id)
        layout.addWidget(self.combo)
        self.text = QTextBrowser()
        self.text.setObjectName("indicatorTimeline")
        self.text.setAccessibleName(self.tr("Nøgletallets historik"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self.show_indicator)
        self.show_indicator()
        make_accessible(self)  # names for a screen reader, Tab moves on

    def show_indicator(self) -> None:
        indicator_id = self.combo.currentData()
        if not indicator_id:
            self.text.setPlainText(self.tr("Ingen møder har set på et nøgletal endnu."))
            return
        records = self.workspace.with_indicator(indicator_id)
        lang = ui_lang()
        parts = []
        for item in timeline(records, indicator_id):
            parts.append(f"<h3>{escape(moment(item.when, lang))} · {escape(item.title)}</h3><ul>")
            if item.reading is not None:
                value = quantity(item.reading.value, item.reading.unit, lang)
                when = period_text(item.reading.period, lang)
                parts.append(
                    f"<li><b>{escape(self.tr('Tallet'))}:</b> {escape(value)} ({escape(when)})</li>"
                )
            for caption, text in (
                (self.tr("Teamet lagde mærke til"), item.noticed),
                (self.tr("Teamets svar"), item.response),
            ):
                if text:
                    parts.append(f"<li><b>{escape(caption)}:</b> {escape(text)}</li>")
            for text in item.explanations:
                parts.append(f"<li><b>{escape(self.tr('Forklaring'))}:</b> {escape(text)}</li>")
            for action in item.actions:
                status = labels.action_status(action.status)
                who = f" ({escape(action.owner)})" if action.owner else ""
                parts.append(
                    f"<li><b>{escape(self.tr('Aftale'))}:</b> {escape(action.text)}{who}"
                    f" – {escape(status)}</li>"
                )
            parts.append("</ul>")
        self.text.setHtml("".join(parts))
