"""The tidy dataset: indicators observed per group and period, with targets.

Values are held column-wise in NumPy arrays aligned to one sorted period axis,
so a series for a chart is a slice, not a loop over rows.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from dialogtool.core.record import IndicatorSnapshot, SeriesSnapshot
from dialogtool.core.yardstick import NAMED_GROUPS, summarise

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
#: Row indices kept with a dataset: 4 bytes each (a file has fewer than 2**31 rows).
IndexArray = npt.NDArray[np.int32]
#: What a group is: a team, the organisation's total (its yardstick) or a benchmark
#: to compare with (``Hele landet``, a region, ``Landsgennemsnit``).
GroupRole = Literal["team", "total", "benchmark"]


class IndicatorMeta(BaseModel):
    """What a reader needs to trust a number: source, date, definition (domain.md §1)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    unit: str = ""
    higher_is_better: bool = True
    target: float | None = None
    source: str = ""
    extracted: date | None = None
    delivered_by: str = ""
    frequency: str = ""
    definition: str = ""


@dataclass(frozen=True)
class Series:
    periods: list[str]
    values: FloatArray
    targets: FloatArray

    def latest_index(self) -> int | None:
        """Index of the newest period that has a value, if any."""
        present = np.flatnonzero(~np.isnan(self.values))
        return int(present[-1]) if present.size else None


@dataclass(frozen=True)
class Observations:
    """The tidy rows behind a dataset, column-wise, in reading order (a wide file column by column).

    Each row is one observation: ``indicator[i]`` indexes ``Dataset.indicators``,
    ``group[i]`` indexes ``Dataset.groups`` and ``period[i]`` ``Dataset.periods``.
    ``row`` is the 1-based row in the source file or sheet, so a detail list can
    point back to it. ``target`` is NaN where the file gives none.
    """

    indicator: IndexArray
    group: IndexArray
    period: IndexArray
    value: FloatArray
    target: FloatArray
    row: IndexArray

    def __len__(self) -> int:
        return int(self.value.shape[0])


@dataclass
class Dataset:
    """Indicators per group and period. The group ``""`` means the file had no group column."""

    name: str
    source: str
    sha256: str
    indicators: list[IndicatorMeta]
    groups: list[str]
    periods: list[str]
    values: dict[tuple[str, str], FloatArray] = field(default_factory=dict)
    targets: dict[tuple[str, str], FloatArray] = field(default_factory=dict)
    observations: Observations | None = None
    #: The indicators the team chose as stepping stones (set by ``apply_landscape``), in order.
    stepping_stones: list[str] = field(default_factory=list)
    #: Groups that are not teams: the total and the benchmarks. A group not listed is a team.
    group_roles: dict[str, GroupRole] = field(default_factory=dict)
    #: The source the file itself names (a ``Kilde:`` footnote), used where an indicator has none.
    source_note: str = ""

    def indicator(self, indicator_id: str) -> IndicatorMeta:
        for meta in self.indicators:
            if meta.id == indicator_id:
                return meta
        raise KeyError(indicator_id)

    def series(self, indicator_id: str, group: str) -> Series:
        nan = np.full(len(self.periods), np.nan)
        key = (indicator_id, group)
        return Series(self.periods, self.values.get(key, nan), self.targets.get(key, nan))

    def groups_of(self, indicator_id: str) -> list[str]:
        return [g for g in self.groups if (indicator_id, g) in self.values]

    def role_of(self, group: str) -> GroupRole:
        return self.group_roles.get(group, "team")

    def teams(self) -> list[str]:
        """The groups that are teams, in dataset order (the total and benchmarks left out)."""
        return [g for g in self.groups if self.role_of(g) == "team"]

    def total_group(self) -> str | None:
        """The organisation's total (``I alt``, ``Hele kommunen``), the yardstick, if any."""
        return next((g for g in self.groups if self.role_of(g) == "total"), None)

    def benchmark_groups(self) -> list[str]:
        """Named comparison groups (``Hele landet``, a region), offered as benchmark series."""
        return [g for g in self.groups if self.role_of(g) == "benchmark"]

    def tidy_rows(self) -> Iterator[tuple[str, str, str, float, float | None]]:
        """(indicator name, group, period, value, target) per observation, in reading order."""
        obs = self.observations
        if obs is None:
            return
        names = [meta.name for meta in self.indicators]
        for i, g, p, v, t in zip(
            obs.indicator.tolist(),
            obs.group.tolist(),
            obs.period.tolist(),
            obs.value.tolist(),
            obs.target.tolist(),
            strict=True,
        ):
            yield names[i], self.groups[g], self.periods[p], v, None if math.isnan(t) else t

    def snapshot(
        self, indicator_id: str, groups: list[str] | None = None, *, team: str | None = None
    ) -> IndicatorSnapshot:
        """Freeze the numbers of one indicator into the record (all its groups by default).

        With ``team``, what the room sees is kept: the team, the total and the benchmarks,
        and the other teams as a yardstick (median and range) — each of them as well only
        when there are few enough to name.
        """
        meta = self.indicator(indicator_id)
        present = self.groups_of(indicator_id)
        chosen = groups if groups is not None else present
        yardstick = None
        if team is not None and present:
            if team not in present:  # the chart then shows the first group (context.chosen_series)
                team = present[0]
            others = [g for g in present if g != team and self.role_of(g) == "team"]
            yardstick = summarise([self.values[(indicator_id, g)] for g in others], others)
            if len(others) > NAMED_GROUPS:
                chosen = [g for g in present if g == team or self.role_of(g) != "team"]
        series = []
        for group in chosen:
            s = self.series(indicator_id, group)
            series.append(
                SeriesSnapshot(
                    group=group,
                    periods=list(s.periods),
                    values=_to_optional(s.values),
                    targets=_to_optional(s.targets),
                )
            )
        return IndicatorSnapshot(
            indicator_id=meta.id,
            name=meta.name,
            unit=meta.unit,
            higher_is_better=meta.higher_is_better,
            target=meta.target,
            source=_source_line(meta.source or self.source_note, self.source),
            source_sha256=self.sha256,
            extracted=meta.extracted,
            definition=meta.definition,
            series=series,
            yardstick=yardstick,
            roles={g: role for g in chosen if (role := self.role_of(g)) != "team"},
        )


def _source_line(described: str, file: str) -> str:
    """Where the numbers come from: the described source and the file they were read from.

    Only the file's name: the full path (``C:\\Users\\jens\\…``) would reach the
    projector, the summary and exports with the user's name in it.
    """
    file = re.split(r"[\\/]", file)[-1]
    if not described or described == file:
        return file
    return f"{described} – {file}" if file else described


def _to_optional(values: FloatArray) -> list[float | None]:
    return [None if np.isnan(v) else float(v) for v in values.tolist()]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slug(text: str) -> str:
    """A stable identifier for an indicator name ("CV'er på Jobnet (%)" -> "cv-er-pa-jobnet")."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
    out = []
    for ch in text.translate(table).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part) or "indikator"
