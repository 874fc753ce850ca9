"""Statistical cubes (PC-Axis, JSON-stat) as a long table the rest of the importer reads.

A cube is a grid of values over a few variables (area, benefit, time, contents),
stored in row-major order: the last variable varies fastest. ``cube_source``
lays it out as one row per cell (a column per variable and a value column)
without looping over cells in Python: each variable's column is a dictionary
array of its labels, and the values are floats with NaN where the source hid
the number. The roles (period, group, indicator, labels) are decided here from
the file's own metadata, so ``propose_mapping`` need not guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.dataset import FloatArray
from dialogtool.core.importing.groups import group_role
from dialogtool.core.importing.problems import ImportRefusedError
from dialogtool.core.periods import normalise_period

if TYPE_CHECKING:
    import pyarrow as pa

#: Variable names that say "area, unit, organisation" (the group), lower case.
_GROUP_WORDS = ("område", "omraade", "kommune", "region", "jobcenter", "landsdel", "geo",
                "area", "municipality", "enhed", "afdeling", "team", "unit")  # fmt: skip
#: Variable names that say "time".
_TIME_WORDS = ("tid", "time", "år", "aar", "year", "måned", "month", "kvartal", "quarter",
               "uge", "week", "periode", "period")  # fmt: skip
#: The header of the value column; no variable is called this.
VALUE_COLUMN = "Værdi"
#: The header of the indicator column a cube without a contents variable gets.
CONTENTS_COLUMN = "Indhold"


@dataclass(frozen=True)
class Variable:
    name: str
    labels: list[str]
    codes: list[str] = field(default_factory=list)
    #: "time", "geo" or "metric" when the file says so.
    role: str | None = None

    def period_labels(self) -> list[str]:
        """Labels, or the codes where only they read as periods (``2024M01`` under "januar 2024")."""
        if all(normalise_period(x) for x in self.labels) or not self.codes:
            return self.labels
        if all(normalise_period(x) for x in self.codes):
            return self.codes
        return self.labels


@dataclass(frozen=True)
class Cube:
    """Variables in storage order (the last varies fastest) and one value per combination."""

    format: str
    variables: list[Variable]
    values: FloatArray
    #: How many cells the source hid (a marker or null), and the markers it used.
    missing: int
    markers: tuple[str, ...]
    contents: str
    unit: str
    source: str
    title: str = ""


def roles(cube: Cube) -> dict[str, list[str]]:
    """Which variable is the period, the group, the indicator and which are labels.

    Variables with one value are left as extra columns: they join the indicator's
    definition ("Køn: I alt").
    """
    variables = cube.variables
    time = next((v for v in variables if v.role == "time"), None) or next(
        (v for v in variables if _named(v.name, _TIME_WORDS)), None
    )
    if time is None:
        time = next(
            (v for v in variables if all(normalise_period(x) for x in v.period_labels())), None
        )
    if time is None:
        names = ", ".join(v.name for v in variables)
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "Ingen af tabellens variable ({names}) er tid, så der er ingen udvikling at vise.",
            ).fill(names=names),
        )
    metric = next((v for v in variables if v.role == "metric" and v is not time), None)
    rest = [v for v in variables if v is not time and v is not metric and len(v.labels) > 1]
    group = (
        next((v for v in rest if v.role == "geo"), None)
        or next((v for v in rest if _named(v.name, _GROUP_WORDS)), None)
        or next((v for v in rest if any(group_role(x) != "team" for x in v.labels)), None)
    )
    labels = [v.name for v in rest if v is not group]
    return {
        "period": [time.name],
        "indicator": [metric.name if metric else CONTENTS_COLUMN],
        "value": [VALUE_COLUMN],
        "group": [group.name] if group is not None else [],
        "labels": labels,
    }


def _named(name: str, words: tuple[str, ...]) -> bool:
    lowered = name.lower()
    return any(lowered == w or lowered.startswith(w) for w in words)


def cube_table(cube: Cube, time_name: str) -> tuple[pa.Table, list[str]]:
    """The cube as one header row and one row per cell, and the column names."""
    import pyarrow as pa

    sizes = [len(v.labels) for v in cube.variables]
    n = int(np.prod(sizes, dtype=np.int64)) if sizes else 0
    if n != cube.values.size:
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP(
                "Import", "Filen lover {n} tal, men har {size}; den er ufuldstændig."
            ).fill(n=n, size=cube.values.size),
        )
    names = [v.name for v in cube.variables]
    if not any(v.role == "metric" and v.name != time_name for v in cube.variables):
        names.append(CONTENTS_COLUMN)
    names.append(VALUE_COLUMN)
    if len(set(names)) != len(names):
        raise ImportRefusedError(
            QT_TRANSLATE_NOOP("Import", "To af tabellens variable har samme navn.")
        )
    arrays = []
    stride = n
    positions = np.arange(n, dtype=np.int64)
    for variable, size in zip(cube.variables, sizes, strict=True):
        stride //= size
        index = (positions // stride) % size
        labels = variable.period_labels() if variable.name == time_name else variable.labels
        arrays.append(_labelled(index, labels, variable.name))
    if CONTENTS_COLUMN in names:
        arrays.append(_labelled(np.zeros(n, np.int64), [cube.contents], CONTENTS_COLUMN))
    values = np.concatenate([[np.nan], cube.values])
    arrays.append(pa.array(values, pa.float64()))
    return pa.Table.from_arrays(arrays, names=[str(i) for i in range(len(names))]), names


def _labelled(index: np.ndarray, labels: list[str], header: str) -> pa.Array:
    """A dictionary column: the header in row 0, then each cell's label."""
    import pyarrow as pa

    indices = np.concatenate([[len(labels)], index]).astype(np.int32)
    return pa.DictionaryArray.from_arrays(pa.array(indices), pa.array([*labels, header]))
