"""File names for exports: ``2026-11-26 Teammøde Team Nord.pdf``.

The name is built from the record's date, kind and team; characters that are
not safe in a file name on Windows, macOS or Linux become spaces, so user text
can never make a path (no ``/``, ``\\``, ``..`` or a reserved device name).
"""

from __future__ import annotations

import re

from dialogtool.core.i18n import Lang
from dialogtool.core.labels import KIND
from dialogtool.core.record import MeetingRecord

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f]+|\.{2,}')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)
MAX_STEM = 120


def safe_stem(text: str) -> str:
    """``text`` as a file name without an extension; never empty, never a path."""
    stem = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    stem = stem[:MAX_STEM].rstrip(" .")
    if not stem or _RESERVED.match(stem):
        stem = f"_{stem}"
    return stem


def export_name(record: MeetingRecord, extension: str, lang: Lang = "da") -> str:
    when = record.scheduled_at
    day = (when.astimezone() if when.tzinfo else when).date().isoformat()
    kind = KIND[record.kind].get(lang)
    return f"{safe_stem(' '.join(x for x in (day, kind, record.team) if x))}.{extension}"
