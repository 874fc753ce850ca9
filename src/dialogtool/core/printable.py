"""A record's text made fit for every export format: no control characters.

Text pasted from Word or PowerPoint keeps their soft line break (U+000B, vertical
tab); XML 1.0 forbids it and every other C0 control but tab, line feed and carriage
return, so python-docx refused the whole export. iCalendar (RFC 5545) forbids them
too. Line-breaking controls become a line break, the rest are dropped, and a lone
surrogate (valid in JSON, not in UTF-8) becomes U+FFFD. The record itself is not
changed: it keeps what the leader pasted.
"""

from __future__ import annotations

import re
from typing import Any

from dialogtool.core.record import MeetingRecord

#: Vertical tab (Word's soft line break), form feed, the file/group/record separators.
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e]")
_DROPPED = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable_text(text: str) -> str:
    """``text`` without the control characters no export format may hold."""
    text = _BREAKS.sub("\n", text)
    text = _DROPPED.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def printable(record: MeetingRecord) -> MeetingRecord:
    """A copy of ``record`` whose every text is ``printable_text`` (the record itself if clean)."""
    raw = record.model_dump()
    clean = _clean(raw)
    return record if clean == raw else MeetingRecord.model_validate(clean)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return printable_text(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value
