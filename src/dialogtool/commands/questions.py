"""``dialogtool questions``: the question bank (bundled plus the user's own), as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dialogtool.core.catalogue import render
from dialogtool.core.i18n import Lang
from dialogtool.core.library import Library
from dialogtool.core.paths import data_dir
from dialogtool.core.questions import CATEGORIES, Question, category_label

_OWN: dict[Lang, str] = {"da": "egen", "en": "own"}
_HIDDEN: dict[Lang, str] = {"da": "skjult", "en": "hidden"}
_UNKNOWN_CATEGORY: dict[Lang, str] = {
    "da": "Kategorien {category} findes ikke. Kendte kategorier: {known}",
    "en": "There is no category {category}. Known categories: {known}",
}


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "questions", help="list the question bank: bundled questions plus your own"
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), default="da", help="language of the listing (default: da)"
    )
    parser.add_argument(
        "--category",
        metavar="C",
        help="only this category (e.g. checkin, tomm.kaptajn) or family prefix (e.g. tomm)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--include-hidden", action="store_true", help="also list questions you have hidden"
    )
    parser.set_defaults(handler=run)


def _matches(category: str, wanted: str) -> bool:
    return category == wanted or category.startswith(f"{wanted}.")


def run(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    library = Library(data_dir(args.data_dir))
    for problem in library.problems:
        print(render(problem.message, lang), file=sys.stderr)

    wanted: str | None = args.category
    if wanted is not None and not any(_matches(c, wanted) for c in CATEGORIES):
        message = _UNKNOWN_CATEGORY[lang].format(category=wanted, known=", ".join(CATEGORIES))
        print(message, file=sys.stderr)
        return 2

    questions = [
        q
        for q in library.questions(include_hidden=args.include_hidden)
        if wanted is None or _matches(q.category, wanted)
    ]
    order = {category: index for index, category in enumerate(CATEGORIES)}
    questions.sort(key=lambda q: order[q.category])  # stable: favourites stay first

    if args.json:
        rows = [_as_json(library, q, lang) for q in questions]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    current = None
    for q in questions:
        if q.category != current:
            if current is not None:
                print()
            current = q.category
            print(f"{category_label(q.category, lang)} ({q.category})")
        marks = [_OWN[lang]] if library.is_user_question(q.id) else []
        if library.is_hidden_question(q.id):
            marks.append(_HIDDEN[lang])
        star = "★ " if library.is_favourite_question(q.id) else ""
        suffix = f"  [{', '.join(marks)}]" if marks else ""
        print(f"  {q.id:<26} {star}{q.text.get(lang)}{suffix}")
    return 0


def _as_json(library: Library, q: Question, lang: Lang) -> dict[str, Any]:
    return {
        "id": q.id,
        "category": q.category,
        "category_label": category_label(q.category, lang),
        "da": q.text.da,
        "en": q.text.en,
        "fits": q.model_dump(mode="json")["fits"],
        "hint": q.hint.model_dump() if q.hint else None,
        "source": "user" if library.is_user_question(q.id) else "bundled",
        "favourite": library.is_favourite_question(q.id),
        "hidden": library.is_hidden_question(q.id),
    }
