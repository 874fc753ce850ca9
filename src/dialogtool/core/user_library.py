"""The user's own questions, templates and library preferences in the data folder.

Layout under the data folder::

    questions/*.json   question files (the bundled ``QuestionFile`` format)
    templates/*.json   one meeting template per file
    library.json       hidden and favourite questions and templates

Reading never raises for bad content: a file that is not JSON or does not follow
the format becomes a ``LibraryProblem`` that names the file, and is skipped.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.questions import QuestionFile
from dialogtool.core.record_file import UnsafeIdError
from dialogtool.core.safe_json import JsonFileError, JsonProblem, read_json_file
from dialogtool.core.template_choices import MAX_USER_FILE_BYTES as MAX_USER_FILE_BYTES
from dialogtool.core.template_choices import PREFERENCES_FILE as PREFERENCES_FILE
from dialogtool.core.template_choices import QUESTIONS_DIR as QUESTIONS_DIR
from dialogtool.core.template_choices import TEMPLATES_DIR as TEMPLATES_DIR
from dialogtool.core.templates import MeetingTemplate

#: Where questions the user creates in the app are kept.
DEFAULT_QUESTION_FILE = "my-questions.json"
#: Ids the app generates start with this; bundled ids never do, so they cannot collide.
USER_ID_PREFIX = "my."


class FileKind(StrEnum):
    QUESTIONS = "questions"
    TEMPLATE = "template"
    PREFERENCES = "preferences"


class ProblemKind(StrEnum):
    UNREADABLE = "unreadable"
    SYNTAX = "syntax"
    SCHEMA = "schema"
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_QUESTION = "unknown_question"


_WHAT: dict[FileKind, Message] = {
    FileKind.QUESTIONS: QT_TRANSLATE_NOOP("UserLibrary", "Spørgsmålsfilen"),
    FileKind.TEMPLATE: QT_TRANSLATE_NOOP("UserLibrary", "Skabelonfilen"),
    FileKind.PREFERENCES: QT_TRANSLATE_NOOP(
        "UserLibrary", "Filen med dine skjulte og foretrukne spørgsmål"
    ),
}

_SKIPPED: dict[FileKind, Message] = {
    FileKind.QUESTIONS: QT_TRANSLATE_NOOP("UserLibrary", "{problem} Filen er sprunget over."),
    FileKind.TEMPLATE: QT_TRANSLATE_NOOP("UserLibrary", "{problem} Filen er sprunget over."),
    FileKind.PREFERENCES: QT_TRANSLATE_NOOP(
        "UserLibrary",
        "{problem} Den bruges ikke og bliver erstattet, næste gang du skjuler noget eller "
        "vælger en favorit.",
    ),
}

_PROBLEMS: dict[ProblemKind, Message] = {
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP(
        "UserLibrary", "{what} {name} kunne ikke læses ({detail})."
    ),
    ProblemKind.SYNTAX: QT_TRANSLATE_NOOP(
        "UserLibrary", "{what} {name} er ikke gyldig JSON ({detail})."
    ),
    ProblemKind.SCHEMA: QT_TRANSLATE_NOOP(
        "UserLibrary", "{what} {name} følger ikke det forventede format ({detail})."
    ),
    ProblemKind.DUPLICATE_ID: QT_TRANSLATE_NOOP(
        "UserLibrary",
        "{what} {name} bruger id'et {detail}, som allerede findes. Det er sprunget over.",
    ),
    ProblemKind.UNKNOWN_QUESTION: QT_TRANSLATE_NOOP(
        "UserLibrary",
        "{what} {name} foreslår spørgsmålet {detail}, som ikke findes. Forslaget er sprunget over.",
    ),
}


@dataclass(frozen=True)
class LibraryProblem:
    """Something wrong with one of the user's files, told so the user can fix it."""

    path: Path
    file_kind: FileKind
    kind: ProblemKind
    detail: str

    @property
    def message(self) -> Message:
        message = _PROBLEMS[self.kind].fill(
            what=_WHAT[self.file_kind], name=self.path.name, detail=self.detail
        )
        if self.kind in (ProblemKind.UNREADABLE, ProblemKind.SYNTAX, ProblemKind.SCHEMA):
            message = _SKIPPED[self.file_kind].fill(problem=message)
        return message


class LibraryPreferences(BaseModel):
    """Which questions and templates the user has hidden or marked as favourites."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1
    hidden_questions: list[str] = []
    favourite_questions: list[str] = []
    hidden_templates: list[str] = []
    favourite_templates: list[str] = []

    @field_validator(
        "hidden_questions", "favourite_questions", "hidden_templates", "favourite_templates"
    )
    @classmethod
    def _sorted_unique(cls, value: list[str]) -> list[str]:
        return sorted(set(value))


_M = TypeVar("_M", bound=BaseModel)


def _read(path: Path, model: type[_M], file_kind: FileKind) -> _M | LibraryProblem:
    try:
        raw = read_json_file(path, max_bytes=MAX_USER_FILE_BYTES, root=path.parent)
    except JsonFileError as exc:
        kind = ProblemKind.UNREADABLE if exc.kind in _UNREADABLE else ProblemKind.SYNTAX
        return LibraryProblem(path, file_kind, kind, exc.detail)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        return LibraryProblem(path, file_kind, ProblemKind.SCHEMA, f"{where}: {first['msg']}")


_UNREADABLE = frozenset(
    {JsonProblem.UNREADABLE, JsonProblem.NOT_A_FILE, JsonProblem.OUTSIDE, JsonProblem.TOO_LARGE}
)


def _json_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


@dataclass(frozen=True)
class Loaded:
    """What was read from the data folder; ``broken`` are files that must not be overwritten."""

    question_files: list[tuple[Path, QuestionFile]]
    templates: list[tuple[Path, MeetingTemplate]]
    preferences: LibraryPreferences
    problems: list[LibraryProblem]
    broken: frozenset[Path]
    #: The content hash of every file read, to notice a change by another instance.
    digests: dict[Path, str] = field(default_factory=dict)


def load_user_files(root: Path) -> Loaded:
    """Read every user file under ``root``; never raises for bad content, never writes."""
    question_files: list[tuple[Path, QuestionFile]] = []
    templates: list[tuple[Path, MeetingTemplate]] = []
    problems: list[LibraryProblem] = []
    for path in _json_files(root / QUESTIONS_DIR):
        result = _read(path, QuestionFile, FileKind.QUESTIONS)
        if isinstance(result, LibraryProblem):
            problems.append(result)
        else:
            question_files.append((path, result))
    for path in _json_files(root / TEMPLATES_DIR):
        template = _read(path, MeetingTemplate, FileKind.TEMPLATE)
        if isinstance(template, LibraryProblem):
            problems.append(template)
        else:
            templates.append((path, template))
    preferences = LibraryPreferences()
    prefs_path = root / PREFERENCES_FILE
    if prefs_path.exists():
        prefs = _read(prefs_path, LibraryPreferences, FileKind.PREFERENCES)
        if isinstance(prefs, LibraryProblem):
            problems.append(prefs)
        else:
            preferences = prefs
    broken = frozenset(
        p.path for p in problems if p.file_kind in (FileKind.QUESTIONS, FileKind.TEMPLATE)
    )
    digests = {
        path: digest_of_file(path)
        for path in [*(p for p, _f in question_files), *(p for p, _t in templates), prefs_path]
        if path.is_file()
    }
    return Loaded(question_files, templates, preferences, problems, broken, digests)


_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def safe_file_stem(item_id: str) -> str:
    """``item_id`` if it can be a file name in the library's folders (no ``/``, no ``..``)."""
    if not _SAFE_STEM.match(item_id) or ".." in item_id:
        raise UnsafeIdError(f"unsafe id {item_id[:40]!r}")
    return item_id


def digest_of_file(path: Path) -> str:
    """The content hash of ``path``; "" when it does not exist or cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def changed_on_disk(path: Path, digests: dict[Path, str]) -> bool:
    """Another instance (or a sync tool) wrote ``path`` since we read the folder."""
    return digest_of_file(path) != digests.get(path, "")


def _write_model(path: Path, model: BaseModel) -> None:
    ensure_private_dir(path.parent)
    data = model.model_dump_json(indent=2) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"))


def save_question_file(path: Path, file: QuestionFile) -> None:
    _write_model(path, file)


def save_template_file(path: Path, template: MeetingTemplate) -> None:
    _write_model(path, template)


def save_preferences(root: Path, preferences: LibraryPreferences) -> None:
    ensure_private_dir(root)
    _write_model(root / PREFERENCES_FILE, preferences)
