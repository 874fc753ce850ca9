"""Small numbers: a count of fewer than five people can point out a person.

Statistics offices mask such cells (Danmarks Statistik's discretion rules); an
individual-level list filtered down to three rows shows three citizens to the
room. The rule is here; the UI decides where it applies (a setting).
"""

from __future__ import annotations

#: Fewer people than this are not shown.
SMALL_COUNT = 5


def is_small(count: int) -> bool:
    """True for 1-4 people: too few to show (none at all gives nothing away)."""
    return 0 < count < SMALL_COUNT
