"""The one text catalogue, read without Qt: the UI's ``.ts`` files serve the core too.

The program's texts are written in Danish where they are used; every other
language lives in ``resources/translations/dialogtool_<lang>.ts``, keyed by
context and Danish source. The UI reads the compiled ``.qm`` through Qt's
translators; the core, which must not import Qt, reads the same ``.ts`` (XML)
here. Why Qt's format rather than gettext or Fluent: the UI's 800 texts and
their translations are already there, linguist and lupdate are already in the
pipeline, and one format means one completeness test.

A core text is a ``Message``: its id is the context and the Danish source, its
arguments are typed values filled into ``{name}`` placeholders when it is
rendered in a reader's language. It is made with ``QT_TRANSLATE_NOOP(context,
source)`` — the name lupdate looks for, so ``scripts/build_translations.py``
collects it with the UI's texts — and given its arguments with ``fill``::

    QT_TRANSLATE_NOOP("Import", "Filen {name} er for stor ({size} MB).").fill(name=n, size=s)

Errors and import problems carry such a message, not a sentence, so the same
failure reads in Danish on the leader's screen and in English in the CLI. Both
the context and the source must be plain string literals (no f-string): lupdate
reads the code, not its values (``tests/core/test_one_catalogue.py`` checks it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import TYPE_CHECKING, TypeAlias

from dialogtool.core import formatting
from dialogtool.core.lang import DEFAULT_LANG, Lang
from dialogtool.core.resources import resource_dir

if TYPE_CHECKING:
    from dialogtool.core.i18n import LocalizedText

#: What a message's argument may be: a name or other text (shown as it is), a
#: number (the reader's decimal and thousands signs), a day, a moment or a time
#: of day (the reader's forms), or another message (rendered in the same language).
#: Identifiers that are numbers only in form (a row, a year) are passed as text.
Arg: TypeAlias = "str | int | float | date | datetime | time | Message"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Message:
    """A text of the program in no language yet: its id and its arguments."""

    context: str
    source: str
    args: tuple[tuple[str, Arg], ...] = ()

    def fill(self, **args: Arg) -> Message:
        """This message with values for its ``{name}`` placeholders."""
        return Message(self.context, self.source, (*self.args, *args.items()))

    def get(self, lang: Lang) -> str:
        """The message in ``lang`` (as ``LocalizedText.get``, so a label may be either)."""
        return render(self, lang)


def one_line(message: Message) -> Message:
    """``message`` with the white space of its text arguments folded to single spaces."""
    args = tuple(
        (name, " ".join(value.split()) if isinstance(value, str) else value)
        for name, value in message.args
    )
    return Message(message.context, message.source, args)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:
    """A core text marked for lupdate (which looks for this name), as a ``Message``."""
    return Message(context, source)


def render(message: Message, lang: Lang) -> str:
    """``message`` in ``lang``, its arguments formatted as a reader of ``lang`` expects.

    A placeholder without an argument stays as written, so a missing value shows
    up in a test rather than as an exception in front of a room.
    """
    template = text(message.context, message.source, lang)
    if not message.args:
        return template
    values = {name: _formatted(value, lang) for name, value in message.args}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def _formatted(value: Arg, lang: Lang) -> str:
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # an int to Python, never a number to a reader
        raise TypeError("a message argument is never a bool")
    if isinstance(value, int | float):
        return formatting.number(value, lang)
    if isinstance(value, datetime):
        return formatting.moment(value, lang)
    if isinstance(value, time):
        return formatting.clock(value, lang)
    return formatting.day(value, lang)


def text(context: str, source: str, lang: Lang) -> str:
    """``source`` (Danish) in ``lang``; the Danish itself where no translation is finished."""
    if lang == DEFAULT_LANG:
        return source
    return _catalogue(lang).get((context, source), source)


@cache
def _catalogue(lang: Lang) -> dict[tuple[str, str], str]:
    path = resource_dir("translations").joinpath(f"dialogtool_{lang}.ts")
    if not path.is_file():
        return {}
    root = ET.fromstring(path.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete: the Danish is shown
            if translation.text:
                found[(name, source)] = translation.text
    return found


def localized(message: Message) -> LocalizedText:
    """``message`` in every language, for a file that keeps both as data (a user's question)."""
    from dialogtool.core.i18n import LocalizedText  # pydantic: not before the first paint

    return LocalizedText(da=render(message, "da"), en=render(message, "en"))
