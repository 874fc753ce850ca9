"""Importing BI exports (CSV, XLSX, XLS, ODS) and statistics cubes (PC-Axis, JSON-stat) into
the tidy ``Dataset``.

The steps, each in its own module: ``source`` opens the file (``encoding``,
``dialect``, ``spreadsheet`` – which also refuses PDFs, images, HTML, MHTML –,
``workbook`` picks the sheet that is a table, ``xlsx_structure`` merged and hidden
cells, ``header`` (with header rows above it naming blocks of columns), ``footer``
for title, unit and ``Kilde:`` lines; ``pcaxis`` and ``jsonstat`` read cubes via
``cube``), ``layout``
proposes which column holds what (long, wide or matrix), ``columns`` reads the
mapped columns with Arrow, ``numbers`` parses Danish and English numbers,
``tidy`` builds the dataset and names the problems (every column left out is
named), ``groups`` tells teams from totals and benchmarks, ``memory``
remembers mappings per source, ``direction`` proposes which way is better from an
indicator's name, and ``reading`` describes what was made of the file
(``ImportResult.reading``: "Sådan læste jeg filen").

For the UI, in a worker thread::

    source = read_source(path, progress=cb)        # cheap for CSV; cb(done, total) -> bool
    proposal = memory.recall(source) or propose_mapping(source)
    # ... ask the user when not proposal.confident, preview from source.sample ...
    result = build_dataset(source, mapping, progress=cb)

or ``import_file(path, memory=memory, progress=cb)`` when no questions are wanted.
Heavy libraries (pyarrow, fastexcel) are imported on first use, not here.
"""

from __future__ import annotations

import os
from pathlib import Path

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP
from dialogtool.core.importing.layout import (
    ColumnMapping,
    Layout,
    MappingProposal,
    apply_overrides,
    propose_mapping,
)
from dialogtool.core.importing.memory import MappingMemory, source_key
from dialogtool.core.importing.problems import (
    ImportCancelledError,
    ImportRefusedError,
    Problem,
    ProblemKind,
    Progress,
)
from dialogtool.core.importing.source import SourceTable, open_bytes, read_source
from dialogtool.core.importing.tidy import ImportResult, build_dataset

__all__ = [
    "ColumnMapping",
    "ImportCancelledError",
    "ImportRefusedError",
    "ImportResult",
    "Layout",
    "MappingMemory",
    "MappingProposal",
    "Problem",
    "ProblemKind",
    "Progress",
    "SourceTable",
    "apply_overrides",
    "build_dataset",
    "import_bytes",
    "import_file",
    "propose_mapping",
    "read_source",
    "source_key",
]

# pyarrow's default allocator (mimalloc) keeps the memory of a read for reuse, which
# left twice the dataset resident after a big import; the system allocator returns it
# (see ``tidy._return_memory``). Set before pyarrow is loaded: it is read only once.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


_NOT_INDICATORS = QT_TRANSLATE_NOOP("Import", "Filen kan ikke læses som nøgletal: {reason}")


def import_file(
    path: Path | str,
    mapping: ColumnMapping | None = None,
    *,
    sheet: str | None = None,
    memory: MappingMemory | None = None,
    progress: Progress | None = None,
    name: str | None = None,
) -> ImportResult:
    """Import ``path`` with ``mapping``, else a remembered one, else the proposed one.

    Raises ``ImportRefusedError`` (one-line message) when the file cannot be used
    and ``ImportCancelledError`` when ``progress`` returns False.
    """
    wanted_sheet = sheet or (mapping.sheet if mapping else None)
    source = read_source(path, sheet=wanted_sheet, progress=progress)
    return _finish(source, mapping, memory, progress, name)


def import_bytes(
    data: bytes,
    file_name: str,
    mapping: ColumnMapping | None = None,
    *,
    sheet: str | None = None,
    name: str | None = None,
) -> ImportResult:
    """Like ``import_file`` for content already in memory (bundled or pasted data)."""
    source = open_bytes(data, file_name, sheet=sheet or (mapping.sheet if mapping else None))
    return _finish(source, mapping, None, None, name)


def _finish(
    source: SourceTable,
    mapping: ColumnMapping | None,
    memory: MappingMemory | None,
    progress: Progress | None,
    name: str | None,
) -> ImportResult:
    if mapping is None and memory is not None:
        mapping = memory.recall(source)
    if mapping is None:
        proposal = propose_mapping(source)
        if proposal.mapping is None:
            raise ImportRefusedError(_NOT_INDICATORS.fill(reason=proposal.notes[0]))
        mapping = proposal.mapping
    return build_dataset(source, mapping, progress=progress, name=name)
