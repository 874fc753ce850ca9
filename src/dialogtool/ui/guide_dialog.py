"""The method guide: short cards (what, why, how, pitfall) for the phase the meeting is in.

Opened with the "Metode" button or F1 in the meeting view; it stays open beside
the meeting and follows the phase when the leader steps on.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.guide import GuideCard, cards_for_phase
from dialogtool.core.record import PhaseId
from dialogtool.ui import labels
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.language import ui_lang

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.resize(780, 520)
        self.cards: list[GuideCard] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("guideCards")
        self.list.setAccessibleName(self.tr("Metodekort"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setFixedWidth(200)
        self.list.selectionModel().currentChanged.connect(self._card_chosen)
        row.addWidget(self.list)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideCard")
        self.browser.setAccessibleName(self.tr("Det valgte kort"))
        self.browser.setOpenLinks(False)
        row.addWidget(self.browser, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Luk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        make_accessible(self)  # names for a screen reader, Tab moves on

    def show_phase(self, phase: PhaseId) -> None:
        """List the cards for ``phase`` and show the first."""
        self.setWindowTitle(self.tr("Metode – %1").replace("%1", labels.phase(phase)))
        self.cards = cards_for_phase(phase)
        lang = ui_lang()
        self.model.clear()
        for card in self.cards:
            item = QStandardItem(card.title.get(lang))
            item.setData(card.id, CARD_ID_ROLE)
            self.model.appendRow(item)
        if self.cards:
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.browser.clear()

    def current_card(self) -> GuideCard | None:
        row = self.list.currentIndex().row()
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def _card_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = self.current_card()
        if card is not None:
            self.browser.setHtml(self.card_html(card))

    def card_html(self, card: GuideCard) -> str:
        lang = ui_lang()
        sections = (
            (self.tr("Hvad"), card.what),
            (self.tr("Hvorfor"), card.why),
            (self.tr("Sådan gør du"), card.how),
        )
        body = "".join(
            f"<h3>{escape(title)}</h3><p>{escape(text.get(lang))}</p>" for title, text in sections
        )
        pitfall = (
            "<table width='100%' cellpadding='8' style='background:#fff4e5;"
            "border:1px solid #e0a040'><tr><td>"
            f"<b>{escape(self.tr('Faldgrube'))}:</b> {escape(card.pitfall.get(lang))}"
            "</td></tr></table>"
        )
        return f"<h2>{escape(card.title.get(lang))}</h2>{body}<br>{pitfall}"
