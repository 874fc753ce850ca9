""" "Sådan læste jeg filen": what the importer made of a file, shown before the data are used.

One compact page: the layout and sheet, the groups and which is the total, the
periods and their kind, how many values were loaded and how many the source hid,
units and source line; the indicators with their direction to confirm or flip;
every warning with its row and column. The leader uses the data, corrects the
mapping, or cancels (the dataset shown before stays). Fits 1024×768.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogtool.core.formatting import number as format_number
from dialogtool.core.importing.reading import Reading
from dialogtool.ui.accessibility import make_accessible
from dialogtool.ui.importing.directions_model import DIRECTION, NAME, WHY, DirectionsModel
from dialogtool.ui.importing.models import ProblemsModel
from dialogtool.ui.language import ui_lang

#: At most this many group names are listed; the rest are counted.
MAX_NAMED_GROUPS = 12


class _DirectionsView(QTableView):
    """Space flips the direction of the current indicator; Enter is the dialog's (Brug data)."""

    flipRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.flipRequested.emit(self.currentIndex().row())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # on to the dialog's default button
            return
        super().keyPressEvent(event)


class ReadingDialog(QDialog):
    #: The result code when the leader wants to choose the columns again.
    CORRECT = 2

    def __init__(self, reading: Reading, remembered: dict[str, bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.reading = reading
        self.setObjectName("readingDialog")
        self.setWindowTitle(self.tr("Sådan læste jeg filen – %1").replace("%1", reading.file))
        self._fit_screen(parent)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self._headline())
        self.headline.setObjectName("readingHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # names from a file are not markup
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        layout.addWidget(self.headline)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        for key, label, text in self._facts():
            value = QLabel(text)
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            facts.addRow(label, value)
        layout.addLayout(facts)

        self.directions = DirectionsModel(reading.indicators, remembered, self)
        title = QLabel(
            self.tr("&Nøgletal (%1) – hvilken vej er bedre?").replace(
                "%1", str(len(reading.indicators))
            )
        )
        layout.addWidget(title)
        self.direction_view = _DirectionsView()
        self.direction_view.setObjectName("directionsTable")
        title.setBuddy(self.direction_view)
        self._table(self.direction_view, self.directions)
        self.direction_view.flipRequested.connect(self.directions.flip)
        self.direction_view.doubleClicked.connect(self._double_clicked)
        for column in (NAME, WHY):  # the two long texts share the room
            self.direction_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        # At least five indicators in view: they are what the leader must check.
        rows = max(1, min(len(reading.indicators), 5))
        self.direction_view.setMinimumHeight(
            self.direction_view.verticalHeader().defaultSectionSize() * rows
            + self.direction_view.horizontalHeader().sizeHint().height()
            + 2 * self.direction_view.frameWidth()
        )
        layout.addWidget(self.direction_view, 3)
        self.flip_button = QPushButton(self.tr("&Vend retningen"))
        self.flip_button.setObjectName("flipDirection")
        self.flip_button.clicked.connect(self._flip_current)
        hint = QLabel(self._direction_hint())
        hint.setObjectName("directionHint")
        hint.setWordWrap(True)
        row = QVBoxLayout()
        row.addWidget(hint)
        row.addWidget(self.flip_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)

        warnings = list(reading.warnings)
        self.warnings_label = QLabel(
            self.tr("&Advarsler (%1) – det, der ikke blev indlæst eller bør tjekkes:").replace(
                "%1", str(len(warnings))
            )
            if warnings
            else self.tr("Ingen advarsler: alt i filen er indlæst eller forklaret ovenfor.")
        )
        self.warnings_label.setObjectName("warningsLabel")
        layout.addWidget(self.warnings_label)
        self.warnings = ProblemsModel()
        self.warnings.show_problems(warnings)
        self.warning_view = QTableView()
        self.warning_view.setObjectName("warningsTable")
        self.warnings_label.setBuddy(self.warning_view)
        self._table(self.warning_view, self.warnings)
        self.warning_view.setColumnHidden(0, True)  # the file is named above
        self.warning_view.setColumnHidden(1, reading.sheet is None)
        # A long message wraps onto a second line rather than being cut off.
        self.warning_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.warning_view.setVisible(bool(warnings))
        layout.addWidget(self.warning_view, 2)

        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(
            self.tr("&Brug data"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useData")
        self.correct_button = buttons.addButton(
            self.tr("&Ret indlæsningen …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.correct_button.setObjectName("correctMapping")
        self.correct_button.setToolTip(self.tr("Vælg selv, hvilken kolonne der er hvad"))
        cancel = buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Filen bruges ikke; de data, der vistes før, bliver"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.correct_button.clicked.connect(lambda: self.done(self.CORRECT))
        layout.addWidget(buttons)
        self.use_button.setDefault(True)  # Enter uses the data (set once the box is in place)
        self.direction_view.setFocus()
        if self.directions.rowCount():
            self.direction_view.setCurrentIndex(self.directions.index(0, DIRECTION))
        make_accessible(self)  # names for a screen reader, Tab moves on

    def _fit_screen(self, parent: QWidget) -> None:
        """940×690 where there is room; within the screen on a 1024×768 projector laptop."""
        screen = parent.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(940, room.width() - 40), min(690, room.height() - 40))

    # -- the text ----------------------------------------------------------------------
    def _headline(self) -> str:
        r = self.reading
        lang = ui_lang()
        text = self.tr("%1 nøgletal, %2 tal fra %3").replace("%1", str(len(r.indicators)))
        text = text.replace("%2", format_number(r.values, lang)).replace("%3", r.file)
        return text

    def _facts(self) -> list[tuple[str, str, str]]:
        r = self.reading
        lang = ui_lang()
        layouts = {
            "long": self.tr("lang – én række pr. tal"),
            "wide": self.tr("bred – én kolonne pr. nøgletal"),
            "matrix": self.tr("perioder på tværs"),
        }
        shape = layouts.get(r.layout, r.layout)
        if r.header_row is not None:
            shape += self.tr(", overskrift i række %1").replace("%1", str(r.header_row))
        facts = [("layout", self.tr("Opbygning:"), shape)]
        if r.sheet:
            sheet = r.sheet
            if r.other_sheets:
                sheet += self.tr(" (ikke læst: %1)").replace("%1", ", ".join(r.other_sheets))
            facts.append(("sheet", self.tr("Ark:"), sheet))
        facts.append(("groups", self.tr("Grupper:"), self._groups()))
        if r.period_count:
            kinds = ", ".join(self._kind(k) for k in r.period_kinds)
            periods = (
                self.tr("%1 – %2 (%3 %4)")
                .replace("%1", r.first_period)
                .replace("%2", r.last_period)
                .replace("%3", str(r.period_count))
                .replace("%4", kinds)
            )
            facts.append(("periods", self.tr("Perioder:"), periods))
        facts.append(("values", self.tr("Tal:"), self._counts(lang)))
        units = sorted({i.unit for i in r.indicators if i.unit})
        if units:
            facts.append(("units", self.tr("Enheder:"), ", ".join(units)))
        facts.append(
            ("source", self.tr("Kilde:"), r.source_line or self.tr("filen nævner ingen kilde"))
        )
        return facts

    def _groups(self) -> str:
        r = self.reading
        if r.groups in ((), ("",)):
            return self.tr("ingen – filen har ingen gruppekolonne")
        names = []
        for group in r.groups[:MAX_NAMED_GROUPS]:
            if group == r.total:
                names.append(self.tr("%1 (total – målestokken)").replace("%1", group))
            elif group in r.benchmarks:
                names.append(self.tr("%1 (sammenligning)").replace("%1", group))
            else:
                names.append(group)
        more = len(r.groups) - MAX_NAMED_GROUPS
        text = ", ".join(names)
        if more > 0:
            text += self.tr(" og %1 flere").replace("%1", str(more))
        if r.total is not None and r.total not in r.groups[:MAX_NAMED_GROUPS]:
            text += self.tr("; total: %1").replace("%1", r.total)
        if r.total is None:
            text += self.tr(" (ingen total fundet)")
        return f"{len(r.groups)}: {text}"

    def _kind(self, kind: str) -> str:
        kinds = {
            "year": self.tr("år"),
            "half": self.tr("halvår"),
            "quarter": self.tr("kvartaler"),
            "month": self.tr("måneder"),
            "week": self.tr("uger"),
            "day": self.tr("dage"),
        }
        return kinds.get(kind, kind)

    def _counts(self, lang: str) -> str:
        r = self.reading
        parts = [self.tr("%1 indlæst").replace("%1", format_number(r.values, ui_lang()))]
        missing = self.tr("%1 mangler (skjult af kilden)").replace(
            "%1", format_number(r.missing, ui_lang())
        )
        if r.missing_markers:
            marks = [f"'{m}'" if m else self.tr("tom celle") for m in r.missing_markers]
            missing += self.tr(", markeret %1").replace("%1", ", ".join(marks))
        parts.append(missing)
        if r.hidden_rows:
            rows = ", ".join(str(n) for n in r.hidden_rows[:10])
            parts.append(self.tr("skjulte rækker udeladt: %1").replace("%1", rows))
        if r.hidden_columns:
            parts.append(
                self.tr("skjulte kolonner udeladt: %1").replace("%1", ", ".join(r.hidden_columns))
            )
        return " · ".join(parts)

    def _direction_hint(self) -> str:
        text = self.tr(
            "Retningen styrer, hvad der vises som over eller under målet. Vend den med "
            "Mellemrum eller knappen; den huskes for holdet, når du trykker Brug data."
        )
        unsure = self.directions.unconfirmed()
        if unsure:
            text += " " + self.tr("%1 er kun antaget – tjek dem.").replace("%1", str(unsure))
        return text

    # -- actions --------------------------------------------------------------------
    def _table(self, view: QTableView, model: object) -> None:
        view.setModel(model)  # type: ignore[arg-type]
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.setTabKeyNavigation(False)  # Tab leaves the table: the buttons are reachable
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (DIRECTION, WHY):
            self.directions.flip(index.row())

    def _flip_current(self) -> None:
        index = self.direction_view.currentIndex()
        if index.isValid():
            self.directions.flip(index.row())
            self.direction_view.setFocus()

    def chosen_directions(self) -> dict[str, bool]:
        return self.directions.directions()
