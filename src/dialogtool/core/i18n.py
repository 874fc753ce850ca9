"""Language handling for text that lives in the core (resource files, messages).

Resource files (questions, templates, method cards) carry both languages as data
(``LocalizedText``). The program's own texts are messages of the one catalogue
(``core/catalogue.py``, the UI's ``.ts``), never Danish/English pairs in code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from dialogtool.core.lang import DEFAULT_LANG as DEFAULT_LANG
from dialogtool.core.lang import LANGS as LANGS
from dialogtool.core.lang import Lang as Lang


class LocalizedText(BaseModel):
    """A text in Danish (the language users judge) and English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    da: str
    en: str

    @field_validator("da", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text must not be empty")
        return value.strip()

    def get(self, lang: Lang) -> str:
        return self.da if lang == DEFAULT_LANG else self.en
