"""The organisational yardstick: the other teams' median and range, period by period.

domain.md §1 compares a team with the organisation, not with every other team one
by one: a thousand grey lines say nothing a median and a band do not say better.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from dialogtool.core.record import IndicatorSnapshot, Yardstick

FloatArray = npt.NDArray[np.float64]
#: Up to this many other groups are named on the chart (and kept whole in a snapshot).
NAMED_GROUPS = 12


def summarise(rows: Sequence[FloatArray], names: Sequence[str]) -> Yardstick | None:
    """Median, lowest and highest of ``rows`` (one array per group) per period; None without any."""
    if not rows:
        return None
    stacked = np.vstack(rows)
    with warnings.catch_warnings():  # a period no group has a number for stays empty
        warnings.simplefilter("ignore", RuntimeWarning)
        median = np.nanmedian(stacked, axis=0)
        low = np.nanmin(stacked, axis=0)
        high = np.nanmax(stacked, axis=0)
    return Yardstick(
        groups=len(rows),
        names=list(names) if len(names) <= NAMED_GROUPS else [],
        median=_optional(median),
        low=_optional(low),
        high=_optional(high),
    )


def other_teams(snapshot: IndicatorSnapshot, team: str) -> list[str]:
    """The groups of ``snapshot`` that are neither ``team`` nor a total or benchmark."""
    return [s.group for s in snapshot.series if s.group != team and s.group not in snapshot.roles]


def yardstick_of(snapshot: IndicatorSnapshot, team: str) -> Yardstick | None:
    """The yardstick kept in the snapshot, else (an older record) computed from its series."""
    if snapshot.yardstick is not None:
        return snapshot.yardstick
    others = set(other_teams(snapshot, team))
    kept = [s for s in snapshot.series if s.group in others]
    rows = [np.asarray([np.nan if v is None else v for v in s.values], np.float64) for s in kept]
    return summarise(rows, [s.group for s in kept])


def _optional(values: FloatArray) -> list[float | None]:
    return [None if np.isnan(v) else float(v) for v in values.tolist()]
