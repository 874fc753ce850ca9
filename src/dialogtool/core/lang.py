"""The two languages of the program, without the models that carry text in both.

Kept apart from ``core.i18n`` (which defines the pydantic ``LocalizedText``) so
that the start screen can name a language without loading pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["da", "en"]
DEFAULT_LANG: Lang = "da"


@dataclass(frozen=True, slots=True)
class Words:
    """A fixed text of the program in both languages (the label tables), plain and unchecked.

    ``LocalizedText`` is the validated model for texts read from files; the start
    screen's labels use this instead, so that naming a meeting's kind loads no pydantic.
    """

    da: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.da if lang == "da" else self.en
