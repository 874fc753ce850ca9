"""``dialogtool prune --older-than AGE``: *Sletning* – old meetings to the bin, after a preview.

Without ``--yes`` it only lists what would go. With ``--yes`` the meetings move
to the bin (``Papirkurv`` on the start screen), where each can be restored.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from dialogtool.core.paths import bin_dir, data_dir, meetings_dir
from dialogtool.core.record import utc_now
from dialogtool.core.retention import AgeError, move_plan_to_bin, parse_age, plan
from dialogtool.core.store import RecordStore


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "prune",
        aliases=["slet"],
        help="Sletning: flyt møder ældre end en alder til papirkurven (først en forhåndsvisning)",
        description="Sletning: vis – og med --yes flyt til papirkurven – de møder, der blev "
        "holdt før den valgte alder, fx 18m (måneder), 2y/2år, 6u (uger) eller 400d (dage). "
        "Fra papirkurven kan et møde gendannes. / Move meetings older than AGE to the bin.",
    )
    parser.add_argument("--older-than", metavar="ALDER", required=True, help="fx 18m, 2år, 400d")
    parser.add_argument(
        "--yes", action="store_true", help="flyt dem nu (uden: kun forhåndsvisning)"
    )
    parser.add_argument("--json", action="store_true", help="forhåndsvisningen som JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        age = parse_age(args.older_than)
    except AgeError:
        print(
            f"Ukendt alder {args.older_than!r}: skriv fx 18m, 2år, 6u eller 400d. / "
            "Unknown age: write e.g. 18m, 2y, 6w or 400d.",
            file=sys.stderr,
        )
        return 2
    root = data_dir(args.data_dir)
    store = RecordStore(meetings_dir(root))
    today = date.today()
    doomed = plan(store.scan().records, age, today)
    if args.json:
        rows = [
            {
                "id": d.record_id,
                "title": d.title,
                "team": d.team,
                "date": d.held.isoformat(),
                "open_actions": d.open_actions,
                "in_use": d.in_use,
            }
            for d in doomed
        ]
        print(json.dumps({"cutoff": age.cutoff(today).isoformat(), "meetings": rows}, indent=2))
    else:
        print(f"Meetings held before {age.cutoff(today).isoformat()}: {len(doomed)}")
        for d in doomed:
            notes = []
            if d.open_actions:
                notes.append(f"{d.open_actions} open actions")
            if d.in_use:
                notes.append("open elsewhere – stays")
            extra = f"  ({', '.join(notes)})" if notes else ""
            print(f"  {d.held.isoformat()}  {d.title}{' – ' + d.team if d.team else ''}{extra}")
    if not args.yes:
        if doomed:
            print(
                "Nothing was moved. Run again with --yes to move them to the bin.",
                file=sys.stderr,
            )
        return 0
    moved, failed = move_plan_to_bin(store, doomed, bin_dir(root), utc_now())
    print(f"Moved to the bin: {len(moved)}")
    for meeting, exc in failed:
        print(f"Could not move {meeting.title or meeting.record_id}: {exc}", file=sys.stderr)
    return 1 if failed else 0
