"""The question bank: questions as data, one resource file per method family."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.i18n import Lang, LocalizedText
from dialogtool.core.record import MeetingKind, Quadrant
from dialogtool.core.resources import json_files

QUESTION_FILE_VERSION = 1

TOMM_PREFIX = "tomm."

#: The method's own check-in and check-out questions (domain.md §4), by round category.
#: They are the method, so every meeting offers them first, whatever the team asked
#: before; only the other questions of a round are variations that rotate.
METHOD_ROUND_QUESTIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "checkin": ("checkin.01", "checkin.02"),
        "checkout": ("checkout.01", "checkout.02"),
    }
)


@dataclass(frozen=True)
class Category:
    """A known question category; ``minimum`` is how many the bundled bank must hold."""

    id: str
    label: Message
    minimum: int


def _category(category_id: str, label: Message, minimum: int) -> Category:
    return Category(category_id, label, minimum)


#: The Målkompasset principles (domain.md §11), in order; category ``maalkompas.<n>``.
MAALKOMPAS_PRINCIPLES: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP("Questions", "Vær oprigtigt nysgerrig"),
    QT_TRANSLATE_NOOP("Questions", "Flet faglighed og fokus på værdi"),
    QT_TRANSLATE_NOOP("Questions", "Tegn forandringen sammen"),
    QT_TRANSLATE_NOOP("Questions", "Fokuser på det meningsfulde"),
    QT_TRANSLATE_NOOP("Questions", "Omfavn data"),
    QT_TRANSLATE_NOOP("Questions", "Stop op og lær"),
)

#: The game board's five steps (domain.md §10), in order; category ``gameboard.<n>``.
GAMEBOARD_STEPS: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP("Questions", "Vi modtager eller producerer data"),
    QT_TRANSLATE_NOOP("Questions", "Vi fortolker sammen"),
    QT_TRANSLATE_NOOP("Questions", "Vi finder forklaringer"),
    QT_TRANSLATE_NOOP("Questions", "Vi vælger løsninger og handlinger"),
    QT_TRANSLATE_NOOP("Questions", "Vi implementerer og følger op"),
)

#: Every category a question may have, in the order the method introduces them.
CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {
        c.id: c
        for c in (
            _category("checkin", QT_TRANSLATE_NOOP("Questions", "Tjek ind"), 2),
            _category("checkout", QT_TRANSLATE_NOOP("Questions", "Tjek ud"), 2),
            _category("fup.purpose", QT_TRANSLATE_NOOP("Questions", "FUP: Formål"), 3),
            _category("fup.outcome", QT_TRANSLATE_NOOP("Questions", "FUP: Udbytte"), 3),
            _category("fup.process", QT_TRANSLATE_NOOP("Questions", "FUP: Proces"), 3),
            _category(
                "contract.opening", QT_TRANSLATE_NOOP("Questions", "Datakontrakt: Åbning"), 4
            ),
            _category("contract.redthread", QT_TRANSLATE_NOOP("Questions", "Den røde tråd"), 4),
            _category(
                "contract.closing", QT_TRANSLATE_NOOP("Questions", "Opsamling (gamemaster)"), 5
            ),
            _category("landscape", QT_TRANSLATE_NOOP("Questions", "Datalandskabet"), 4),
            _category("role.facilitator", QT_TRANSLATE_NOOP("Questions", "Rolle: Facilitator"), 3),
            _category("role.inspirator", QT_TRANSLATE_NOOP("Questions", "Rolle: Inspirator"), 3),
            _category("role.afgraenser", QT_TRANSLATE_NOOP("Questions", "Rolle: Afgrænser"), 3),
            _category("ugu.explore", QT_TRANSLATE_NOOP("Questions", "UGU: Undersøg"), 3),
            _category("ugu.give", QT_TRANSLATE_NOOP("Questions", "UGU: Giv"), 3),
            _category("ugu.explore_again", QT_TRANSLATE_NOOP("Questions", "UGU: Undersøg igen"), 3),
            _category("tomm.detektiv", QT_TRANSLATE_NOOP("Questions", "Detektiv"), 10),
            _category("tomm.antropolog", QT_TRANSLATE_NOOP("Questions", "Antropolog"), 10),
            _category("tomm.kaptajn", QT_TRANSLATE_NOOP("Questions", "Kaptajn"), 10),
            _category(
                "tomm.fremtidsforsker", QT_TRANSLATE_NOOP("Questions", "Fremtidsforsker"), 10
            ),
            _category("solution.mastery", QT_TRANSLATE_NOOP("Questions", "Mestringsspørgsmål"), 8),
            _category(
                "solution.progression", QT_TRANSLATE_NOOP("Questions", "Progressionsspørgsmål"), 8
            ),
            _category("solution.recognition", QT_TRANSLATE_NOOP("Questions", "Anerkendelse"), 3),
            _category("domain.production", QT_TRANSLATE_NOOP("Questions", "Produktionsdomænet"), 3),
            _category(
                "domain.personal",
                QT_TRANSLATE_NOOP("Questions", "Det personlige/æstetiske domæne"),
                3,
            ),
            _category(
                "domain.reflective", QT_TRANSLATE_NOOP("Questions", "Det refleksive domæne"), 3
            ),
            _category("bridge", QT_TRANSLATE_NOOP("Questions", "Brobygningsspørgsmål"), 5),
            *(
                _category(
                    f"gameboard.{n}",
                    QT_TRANSLATE_NOOP("Questions", "Spillepladen {n}: {step}").fill(
                        n=str(n), step=s
                    ),
                    3,
                )
                for n, s in enumerate(GAMEBOARD_STEPS, start=1)
            ),
            _category("analysis", QT_TRANSLATE_NOOP("Questions", "Analysens fire niveauer"), 4),
            _category(
                "gameboard.axes",
                QT_TRANSLATE_NOOP("Questions", "Spillepladen: Forklaringernes akser"),
                4,
            ),
            *(
                _category(
                    f"maalkompas.{n}",
                    QT_TRANSLATE_NOOP("Questions", "Målkompasset {n}: {principle}").fill(
                        n=str(n), principle=p
                    ),
                    3,
                )
                for n, p in enumerate(MAALKOMPAS_PRINCIPLES, start=1)
            ),
            _category(
                "maalkompas.goals",
                QT_TRANSLATE_NOOP("Questions", "Målkompasset: Om målene"),
                3,
            ),
            # The booklet's heading question per principle, id ``maalkompas.whatif.<n>``.
            _category(
                "maalkompas.whatif",
                QT_TRANSLATE_NOOP("Questions", "Målkompasset: Hvad nu, hvis …?"),
                len(MAALKOMPAS_PRINCIPLES),
            ),
            _category(
                "maalkompas.followup",
                QT_TRANSLATE_NOOP("Questions", "Målkompasset: Opfølgning på Stop op og lær"),
                3,
            ),
            _category("evaluation", QT_TRANSLATE_NOOP("Questions", "Evaluering af workshoppen"), 3),
            _category(
                "leader.reflection", QT_TRANSLATE_NOOP("Questions", "Lederens egen refleksion"), 2
            ),
        )
    }
)


def is_method_round_question(question_id: str | None) -> bool:
    """True for the method's own check-in and check-out questions, which never rotate."""
    return any(question_id in ids for ids in METHOD_ROUND_QUESTIONS.values())


def category_label(category: str, lang: Lang) -> str:
    """The category's name for people; an unknown category is shown as its id."""
    known = CATEGORIES.get(category)
    return known.label.get(lang) if known else category


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

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r}; known: {', '.join(CATEGORIES)}")
        return value

    @field_serializer("fits")
    def _fits_in_order(self, fits: frozenset[MeetingKind]) -> list[str]:
        """A stable order, so saved user files do not change from one run to the next."""
        return [kind.value for kind in MeetingKind if kind in fits]


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
        """The categories that have questions, in the registry's order."""
        present = {q.category for q in self._by_id.values()}
        return [c for c in CATEGORIES if c in present]


def load_bundled_files() -> list[QuestionFile]:
    return [QuestionFile.model_validate_json(f.read_bytes()) for f in json_files("questions")]


@cache
def bundled_bank() -> QuestionBank:
    return QuestionBank(q for file in load_bundled_files() for q in file.questions)
