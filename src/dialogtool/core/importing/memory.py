"""Remembering the column mapping per data source, so next month's export needs no questions.

A source is recognised by its header signature (the column names) and, when a
column was added or renamed, by its file-name pattern (digits masked, so
``jobindsats_2024-11.csv`` and ``jobindsats_2024-12.csv`` match).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dialogtool.core.atomic import atomic_write_bytes, ensure_private_dir
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.importing.layout import ColumnMapping, Layout
from dialogtool.core.importing.source import SourceTable
from dialogtool.core.record import utc_now
from dialogtool.core.safe_json import JsonFileError, read_json_file
from dialogtool.core.store import RefusedOverwriteError

MAPPINGS_FILE = "import-mappings.json"
_DIGITS = re.compile(r"\d+")


def name_pattern(file_name: str) -> str:
    return _DIGITS.sub("#", file_name.strip().lower())


def header_signature(columns: list[str]) -> str:
    joined = "\x1f".join(" ".join(c.lower().split()) for c in columns)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def source_key(source: SourceTable) -> str:
    """Identifies "the same export" across months: file-name pattern, sheet and header."""
    return f"{name_pattern(source.name)}|{source.sheet or ''}|{header_signature(source.columns)}"


class RememberedMapping(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source_key: str
    name_pattern: str
    header_signature: str
    mapping: ColumnMapping
    saved_at: datetime = Field(default_factory=utc_now)


class _MappingFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1
    entries: list[RememberedMapping] = Field(default_factory=list)


def recall_from(entries: list[RememberedMapping], source: SourceTable) -> ColumnMapping | None:
    """The mapping remembered for ``source``, adjusted to its header row and columns."""
    signature = header_signature(source.columns)
    pattern = name_pattern(source.name)
    exact = [e for e in entries if e.header_signature == signature]
    similar = [e for e in entries if e.name_pattern == pattern and e not in exact]
    for entry in sorted(exact, key=lambda e: e.saved_at, reverse=True) + sorted(
        similar, key=lambda e: e.saved_at, reverse=True
    ):
        mapping = _fit(entry.mapping, source)
        if mapping is not None:
            return mapping
    return None


def remember_in(
    entries: list[RememberedMapping], source: SourceTable, mapping: ColumnMapping
) -> list[RememberedMapping]:
    """``entries`` with ``mapping`` as the one to use for ``source`` from now on."""
    key = source_key(source)
    entry = RememberedMapping(
        source_key=key,
        name_pattern=name_pattern(source.name),
        header_signature=header_signature(source.columns),
        mapping=mapping,
    )
    return [e for e in entries if e.source_key != key] + [entry]


def _fit(mapping: ColumnMapping, source: SourceTable) -> ColumnMapping | None:
    present = set(source.columns)
    update: dict[str, object] = {"header_row": source.header_row, "sheet": source.sheet}
    if mapping.layout == Layout.WIDE:
        update["indicators"] = [c for c in mapping.indicators if c in present]
    fitted = mapping.model_copy(update=update)
    needed = [
        c
        for c in (fitted.period, fitted.period_part, fitted.group, fitted.indicator, fitted.value)
        if c
    ] + fitted.labels
    if not all(c in present for c in needed) or (fitted.target and fitted.target not in present):
        return None
    if fitted.layout == Layout.WIDE and not fitted.indicators:
        return None
    return fitted


class MappingMemory:
    """The remembered mappings in ``<data_dir>/import-mappings.json``.

    A file that cannot be read is reported in ``problem`` and never overwritten.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: Message | None = None
        self._entries = self._load()

    @classmethod
    def in_data_dir(cls, root: Path) -> MappingMemory:
        return cls(root / MAPPINGS_FILE)

    def _load(self) -> list[RememberedMapping]:
        if not self.path.exists() and not self.path.is_symlink():
            return []
        try:
            raw = read_json_file(self.path, root=self.path.parent)
            return _MappingFile.model_validate(raw).entries
        except JsonFileError as exc:
            self._fail(exc.detail)
        except ValidationError as exc:
            self._fail(type(exc).__name__)
        return []

    def _fail(self, detail: str) -> None:
        self.problem = QT_TRANSLATE_NOOP(
            "Import",
            "De huskede kolonnevalg i {name} kan ikke læses ({detail}); filen er ikke ændret.",
        ).fill(name=self.path.name, detail=detail)

    @property
    def entries(self) -> list[RememberedMapping]:
        return list(self._entries)

    def recall(self, source: SourceTable) -> ColumnMapping | None:
        return recall_from(self._entries, source)

    def remember(self, source: SourceTable, mapping: ColumnMapping) -> None:
        if self.problem is not None:
            raise RefusedOverwriteError(
                f"{self.path.name} could not be read and will not be overwritten"
            )
        self._entries = remember_in(self._entries, source, mapping)
        ensure_private_dir(self.path.parent)
        data = _MappingFile(entries=self._entries).model_dump_json(indent=2) + "\n"
        atomic_write_bytes(self.path, data.encode("utf-8"))
