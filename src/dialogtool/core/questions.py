"""The question bank: questions as data, one resource file per method family."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

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
    label: LocalizedText
    minimum: int


def _category(category_id: str, da: str, en: str, minimum: int) -> Category:
    return Category(category_id, LocalizedText(da=da, en=en), minimum)


#: The Målkompasset principles (domain.md §11), in order; category ``maalkompas.<n>``.
MAALKOMPAS_PRINCIPLES: tuple[LocalizedText, ...] = (
    LocalizedText(da="Vær oprigtigt nysgerrig", en="Be genuinely curious"),
    LocalizedText(
        da="Flet faglighed og fokus på værdi", en="Weave professionalism and focus on value"
    ),
    LocalizedText(da="Tegn forandringen sammen", en="Draw the change together"),
    LocalizedText(da="Fokuser på det meningsfulde", en="Focus on what is meaningful"),
    LocalizedText(da="Omfavn data", en="Embrace data"),
    LocalizedText(da="Stop op og lær", en="Stop and learn"),
)

#: The game board's five steps (domain.md §10), in order; category ``gameboard.<n>``.
GAMEBOARD_STEPS: tuple[LocalizedText, ...] = (
    LocalizedText(da="Vi modtager eller producerer data", en="We receive or produce data"),
    LocalizedText(da="Vi fortolker sammen", en="We interpret together"),
    LocalizedText(da="Vi finder forklaringer", en="We find explanations"),
    LocalizedText(da="Vi vælger løsninger og handlinger", en="We choose solutions and actions"),
    LocalizedText(da="Vi implementerer og følger op", en="We implement and follow up"),
)

#: Every category a question may have, in the order the method introduces them.
CATEGORIES: Mapping[str, Category] = MappingProxyType(
    {
        c.id: c
        for c in (
            _category("checkin", "Tjek ind", "Check-in", 2),
            _category("checkout", "Tjek ud", "Check-out", 2),
            _category("fup.purpose", "FUP: Formål", "FUP: Purpose", 3),
            _category("fup.outcome", "FUP: Udbytte", "FUP: Outcome", 3),
            _category("fup.process", "FUP: Proces", "FUP: Process", 3),
            _category("contract.opening", "Datakontrakt: Åbning", "Data contract: opening", 4),
            _category("contract.redthread", "Den røde tråd", "The red thread", 4),
            _category("contract.closing", "Opsamling (gamemaster)", "Gathering up (gamemaster)", 5),
            _category("landscape", "Datalandskabet", "The data landscape", 4),
            _category("role.facilitator", "Rolle: Facilitator", "Role: Facilitator", 3),
            _category("role.inspirator", "Rolle: Inspirator", "Role: Inspirator", 3),
            _category("role.afgraenser", "Rolle: Afgrænser", "Role: Boundary-setter", 3),
            _category("ugu.explore", "UGU: Undersøg", "UGU: Explore", 3),
            _category("ugu.give", "UGU: Giv", "UGU: Give", 3),
            _category("ugu.explore_again", "UGU: Undersøg igen", "UGU: Explore again", 3),
            _category("tomm.detektiv", "Detektiv", "Detective", 10),
            _category("tomm.antropolog", "Antropolog", "Anthropologist", 10),
            _category("tomm.kaptajn", "Kaptajn", "Captain", 10),
            _category("tomm.fremtidsforsker", "Fremtidsforsker", "Futurist", 10),
            _category("solution.mastery", "Mestringsspørgsmål", "Mastery questions", 8),
            _category("solution.progression", "Progressionsspørgsmål", "Progression questions", 8),
            _category("solution.recognition", "Anerkendelse", "Recognition", 3),
            _category("domain.production", "Produktionsdomænet", "The production domain", 3),
            _category(
                "domain.personal",
                "Det personlige/æstetiske domæne",
                "The personal/aesthetic domain",
                3,
            ),
            _category("domain.reflective", "Det refleksive domæne", "The reflective domain", 3),
            _category("bridge", "Brobygningsspørgsmål", "Bridge-building questions", 5),
            *(
                _category(
                    f"gameboard.{n}", f"Spillepladen {n}: {s.da}", f"Game board {n}: {s.en}", 3
                )
                for n, s in enumerate(GAMEBOARD_STEPS, start=1)
            ),
            _category("analysis", "Analysens fire niveauer", "The four levels of analysis", 4),
            _category(
                "gameboard.axes",
                "Spillepladen: Forklaringernes akser",
                "Game board: the explanation axes",
                4,
            ),
            *(
                _category(
                    f"maalkompas.{n}", f"Målkompasset {n}: {p.da}", f"Goal compass {n}: {p.en}", 3
                )
                for n, p in enumerate(MAALKOMPAS_PRINCIPLES, start=1)
            ),
            _category(
                "maalkompas.goals",
                "Målkompasset: Om målene",
                "Goal compass: About the goals",
                3,
            ),
            # The booklet's heading question per principle, id ``maalkompas.whatif.<n>``.
            _category(
                "maalkompas.whatif",
                "Målkompasset: Hvad nu, hvis …?",
                "Goal compass: What if …?",
                len(MAALKOMPAS_PRINCIPLES),
            ),
            _category(
                "maalkompas.followup",
                "Målkompasset: Opfølgning på Stop op og lær",
                "Goal compass: following up on Stop and learn",
                3,
            ),
            _category("evaluation", "Evaluering af workshoppen", "Workshop evaluation", 3),
            _category(
                "leader.reflection", "Lederens egen refleksion", "The leader's own reflection", 2
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
