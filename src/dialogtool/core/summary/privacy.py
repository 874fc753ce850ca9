"""What a summary may share, read from the ``private`` tags of the record's schema.

A field tagged ``private`` (``record.PRIVATE``) never leaves the leader's machine
in a shared summary. A field tagged ``shared_when`` becomes public once the named
moment is set on the same object: a perspective the leader gave to the room.

Which share choice releases a private field is read from ``SHARED_BY``; a private
field not named there is released only by the choice ``private``.
"""

from __future__ import annotations

from typing import Any, Final, Literal, get_args

from pydantic import BaseModel

from dialogtool.core.record import MeetingRecord

#: Attribute names from the record down to a tagged field, e.g. ("indicators", "leader_perspective").
FieldPath = tuple[str, ...]

#: What the leader can choose to share in an export (``SummaryOptions``).
Share = Literal["private", "names", "rounds", "tally", "perspective"]

#: The share choice that releases a private field other than private notes.
SHARED_BY: Final[dict[FieldPath, Share]] = {("talk_tally",): "tally"}


def shared_by(path: FieldPath) -> Share:
    """The choice that lets ``path`` into an export."""
    return SHARED_BY.get(path, "private")


def private_fields(model: type[BaseModel] = MeetingRecord) -> list[FieldPath]:
    """Every ``private``-tagged field of ``model`` and of the models nested in it."""
    paths: list[FieldPath] = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("private"):
            paths.append((name,))
            continue
        for nested in _models_in(info.annotation):
            paths += [(name, *path) for path in private_fields(nested)]
    return paths


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The model classes in an annotation such as ``list[X]``, ``X | None`` or ``dict[K, X]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


def redact(record: MeetingRecord, shared: frozenset[Share] = frozenset()) -> MeetingRecord:
    """A copy of ``record`` with every private field not ``shared`` back at its default.

    A field tagged ``shared_when`` stays when its moment is set (given to the room).
    """
    copy = record.model_copy(deep=True)
    for path in private_fields():
        if shared_by(path) in shared:
            continue
        for owner in _owners(copy, path[:-1]):
            _clear(owner, path[-1])
    return copy


def _owners(root: BaseModel, path: FieldPath) -> list[BaseModel]:
    """The objects that hold the last field of a path (many, through lists and dicts)."""
    found: list[Any] = [root]
    for name in path:
        step: list[Any] = []
        for owner in found:
            value = getattr(owner, name)
            if isinstance(value, list):
                step += value
            elif isinstance(value, dict):
                step += value.values()
            elif value is not None:
                step.append(value)
        found = step
    return [owner for owner in found if isinstance(owner, BaseModel)]


def _clear(owner: BaseModel, name: str) -> None:
    info = type(owner).model_fields[name]
    extra = info.json_schema_extra
    moment = extra.get("shared_when") if isinstance(extra, dict) else None
    if isinstance(moment, str) and getattr(owner, moment) is not None:
        return
    setattr(owner, name, info.get_default(call_default_factory=True))
