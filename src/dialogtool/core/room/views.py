"""What a phone and the room's screen may see of an activity, and nothing more.

Before the leader reveals, a phone sees the question and how many answers it gave
itself; nobody sees the others' answers. After the reveal a distribution is shown
only with at least ``MIN_ANSWERS_SHOWN`` answers; texts reach the screen only when
the leader picked them (Undersøg, cards) or, for the rounds, once there are enough.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from dialogtool.core import formatting
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Arg, render
from dialogtool.core.i18n import Lang
from dialogtool.core.record import RoomActivityKind
from dialogtool.core.room import limits
from dialogtool.core.room.state import CHOICES, TEXT_KINDS, Activity, RoomState

WORDS = {
    "guess_value": QT_TRANSLATE_NOOP("Room", "Gæt først: hvor landede tallet?"),
    "guess_direction": QT_TRANSLATE_NOOP(
        "Room", "Gæt først: gik det op, stod det stille eller gik det ned?"
    ),
    "notice": QT_TRANSLATE_NOOP("Room", "Hvad lægger du mærke til?"),
    "checkin": QT_TRANSLATE_NOOP("Room", "Tjek ind"),
    "checkout": QT_TRANSLATE_NOOP("Room", "Tjek ud"),
    "rating": QT_TRANSLATE_NOOP("Room", "Hvor godt givet ud var tiden i dag? (1–5)"),
    "cards": QT_TRANSLATE_NOOP("Room", "Hvilke forklaringer ser du?"),
    "up": QT_TRANSLATE_NOOP("Room", "Op"),
    "flat": QT_TRANSLATE_NOOP("Room", "Uændret"),
    "down": QT_TRANSLATE_NOOP("Room", "Ned"),
    "answers": QT_TRANSLATE_NOOP("Room", "{n} svar"),
    "one_answer": QT_TRANSLATE_NOOP("Room", "1 svar"),
    "median": QT_TRANSLATE_NOOP("Room", "Rummets gæt (midterste): {value}"),
    "range": QT_TRANSLATE_NOOP("Room", "fra {low} til {high}"),
    "actual": QT_TRANSLATE_NOOP("Room", "Det rigtige tal: {value}"),
    "went": QT_TRANSLATE_NOOP("Room", "Det gik: {choice}"),
    "few": QT_TRANSLATE_NOOP("Room", "Færre end {n} svar – de vises ikke, så ingen kan genkendes."),
    "mean": QT_TRANSLATE_NOOP("Room", "Gennemsnit {value}"),
}


def answers_count(n: int, lang: Lang) -> str:
    """``1 svar``, ``3 svar``: the word follows the count in languages where it changes."""
    return word("one_answer", lang) if n == 1 else word("answers", lang, n=n)


def word(key: str, lang: Lang, **values: Arg) -> str:
    return render(WORDS[key].fill(**values), lang)


def choice_label(kind: RoomActivityKind, choice: str, lang: Lang) -> str:
    return word(choice, lang) if kind == RoomActivityKind.GUESS_DIRECTION else choice


def prompt(activity: Activity, lang: Lang) -> str:
    """The question a phone shows: the leader's, else the activity's own."""
    return activity.question or word(activity.kind.value, lang)


def counts(activity: Activity) -> dict[str, int]:
    """Answers per choice, every choice present (zero too)."""
    tally = Counter(a.choice for a in activity.answers)
    return {choice: tally[choice] for choice in CHOICES.get(activity.kind, ())}


@dataclass(frozen=True)
class Shown:
    """The room's answers as the screen shows them: a headline and plain lines."""

    title: str
    lines: tuple[str, ...]


def shown_texts(activity: Activity) -> list[str]:
    """The texts the room may see once revealed: the leader's picks, or every round answer."""
    if activity.kind in (RoomActivityKind.CHECKIN, RoomActivityKind.CHECKOUT):
        return [a.text for a in activity.answers]
    by_seq = {a.seq: a.text for a in activity.answers}
    return [by_seq[seq] for seq in activity.shown if seq in by_seq]


def summary_lines(activity: Activity, lang: Lang) -> tuple[str, ...]:
    """The answers in words, or the small-number sentence when too few answered."""
    answers = activity.answers
    if len(answers) < limits.MIN_ANSWERS_SHOWN:
        return (word("few", lang, n=limits.MIN_ANSWERS_SHOWN),)
    lines: list[str] = [answers_count(len(answers), lang)]
    kind = activity.kind
    if kind in CHOICES:
        tally = counts(activity)
        lines.append(" · ".join(f"{choice_label(kind, c, lang)}: {n}" for c, n in tally.items()))
        if kind == RoomActivityKind.RATING:
            mean = sum(int(c) * n for c, n in tally.items()) / len(answers)
            lines.append(word("mean", lang, value=formatting.number(mean, lang)))
        if activity.actual_choice:
            lines.append(
                word("went", lang, choice=choice_label(kind, activity.actual_choice, lang))
            )
    elif kind == RoomActivityKind.GUESS_VALUE:
        numbers = [a.number for a in answers if a.number is not None]
        median = formatting.number(statistics.median(numbers), lang)
        spread = word(
            "range",
            lang,
            low=formatting.number(min(numbers), lang),
            high=formatting.number(max(numbers), lang),
        )
        lines.append(f"{word('median', lang, value=median)} ({spread})")
        if activity.actual is not None:
            lines.append(word("actual", lang, value=formatting.number(activity.actual, lang)))
    return tuple(lines)


def room_view(activity: Activity | None, lang: Lang) -> Shown | None:
    """What the room's window shows of the activity: nothing until the leader reveals.

    Texts the leader picked (Undersøg, cards) are the leader's choice to show and need
    no reveal of the whole.
    """
    if activity is None:
        return None
    picked = activity.kind in (RoomActivityKind.NOTICE, RoomActivityKind.CARDS)
    if not activity.revealed and not (picked and activity.shown):
        return None
    # The leader's own question is on the screen already; an activity's own words are not.
    title = "" if activity.question else prompt(activity, lang)
    if activity.kind in TEXT_KINDS:
        texts = shown_texts(activity)
        if not picked and len(activity.answers) < limits.MIN_ANSWERS_SHOWN:
            return Shown(title, summary_lines(activity, lang))
        return Shown(title, tuple(texts))
    return Shown(title, summary_lines(activity, lang))


def phone_view(state: RoomState, token: str, lang: Lang) -> dict[str, Any]:
    """The JSON a joined phone receives: the question, its own count, what is revealed."""
    with state.lock:
        activity = state.activity
        version = state.version
        if activity is None:
            return {"v": version, "activity": None}
        shown = room_view(activity, lang)
        return {
            "v": version,
            "activity": {
                "id": activity.id,
                "kind": activity.kind.value,
                "question": prompt(activity, lang),
                "open": activity.open,
                "given": activity.per_phone.get(token, 0),
                "limit": activity.limit,
                "choices": [
                    {"value": c, "label": choice_label(activity.kind, c, lang)}
                    for c in CHOICES.get(activity.kind, ())
                ],
                "maxLength": limits.MAX_TEXT_CHARS,
                "shown": None if shown is None else {"title": shown.title, "lines": shown.lines},
            },
        }
