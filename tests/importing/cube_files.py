"""Writers of PC-Axis and JSON-stat files, after the formats' public specifications.

PC-Axis (Statistics Sweden's "PX-file format specification"): ``KEYWORD=value;``
entries, quoted strings, long values split over lines as consecutive strings,
``STUB``/``HEADING`` variables with ``VALUES``/``CODES``, ``TIMEVAL``, then
``DATA=`` in row-major order (stub variables first, the last heading variable
fastest), hidden cells as quoted dot codes. JSON-stat: 2.0 datasets
(``class``/``id``/``size``/``dimension``/``value``) and the 1.x form StatBank's
API returns (``{"dataset": {"dimension": {"id", "size", "role", ...}}}``).
"""

from __future__ import annotations

import json
from pathlib import Path

Cell = float | str | None
Var = tuple[str, list[str]]


def _quoted(values: list[str], width: int = 60) -> str:
    """A value list; a long string is split over lines as consecutive strings, as PX writers do."""
    parts = []
    for value in values:
        chunks = [value[i : i + width] for i in range(0, len(value), width)] or [""]
        parts.append("\r\n".join(f'"{c}"' for c in chunks))
    return ",".join(parts)


def px_text(
    stub: list[Var],
    heading: list[Var],
    data: list[Cell],
    *,
    contents: str = "Fuldtidsledige",
    units: str = "antal",
    source: str = "Danmarks Statistik",
    timeval: str | None = None,
    codes: dict[str, list[str]] | None = None,
    charset: str | None = '"ANSI"',
    codepage: str | None = None,
    extra: list[str] | None = None,
    per_line: int | None = None,
) -> str:
    names = [name for name, _ in [*stub, *heading]]
    lines = []
    if charset:
        lines.append(f"CHARSET={charset};")
    lines += ['AXIS-VERSION="2010";']
    if codepage:
        lines.append(f'CODEPAGE="{codepage}";')
    lines += [
        'LANGUAGE="da";',
        "DECIMALS=1;",
        'MATRIX="AUP01";',
        f"TITLE={_quoted([contents + ' efter ' + ', '.join(names)])};",
        f"CONTENTS={_quoted([contents])};",
        f"UNITS={_quoted([units])};",
        f"STUB={_quoted([n for n, _ in stub])};" if stub else "",
        f"HEADING={_quoted([n for n, _ in heading])};" if heading else "",
    ]
    for name, labels in [*stub, *heading]:
        lines.append(f"VALUES({_quoted([name])})={_quoted(labels)};")
    if timeval:
        labels = dict([*stub, *heading])[timeval]
        lines.append(f'TIMEVAL("{timeval}")=TLIST(M1),{_quoted(labels)};')
    for name, values in (codes or {}).items():
        lines.append(f'CODES("{name}")={_quoted(values)};')
    lines += extra or []
    lines.append(f'SOURCE="{source}";')
    lines.append("DATA=")
    row = per_line or (len(data) and max(1, _product([len(v) for _, v in heading])))
    cells = [_cell(c) for c in data]
    for i in range(0, len(cells), row or 1):
        lines.append(" ".join(cells[i : i + row]))
    lines[-1] += ";"
    return "\r\n".join(line for line in lines if line) + "\r\n"


def _product(sizes: list[int]) -> int:
    out = 1
    for size in sizes:
        out *= size
    return out


def _cell(cell: Cell) -> str:
    if cell is None:
        return '".."'
    if isinstance(cell, str):
        return f'"{cell}"'
    return repr(cell) if not float(cell).is_integer() else str(int(cell))


def write_px(path: Path, text: str, encoding: str = "cp1252") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def jsonstat2(
    variables: list[Var],
    values: list[float | None] | dict[str, float],
    *,
    roles: dict[str, list[str]] | None = None,
    label: str = "Fuldtidsledige",
    status: object = None,
    codes: bool = True,
) -> dict[str, object]:
    dims: dict[str, object] = {}
    for name, labels in variables:
        index = [f"C{i}" for i in range(len(labels))] if codes else list(labels)
        dims[name] = {
            "label": name,
            "category": {"index": index, "label": dict(zip(index, labels, strict=True))},
        }
    doc: dict[str, object] = {
        "version": "2.0",
        "class": "dataset",
        "label": label,
        "source": "Danmarks Statistik",
        "updated": "2024-03-01",
        "id": [name for name, _ in variables],
        "size": [len(labels) for _, labels in variables],
        "dimension": dims,
        "value": values,
    }
    if roles:
        doc["role"] = roles
    if status is not None:
        doc["status"] = status
    return doc


def statbank_jsonstat1(
    variables: list[Var], values: list[float | None], *, time: str, metric: str | None = None
) -> dict[str, object]:
    """StatBank API's ``format=JSONSTAT`` answer: JSON-stat 1.x under "dataset", index as objects."""
    dims: dict[str, object] = {
        "id": [name for name, _ in variables],
        "size": [len(labels) for _, labels in variables],
        "role": {"time": [time], **({"metric": [metric]} if metric else {})},
    }
    for name, labels in variables:
        codes = labels if name == time else [f"{i:03d}" for i in range(len(labels))]
        category: dict[str, object] = {
            "index": {c: i for i, c in enumerate(codes)},
            "label": dict(zip(codes, labels, strict=True)),
        }
        if name == metric:
            category["unit"] = {c: {"base": "antal", "decimals": 0} for c in codes}
        dims[name] = {"label": name, "category": category}
    return {
        "dataset": {
            "dimension": dims,
            "label": "Fuldtidsledige efter " + ", ".join(dims["id"]),  # type: ignore[arg-type]
            "source": "Danmarks Statistik",
            "updated": "2024-03-01T08:00:00Z",
            "value": values,
        }
    }


def write_json(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path
