"""The question bank: questions as data, one resource file per method family."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.record import MeetingKind, Quadrant
from dialogtool.core.resources import json_files

QUESTION_FILE_VERSION = 1

TOMM_PREFIX = "tomm."


def tomm_category(quadrant: Quadrant) -> str:
    return f"{TOMM_PREFIX}{quadrant.value}"


def quadrant_of(category: str) -> Quadrant | None:
    if not category.startswith(TOMM_PREFIX):
        return None
    try:
        return Quadrant(category.removeprefix(TOMM_PREFIX))
    except ValueError:
        return None


class Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    category: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    text: LocalizedText
    fits: frozenset[MeetingKind] = frozenset(MeetingKind)
    hint: LocalizedText | None = None


class QuestionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int = QUESTION_FILE_VERSION
    family: str
    title: LocalizedText
    questions: list[Question]

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != QUESTION_FILE_VERSION:
            raise ValueError(f"unknown question file version {value}")
        return value


class QuestionBank:
    """All questions by id, in file order."""

    def __init__(self, questions: Iterable[Question]) -> None:
        self._by_id: dict[str, Question] = {}
        for question in questions:
            if question.id in self._by_id:
                raise ValueError(f"duplicate question id {question.id!r}")
            self._by_id[question.id] = question

    def __iter__(self) -> Iterator[Question]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def in_category(self, category: str, kind: MeetingKind | None = None) -> list[Question]:
        return [
            q
            for q in self._by_id.values()
            if q.category == category and (kind is None or kind in q.fits)
        ]

    def categories(self) -> list[str]:
        return sorted({q.category for q in self._by_id.values()})


def load_bundled_files() -> list[QuestionFile]:
    return [QuestionFile.model_validate_json(f.read_bytes()) for f in json_files("questions")]


@cache
def bundled_bank() -> QuestionBank:
    return QuestionBank(q for file in load_bundled_files() for q in file.questions)
