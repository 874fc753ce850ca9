"""JSON-stat datasets (1.x as StatBank's API returns it, and 2.0) read into a ``Cube``.

JSON-stat 2.0: ``{"version": "2.0", "class": "dataset", "id": [...], "size":
[...], "dimension": {...}, "value": [...]}``. 1.x: ``{"dataset": {"dimension":
{"id": [...], "size": [...], "role": {...}, ...}, "value": [...]}}`` (a bundle
may hold several named datasets). Values are in row-major order over ``id``
(the last varies fastest), as a list or as an object of positions (sparse);
``null`` is a value the source hid, and ``status`` may say why (``".."``).
Category ``index`` is a list or an object of positions; ``label`` maps codes to
labels. ``role`` names the time, geo and metric dimensions. A JSON file that
is not JSON-stat is refused saying what it looks like.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import numpy as np

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message
from dialogtool.core.importing.cube import Cube, Variable
from dialogtool.core.importing.problems import ImportRefusedError

_UNREADABLE = QT_TRANSLATE_NOOP("Import", "JSON-stat-filen kan ikke læses: {reason}")
_NOT_JSONSTAT = QT_TRANSLATE_NOOP(
    "Import",
    "Filen er {what}, ikke en tabel i et format, der kan læses; hent data som JSON-stat, "
    "PC-Axis (.px), CSV eller Excel.",
)


def _refuse(reason: Message) -> ImportRefusedError:
    return ImportRefusedError(_UNREADABLE.fill(reason=reason))


def not_jsonstat(what: Message) -> ImportRefusedError:
    return ImportRefusedError(_NOT_JSONSTAT.fill(what=what))


def read_json(data: bytes | bytearray) -> Cube:
    """The JSON-stat dataset in ``data``, or a one-line refusal saying what the JSON is."""
    try:
        doc = json.loads(bytes(data).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise not_jsonstat(
            QT_TRANSLATE_NOOP("Import", "en beskadiget eller ufuldstændig JSON-fil")
        ) from None
    dataset = _find_dataset(doc)
    if dataset is None:
        raise _describe(doc)
    try:
        return _read(dataset)
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError):
        # A shape the checks above did not foresee: damaged, never a traceback.
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "dens opbygning passer ikke med JSON-stat.")
        ) from None


def _find_dataset(doc: Any) -> dict[str, Any] | None:
    if not isinstance(doc, dict):
        return None
    if doc.get("class") == "dataset" and "dimension" in doc:
        return doc
    if isinstance(doc.get("dataset"), dict) and "dimension" in doc["dataset"]:
        return doc["dataset"]  # type: ignore[no-any-return]
    if doc.get("class") == "collection":
        items = doc.get("link", {}).get("item", [])
        found = [i for i in items if isinstance(i, dict) and i.get("class") == "dataset"]
        embedded = [i for i in found if "dimension" in i]
        if len(embedded) == 1:
            return embedded[0]
        raise not_jsonstat(
            QT_TRANSLATE_NOOP(
                "Import", "en JSON-stat-samling med henvisninger, ikke selve tallene"
            ),
        )
    # A 1.x bundle: named datasets at the top.
    named = [v for v in doc.values() if isinstance(v, dict) and "dimension" in v and "value" in v]
    return named[0] if len(named) == 1 else None


def _describe(doc: Any) -> ImportRefusedError:
    """What a JSON that is not JSON-stat looks like, for the refusal."""
    if isinstance(doc, dict) and doc.get("class") == "dimension":
        return not_jsonstat(QT_TRANSLATE_NOOP("Import", "en JSON-stat-dimension uden tal"))
    if isinstance(doc, dict) and ("variables" in doc or "tables" in doc or "id" in doc):
        return not_jsonstat(
            QT_TRANSLATE_NOOP(
                "Import", "et JSON-svar med metadata fra et API (tabeller eller variable), ikke tal"
            ),
        )
    if isinstance(doc, list):
        return not_jsonstat(QT_TRANSLATE_NOOP("Import", "en JSON-liste fra et API"))
    return not_jsonstat(
        QT_TRANSLATE_NOOP("Import", "et JSON-svar fra et API, men ikke JSON-stat"),
    )


def _read(ds: dict[str, Any]) -> Cube:
    dims = ds["dimension"]
    ids = ds.get("id") or dims.get("id")
    sizes = ds.get("size") or dims.get("size")
    role = ds.get("role") or dims.get("role") or {}
    if (
        not isinstance(ids, list)
        or not isinstance(sizes, list)
        or len(ids) != len(sizes)
        or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in sizes)
    ):
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "'id' og 'size' mangler eller passer ikke sammen."),
        )
    roles = {
        name: kind for kind, names in role.items() if isinstance(names, list) for name in names
    }
    variables = []
    unit = ""
    for name, size in zip(ids, sizes, strict=True):
        dim = dims.get(name)
        if not isinstance(dim, dict) or not isinstance(dim.get("category"), dict):
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "dimensionen '{name}' mangler.").fill(name=name)
            )
        codes, labels = _categories(dim["category"], size, name)
        variables.append(Variable(str(dim.get("label") or name), labels, codes, roles.get(name)))
        units = dim["category"].get("unit")
        if isinstance(units, dict) and len(units) == 1:
            only = next(iter(units.values()))
            unit = (
                str(only.get("label") or only.get("base") or "") if isinstance(only, dict) else ""
            )
    n = int(np.prod(sizes, dtype=np.int64)) if sizes else 0
    values, hidden = _values(ds.get("value"), n)
    markers = _markers(ds.get("status"), hidden)
    contents = str(ds.get("label") or "")
    source = str(ds.get("source") or "")
    if ds.get("updated"):
        source = f"{source}, opdateret {ds['updated']}" if source else f"opdateret {ds['updated']}"
    return Cube(
        "jsonstat", variables, values, int(hidden.sum()), markers, contents, unit, source, contents
    )


def _categories(category: dict[str, Any], size: int, name: str) -> tuple[list[str], list[str]]:
    index = category.get("index")
    label = category.get("label") or {}
    if isinstance(index, list):
        codes = [str(c) for c in index]
    elif isinstance(index, dict):
        codes = [str(c) for c, _ in sorted(index.items(), key=lambda kv: kv[1])]
    elif isinstance(label, dict) and len(label) == 1:
        codes = [str(c) for c in label]
    else:
        raise _refuse(
            QT_TRANSLATE_NOOP("Import", "dimensionen '{name}' har intet index.").fill(name=name)
        )
    if len(codes) != size:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import", "dimensionen '{name}' har {n_codes} kategorier, men 'size' siger {size}."
            ).fill(name=name, n_codes=len(codes), size=size),
        )
    labels = [str(label.get(c, c)) if isinstance(label, dict) else c for c in codes]
    return codes, labels


def _values(value: Any, n: int) -> tuple[np.ndarray, np.ndarray]:
    out = np.full(n, np.nan)
    present = np.zeros(n, np.bool_)
    if isinstance(value, list):
        if len(value) != n:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "den lover {n} tal, men har {n_value}.").fill(
                    n=n, n_value=len(value)
                ),
            )
        items: Iterable[tuple[int, Any]] = enumerate(value)
    elif isinstance(value, dict):
        items = ((int(k), v) for k, v in value.items())
    else:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "den har ingen 'value'."))
    for position, v in items:
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= position < n:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "værdi nr. {position} er '{v}', ikke et tal.").fill(
                    position=position + 1, v=v
                ),
            )
        out[position] = v
        present[position] = True
    return out, ~present


def _markers(status: Any, hidden: np.ndarray) -> tuple[str, ...]:
    if isinstance(status, str):
        return (status,) if hidden.any() else ()
    if isinstance(status, list):
        found = {
            str(status[i]) for i in np.flatnonzero(hidden).tolist() if i < len(status) and status[i]
        }
    elif isinstance(status, dict):
        found = {
            str(v)
            for k, v in status.items()
            if str(k).isdigit() and int(k) < hidden.size and hidden[int(k)]
        }
    else:
        return ()
    return tuple(sorted(found))
