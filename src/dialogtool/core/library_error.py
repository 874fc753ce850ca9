"""The library's refusal, apart from the library: a failure sentence names it without pydantic."""

from __future__ import annotations

from dialogtool.core.lang import Lang


class LibraryError(Exception):
    """An edit the library refuses, with a message for the user in both languages."""

    def __init__(self, da: str, en: str) -> None:
        super().__init__(en)
        self._texts: dict[Lang, str] = {"da": da, "en": en}

    def message(self, lang: Lang = "da") -> str:
        return self._texts[lang]
