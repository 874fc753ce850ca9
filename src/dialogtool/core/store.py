"""The record store: one JSON file per meeting in a private folder.

Files that cannot be read (corrupt JSON, unknown ``schema_version``, invalid
content) are reported, never rewritten: the store refuses to save over a path
whose existing content it could not load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from dialogtool.core import time_plan
from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.i18n import Lang
from dialogtool.core.migrations import UnknownSchemaVersionError, migrate
from dialogtool.core.record import SCHEMA_VERSION, MeetingRecord, utc_now

RECORD_SUFFIX = ".json"
RECORD_PREFIX = "meeting-"


class ProblemKind(StrEnum):
    UNREADABLE = "unreadable"
    CORRUPT = "corrupt"
    FUTURE_VERSION = "future_version"
    INVALID = "invalid"


_MESSAGES: dict[ProblemKind, dict[Lang, str]] = {
    ProblemKind.UNREADABLE: {
        "da": "Mødefilen {name} kunne ikke læses ({detail}). Den er ikke ændret.",
        "en": "The meeting file {name} could not be read ({detail}). It has not been changed.",
    },
    ProblemKind.CORRUPT: {
        "da": "Mødefilen {name} er beskadiget og kan ikke åbnes ({detail}). "
        "Den er ikke ændret; tag en kopi, før du sletter den.",
        "en": "The meeting file {name} is damaged and cannot be opened ({detail}). "
        "It has not been changed; keep a copy before deleting it.",
    },
    ProblemKind.FUTURE_VERSION: {
        "da": "Mødefilen {name} har formatversion {detail}, som denne udgave af dialogtool "
        "ikke kender (den kender op til version {current}). Opdatér dialogtool for at åbne "
        "den; filen er ikke ændret.",
        "en": "The meeting file {name} has format version {detail}, which this version of "
        "dialogtool does not know (it knows up to version {current}). Update dialogtool to "
        "open it; the file has not been changed.",
    },
    ProblemKind.INVALID: {
        "da": "Mødefilen {name} indeholder felter, der ikke giver mening ({detail}). "
        "Den er ikke ændret.",
        "en": "The meeting file {name} contains fields that do not make sense ({detail}). "
        "It has not been changed.",
    },
}


@dataclass(frozen=True)
class LoadProblem:
    path: Path
    kind: ProblemKind
    detail: str

    def message(self, lang: Lang = "da") -> str:
        return _MESSAGES[self.kind][lang].format(
            name=self.path.name, detail=self.detail, current=SCHEMA_VERSION
        )


class RecordLoadError(Exception):
    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(problem.message("en"))
        self.problem = problem


class RefusedOverwriteError(Exception):
    """Raised rather than replacing a file the store could not read."""


@dataclass(frozen=True)
class ScanResult:
    records: list[tuple[Path, MeetingRecord]]
    problems: list[LoadProblem]


def load_record(path: Path) -> MeetingRecord:
    """Read, migrate and validate one record file, or raise ``RecordLoadError``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = LoadProblem(path, ProblemKind.UNREADABLE, exc.strerror or str(exc))
        raise RecordLoadError(problem) from None
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordLoadError(LoadProblem(path, ProblemKind.CORRUPT, _short(exc))) from None
    if not isinstance(raw, dict):
        raise RecordLoadError(LoadProblem(path, ProblemKind.CORRUPT, "not a JSON object"))
    try:
        raw = migrate(raw)
    except UnknownSchemaVersionError as exc:
        kind = (
            ProblemKind.FUTURE_VERSION
            if isinstance(exc.version, int) and exc.version > SCHEMA_VERSION
            else ProblemKind.INVALID
        )
        raise RecordLoadError(LoadProblem(path, kind, str(exc.version))) from None
    try:
        record = MeetingRecord.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        detail = f"{where}: {first['msg']}"
        raise RecordLoadError(LoadProblem(path, ProblemKind.INVALID, detail)) from None
    time_plan.normalise(record)
    return record


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 120 else text[:117] + "..."


def dump_record(record: MeetingRecord) -> bytes:
    """Compact JSON: autosave runs on the UI thread, and indenting a record costs ~4× more."""
    return (record.model_dump_json() + "\n").encode("utf-8")


class RecordStore:
    """Meeting records in one folder. Not thread-safe; the UI owns one instance."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: Paths whose content we could not read; saving over them is refused.
        self._unreadable: set[Path] = set()

    def path_for(self, record_id: str) -> Path:
        return self.folder / f"{RECORD_PREFIX}{record_id}{RECORD_SUFFIX}"

    def scan(self) -> ScanResult:
        """Load every record in the folder, newest meeting first; collect the failures."""
        records: list[tuple[Path, MeetingRecord]] = []
        problems: list[LoadProblem] = []
        if not self.folder.is_dir():
            return ScanResult(records, problems)
        for path in sorted(self.folder.glob(f"*{RECORD_SUFFIX}")):
            if path.name.startswith("."):
                continue
            try:
                records.append((path, load_record(path)))
            except RecordLoadError as exc:
                self._unreadable.add(path)
                problems.append(exc.problem)
        records.sort(key=lambda item: item[1].scheduled_at, reverse=True)
        return ScanResult(records, problems)

    def load(self, record_id: str) -> MeetingRecord:
        path = self.path_for(record_id)
        try:
            return load_record(path)
        except RecordLoadError:
            self._unreadable.add(path)
            raise

    def save(self, record: MeetingRecord) -> Path:
        """Atomically write ``record``; bumps its revision and ``updated_at``."""
        path = self.path_for(record.id)
        if path in self._unreadable:
            raise RefusedOverwriteError(
                f"{path.name} could not be read and will not be overwritten"
            )
        ensure_private_dir(self.folder)
        record.revision += 1
        record.updated_at = utc_now()
        atomic_write_bytes(path, dump_record(record))
        return path
