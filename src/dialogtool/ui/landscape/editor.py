"""The data landscape editor: one profile per team, kept across meetings.

The leader names the team, writes the effect the team wants for the citizen,
ticks the stepping stones among the dataset's indicators and says what each
number means and where it comes from. Beyond eight stepping stones the
method's reason is shown; the choice is allowed. Saved with ``LandscapeStore``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.catalogue import render
from dialogtool.core.dataset import Dataset, IndicatorMeta
from dialogtool.core.failures import failure_sentence
from dialogtool.core.landscape import (
    Landscape,
    LandscapeStore,
    ResultLevel,
    stepping_stone_advice,
)
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.delegates import ChoiceDelegate
from dialogtool.ui.landscape.model import FIELDS, IndicatorTableModel, level_name
from dialogtool.ui.language import ui_lang

NEW = "__new__"


class LandscapeDialog(QDialog):
    #: The landscape was saved; carries the ``Landscape``.
    saved = Signal(object)

    def __init__(
        self,
        store: LandscapeStore,
        current: Landscape | None,
        dataset: Dataset | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeDialog")
        self.setWindowTitle(self.tr("Teamets datalandskab"))
        self.resize(1000, 680)
        self.store = store
        self.dataset = dataset
        self.landscapes, problems = store.scan()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Datalandskabet hører til teamet, ikke til ét møde: hvilken effekt I vil skabe "
                "for borgeren, og de 7–8 trædesten, der siger mest om den. Hvert nøgletal får "
                "kilde, dato og definition med, så alle kan se, om data er til at stole på."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if problems:
            warning = QLabel("\n".join("⚠ " + render(p.message, ui_lang()) for p in problems))
            warning.setWordWrap(True)
            layout.addWidget(warning)

        form = QFormLayout()
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("landscapeChoice")
        for landscape in self.landscapes:
            self.team_combo.addItem(landscape.name, landscape.id)
        self.team_combo.addItem(self.tr("Nyt team …"), NEW)
        form.addRow(self._label(self.tr("&Datalandskab:"), self.team_combo), self.team_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("landscapeName")
        form.addRow(self._label(self.tr("&Team:"), self.name_edit), self.name_edit)
        self.effect_edit = QPlainTextEdit()
        self.effect_edit.setObjectName("landscapeEffect")
        self.effect_edit.setPlaceholderText(
            self.tr("Fx: Flere borgere kommer i ordinære løntimer og bliver selvforsørgende.")
        )
        self.effect_edit.setTabChangesFocus(True)
        self.effect_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        form.addRow(
            self._label(self.tr("&Effekten for borgeren:"), self.effect_edit), self.effect_edit
        )
        layout.addLayout(form)

        self.model = IndicatorTableModel()
        self.table = QTableView()
        self.table.setObjectName("landscapeIndicators")
        self.table.setAccessibleName(self.tr("Nøgletallene i landskabet"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(
            FIELDS.index("level"),
            ChoiceDelegate(
                lambda: [
                    ("", ""),
                    *((level_name(level), level.value) for level in ResultLevel),
                ],
                self,
            ),
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("stoneCount")
        layout.addWidget(self.count_label)
        self.advice = QLabel()
        self.advice.setObjectName("stoneAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(
            "background:#FFF4E0; border:1px solid #E69F00; padding:6px; border-radius:4px"
        )
        layout.addWidget(self.advice)
        self.status = QLabel()
        self.status.setObjectName("landscapeStatus")
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.model.stonesChanged.connect(self._stones_changed)
        self.name_edit.textChanged.connect(self._name_changed)
        self.team_combo.currentIndexChanged.connect(self._chosen)
        start = self.team_combo.findData(current.id) if current is not None else -1
        if start < 0 and current is not None:
            self.landscapes.append(current)
            self.team_combo.insertItem(self.team_combo.count() - 1, current.name, current.id)
            start = self.team_combo.count() - 2
        self.team_combo.setCurrentIndex(max(start, 0))
        self._chosen(self.team_combo.currentIndex())
        make_accessible(self)  # names for a screen reader, Tab moves on

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- landscape -> widgets --------------------------------------------------
    def _chosen(self, _index: int) -> None:
        key = self.team_combo.currentData()
        found = next((item for item in self.landscapes if item.id == key), None)
        self.landscape = found.model_copy(deep=True) if found else Landscape(name="")
        if self.dataset is not None:
            self.landscape.adopt_indicators(self.dataset)
        self.name_edit.setText(self.landscape.name)
        self._name_changed(self.landscape.name)
        self.effect_edit.setPlainText(self.landscape.effect)
        self.model.set_indicators(
            self._shown_indicators(), self.landscape.stepping_stones, self.landscape.levels
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.status.clear()

    def _shown_indicators(self) -> list[IndicatorMeta]:
        """The dataset's indicators first (in its order), then others the profile describes."""
        metas = list(self.landscape.indicators)
        if self.dataset is None:
            return metas
        order = {m.id: n for n, m in enumerate(self.dataset.indicators)}
        return sorted(metas, key=lambda m: order.get(m.id, len(order)))

    def _stones_changed(self, count: int) -> None:
        self.count_label.setText(self.tr("%1 trædesten valgt").replace("%1", str(count)))
        advice = stepping_stone_advice(count)
        self.advice.setVisible(advice is not None)
        self.advice.setText(advice.get(ui_lang()) if advice else "")

    def _name_changed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()))

    # -- widgets -> landscape ------------------------------------------------
    def save(self) -> Landscape | None:
        landscape = self.landscape
        landscape.name = self.name_edit.text().strip()
        landscape.effect = self.effect_edit.toPlainText().strip()
        landscape.indicators = [m.model_copy() for m in self.model.metas]
        for (
            meta
        ) in self.model.metas:  # a direction set here is the leader's word, as in the summary
            if meta.id in self.model.directions_set:
                landscape.confirm_direction(meta, meta.higher_is_better)
        landscape.choose(self.model.stones)
        landscape.levels = dict(self.model.levels)
        try:
            self.store.save(landscape)
        except Exception as exc:  # disk full, permissions, an unreadable file of the same id
            self.status.setText(
                self.tr("Datalandskabet kunne ikke gemmes: %1").replace(
                    "%1", failure_sentence(exc, ui_lang())
                )
            )
            return None
        self.landscapes = [item for item in self.landscapes if item.id != landscape.id]
        self.landscapes.append(landscape.model_copy(deep=True))
        index = self.team_combo.findData(landscape.id)
        if index < 0:
            self.team_combo.blockSignals(True)
            self.team_combo.insertItem(self.team_combo.count() - 1, landscape.name, landscape.id)
            self.team_combo.setCurrentIndex(self.team_combo.count() - 2)
            self.team_combo.blockSignals(False)
        else:
            self.team_combo.setItemText(index, landscape.name)
        self.status.setText(self.tr("Gemt."))
        self.saved.emit(landscape.model_copy(deep=True))
        return landscape
