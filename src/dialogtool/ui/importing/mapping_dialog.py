"""Which column holds what: the column-mapping dialog with a live preview.

Opened when detection is unsure. The user picks the sheet, the header row,
the layout (long, wide or matrix: labels down, periods across) and the column
for each role; the first rows of the
file show which column got which role, and below them the first tidy
observations, or the problems the choice would give, update at once. The
preview runs the real importer on the file's first rows only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.catalogue import render
from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing import (
    ColumnMapping,
    ImportRefusedError,
    Layout,
    MappingProposal,
    SourceTable,
    build_dataset,
    propose_mapping,
)
from dialogtool.core.importing.layout import header_periods
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.importing.models import ProblemsModel, SampleModel, _Table, number_text
from dialogtool.ui.language import ui_lang

#: Tidy observations shown in the preview.
PREVIEW_ROWS = 50
NONE = ""


class MappingDialog(QDialog):
    #: The user chose another sheet; the flow reads it and calls ``set_source``.
    sheetRequested = Signal(str)

    def __init__(
        self,
        source: SourceTable,
        proposal: MappingProposal,
        parent: QWidget,
        *,
        correcting: bool = False,
    ) -> None:
        """``correcting``: the leader came from the summary to change how the file was read."""
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Hvilke kolonner er hvad? – %1").replace("%1", source.name))
        self.setMinimumSize(760, 560)
        self.resize(1000, 700)
        self._filling = False
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sådan blev filen læst. Ret, hvilken kolonne der er hvad – forhåndsvisningen "
                "nederst viser straks, hvad det giver. Valget huskes til næste fil fra samme "
                "kilde."
            )
            if correcting
            else self.tr(
                "Vi er ikke helt sikre på, hvordan filen skal læses. Vælg, hvilken kolonne der "
                "er hvad – forhåndsvisningen nederst viser straks, hvad det giver. Valget "
                "huskes til næste fil fra samme kilde."
            )
        )
        intro.setObjectName("mappingIntro")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.notes = QLabel()
        self.notes.setObjectName("mappingNotes")
        self.notes.setWordWrap(True)
        outer.addWidget(self.notes)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.form_widget = QWidget()
        self.form_widget.setMaximumWidth(340)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_label = QLabel(self.tr("&Ark:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setSpecialValueText(self.tr("ingen overskrift"))
        form.addRow(
            self._label(self.tr("&Overskrift i række:"), self.header_spin), self.header_spin
        )
        layout_row = QVBoxLayout()
        self.long_radio = QRadioButton(self.tr("&Lang"))
        self.long_radio.setToolTip(
            self.tr("Én række pr. tal, med en kolonne for nøgletallets navn")
        )
        self.wide_radio = QRadioButton(self.tr("&Bred"))
        self.wide_radio.setToolTip(self.tr("Én kolonne pr. nøgletal"))
        self.matrix_radio = QRadioButton(self.tr("Pe&rioder på tværs"))
        self.matrix_radio.setToolTip(
            self.tr(
                "Etiketter ned ad siden og én kolonne pr. periode (som Statistikbankens og "
                "Jobindsats' tabeller)"
            )
        )
        self.layout_group = QButtonGroup(self)
        for radio in (self.long_radio, self.wide_radio, self.matrix_radio):
            self.layout_group.addButton(radio)
            # Left-aligned: a radio stretched over the row only reacts on its text.
            layout_row.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Opbygning:"), layout_row)
        self.period_combo = self._combo("periodCombo")
        self.period_label = self._label(self.tr("&Periode:"), self.period_combo)
        form.addRow(self.period_label, self.period_combo)
        self.part_combo = self._combo("periodPartCombo")
        self.part_label = self._label(self.tr("Måned/kvartal/&uge:"), self.part_combo)
        self.part_combo.setToolTip(
            self.tr(
                "Når perioden står i to kolonner: året i den ene, måned, kvartal eller uge i den anden"
            )
        )
        form.addRow(self.part_label, self.part_combo)
        self.group_combo = self._combo("groupCombo")
        form.addRow(self._label(self.tr("&Gruppe (team):"), self.group_combo), self.group_combo)
        self.indicator_combo = self._combo("indicatorCombo")
        self.indicator_label = self._label(self.tr("&Nøgletal (navn):"), self.indicator_combo)
        form.addRow(self.indicator_label, self.indicator_combo)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("indicatorName")
        self.name_edit.setPlaceholderText(self.tr("fx Fuldtidsledige"))
        self.name_edit.textEdited.connect(lambda _text: self._changed())
        self.name_label = self._label(self.tr("Nøgletallets n&avn:"), self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        self.value_combo = self._combo("valueCombo")
        self.value_label = self._label(self.tr("&Værdi:"), self.value_combo)
        form.addRow(self.value_label, self.value_combo)
        self.target_combo = self._combo("targetCombo")
        self.target_label = self._label(self.tr("&Mål:"), self.target_combo)
        form.addRow(self.target_label, self.target_combo)
        self.wide_model = QStandardItemModel(self)
        self.wide_list = QListView()
        self.wide_list.setObjectName("wideColumns")
        self.wide_list.setModel(self.wide_model)
        self.wide_label = self._label(self.tr("Nøgletals&kolonner:"), self.wide_list)
        form.addRow(self.wide_label, self.wide_list)
        # A pivot's shape: teams across, periods down, one indicator (named in the name field).
        self.groups_check = QCheckBox(self.tr("Kolonnerne er g&rupper (teams på tværs)"))
        self.groups_check.setObjectName("columnsAreGroups")
        self.groups_check.setToolTip(
            self.tr(
                "Kolonnerne er teams eller områder (og evt. en total) for ét nøgletal, "
                "ikke hver sit nøgletal"
            )
        )
        self.groups_check.toggled.connect(lambda _on: self._changed())
        form.addRow(self.groups_check)
        body.addWidget(self.form_widget)

        right = QSplitter(Qt.Orientation.Vertical)
        sample_box = QWidget()
        sample_column = QVBoxLayout(sample_box)
        sample_column.setContentsMargins(0, 0, 0, 0)
        sample_column.addWidget(QLabel(self.tr("<b>Filens første rækker</b>")))
        self.sample_model = SampleModel()
        self.sample_view = self._table("sampleTable", self.sample_model)
        sample_column.addWidget(self.sample_view)
        right.addWidget(sample_box)
        self.result_tabs = QTabWidget()
        self.tidy_model = _Table()
        self.tidy_view = self._table("tidyPreview", self.tidy_model)
        self.result_tabs.addTab(self.tidy_view, self.tr("Første observationer"))
        self.problems_model = ProblemsModel()
        self.problems_view = self._table("previewProblems", self.problems_model)
        self.result_tabs.addTab(self.problems_view, self.tr("Problemer"))
        right.addWidget(self.result_tabs)
        body.addWidget(right, 1)

        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Indlæs"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)

        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.layout_group.buttonToggled.connect(self._layout_toggled)
        self.wide_model.itemChanged.connect(lambda _item: self._changed())
        self.set_source(source, proposal)
        make_accessible(self)  # names for a screen reader, Tab moves on

    # -- building ----------------------------------------------------------
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        return combo

    def _table(self, name: str, model: _Table) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMaximumSectionSize(280)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        return view

    # -- the source and its proposal -> widgets ------------------------------
    def set_source(self, source: SourceTable, proposal: MappingProposal) -> None:
        """Show ``source`` (a newly read sheet, too) with the mapping detection proposes."""
        self._base = source
        self.source = source
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(source.sheets)
        self.sheet_combo.setCurrentText(source.sheet or "")
        self.sheet_combo.setVisible(len(source.sheets) > 1)
        self.sheet_label.setVisible(len(source.sheets) > 1)
        self.header_spin.setRange(0, len(source.top_rows))
        self.header_spin.setValue(0 if source.header_row is None else source.header_row + 1)
        self._filling = False
        self.form_widget.setEnabled(True)
        self._fill_roles(proposal)

    def _fill_roles(self, proposal: MappingProposal) -> None:
        mapping = proposal.mapping
        notes = [note.get(ui_lang()) for note in proposal.notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._filling = True
        columns = self.source.columns
        for combo, optional in (
            (self.period_combo, False),
            (self.part_combo, True),
            (self.group_combo, True),
            (self.indicator_combo, True),
            (self.value_combo, False),
            (self.target_combo, True),
        ):
            combo.clear()
            if optional:
                combo.addItem(self.tr("(ingen)"), NONE)
            for column in columns:
                combo.addItem(column, column)
        layout = mapping.layout if mapping is not None else Layout.LONG
        radio = {
            Layout.LONG: self.long_radio,
            Layout.WIDE: self.wide_radio,
            Layout.MATRIX: self.matrix_radio,
        }[layout]
        radio.setChecked(True)
        self.groups_check.setChecked(mapping is not None and mapping.columns_are_groups)
        self.name_edit.setText(
            (mapping.indicator_name if mapping is not None else None) or self.source.title
        )
        #: Columns whose values the proposal adds to the indicator names (not chosen here).
        self._labels = list(mapping.labels) if mapping is not None else []
        if mapping is not None:
            chosen_columns: tuple[tuple[QComboBox, str | None], ...] = (
                (self.period_combo, mapping.period),
                (self.part_combo, mapping.period_part),
                (self.group_combo, mapping.group),
                (self.indicator_combo, mapping.indicator),
                (self.value_combo, mapping.value),
                (self.target_combo, mapping.target),
            )
            for combo, name in chosen_columns:
                combo.setCurrentIndex(max(combo.findData(name or NONE), 0))
        chosen = set(mapping.indicators) if mapping is not None else set()
        self.wide_model.clear()
        for column in columns:
            item = QStandardItem(column)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if column in chosen else Qt.CheckState.Unchecked
            )
            item.setEditable(False)
            self.wide_model.appendRow(item)
        self._filling = False
        self._update()

    def _layout_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._changed()

    def _sheet_chosen(self, name: str) -> None:
        if self._filling or not name or name == self.source.sheet:
            return
        self.form_widget.setEnabled(False)
        self.status.setText(self.tr("Læser arket %1 …").replace("%1", name))
        self.sheetRequested.emit(name)

    def _header_chosen(self, value: int) -> None:
        if self._filling:
            return
        try:
            self.source = self._base.with_header_row(value - 1 if value else None)
        except ImportRefusedError as exc:
            self._refuse(render(exc.message, ui_lang()))
            return
        self._fill_roles(propose_mapping(self.source))

    # -- widgets -> mapping and preview ---------------------------------------
    def is_wide(self) -> bool:
        return self.wide_radio.isChecked()

    def is_matrix(self) -> bool:
        return self.matrix_radio.isChecked()

    def columns_are_groups(self) -> bool:
        """Wide, and the checked columns are teams across rather than indicators."""
        return self.is_wide() and self.groups_check.isChecked()

    def wide_columns(self) -> list[str]:
        items = (self.wide_model.item(row) for row in range(self.wide_model.rowCount()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def mapping(self) -> ColumnMapping | None:
        """The mapping the widgets describe, or None (with the reason in the status line)."""
        period = self.period_combo.currentData() or None
        part = self.part_combo.currentData() or None
        group = self.group_combo.currentData() or None
        target = self.target_combo.currentData() or None
        if self.is_matrix():
            return self._matrix_mapping(group, self.indicator_combo.currentData() or None)
        if self.is_wide():
            named = [period, group, target, *self.wide_columns()]
            if not self.wide_columns():
                self._refuse(self.tr("Markér mindst én nøgletalskolonne."))
                return None
        else:
            named = [
                period,
                group,
                target,
                self.indicator_combo.currentData(),
                self.value_combo.currentData(),
            ]
        used = [c for c in [*named, part] if c]
        if len(used) != len(set(used)):
            self._refuse(self.tr("Den samme kolonne er valgt til to ting."))
            return None
        if period is None:
            self._refuse(self.tr("Vælg kolonnen med perioder."))
            return None
        if not self.is_wide() and not self.indicator_combo.currentData():
            self._refuse(self.tr("Vælg kolonnen med nøgletallenes navne."))
            return None
        common = {
            "sheet": self.source.sheet,
            "header_row": self.source.header_row,
            "period": period,
            "period_part": part,
            "group": group,
            "target": target,
            "labels": [c for c in self._labels if c not in used],
        }
        if self.columns_are_groups():
            if group is not None:
                self._refuse(self.tr("Gruppekolonnen og teams på tværs kan ikke bruges samtidig."))
                return None
            return ColumnMapping(
                layout=Layout.WIDE,
                indicators=self.wide_columns(),
                columns_are_groups=True,
                indicator_name=self.name_edit.text().strip() or None,
                **common,
            )
        if self.is_wide():
            return ColumnMapping(layout=Layout.WIDE, indicators=self.wide_columns(), **common)
        return ColumnMapping(
            layout=Layout.LONG,
            indicator=self.indicator_combo.currentData(),
            value=self.value_combo.currentData(),
            **common,
        )

    def _matrix_mapping(self, group: str | None, indicator: str | None) -> ColumnMapping | None:
        if group is not None and group == indicator:
            self._refuse(self.tr("Den samme kolonne er valgt til to ting."))
            return None
        if len(header_periods(self.source.columns)) == 0:
            self._refuse(
                self.tr(
                    "Ingen kolonneoverskrift er en periode; vælg overskriftsrækken med perioderne."
                )
            )
            return None
        return ColumnMapping(
            layout=Layout.MATRIX,
            sheet=self.source.sheet,
            header_row=self.source.header_row,
            group=group,
            indicator=indicator,
            indicator_name=None if indicator else (self.name_edit.text().strip() or None),
        )

    def _refuse(self, reason: str) -> None:
        self.status.setText(f"<span style='color:#B00020'>⚠ {reason}</span>")
        self.ok_button.setEnabled(False)
        self.tidy_model.set_rows([], [])
        self.problems_model.show_problems([])
        self.result_tabs.setTabText(1, self.tr("Problemer"))

    def _changed(self) -> None:
        """The user changed a choice: the proposal's notes no longer apply."""
        if self._filling:
            return
        self.notes.hide()
        self._update()

    def _update(self) -> None:
        wide, matrix = self.is_wide(), self.is_matrix()
        for widget in (self.indicator_combo, self.indicator_label):
            widget.setVisible(not wide)
        for widget in (
            self.value_combo, self.value_label, self.period_combo, self.period_label,
            self.part_combo, self.part_label, self.target_combo, self.target_label,
        ):  # fmt: skip
            widget.setVisible(not matrix and (not wide or widget not in self._long_only()))
        self.wide_list.setVisible(wide)
        self.wide_label.setVisible(wide)
        self.groups_check.setVisible(wide)
        across = self.columns_are_groups()
        self.wide_label.setText(
            self.tr("Gruppe&kolonner:") if across else self.tr("Nøgletals&kolonner:")
        )
        naming = (matrix and not self.indicator_combo.currentData()) or across
        self.name_edit.setVisible(naming)
        self.name_label.setVisible(naming)
        mapping = self.mapping()
        self._show_roles(mapping)
        if mapping is not None:
            self._preview(mapping)

    def _long_only(self) -> tuple[QWidget, ...]:
        return (self.value_combo, self.value_label)

    def _show_roles(self, mapping: ColumnMapping | None) -> None:
        roles: dict[str, str] = {}
        if mapping is not None:
            for column, label in (
                (mapping.period, self.tr("periode")),
                (mapping.group, self.tr("gruppe")),
                (mapping.indicator, self.tr("nøgletal")),
                (mapping.value, self.tr("værdi")),
                (mapping.target, self.tr("mål")),
            ):
                if column:
                    roles[column] = label
            for column in mapping.indicators:
                roles[column] = (
                    self.tr("gruppe") if mapping.columns_are_groups else self.tr("nøgletal")
                )
            if mapping.period_part:
                roles[mapping.period_part] = self.tr("periode")
            for column in mapping.labels:
                roles.setdefault(column, self.tr("del af navn"))
            if mapping.layout == Layout.MATRIX:
                for column in header_periods(self.source.columns):
                    roles.setdefault(column, self.tr("periode"))
        self.sample_model.show(
            self.source.columns, self.source.sample, roles, self.source.first_data_row + 1
        )

    def _preview(self, mapping: ColumnMapping) -> None:
        lang = ui_lang()
        try:
            result = build_dataset(self.source.head(), mapping)
        except ImportRefusedError as exc:
            self._refuse(render(exc.message, lang))
            return
        dataset = result.dataset
        all_label = self.tr("(alle)")
        rows = []
        for name, group, period, value, target in dataset.tidy_rows():
            rows.append([name, group or all_label, period, number_text(value), number_text(target)])
            if len(rows) == PREVIEW_ROWS:
                break
        headers = [self.tr("Nøgletal"), self.tr("Gruppe"), self.tr("Periode")]
        self.tidy_model.set_rows([*headers, self.tr("Værdi"), self.tr("Mål")], rows)
        problems = [p for p in result.problems if p.row is not None or p.column is not None]
        self.problems_model.show_problems(result.problems)
        self.result_tabs.setTabText(
            1, self.tr("Problemer (%1)").replace("%1", str(len(result.problems)))
        )
        summary = (
            self.tr(
                "Forhåndsvisning af de første %1 rækker: %2 nøgletal, %3 grupper, perioder %4–%5."
            )
            .replace("%1", format_number(len(self.source.sample), lang))
            .replace("%2", str(len(dataset.indicators)))
            .replace("%3", str(len([g for g in dataset.groups if g]) or 1))
            .replace("%4", dataset.periods[0])
            .replace("%5", dataset.periods[-1])
        )
        if problems:
            summary += " " + self.tr("%1 celler eller rækker giver problemer – se fanen.").replace(
                "%1", str(len(problems))
            )
        self.status.setText(summary)
        self.ok_button.setEnabled(True)
