"""Meeting templates: phases with timeboxes, default FUP text, suggested questions."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dialogtool.core.i18n import LocalizedText
from dialogtool.core.record import MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.resources import json_files

TEMPLATE_FILE_VERSION = 1


class TemplatePhase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    phase: PhaseId
    minutes: int = Field(ge=0, le=24 * 60)
    suggested_questions: tuple[str, ...] = ()

    @field_validator("phase")
    @classmethod
    def _timed(cls, value: PhaseId) -> PhaseId:
        if value == PhaseId.PREPARE:
            raise ValueError("preparation comes before every meeting and is not a template phase")
        return value


class TemplateAgendaItem(BaseModel):
    """A line of the agenda, part of one phase's time; untitled lines show the phase's name."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: LocalizedText | None = None
    minutes: int = Field(ge=0, le=24 * 60)
    #: ``None`` in templates saved before the agenda was the phase plan.
    phase: PhaseId | None = None


class TemplateFup(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    purpose: LocalizedText
    outcome: LocalizedText
    process: tuple[TemplateAgendaItem, ...] = ()


class MeetingTemplate(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: int = TEMPLATE_FILE_VERSION
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    kind: MeetingKind
    name: LocalizedText
    description: LocalizedText
    duration_minutes: int = Field(gt=0, le=24 * 60)
    cadence: LocalizedText | None = None
    #: A meeting held once (the data-landscape workshop), not a series that follows up.
    one_off: bool = False
    fup: TemplateFup
    phases: tuple[TemplatePhase, ...]

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != TEMPLATE_FILE_VERSION:
            raise ValueError(f"unknown template file version {value}")
        return value

    @model_validator(mode="after")
    def _timeboxes_add_up(self) -> MeetingTemplate:
        total = sum(p.minutes for p in self.phases)
        if total != self.duration_minutes:
            raise ValueError(
                f"phase timeboxes add up to {total} min, not {self.duration_minutes} min"
            )
        if not self.phases:
            raise ValueError("a template needs at least one phase")
        if not self.fup.process or any(item.phase is None for item in self.fup.process):
            return self  # an older agenda: a new meeting ties it to the phases
        for plan in self.phases:
            agenda = [item.minutes for item in self.fup.process if item.phase == plan.phase]
            if not agenda or sum(agenda) != plan.minutes:
                raise ValueError(
                    f"the agenda gives {plan.phase} {sum(agenda)} min, not {plan.minutes}"
                )
        if any(item.phase not in {p.phase for p in self.phases} for item in self.fup.process):
            raise ValueError("an agenda item belongs to a phase the template does not have")
        return self


@cache
def bundled_templates() -> tuple[MeetingTemplate, ...]:
    return tuple(
        MeetingTemplate.model_validate_json(f.read_bytes()) for f in json_files("templates")
    )


def template_by_id(template_id: str) -> MeetingTemplate | None:
    return next((t for t in bundled_templates() if t.id == template_id), None)


def template_from_meeting(record: MeetingRecord, template_id: str, name: str) -> MeetingTemplate:
    """A template with this meeting's phases, timeboxes, FUP and picked questions.

    What the leader typed is in one language; it stands for both, as in the
    user's own questions. Raises ``ValueError`` when the phases have no time.
    """

    def same(text: str, fallback: str) -> LocalizedText:
        chosen = text.strip() or fallback
        return LocalizedText(da=chosen, en=chosen)

    phases = tuple(
        TemplatePhase(
            phase=plan.phase,
            minutes=plan.minutes,
            suggested_questions=tuple(
                dict.fromkeys(
                    q.question_id
                    for q in record.questions
                    if q.phase == plan.phase and q.question_id
                )
            ),
        )
        for plan in record.phases
    )
    fup = TemplateFup(
        purpose=same(record.fup.purpose, name),
        outcome=same(record.fup.outcome, name),
        process=tuple(
            TemplateAgendaItem(
                title=LocalizedText(da=item.title, en=item.title) if item.title.strip() else None,
                minutes=item.minutes,
                phase=item.phase,
            )
            for item in record.fup.process
            if item.phase is not None
        ),
    )
    return MeetingTemplate(
        id=template_id,
        kind=record.kind,
        name=same(name, record.title or "?"),
        description=same(record.title, name),
        duration_minutes=sum(p.minutes for p in phases),
        fup=fup,
        phases=phases,
    )
