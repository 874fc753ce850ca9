"""What a loaded file could not give: one row per problem, with sheet, row and column."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing import ImportResult
from dialogtool.ui.importing.models import ProblemsModel
from dialogtool.ui.language import ui_lang


def loaded_summary(result: ImportResult, widget: QWidget) -> str:
    """One sentence about what was loaded: indicators, groups, periods, observations."""
    dataset = result.dataset
    lang = ui_lang()
    groups = len([g for g in dataset.groups if g])
    count = len(dataset.observations) if dataset.observations is not None else 0
    return (
        widget.tr("%1 er indlæst: %2 nøgletal, %3 grupper, perioder %4–%5, %6 tal.")
        .replace("%1", result.source.name)
        .replace("%2", str(len(dataset.indicators)))
        .replace("%3", str(groups or 1))
        .replace("%4", dataset.periods[0])
        .replace("%5", dataset.periods[-1])
        .replace("%6", format_number(count, lang))
    )


class ProblemsDialog(QDialog):
    def __init__(self, result: ImportResult, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("Det, der ikke kunne indlæses"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        summary = QLabel(
            loaded_summary(result, self)
            + " "
            + self.tr(
                "Resten er indlæst. Nedenfor står de celler og rækker, der er sprunget over "
                "eller bør tjekkes, med deres placering i filen."
            )
        )
        summary.setObjectName("loadedSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.model = ProblemsModel()
        self.model.show_problems(result.problems)
        self.view = QTableView()
        self.view.setObjectName("problemsTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
