"""The bundled demo dataset: a synthetic job centre with three teams over 24 months."""

from __future__ import annotations

import csv
import io

import numpy as np
from pydantic import BaseModel, ConfigDict

from dialogtool.core.dataset import Dataset, IndicatorMeta, sha256_of, slug
from dialogtool.core.periods import normalise_period
from dialogtool.core.resources import resource_dir

DEMO_CSV = "demo-jobcenter.csv"
DEMO_LANDSCAPE = "demo-jobcenter.landscape.json"
DEMO_SOURCE = "demo:jobcenter"


class DemoLandscape(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int
    name: str
    effect: str
    indicators: list[IndicatorMeta]


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def load_demo_dataset() -> Dataset:
    folder = resource_dir("datasets")
    raw = folder.joinpath(DEMO_CSV).read_bytes()
    landscape = DemoLandscape.model_validate_json(folder.joinpath(DEMO_LANDSCAPE).read_bytes())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    periods = sorted({p for r in rows if (p := normalise_period(r["Periode"]))})
    index = {p: i for i, p in enumerate(periods)}
    groups: list[str] = []
    values: dict[tuple[str, str], np.ndarray] = {}
    targets: dict[tuple[str, str], np.ndarray] = {}
    for row in rows:
        key = (slug(row["Indikator"]), row["Team"])
        if row["Team"] not in groups:
            groups.append(row["Team"])
        if key not in values:
            values[key] = np.full(len(periods), np.nan)
            targets[key] = np.full(len(periods), np.nan)
        period = normalise_period(row["Periode"])
        if period is None:
            continue
        values[key][index[period]] = _number(row["Værdi"])
        targets[key][index[period]] = _number(row["Mål"])
    return Dataset(
        name=landscape.name,
        source=DEMO_SOURCE,
        sha256=sha256_of(raw),
        indicators=landscape.indicators,
        groups=groups,
        periods=periods,
        values=values,
        targets=targets,
    )
