"""Imported datasets kept with the meetings: a private columnar copy per file.

A leader who prepared yesterday must find every indicator today, even when the
export was moved or replaced. Each imported dataset is kept as one Parquet
file, ``<data_dir>/datasets/<sha256>.parquet``, named by the SHA-256 of the file
it was read from: the tidy observations as columns (compressed), and the names,
groups, periods, roles and indicator descriptions as JSON in the file's
metadata. Files are written atomically, mode 0600, in a 0700 folder.

``current.json`` names the dataset the start screen shows. A copy is removed
when no meeting in the meetings folder uses it and it is not the current one
(``prune``). pyarrow and numpy are imported on first use: this module is
imported at start-up and must not cost anything before the first paint.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.record_types import utc_now

if TYPE_CHECKING:
    from dialogtool.core.dataset import Dataset

FOLDER_NAME: Final = "datasets"
CURRENT_FILE: Final = "current.json"
SUFFIX: Final = ".parquet"
FORMAT_VERSION: Final = 1
_META_KEY: Final = b"dialogtool.dataset"
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: How a meeting record names its kept dataset (found without parsing the whole record).
_USES = re.compile(rb'"dataset_sha256"\s*:\s*"([0-9a-f]{64})"')
_COLUMNS: Final = ("indicator", "group", "period", "value", "target", "row")
#: The dataset's fields this module writes; a field added to ``Dataset`` must be added here.
KEPT_FIELDS: Final = frozenset(
    {
        "name", "source", "sha256", "indicators", "groups", "periods", "values", "targets",
        "observations", "stepping_stones", "group_roles", "source_note",
    }
)  # fmt: skip


_MISSING = QT_TRANSLATE_NOOP(
    "KeptData", "Den gemte kopi af mødets data findes ikke længere; indlæs filen igen."
)
_UNREADABLE = QT_TRANSLATE_NOOP(
    "KeptData",
    "Den gemte kopi af mødets data kan ikke læses ({detail}); indlæs filen igen. Mødets "
    "gemte tal er uændrede.",
)


class DatasetCacheError(Exception):
    """A kept dataset is missing or cannot be read; ``message`` says so in one sentence."""

    def __init__(self, sha256: str, detail: str, *, missing: bool = False) -> None:
        super().__init__(f"kept dataset {sha256[:12]}: {detail}")
        self.sha256 = sha256
        self.detail = detail
        self.missing = missing

    @property
    def message(self) -> Message:
        if self.missing:
            return _MISSING
        return _UNREADABLE.fill(detail=self.detail)


@dataclass(frozen=True)
class KeptDataset:
    """A dataset read back from its copy, with where and when it was first read."""

    dataset: Dataset
    #: The path of the file it was imported from, as it was then.
    original: str
    imported_at: datetime


def is_sha256(text: str) -> bool:
    return _SHA256.fullmatch(text) is not None


class DatasetCache:
    """The kept datasets in one private folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> DatasetCache:
        return cls(data_dir / FOLDER_NAME)

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):  # it becomes part of a path
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.folder / f"{sha256}{SUFFIX}"

    def has(self, sha256: str) -> bool:
        return is_sha256(sha256) and self.path_for(sha256).is_file()

    def keys(self) -> list[str]:
        """The SHA-256 of every kept dataset."""
        try:
            names = [p.name for p in self.folder.iterdir()]
        except OSError:
            return []
        return sorted(n[: -len(SUFFIX)] for n in names if n.endswith(SUFFIX) and is_sha256(n[:64]))

    # -- writing and reading ------------------------------------------------------
    def store(self, dataset: Dataset, *, now: datetime | None = None) -> Path:
        """Keep ``dataset`` under its file's SHA-256 (replacing an earlier reading of the file)."""
        path = self.path_for(dataset.sha256)
        data = _encode(dataset, (now or utc_now()).isoformat())
        ensure_private_dir(self.folder)
        atomic_write_bytes(path, data)
        return path

    def load(self, sha256: str) -> KeptDataset:
        """The dataset kept for ``sha256``; ``DatasetCacheError`` when missing or unreadable."""
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DatasetCacheError(sha256, "missing", missing=True) from None
        except OSError as exc:
            raise DatasetCacheError(sha256, exc.strerror or type(exc).__name__) from None
        try:
            kept = _decode(data)
        except Exception as exc:  # Arrow, JSON or shape errors all mean "damaged"
            raise DatasetCacheError(sha256, _damage(exc)) from None
        if kept.dataset.sha256 != sha256:
            raise DatasetCacheError(sha256, "belongs to another file")
        return kept

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()

    # -- which copies are in use -------------------------------------------------------
    def current(self) -> str | None:
        """The dataset the start screen shows, if one was kept."""
        try:
            raw = json.loads((self.folder / CURRENT_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        value = raw.get("sha256") if isinstance(raw, dict) else None
        return value if isinstance(value, str) and is_sha256(value) else None

    def set_current(self, sha256: str | None) -> None:
        ensure_private_dir(self.folder)
        text = json.dumps({"sha256": sha256}) + "\n"
        atomic_write_bytes(self.folder / CURRENT_FILE, text.encode("utf-8"))

    def prune(self, in_use: Iterable[str]) -> list[str]:
        """Remove the copies no meeting uses and the start screen does not show."""
        keep = set(in_use)
        current = self.current()
        if current is not None:
            keep.add(current)
        removed = [key for key in self.keys() if key not in keep]
        for key in removed:
            with contextlib.suppress(OSError):  # tried again at the next prune
                self.remove(key)
        return removed


def datasets_in_use(meetings_folder: Path) -> set[str] | None:
    """The kept datasets the meetings in ``meetings_folder`` use; None when unsure (unreadable)."""
    used: set[str] = set()
    try:
        paths = [p for p in meetings_folder.iterdir() if p.suffix == ".json"]
        for path in paths:
            used.update(m.decode("ascii") for m in _USES.findall(path.read_bytes()))
    except FileNotFoundError:
        return used if not meetings_folder.exists() else None
    except OSError:
        return None
    return used


def release_unused(meetings_folder: Path) -> list[str]:
    """Remove the copies no meeting uses any more (after a meeting was deleted).

    The meetings folder's parent is the data folder. When a meeting file cannot be
    read, nothing is removed: a copy is never lost to a passing read error.
    """
    used = datasets_in_use(meetings_folder)
    if used is None:
        return []
    return DatasetCache.in_data_dir(meetings_folder.parent).prune(used)


class OriginalState(StrEnum):
    """What became of the file a kept dataset was read from."""

    SAME = "same"
    MOVED = "moved"
    CHANGED = "changed"


def original_state(original: str, sha256: str) -> OriginalState:
    """Compare the file at ``original`` with the one that was read (reads the whole file)."""
    digest = hashlib.sha256()
    try:
        with Path(original).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return OriginalState.MOVED
    return OriginalState.SAME if digest.hexdigest() == sha256 else OriginalState.CHANGED


def _damage(exc: Exception) -> str:
    """A short, path-free reason for a damaged copy."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def _encode(dataset: Dataset, imported_at: str) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    unknown = {f.name for f in fields(dataset)} - KEPT_FIELDS
    if unknown:  # a field the copy would drop: keep it here before caching the dataset
        raise TypeError(f"Dataset fields not kept: {sorted(unknown)}")
    obs = _observations(dataset)
    index = {m.id: i for i, m in enumerate(dataset.indicators)}
    groups = {g: i for i, g in enumerate(dataset.groups)}
    meta: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "imported_at": imported_at,
        "name": dataset.name,
        "source": dataset.source,
        "sha256": dataset.sha256,
        "indicators": [m.model_dump(mode="json") for m in dataset.indicators],
        "groups": dataset.groups,
        "periods": dataset.periods,
        "series": [[index[i], groups[g]] for i, g in dataset.values],
        "stepping_stones": dataset.stepping_stones,
        "group_roles": dataset.group_roles,
        "source_note": dataset.source_note,
    }
    table = pa.table({name: getattr(obs, name) for name in _COLUMNS})
    table = table.replace_schema_metadata({_META_KEY: json.dumps(meta).encode("utf-8")})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", write_page_checksum=True)
    return bytes(sink.getvalue().to_pybytes())


def _decode(data: bytes) -> KeptDataset:
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dialogtool.core.dataset import Dataset, IndicatorMeta, Observations

    table = pq.read_table(pa.BufferReader(data), page_checksum_verification=True)
    meta = json.loads((table.schema.metadata or {})[_META_KEY])
    if meta.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown format {meta.get('format')!r}")
    columns = {name: table.column(name).to_numpy() for name in _COLUMNS}
    obs = Observations(
        indicator=columns["indicator"].astype(np.int32),
        group=columns["group"].astype(np.int32),
        period=columns["period"].astype(np.int32),
        value=columns["value"].astype(np.float64),
        target=columns["target"].astype(np.float64),
        row=columns["row"].astype(np.int32),
    )
    indicators = [IndicatorMeta.model_validate(m) for m in meta["indicators"]]
    groups = [str(g) for g in meta["groups"]]
    periods = [str(p) for p in meta["periods"]]
    for name, size in (("indicator", len(indicators)), ("group", len(groups))):
        _check_range(getattr(obs, name), size, name)
    _check_range(obs.period, len(periods), "period")
    values, targets = _series(obs, meta["series"], indicators, groups, len(periods))
    dataset = Dataset(
        name=str(meta["name"]),
        source=str(meta["source"]),
        sha256=str(meta["sha256"]),
        indicators=indicators,
        groups=groups,
        periods=periods,
        values=values,
        targets=targets,
        observations=obs,
        stepping_stones=[str(s) for s in meta["stepping_stones"]],
        group_roles=dict(meta["group_roles"]),
        source_note=str(meta["source_note"]),
    )
    return KeptDataset(dataset, dataset.source, datetime.fromisoformat(meta["imported_at"]))


def _check_range(codes: Any, size: int, name: str) -> None:
    if len(codes) and (int(codes.min()) < 0 or int(codes.max()) >= size):
        raise ValueError(f"{name} codes out of range")


def _series(
    obs: Any, series: list[list[int]], indicators: list[Any], groups: list[str], n_periods: int
) -> tuple[dict[tuple[str, str], Any], dict[tuple[str, str], Any]]:
    """The per-series arrays, rebuilt from the observations as the importer builds them."""
    import numpy as np

    pairs = np.asarray(series, np.int64).reshape(-1, 2)
    _check_range(pairs[:, 0], len(indicators), "series indicator")
    _check_range(pairs[:, 1], len(groups), "series group")
    n_groups = max(len(groups), 1)
    position = np.full(len(indicators) * n_groups, -1, np.int64)
    position[pairs[:, 0] * n_groups + pairs[:, 1]] = np.arange(len(pairs))
    where = position[obs.indicator.astype(np.int64) * n_groups + obs.group]
    if len(where) and int(where.min()) < 0:
        raise ValueError("an observation belongs to no series")
    value_grid = np.full((len(pairs), n_periods), np.nan)
    target_grid = np.full((len(pairs), n_periods), np.nan)
    value_grid[where, obs.period] = obs.value
    target_grid[where, obs.period] = obs.target
    keys = [(indicators[i].id, groups[g]) for i, g in pairs.tolist()]
    return dict(zip(keys, value_grid, strict=True)), dict(zip(keys, target_grid, strict=True))


def _observations(dataset: Dataset) -> Any:
    """The dataset's observations; for one built without them (the demo), from its series."""
    import numpy as np

    from dialogtool.core.dataset import Observations

    if dataset.observations is not None:
        return dataset.observations
    index = {m.id: i for i, m in enumerate(dataset.indicators)}
    groups = {g: i for i, g in enumerate(dataset.groups)}
    parts: list[tuple[int, int, Any, Any, Any]] = []
    for (indicator, group), values in dataset.values.items():
        targets = dataset.targets.get((indicator, group), np.full(len(values), np.nan))
        present = np.flatnonzero(~(np.isnan(values) & np.isnan(targets)))
        parts.append((index[indicator], groups[group], present, values[present], targets[present]))
    ints = np.int32

    def joined(pick: int, dtype: Any) -> Any:
        if not parts:
            return np.zeros(0, dtype)
        if pick < 2:
            return np.concatenate([np.full(len(p[2]), p[pick], dtype) for p in parts])
        return np.concatenate([np.asarray(p[pick], dtype) for p in parts])

    return Observations(
        indicator=joined(0, ints),
        group=joined(1, ints),
        period=joined(2, ints),
        value=joined(3, np.float64),
        target=joined(4, np.float64),
        row=np.zeros(sum(len(p[2]) for p in parts), ints),
    )
