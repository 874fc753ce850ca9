"""Every bound on what the room can send, in one place (the server and the tests read them)."""

from __future__ import annotations

from typing import Final

#: The largest request body the server reads (a text answer is a few hundred bytes).
MAX_BODY_BYTES: Final = 2048
#: The longest text answer kept, in characters (longer answers are refused, not cut).
MAX_TEXT_CHARS: Final = 280
#: Text answers one phone may give to one activity (each a separate thought).
MAX_TEXTS_PER_PHONE: Final = 3
#: Phones one meeting accepts.
MAX_PHONES: Final = 200
#: Requests per second one client may make on average, and the burst it may spend at once.
REQUESTS_PER_SECOND: Final = 5.0
REQUEST_BURST: Final = 20
#: A distribution (or any answer) reaches the room's screen only with this many answers:
#: fewer could point out a person (the small-number rule of the data, ``core.small_numbers``).
MIN_ANSWERS_SHOWN: Final = 3
#: Guesses and ratings beyond these bounds are refused.
GUESS_RANGE: Final = (-1e12, 1e12)
RATING_RANGE: Final = (1, 5)
#: Join codes: unambiguous capitals and digits (no 0/O, 1/I/L).
CODE_ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH: Final = 6


class TokenBucket:
    """Requests per second for one client: ``allow`` is False once the bucket is empty."""

    __slots__ = ("_level", "_rate", "_size", "_stamp")

    def __init__(self, now: float, rate: float = REQUESTS_PER_SECOND, size: int = REQUEST_BURST):
        self._rate = rate
        self._size = float(size)
        self._level = float(size)
        self._stamp = now

    def allow(self, now: float) -> bool:
        self._level = min(self._size, self._level + (now - self._stamp) * self._rate)
        self._stamp = now
        if self._level < 1:
            return False
        self._level -= 1
        return True
