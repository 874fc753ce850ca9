"""The start screen's list of templates, read without the library's models.

Building the library validates every bundled template and question with pydantic
(the models and their schemas: ~100 ms before the first paint). The start screen
only needs each template's id, name and length, and the user's favourite and
hidden marks. When the user has no question or template files of their own and
their marks file is plainly well-formed, nothing could be refused or named as a
problem, so the list is read here from the files as plain JSON. Otherwise
``quick_choices`` answers None and the library (with its checks and its list of
problems) is built as before. The bundled files are checked by the test suite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialogtool.core.lang import LANGS, Lang
from dialogtool.core.resources import json_files
from dialogtool.core.safe_json import JsonFileError, read_json_file

# The user's library folder (``core.user_library`` reads and writes it with its models).
QUESTIONS_DIR = "questions"
TEMPLATES_DIR = "templates"
PREFERENCES_FILE = "library.json"
#: A question or template file a person writes is a few kB; a bigger one is refused unread.
MAX_USER_FILE_BYTES = 5 * 1024 * 1024
_MARKS = ("hidden_questions", "favourite_questions", "hidden_templates", "favourite_templates")


@dataclass(frozen=True)
class TemplateChoice:
    """One template as the *Nyt møde* list offers it."""

    id: str
    #: The template file's name in each of its languages (data, as ``LocalizedText``).
    names: dict[str, str]
    duration_minutes: int
    favourite: bool

    def name(self, lang: Lang) -> str:
        return self.names[lang]


def quick_choices(root: Path) -> list[TemplateChoice] | None:
    """The templates to offer (favourites first, hidden ones left out), or None.

    None when the user's own files in ``root`` need the library's checks.
    """
    if _has_json(root / QUESTIONS_DIR) or _has_json(root / TEMPLATES_DIR):
        return None
    marks = _plain_marks(root / PREFERENCES_FILE)
    if marks is None:
        return None
    hidden, favourites = set(marks["hidden_templates"]), set(marks["favourite_templates"])
    choices = []
    for entry in json_files("templates"):
        raw = json.loads(entry.read_bytes())
        if raw["id"] in hidden:
            continue
        choices.append(
            TemplateChoice(
                id=raw["id"],
                names={lang: raw["name"][lang].strip() for lang in LANGS},  # as LocalizedText
                duration_minutes=int(raw["duration_minutes"]),
                favourite=raw["id"] in favourites,
            )
        )
    return sorted(choices, key=lambda c: not c.favourite)


def _has_json(folder: Path) -> bool:
    """Any file the library would read there (``user_library._json_files``)."""
    try:
        return any(not p.name.startswith(".") for p in folder.glob("*.json"))
    except OSError:
        return True  # let the library look, and name what it finds


def _plain_marks(path: Path) -> dict[str, list[str]] | None:
    """The user's marks when the file is absent or exactly what the library accepts."""
    if not path.exists():
        return {name: [] for name in _MARKS}
    try:
        raw: Any = read_json_file(path, max_bytes=MAX_USER_FILE_BYTES, root=path.parent)
    except JsonFileError:
        return None
    if not isinstance(raw, dict) or not set(raw) <= {"schema_version", *_MARKS}:
        return None
    version = raw.get("schema_version", 1)
    if type(version) is not int or version != 1:
        return None
    marks: dict[str, list[str]] = {}
    for name in _MARKS:
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return None
        marks[name] = value
    return marks
