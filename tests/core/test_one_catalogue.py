"""One catalogue: the core's texts are messages of the .ts, never Danish/English pairs in code.

Texts that come from resource files (questions, templates, method cards) carry both
languages as data and are not looked at here; the target is wording written in
Python. Every message the core marks with ``QT_TRANSLATE_NOOP`` must be in the
English catalogue, finished, with the same ``{placeholders}`` as its Danish.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import dialogtool
from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(dialogtool.__file__).parent
CORE = PACKAGE / "core"
TS = ROOT / "resources" / "translations" / "dialogtool_en.ts"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
DANISH = re.compile("[æøåÆØÅ]")


def _is_text(node: ast.AST | None) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _is_language_test(node: ast.AST) -> bool:
    """``lang == "da"`` and the like: a switch between two wordings in code."""
    return (
        isinstance(node, ast.Compare)
        and len(node.comparators) == 1
        and any(
            isinstance(side, ast.Constant) and side.value in ("da", "en")
            for side in (node.left, *node.comparators)
        )
        and any(
            isinstance(side, ast.Name) and "lang" in side.id
            for side in (node.left, *node.comparators)
        )
    )


def pairs_in(path: Path) -> list[str]:
    """Where ``path`` writes one text twice, in Danish and in English."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            keywords = {k.arg: k.value for k in node.keywords}
            if _is_text(keywords.get("da")) and _is_text(keywords.get("en")):
                found.append(f"{line}: {name}(da=..., en=...)")
            elif name == "_t" and len(node.args) >= 2 and all(map(_is_text, node.args[:2])):
                found.append(f"{line}: _t(..., ...)")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            words = [ast.unparse(v) for v in node.values if _is_text(v)]
            # Wording, not codes: {"da": "da_DK", "en": "en_GB"} names locales, not texts.
            if {"da", "en"} <= keys and any(" " in w or DANISH.search(w) for w in words):
                found.append(f"{line}: {{'da': ..., 'en': ...}}")
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and all(map(_is_text, node.elts)):
            da, en = (ast.unparse(e) for e in node.elts)
            if DANISH.search(da) and not DANISH.search(en) and " " in da and " " in en:
                found.append(f"{line}: ('dansk', 'English')")
        elif isinstance(node, ast.FunctionDef) and {"da", "en"} <= {a.arg for a in node.args.args}:
            found.append(f"{line}: def {node.name}(da, en)")
        elif isinstance(node, ast.IfExp | ast.If) and _is_language_test(node.test):
            found.append(f"{line}: if lang == ...")
    return found


def test_no_module_of_the_core_holds_a_danish_english_pair() -> None:
    found = {
        str(path.relative_to(PACKAGE)): pairs
        for path in sorted(CORE.rglob("*.py"))
        if (pairs := pairs_in(path))
    }
    assert found == {}


def marked_messages() -> list[tuple[str, str, str]]:
    """(where, context, source) of every ``QT_TRANSLATE_NOOP`` in the package."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                context, source = node.args
                assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                    f"{where}: lupdate reads only plain string literals"
                )
                out.append((where, context.value, source.value))
    return out


def english_catalogue() -> dict[tuple[str, str], str | None]:
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and not translation.get("type")
            text = translation.text if translation is not None and finished else None
            found[(name, message.findtext("source") or "")] = text
    return found


def test_every_message_of_the_core_has_finished_english_with_the_same_placeholders() -> None:
    catalogue = english_catalogue()
    marked = marked_messages()
    assert len(marked) > 300  # the core's wording is in the catalogue, not a handful of it
    wrong = []
    for where, context, source in marked:
        english = catalogue.get((context, source))
        if not english:
            wrong.append(f"{where}: no finished English for {source!r}")
        elif set(PLACEHOLDER.findall(english)) != set(PLACEHOLDER.findall(source)):
            wrong.append(f"{where}: placeholders differ in {english!r}")
    assert wrong == []


def test_a_message_renders_its_arguments_as_a_reader_of_each_language_expects() -> None:
    message = QT_TRANSLATE_NOOP(
        "Failures",
        "Mødet er blevet for stort til at blive gemt ({size} MB; grænsen er {limit} MB), "
        "sikkert på grund af meget indsat tekst. Filen på disken er ikke ændret, og teksten står "
        "stadig i mødet: fjern noget af det indsatte, så gemmes mødet igen.",
    ).fill(size=1234.5, limit=64)
    assert "(1.234,5 MB; grænsen er 64 MB)" in render(message, "da")
    assert "(1,234.5 MB; the limit is 64 MB)" in render(message, "en")
    when = QT_TRANSLATE_NOOP("Import", "ark {sheet}").fill(sheet=date(2027, 1, 22))
    assert render(when, "da") == "ark 22. jan. 2027"
    assert render(when, "en") == "sheet 22 Jan 2027"
    moment = QT_TRANSLATE_NOOP("Import", "ark {sheet}").fill(sheet=datetime(2027, 1, 22, 13, 3))
    assert render(moment, "en") == "sheet 22 Jan 2027, 13:03"


def test_a_message_inside_a_message_is_rendered_in_the_same_language() -> None:
    inner = QT_TRANSLATE_NOOP("Import", "ark {sheet}").fill(sheet="Data")
    outer = QT_TRANSLATE_NOOP("Import", "Filen kan ikke læses som nøgletal: {reason}")
    assert render(outer.fill(reason=inner), "en") == (
        "The file cannot be read as indicators: sheet Data"
    )
    assert render(outer.fill(reason=inner), "da") == "Filen kan ikke læses som nøgletal: ark Data"
