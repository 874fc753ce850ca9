"""Problems found while importing, as data the user can read, and the one refusal.

A ``Problem`` names a doubtful or rejected cell or row (file, sheet, row,
column) with a ``Message`` from the one catalogue; the import goes on. ``ImportRefusedError`` is the
single exception for a file that cannot be used at all; its message is one
line. ``ImportCancelledError`` is raised when the progress callback asks to stop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
from dialogtool.core.i18n import Lang

#: ``progress(done, total)``; return False to cancel the import.
Progress = Callable[[int, int], bool]

#: Problems of one kind listed one by one; beyond this they are counted.
MAX_PROBLEMS_PER_KIND = 100


class ProblemKind(StrEnum):
    NOT_A_NUMBER = "not_a_number"
    BAD_PERIOD = "bad_period"
    DUPLICATE = "duplicate"
    MISSING_VALUES = "missing_values"
    MISSING_NAME = "missing_name"
    BAD_ROW = "bad_row"
    WRONG_EXTENSION = "wrong_extension"
    UNUSED_COLUMN = "unused_column"
    #: A total row or column: kept as the yardstick (a row) or left out (a sum across).
    TOTAL = "total"
    #: Rows or columns hidden in the workbook, left out.
    HIDDEN = "hidden"
    #: A workbook's sheet that was not read (a cover page, or another table).
    UNUSED_SHEET = "unused_sheet"
    MORE = "more"


_SHEET = QT_TRANSLATE_NOOP("Import", "ark {sheet}")
_ROW = QT_TRANSLATE_NOOP("Import", "række {row}")
_COLUMN = QT_TRANSLATE_NOOP("Import", "kolonne '{column}'")
_MORE = QT_TRANSLATE_NOOP("Import", "... og {count} flere af samme slags ({kind}).")


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: Message
    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def located(self, lang: Lang = "da") -> str:
        """The message prefixed with where it happened, for a log line."""
        where = ", ".join(x for x in (self.file, self.place(lang)) if x)
        return f"{where}: {render(self.message, lang)}"

    def place(self, lang: Lang) -> str:
        """Where in the file: ``ark Data, række 4, kolonne 'Værdi'``; empty for the whole file."""
        where = []
        if self.sheet:
            where.append(render(_SHEET.fill(sheet=self.sheet), lang))
        if self.row is not None:
            where.append(render(_ROW.fill(row=str(self.row)), lang))
        if self.column:
            where.append(render(_COLUMN.fill(column=self.column), lang))
        return ", ".join(where)


class ImportRefusedError(Exception):
    """The file cannot be used; ``message`` says why in one sentence."""

    def __init__(self, message: Message) -> None:
        super().__init__(render(message, "en"))
        self.message = message


class ImportCancelledError(Exception):
    """The user cancelled the import through the progress callback."""


class ProblemLog:
    """Collects problems for one file, listing at most ``MAX_PROBLEMS_PER_KIND`` per kind."""

    def __init__(self, file: str, sheet: str | None = None) -> None:
        self.file = file
        self.sheet = sheet
        self._items: list[Problem] = []
        self._counts: dict[ProblemKind, int] = {}

    def add(
        self,
        kind: ProblemKind,
        message: Message,
        *,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        count = self._counts.get(kind, 0) + 1
        self._counts[kind] = count
        if count <= MAX_PROBLEMS_PER_KIND:
            self._items.append(Problem(kind, message, self.file, self.sheet, row, column))

    def add_unlisted(self, kind: ProblemKind, count: int) -> None:
        """Count ``count`` more problems of ``kind`` that are too many to describe one by one."""
        if count > 0:
            self._counts[kind] = max(self._counts.get(kind, 0), MAX_PROBLEMS_PER_KIND) + count

    def extend(self, problems: list[Problem]) -> None:
        self._items.extend(problems)

    def problems(self) -> list[Problem]:
        """The listed problems plus one line per kind that had more than could be listed."""
        out = list(self._items)
        for kind, count in self._counts.items():
            hidden = count - MAX_PROBLEMS_PER_KIND
            if hidden > 0:
                out.append(
                    Problem(
                        ProblemKind.MORE,
                        _MORE.fill(count=hidden, kind=kind.value),
                        self.file,
                        self.sheet,
                    )
                )
        return out


class Steps:
    """Reports progress in whole percent and raises ``ImportCancelledError`` when asked to stop."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def report(self, percent: int) -> None:
        if self._progress is not None and self._progress(min(percent, 100), 100) is False:
            raise ImportCancelledError
