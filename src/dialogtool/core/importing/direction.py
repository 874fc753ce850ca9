"""Which way is better for an indicator, proposed from its name (never silently assumed).

An unemployment rate shaded as "better the higher it goes" misleads a room. The
importer proposes a direction from words in the indicator's name and says which
word decided; without such a word it proposes "higher is better" and says it is
an assumption, so the leader is asked to confirm it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message

#: Word stems where less is better (Danish first, then English). Matched anywhere in a
#: word, as Danish compounds end in their head: "fuldtidsledige", "sygefravær",
#: "fraværsprocent"; the stems in ``_WORD_START`` only at the start of a word.
LOWER_IS_BETTER: tuple[str, ...] = (
    "ledighed", "ledige", "arbejdsløs", "fravær", "sygefravær", "sygedage", "sygemeld",
    "ventetid", "venteliste", "ventende", "klage", "afbrud", "frafald", "udfald",
    "genindlæggelse", "tilbagefald", "fejl", "ulykke", "arbejdsulykke", "skade",
    "magtanvendelse", "vold", "trusl", "personaleomsætning", "udskiftning", "opsigelse",
    "sagsbehandlingstid", "behandlingstid", "svartid", "varighed", "forsinke", "restance",
    "overskridelse", "aflys", "udeblive", "udeblivelse", "sanktion", "offentlig forsørgelse",
    "ydelsesmodtager", "kontanthjælpsmodtager", "langtidsledig", "fravalg",
    "unemploy", "jobless", "absence", "absent", "sick", "waiting", "wait time", "complaint",
    "dropout", "drop-out", "error", "incident", "injur", "accident", "turnover", "delay",
    "backlog", "cancellation", "no-show",
)  # fmt: skip
_WORD_START = frozenset({"vold", "fejl", "skade", "trusl", "sick", "error", "delay", "vent"})
_WORDS = re.compile(
    "|".join(
        (r"(?<![0-9a-zæøå])" if w in _WORD_START else "") + re.escape(w) for w in LOWER_IS_BETTER
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Direction:
    """A proposed direction; ``word`` is the word in the name that decided it, or None."""

    higher_is_better: bool
    word: str | None

    @property
    def assumed(self) -> bool:
        return self.word is None

    @property
    def reason(self) -> Message:
        """Why the direction was proposed: a word of the name, or nothing (assumed)."""
        if self.word is None:
            return _ASSUMED
        return _FROM_WORD.fill(word=self.word)


_ASSUMED = QT_TRANSLATE_NOOP("Reading", "antaget")
_FROM_WORD = QT_TRANSLATE_NOOP("Reading", "ud fra ordet '{word}'")


def propose_direction(name: str) -> Direction:
    """Lower is better when a word of the name says so ("Ledighed", "Sygefravær (dage)")."""
    found = _WORDS.search(name)
    if found is None:
        return Direction(True, None)
    start = found.start()
    while start > 0 and name[start - 1].isalnum():
        start -= 1
    end = found.end()
    while end < len(name) and (name[end].isalnum() or name[end] == "-"):
        end += 1
    return Direction(False, name[start:end].lower())
