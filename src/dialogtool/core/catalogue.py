"""The one text catalogue, read without Qt: the UI's ``.ts`` files serve the core too.

The program's texts are written in Danish where they are used; every other
language lives in ``resources/translations/dialogtool_<lang>.ts``, keyed by
context and Danish source. The UI reads the compiled ``.qm`` through Qt's
translators; the core, which must not import Qt, reads the same ``.ts`` (XML)
here. A core text is marked with ``QT_TRANSLATE_NOOP(context, source)`` so that
``scripts/build_translations.py`` (lupdate) collects it with the UI's texts, and
is looked up with ``text(context, source, lang)``. Why Qt's format rather than
gettext or Fluent: the UI's 800 texts and their translations are already there,
linguist and lupdate are already in the pipeline, and one format means one
completeness test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from dialogtool.core.i18n import DEFAULT_LANG, Lang
from dialogtool.core.resources import resource_dir


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a core text for lupdate (which looks for this name); returns it unchanged."""
    return source


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
