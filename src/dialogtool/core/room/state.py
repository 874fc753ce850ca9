"""The live state of the room's participation: the join secret, joined phones and answers.

One :class:`RoomState` lives as long as the leader lets the room take part in one
meeting. The web server's thread and the leader's (UI) thread both use it, so every
method takes the lock. Nothing here knows a name, an address or a device: a phone is a
random token handed out at joining, held in memory only and forgotten when the state
goes; an :class:`Answer` carries no token at all.
"""

from __future__ import annotations

import math
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from dialogtool.core.record import PhaseId, RoomActivityKind
from dialogtool.core.room import limits

#: The choices of the activities answered with a tap.
CHOICES: dict[RoomActivityKind, tuple[str, ...]] = {
    RoomActivityKind.GUESS_DIRECTION: ("up", "flat", "down"),
    RoomActivityKind.RATING: ("1", "2", "3", "4", "5"),
}
TEXT_KINDS = frozenset(
    {
        RoomActivityKind.NOTICE,
        RoomActivityKind.CHECKIN,
        RoomActivityKind.CHECKOUT,
        RoomActivityKind.CARDS,
    }
)


class Refusal(StrEnum):
    """Why an answer or a join was not taken (the phone is told, nothing changes)."""

    NOT_JOINED = "not_joined"
    WRONG_CODE = "wrong_code"
    FULL = "full"
    NO_ACTIVITY = "no_activity"
    CLOSED = "closed"
    INVALID = "invalid"
    TOO_MANY = "too_many"


@dataclass(frozen=True)
class Answer:
    """One anonymous answer: the activity, and a text, a number or a choice."""

    seq: int
    activity_id: str
    text: str = ""
    number: float | None = None
    choice: str = ""
    typed: bool = False


@dataclass
class Activity:
    """One question put to the room, started by the leader."""

    id: str
    kind: RoomActivityKind
    question: str = ""
    phase: PhaseId | None = None
    indicator_id: str | None = None
    open: bool = True
    revealed: bool = False
    #: The real number (or direction) a guess is revealed against.
    actual: float | None = None
    actual_choice: str = ""
    answers: list[Answer] = field(default_factory=list)
    #: Answers the leader put on the room's screen (Undersøg, explanation cards).
    shown: list[int] = field(default_factory=list)
    #: How many answers each phone token gave; dropped with the state.
    per_phone: dict[str, int] = field(default_factory=dict)

    @property
    def limit(self) -> int:
        return limits.MAX_TEXTS_PER_PHONE if self.kind in TEXT_KINDS else 1


def new_code() -> str:
    return "".join(secrets.choice(limits.CODE_ALPHABET) for _ in range(limits.CODE_LENGTH))


class RoomState:
    def __init__(self, secret: str | None = None, code: str | None = None) -> None:
        #: In the page's address: a phone without it cannot reach anything.
        self.secret = secret or secrets.token_urlsafe(18)
        #: Shown on the room's screen; typed on a phone, or carried by the QR code.
        self.code = code or new_code()
        self.lock = threading.Lock()
        #: Raised on every change a phone should see (the live updates wait for it).
        self.version = 0
        self._phones: set[str] = set()
        self.activity: Activity | None = None
        self._seq = 0
        self._new: list[Answer] = []

    # -- phones -------------------------------------------------------------------
    def join(self, code: object) -> str | Refusal:
        """A phone token for the right code; refused when wrong or when the room is full."""
        if not isinstance(code, str) or not secrets.compare_digest(
            code.strip().upper().encode(), self.code.encode()
        ):
            return Refusal.WRONG_CODE
        with self.lock:
            if len(self._phones) >= limits.MAX_PHONES:
                return Refusal.FULL
            token = secrets.token_urlsafe(18)
            self._phones.add(token)
            return token

    def knows(self, token: object) -> bool:
        with self.lock:
            return isinstance(token, str) and token in self._phones

    @property
    def phones(self) -> int:
        with self.lock:
            return len(self._phones)

    # -- the leader's side ------------------------------------------------------------
    def start(
        self,
        activity_id: str,
        kind: RoomActivityKind,
        question: str = "",
        *,
        phase: PhaseId | None = None,
        indicator_id: str | None = None,
    ) -> Activity:
        """A new activity replaces the one before (its answers are in the record already)."""
        with self.lock:
            kind = RoomActivityKind(kind)  # a value through Qt's item data arrives as str
            self.activity = Activity(activity_id, kind, question, phase, indicator_id)
            self.version += 1
            return self.activity

    def close(self) -> None:
        """No more answers to the current activity."""
        with self.lock:
            if self.activity is not None and self.activity.open:
                self.activity.open = False
                self.version += 1

    def end(self) -> None:
        """No activity at all (the phones show that they wait)."""
        with self.lock:
            self.activity = None
            self.version += 1

    def reveal(self, actual: float | None = None, actual_choice: str = "") -> bool:
        """Show the answers to the room; refused (False) with fewer than the small-number bound."""
        with self.lock:
            activity = self.activity
            if activity is None or len(activity.answers) < limits.MIN_ANSWERS_SHOWN:
                return False
            activity.open = False
            activity.revealed = True
            activity.actual = actual
            activity.actual_choice = actual_choice
            self.version += 1
            return True

    def show(self, seq: int, on: bool = True) -> None:
        """Put one answer (an Undersøg text, a placed card) on the room's screen, or take it off."""
        with self.lock:
            activity = self.activity
            if activity is None or all(a.seq != seq for a in activity.answers):
                return
            if on and seq not in activity.shown:
                activity.shown.append(seq)
            elif not on and seq in activity.shown:
                activity.shown.remove(seq)
            self.version += 1

    def take_new(self) -> list[Answer]:
        """The answers that arrived since the last call, each exactly once, in order."""
        with self.lock:
            new, self._new = self._new, []
            return new

    # -- answers ------------------------------------------------------------------------
    def submit(self, token: object, payload: object) -> Answer | Refusal:
        """A phone's answer, checked against every rule; a refusal changes nothing."""
        if not self.knows(token):
            return Refusal.NOT_JOINED
        assert isinstance(token, str)
        return self._add(payload, token)

    def add_typed(self, payload: Mapping[str, object]) -> Answer | Refusal:
        """An answer the leader typed in for the room (the phones could not get in)."""
        return self._add(payload, None)

    def _add(self, payload: object, token: str | None) -> Answer | Refusal:
        if not isinstance(payload, Mapping):
            return Refusal.INVALID
        with self.lock:
            activity = self.activity
            if activity is None or payload.get("activity") != activity.id:
                return Refusal.NO_ACTIVITY
            if not activity.open:
                return Refusal.CLOSED
            value = _valid(activity.kind, payload)
            if value is None:
                return Refusal.INVALID
            if token is not None:
                given = activity.per_phone.get(token, 0)
                if given >= activity.limit:
                    return Refusal.TOO_MANY
                activity.per_phone[token] = given + 1
            self._seq += 1
            answer = Answer(self._seq, activity.id, typed=token is None, **value)  # type: ignore[arg-type]
            activity.answers.append(answer)
            self._new.append(answer)
            self.version += 1
            return answer

    def given(self, token: str) -> int:
        """How many answers this phone gave to the current activity."""
        with self.lock:
            activity = self.activity
            return 0 if activity is None else activity.per_phone.get(token, 0)


def _valid(kind: RoomActivityKind, payload: Mapping[str, object]) -> dict[str, object] | None:
    """The answer's one value when it fits the activity, else None."""
    if kind in CHOICES:
        choice = payload.get("choice")
        return {"choice": choice} if isinstance(choice, str) and choice in CHOICES[kind] else None
    if kind == RoomActivityKind.GUESS_VALUE:
        number = payload.get("number")
        if isinstance(number, bool) or not isinstance(number, int | float):
            return None
        low, high = limits.GUESS_RANGE
        if not math.isfinite(number) or not low <= number <= high:
            return None
        return {"number": float(number)}
    text = payload.get("text")
    if not isinstance(text, str):
        return None
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if not text or len(text) > limits.MAX_TEXT_CHARS:
        return None
    return {"text": text}
