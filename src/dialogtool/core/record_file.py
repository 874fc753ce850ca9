"""One meeting record file: reading it safely, naming what is wrong, writing its bytes.

Every way a file can fail to load (unreadable, damaged, too large, a link out of
the folder, a future ``schema_version``, fields that make no sense, an id that
is not a plain name) becomes a ``LoadProblem`` with a sentence for the user.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
from dialogtool.core.record_types import SCHEMA_VERSION
from dialogtool.core.safe_json import (
    JsonFileError,
    JsonProblem,
    parse_json_bytes,
    read_checked_bytes,
)

# The record's models (pydantic) load when a record is first read or written, not
# for the start screen, which names files and ids only (issue 18).
if TYPE_CHECKING:
    from dialogtool.core.record import MeetingRecord

RECORD_SUFFIX = ".json"
RECORD_PREFIX = "meeting-"
#: One limit for saving and loading: a save above it is refused before anything is
#: written (a file the next start would refuse is a meeting lost). A real meeting is
#: well under 1 MB; pasted material may make it tens of MB; 64 MB loads in ~2 s.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: The one rule for a record id that becomes part of a file name (store, bin, locks).
ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}"
_SAFE_ID = re.compile(f"^{ID_PATTERN}$")


class ProblemKind(StrEnum):
    UNREADABLE = "unreadable"
    CORRUPT = "corrupt"
    FUTURE_VERSION = "future_version"
    INVALID = "invalid"
    TOO_LARGE = "too_large"
    OUTSIDE = "outside"
    COPY = "copy"


#: Kinds whose file is moved aside: its content will never load as it is.
QUARANTINED_KINDS = frozenset(
    {ProblemKind.CORRUPT, ProblemKind.INVALID, ProblemKind.TOO_LARGE, ProblemKind.OUTSIDE}
)

_MESSAGES: dict[ProblemKind, Message] = {
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP(
        "MeetingFile", "Mødefilen {name} kunne ikke læses ({detail}). Den er ikke ændret."
    ),
    ProblemKind.CORRUPT: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Mødefilen {name} er beskadiget og kan ikke åbnes ({detail}). Den er "
        "ikke ændret; tag en kopi, før du sletter den.",
    ),
    ProblemKind.FUTURE_VERSION: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Mødefilen {name} har formatversion {detail}, som denne udgave af "
        "dialogtool ikke kender (den kender op til version {current}). Opdatér "
        "dialogtool for at åbne den; filen er ikke ændret.",
    ),
    ProblemKind.INVALID: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Mødefilen {name} indeholder felter, der ikke giver mening ({detail}). Den er ikke ændret.",
    ),
    ProblemKind.TOO_LARGE: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Mødefilen {name} er for stor til at være et møde ({detail}) og er ikke "
        "åbnet. Den er ikke ændret.",
    ),
    ProblemKind.OUTSIDE: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Mødefilen {name} er en genvej til en fil uden for mødemappen og er ikke åbnet.",
    ),
    ProblemKind.COPY: QT_TRANSLATE_NOOP(
        "MeetingFile",
        "Filen {name} er en kopi af mødet i {detail} (fx en konfliktkopi fra "
        "OneDrive eller Dropbox). Den er ikke åbnet: sammenlign de to, og flyt "
        "ændringerne over i hånden.",
    ),
}
_MOVED = QT_TRANSLATE_NOOP("MeetingFile", "{problem} Filen er flyttet uændret til {moved}.")


@dataclass(frozen=True)
class LoadProblem:
    path: Path
    kind: ProblemKind
    detail: str
    #: Where ``quarantine`` moved the file (relative to the store's folder).
    moved_to: str | None = None

    @property
    def message(self) -> Message:
        """What is wrong with the file, and where it went if it was moved aside."""
        message = _MESSAGES[self.kind].fill(
            name=self.path.name, detail=self.detail, current=str(SCHEMA_VERSION)
        )
        if self.moved_to:
            message = _MOVED.fill(problem=message, moved=self.moved_to)
        return message


class RecordLoadError(Exception):
    def __init__(self, problem: LoadProblem) -> None:
        super().__init__(render(problem.message, "en"))
        self.problem = problem


class RefusedOverwriteError(Exception):
    """Raised rather than replacing a file the store could not read."""


class RecordTooLargeError(Exception):
    """A save refused before writing: the file would be above ``MAX_RECORD_BYTES``."""

    def __init__(self, size: int) -> None:
        super().__init__(f"the record would be {size // 2**20} MB")
        self.size = size


def check_size(size: int) -> None:
    """Raise ``RecordTooLargeError`` when a record of ``size`` bytes could not be loaded."""
    if size > MAX_RECORD_BYTES:
        raise RecordTooLargeError(size)


class UnsafeIdError(ValueError):
    """A record id that would not be a plain file name (``x/../../escaped``)."""


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_JSON_KINDS = {
    JsonProblem.UNREADABLE: ProblemKind.UNREADABLE,
    JsonProblem.NOT_A_FILE: ProblemKind.UNREADABLE,
    JsonProblem.OUTSIDE: ProblemKind.OUTSIDE,
    JsonProblem.TOO_LARGE: ProblemKind.TOO_LARGE,
}


def read_record(path: Path) -> tuple[MeetingRecord, str]:
    """The record in ``path`` and the hash of the bytes it was read from."""
    from pydantic import ValidationError

    from dialogtool.core import time_plan
    from dialogtool.core.migrations import UnknownSchemaVersionError, migrate
    from dialogtool.core.record import MeetingRecord

    try:
        data = read_checked_bytes(path, max_bytes=MAX_RECORD_BYTES, root=path.parent)
        raw = parse_json_bytes(data)
    except JsonFileError as exc:
        kind = _JSON_KINDS.get(exc.kind, ProblemKind.CORRUPT)
        raise RecordLoadError(LoadProblem(path, kind, exc.detail)) from None
    except OSError as exc:
        problem = LoadProblem(path, ProblemKind.UNREADABLE, exc.strerror or type(exc).__name__)
        raise RecordLoadError(problem) from None
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
        raise RecordLoadError(LoadProblem(path, kind, _short(str(exc.version)))) from None
    try:
        record = MeetingRecord.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        detail = _short(f"{where}: {first['msg']}")
        raise RecordLoadError(LoadProblem(path, ProblemKind.INVALID, detail)) from None
    if not _SAFE_ID.match(record.id):
        raise RecordLoadError(LoadProblem(path, ProblemKind.INVALID, "id: not a plain name"))
    time_plan.normalise(record)  # agenda items of older records are tied to their phases
    return record, digest_of(data)


def load_record(path: Path) -> MeetingRecord:
    """Read, migrate and validate one record file, or raise ``RecordLoadError``."""
    return read_record(path)[0]


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."


def dump_record(record: MeetingRecord) -> bytes:
    """Compact JSON: autosave runs on the UI thread, and indenting a record costs ~4× more."""
    return (record.model_dump_json() + "\n").encode("utf-8")


def check_id(record_id: str) -> str:
    """``record_id`` if it can be part of a file name, else ``UnsafeIdError``."""
    if not _SAFE_ID.match(record_id):
        raise UnsafeIdError(f"unsafe record id {record_id[:40]!r}")
    return record_id
