"""Method guide cards: what each method is, why, how, and the pitfall it guards against."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.questions import CATEGORIES
from dialogtool.core.record import PhaseId
from dialogtool.core.resources import resource_dir

GUIDE_FILE_VERSION = 1
GUIDE_FILE = "methods.json"


class GuideCard(BaseModel):
    """One method; ``phases`` are where the UI offers the card, ``categories`` its questions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: LocalizedText
    phases: tuple[PhaseId, ...] = Field(min_length=1)
    categories: tuple[str, ...] = ()
    what: LocalizedText
    why: LocalizedText
    how: LocalizedText
    pitfall: LocalizedText

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in value if c not in CATEGORIES]
        if unknown:
            raise ValueError(f"unknown question categories {unknown}")
        return value


class GuideFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int = GUIDE_FILE_VERSION
    cards: tuple[GuideCard, ...]

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != GUIDE_FILE_VERSION:
            raise ValueError(f"unknown guide file version {value}")
        return value

    @field_validator("cards")
    @classmethod
    def _unique_ids(cls, value: tuple[GuideCard, ...]) -> tuple[GuideCard, ...]:
        ids = [card.id for card in value]
        if len(ids) != len(set(ids)):
            raise ValueError("card ids must be unique")
        return value


@cache
def guide_cards() -> tuple[GuideCard, ...]:
    """Every bundled card, in the order the method introduces them."""
    data = resource_dir("guide").joinpath(GUIDE_FILE).read_bytes()
    return GuideFile.model_validate_json(data).cards


def guide_card(card_id: str) -> GuideCard | None:
    return next((card for card in guide_cards() if card.id == card_id), None)


def cards_for_phase(phase: PhaseId) -> list[GuideCard]:
    """The cards to offer while the meeting is in ``phase``.

    Preparation settles what the framing then says (FUP, role, data contract), so
    it offers the framing's cards.
    """
    wanted = PhaseId.FRAMING if phase == PhaseId.PREPARE else phase
    return [card for card in guide_cards() if wanted in card.phases]


def card_for_category(category: str) -> GuideCard | None:
    """The card explaining the method a question category belongs to."""
    return next((card for card in guide_cards() if category in card.categories), None)
