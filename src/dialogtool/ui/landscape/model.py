"""The indicators of a landscape as an editable table: stepping stone or not, and their meaning.

One row per indicator. The first column is a check box (chosen as a stepping
stone), the second whether it is an output or an outcome (a choice); "higher is
better" is a check box too; the rest are text cells. A
target is typed as a number in Danish or English form (``12,5``); an
extraction date as ``dd.mm.åååå`` or ``åååå-mm-dd``. A cell that cannot be
read keeps its old value.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dialogtool.core.dataset import IndicatorMeta
from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing.numbers import parse_number
from dialogtool.core.landscape import ResultLevel
from dialogtool.ui import plain_text
from dialogtool.ui.language import ui_lang

Index = QModelIndex | QPersistentModelIndex
FIELDS = (
    "stone",
    "level",
    "name",
    "unit",
    "higher_is_better",
    "target",
    "source",
    "extracted",
    "delivered_by",
    "frequency",
    "definition",
)
CHECKS = {"stone", "higher_is_better"}
_DATE_FORMATS = ("%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")


def parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def level_name(level: ResultLevel | None) -> str:
    """ "Output" or "Outcome" as the table shows it; "" when not marked."""
    return (
        {ResultLevel.OUTPUT: "Output", ResultLevel.OUTCOME: "Outcome"}.get(level, "")
        if level
        else ""
    )


class IndicatorTableModel(QAbstractTableModel):
    #: The set of stepping stones changed; carries how many are chosen.
    stonesChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.metas: list[IndicatorMeta] = []
        self.stones: list[str] = []
        #: Indicators whose direction the leader set here: confirmed when the landscape is saved.
        self.directions_set: set[str] = set()
        #: Indicator id → output or outcome (``Landscape.levels``).
        self.levels: dict[str, ResultLevel] = {}

    def set_indicators(
        self,
        metas: list[IndicatorMeta],
        stones: list[str],
        levels: dict[str, ResultLevel] | None = None,
    ) -> None:
        self.beginResetModel()
        self.metas = [m.model_copy() for m in metas]
        self.stones = [s for s in stones if any(m.id == s for m in metas)]
        self.directions_set = set()
        self.levels = dict(levels or {})
        self.endResetModel()
        self.stonesChanged.emit(len(self.stones))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.metas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Trædesten"),
                self.tr("Output/outcome"),
                self.tr("Navn"),
                self.tr("Enhed"),
                self.tr("Højere er bedre"),
                self.tr("Mål"),
                self.tr("Kilde"),
                self.tr("Trukket"),
                self.tr("Leveret af"),
                self.tr("Hvor ofte"),
                self.tr("Definition – kan vi stole på data?"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[section] == "level":
            return self.tr("Output: det, vi gør. Outcome: den effekt, borgeren mærker.")
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[section] == "target":
            return self.tr("Målet fra filen; skriv et andet for at bruge det, hvor filen intet har")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIELDS[index.column()] in CHECKS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meta = self.metas[index.row()]
        field = FIELDS[index.column()]
        if field in CHECKS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            on = meta.id in self.stones if field == "stone" else meta.higher_is_better
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if field == "level":
            level = self.levels.get(meta.id)
            if role == Qt.ItemDataRole.EditRole:
                return level.value if level else ""
            return level_name(level)
        if field == "target":
            return "" if meta.target is None else format_number(meta.target, ui_lang())
        if field == "extracted":
            return meta.extracted.strftime("%d.%m.%Y") if meta.extracted else ""
        text = str(getattr(meta, field))
        return plain_text.tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        meta = self.metas[row]
        field = FIELDS[index.column()]
        if field in CHECKS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            if field == "higher_is_better":
                self.metas[row] = meta.model_copy(update={"higher_is_better": on})
                self.directions_set.add(meta.id)
            else:
                self._set_stone(meta.id, on)
            self.dataChanged.emit(index, index, [role])
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if field == "level":
            if text:
                self.levels[meta.id] = ResultLevel(text)
            else:
                self.levels.pop(meta.id, None)
            self.dataChanged.emit(index, index, [role])
            return True
        try:
            update = {field: self._parse(field, text)}
        except ValueError:
            return False
        if field == "name" and not text:
            return False
        self.metas[row] = meta.model_copy(update=update)
        self.dataChanged.emit(index, index, [role])
        return True

    def _parse(self, field: str, text: str) -> object:
        if field == "target":
            if not text:
                return None
            number = parse_number(text, "," if "," in text else ".")
            if number is None:
                raise ValueError(text)
            return number
        if field == "extracted":
            return parse_date(text) if text else None
        return text

    def _set_stone(self, indicator_id: str, on: bool) -> None:
        if on and indicator_id not in self.stones:
            self.stones.append(indicator_id)
        elif not on and indicator_id in self.stones:
            self.stones.remove(indicator_id)
        self.stonesChanged.emit(len(self.stones))
