"""*Indsigt*: everything the records hold about one named person, for an access request.

An employee may ask their employer for every piece of personal data kept about them
(GDPR art. 15, *indsigtsret*). This module reads the meeting records (and those in
the bin, which are still kept) and collects every field that names the person:

- fields that *are* the person: a participant, the facilitator, the team of a 1:1,
  the owner of an action or an agenda item, a series of numbers under their name;
- what the person said, found by their participant id: check-in and check-out
  words, skipped turns, small groups;
- any other text that mentions one of the names (whole words, any case): minutes,
  explanations, action items, question notes, what the room saw.

Fields tagged private in the record schema (the leader's private notes, a
perspective never given to the room, the talk tally) are the leader's working
notes: they are left out unless ``include_private`` is set, and marked private
when they are included. The walk over the record is generic, so a field added to
the record later is searched too.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dialogtool.core.meeting_files import bin_entries
from dialogtool.core.record import MeetingRecord, utc_now
from dialogtool.core.store import RecordLoadError, RecordStore, load_record
from dialogtool.core.summary.privacy import private_fields

#: Field names (the last part of a path) whose value is an identifier, never a name.
_ID_FIELDS = frozenset(
    {"id", "participant_id", "meeting_id", "indicator_id", "question_id", "action_id"}
    | {"series_id", "previous_id", "template_id", "source_sha256", "schema_version"}
)


@dataclass(frozen=True)
class Finding:
    """One field of one meeting that names the person (or holds their words)."""

    path: str  # e.g. "checkin[2].text", "action_items[0].owner"
    text: str
    private: bool = False


@dataclass(frozen=True)
class MeetingFindings:
    record: MeetingRecord
    file: Path
    in_bin: bool
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class InsightReport:
    person: str
    names: tuple[str, ...]
    include_private: bool
    generated_at: datetime
    meetings: tuple[MeetingFindings, ...] = field(default=())

    @property
    def count(self) -> int:
        return sum(len(m.findings) for m in self.meetings)


class NameMatcher:
    """Finds any of the names as whole words (or their genitive), ignoring case and spaces."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
        if not self.names:
            raise ValueError("a person's name is needed")
        words = "|".join(
            r"\s+".join(re.escape(part) for part in name.split()) for name in self.names
        )
        # A genitive s (Danish "Mettes", English "Mette's") still names the person.
        self._pattern = re.compile(rf"(?<!\w)(?:{words})(?:'?s)?(?!\w)", re.IGNORECASE)

    def is_name(self, text: str) -> bool:
        """The text is one of the names (a participant's or owner's field)."""
        return " ".join(text.split()).casefold() in {n.casefold() for n in self.names}

    def mentions(self, text: str) -> bool:
        return bool(self._pattern.search(text))


def collect(
    records: Iterable[tuple[Path, MeetingRecord, bool]],
    names: Sequence[str],
    *,
    include_private: bool = False,
    now: datetime | None = None,
) -> InsightReport:
    """The report for the person named first in ``names`` (the others: other spellings).

    ``records`` are (file, record, in the bin) triples; meetings that do not name the
    person are left out. Meetings come oldest first, as an account reads best.
    """
    matcher = NameMatcher(names)
    found = []
    for path, record, in_bin in records:
        findings = tuple(findings_in(record, matcher, include_private=include_private))
        if findings:
            found.append(MeetingFindings(record, path, in_bin, findings))
    found.sort(key=lambda m: m.record.scheduled_at)
    return InsightReport(
        person=matcher.names[0],
        names=matcher.names,
        include_private=include_private,
        generated_at=now or utc_now(),
        meetings=tuple(found),
    )


def findings_in(
    record: MeetingRecord, matcher: NameMatcher, *, include_private: bool = False
) -> Iterator[Finding]:
    """Every field of ``record`` that names the person, in the record's own order."""
    ids = {p.id for p in record.participants if matcher.is_name(p.name)}
    private = _private_paths(record)
    data = record.model_dump(mode="json")
    own = dict(_own_words(record, ids))
    for path, text in own.items():
        yield Finding(path, text)
    for path, key_path, value in _strings(data, (), ""):
        if path in own or key_path[-1] in _ID_FIELDS or not matcher.mentions(value):
            continue
        is_private = path in private or key_path[0] in _PRIVATE_TOP
        if is_private and not include_private:
            continue
        yield Finding(path, _with_context(data, path, value), is_private)
    for participant_id in ids:
        count = record.talk_tally.get(participant_id)
        if count and include_private:
            yield Finding("talk_tally", str(count), private=True)


#: Whole private fields (their every value is private); nested ones are found per record.
_PRIVATE_TOP = frozenset(p[0] for p in private_fields() if len(p) == 1)


def _private_paths(record: MeetingRecord) -> set[str]:
    """Concrete paths of the nested private fields still private in this record.

    A field tagged ``shared_when`` (a perspective) stops being private once its
    moment is set: the room heard it.
    """
    paths = set()
    for top, name in (p for p in private_fields() if len(p) == 2):
        for index, owner in enumerate(getattr(record, top)):
            extra = type(owner).model_fields[name].json_schema_extra
            moment = extra.get("shared_when") if isinstance(extra, dict) else None
            if not (isinstance(moment, str) and getattr(owner, moment) is not None):
                paths.add(f"{top}[{index}].{name}")
    return paths


def _own_words(record: MeetingRecord, ids: set[str]) -> Iterator[tuple[str, str]]:
    """What the person said or did by participant id, where their name is not written."""
    if not ids:
        return
    for round_name in ("checkin", "checkout"):
        for index, entry in enumerate(getattr(record, round_name)):
            if entry.participant_id in ids:
                text = "(stod over / passed)" if entry.passed else entry.text
                if text:
                    yield f"{round_name}[{index}].text", text
    dialogue = record.dialogue
    if any(pid in ids for pid in dialogue.passed):
        yield "dialogue.passed", "(stod over i talerækken / passed their turn)"
    for index, group in enumerate(dialogue.groups):
        if ids & set(group):
            names = {p.id: p.name for p in record.participants}
            yield f"dialogue.groups[{index}]", ", ".join(names.get(m, m) for m in group)


def _strings(
    value: Any, keys: tuple[str, ...], path: str
) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """Every string in a dumped record: (path as text, field names on the way, the string)."""
    if isinstance(value, str):
        yield path, keys, value
    elif isinstance(value, dict):
        for key, item in value.items():
            named = (*keys, str(key))
            yield from _strings(item, named, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, keys, f"{path}[{index}]")


def _with_context(data: dict[str, Any], path: str, value: str) -> str:
    """A name alone says little: an owner's field carries what they own, a series its numbers."""
    if "." not in path:
        return value
    parent_path, key = path.rsplit(".", 1)
    parent: Any = data
    for part in re.findall(r"[^.\[\]]+", parent_path):
        parent = parent[int(part)] if part.isdigit() else parent[part]
    if not isinstance(parent, dict):
        return value
    if key == "owner":
        what = parent.get("text") or parent.get("title") or ""
        due = f" ({parent['due']})" if parent.get("due") else ""
        return f"{value}: {what}{due}" if what else value
    if key == "group" and "periods" in parent:
        pairs = zip(parent["periods"], parent.get("values", []), strict=False)
        numbers = ", ".join(f"{period}: {n}" for period, n in pairs if n is not None)
        return f"{value} – {numbers}" if numbers else value
    return value


def kept_records(store: RecordStore, bin_folder: Path) -> list[tuple[Path, MeetingRecord, bool]]:
    """Every meeting the organisation still holds: the meetings folder and the bin.

    Files that cannot be read are left out (the start screen names them).
    """
    kept = [(path, record, False) for path, record in store.scan().records]
    for entry in bin_entries(bin_folder):
        with contextlib.suppress(RecordLoadError):
            kept.append((entry.path, load_record(entry.path), True))
    return kept
