"""Normalising the many ways Danish exports write a period to canonical strings.

Canonical forms: months ``2024-01``, quarters ``2024-Q1``, years ``2024``,
ISO weeks ``2024-W48``. They sort correctly as plain strings within one kind.
"""

from __future__ import annotations

import re

_MONTH = re.compile(r"^\s*(\d{4})\s*(?:M|-|/)\s*(\d{1,2})\s*$", re.IGNORECASE)


def normalise_period(text: str) -> str | None:
    """Return the canonical period for ``text``, or None when it is not a period."""
    match = _MONTH.match(text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    return None
