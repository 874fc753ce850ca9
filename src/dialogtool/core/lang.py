"""The two languages of the program, without the models that carry text in both.

Kept apart from ``core.i18n`` (which defines the pydantic ``LocalizedText``) so
that the start screen can name a language without loading pydantic.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["da", "en"]
DEFAULT_LANG: Lang = "da"
#: Every language the program speaks, Danish first.
LANGS: tuple[Lang, ...] = ("da", "en")
