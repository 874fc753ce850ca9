"""The team's data landscape ("datalandskab"): its purpose, stepping stones and trusted sources.

One profile per team, kept across meetings (domain.md §2): the effect the team
wants for the citizen, the 7–8 indicators it chose as stepping stones
("trædesten"), what each indicator means and where it comes from, and the
column mapping of each source, so next month's export refreshes the numbers
without questions. Stored as ``<data_dir>/landscapes/landscape-<id>.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
from dialogtool.core.dataset import Dataset, IndicatorMeta
from dialogtool.core.importing.layout import ColumnMapping
from dialogtool.core.importing.memory import (
    RememberedMapping,
    recall_from,
    remember_in,
)
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.record import new_id, utc_now
from dialogtool.core.safe_json import MAX_JSON_BYTES, JsonFileError, read_json_file
from dialogtool.core.store import RefusedOverwriteError

LANDSCAPE_SCHEMA_VERSION = 1
#: The method keeps to 7–8 stepping stones; more are allowed, with a word of why not.
MAX_STEPPING_STONES = 8
FILE_PREFIX = "landscape-"

STEPPING_STONE_ADVICE = QT_TRANSLATE_NOOP(
    "Landscape",
    "Metoden holder sig til 7–8 trædesten: flere udvander fokus, og samtalen "
    "drukner let i data. I kan godt vælge flere, men overvej hvilke der "
    "siger mest om den effekt, I vil skabe for borgeren.",
)


def stepping_stone_advice(count: int) -> Message | None:
    """Why the method keeps to 7–8 stepping stones, when ``count`` goes beyond that."""
    return STEPPING_STONE_ADVICE if count > MAX_STEPPING_STONES else None


class ResultLevel(StrEnum):
    """Whether a stepping stone measures what we do or the effect for the citizen."""

    OUTPUT = "output"
    OUTCOME = "outcome"


#: What each level means, for people (the workshop asks which each stepping stone is).
RESULT_LEVELS: Mapping[ResultLevel, Message] = MappingProxyType(
    {
        ResultLevel.OUTPUT: QT_TRANSLATE_NOOP(
            "Landscape", "Output – det, vi gør (fx antal samtaler)"
        ),
        ResultLevel.OUTCOME: QT_TRANSLATE_NOOP(
            "Landscape", "Outcome – den effekt, borgeren mærker"
        ),
    }
)


class Landscape(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: Literal[1] = 1
    id: str = Field(default_factory=new_id)
    #: The team (or person) the landscape belongs to.
    name: str
    #: The effect the team wants for the citizen.
    effect: str = ""
    #: Indicator ids chosen as stepping stones, in the order they are shown.
    stepping_stones: list[str] = Field(default_factory=list)
    #: What each indicator means; ``target`` here is the typed target, used where a file has none.
    indicators: list[IndicatorMeta] = Field(default_factory=list)
    #: Indicator id → output or outcome; an indicator nobody has marked yet is absent.
    levels: dict[str, ResultLevel] = Field(default_factory=dict)
    #: The sources the numbers come from, with their column mappings.
    sources: list[RememberedMapping] = Field(default_factory=list)
    #: Indicator ids whose direction the leader confirmed; any other direction is a proposal.
    confirmed_directions: list[str] = Field(default_factory=list)
    updated_at: datetime = Field(default_factory=utc_now)

    def choose(self, indicator_ids: list[str]) -> Message | None:
        """Set the stepping stones; returns the method's advice when there are more than 8."""
        self.stepping_stones = list(dict.fromkeys(indicator_ids))
        return stepping_stone_advice(len(self.stepping_stones))

    def mark(self, indicator_id: str, level: ResultLevel | None) -> None:
        """Mark an indicator as output or outcome; ``None`` takes the mark away."""
        levels = {k: v for k, v in self.levels.items() if k != indicator_id}
        if level is not None:
            levels[indicator_id] = level
        self.levels = levels

    def level_of(self, indicator_id: str) -> ResultLevel | None:
        return self.levels.get(indicator_id)

    def unmarked_stones(self) -> list[str]:
        """Stepping stones not yet marked output or outcome, in their order."""
        return [i for i in self.stepping_stones if i not in self.levels]

    def meta(self, indicator_id: str) -> IndicatorMeta | None:
        return next((m for m in self.indicators if m.id == indicator_id), None)

    def adopt_indicators(self, dataset: Dataset) -> None:
        """Add the dataset's indicators that the profile does not describe yet."""
        known = {m.id for m in self.indicators}
        self.indicators = self.indicators + [
            meta.model_copy() for meta in dataset.indicators if meta.id not in known
        ]

    def confirmed_direction(self, indicator_id: str) -> bool | None:
        """True/False (higher is better or not) once the leader confirmed it, else None."""
        if indicator_id not in self.confirmed_directions:
            return None
        meta = self.meta(indicator_id)
        return None if meta is None else meta.higher_is_better

    def confirm_direction(self, indicator: IndicatorMeta, higher_is_better: bool) -> None:
        """Remember the leader's word on ``indicator``'s direction for every later import."""
        known = self.meta(indicator.id)
        if known is None:
            known = indicator.model_copy()
            self.indicators = [*self.indicators, known]
        known.higher_is_better = higher_is_better
        self.indicators = list(self.indicators)  # validated again, with the change
        self.confirmed_directions = list(dict.fromkeys([*self.confirmed_directions, indicator.id]))

    def mapping_for(self, source: SourceTable) -> ColumnMapping | None:
        """The mapping used last time for this source (same export, maybe a new month)."""
        return recall_from(self.sources, source)

    def remember_source(self, source: SourceTable, mapping: ColumnMapping) -> None:
        self.sources = remember_in(self.sources, source, mapping)


def apply_landscape(dataset: Dataset, landscape: Landscape) -> Dataset:
    """The dataset described by the team's profile: names, units, sources, definitions.

    A typed target fills the series for which the file gives no target; the
    team's stepping stones found in the dataset are listed in ``stepping_stones``.
    """
    metas = []
    targets = dict(dataset.targets)
    for meta in dataset.indicators:
        described = landscape.meta(meta.id)
        if described is None:
            metas.append(meta)
            continue
        target = described.target if described.target is not None else meta.target
        metas.append(described.model_copy(update={"target": target}))
        if described.target is None:
            continue
        for group in dataset.groups_of(meta.id):
            key = (meta.id, group)
            if np.isnan(targets[key]).all():
                targets[key] = np.full(len(dataset.periods), described.target)
    present = {meta.id for meta in dataset.indicators}
    chosen = [i for i in landscape.stepping_stones if i in present]
    return replace(dataset, indicators=metas, targets=targets, stepping_stones=chosen)


_UNREADABLE = QT_TRANSLATE_NOOP(
    "Landscape", "Datalandskabet {name} kan ikke læses ({detail}). Filen er ikke ændret."
)


@dataclass(frozen=True)
class LandscapeProblem:
    path: Path
    detail: str

    @property
    def message(self) -> Message:
        return _UNREADABLE.fill(name=self.path.name, detail=self.detail)


class LandscapeLoadError(Exception):
    def __init__(self, problem: LandscapeProblem) -> None:
        super().__init__(render(problem.message, "en"))
        self.problem = problem


def load_landscape(path: Path) -> Landscape:
    try:
        raw = read_json_file(path, max_bytes=MAX_JSON_BYTES, root=path.parent)
    except JsonFileError as exc:
        raise LandscapeLoadError(LandscapeProblem(path, exc.detail)) from None
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if version != LANDSCAPE_SCHEMA_VERSION:
        detail = f"unknown schema_version {version!r}"
        raise LandscapeLoadError(LandscapeProblem(path, detail))
    try:
        return Landscape.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LandscapeLoadError(LandscapeProblem(path, f"{where}: {first['msg']}")) from None


class LandscapeStore:
    """The landscapes in one folder; files it could not read are never overwritten."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._unreadable: set[Path] = set()

    def path_for(self, landscape_id: str) -> Path:
        return self.folder / f"{FILE_PREFIX}{landscape_id}.json"

    def scan(self) -> tuple[list[Landscape], list[LandscapeProblem]]:
        landscapes: list[Landscape] = []
        problems: list[LandscapeProblem] = []
        if not self.folder.is_dir():
            return landscapes, problems
        for path in sorted(self.folder.glob(f"{FILE_PREFIX}*.json")):
            try:
                landscapes.append(load_landscape(path))
            except LandscapeLoadError as exc:
                self._unreadable.add(path)
                problems.append(exc.problem)
        landscapes.sort(key=lambda item: item.name.lower())
        return landscapes, problems

    def load(self, landscape_id: str) -> Landscape:
        path = self.path_for(landscape_id)
        try:
            return load_landscape(path)
        except LandscapeLoadError:
            self._unreadable.add(path)
            raise

    def save(self, landscape: Landscape) -> Path:
        path = self.path_for(landscape.id)
        if path in self._unreadable:
            raise RefusedOverwriteError(
                f"{path.name} could not be read and will not be overwritten"
            )
        ensure_private_dir(self.folder)
        landscape.updated_at = utc_now()
        atomic_write_bytes(path, (landscape.model_dump_json(indent=2) + "\n").encode("utf-8"))
        return path
