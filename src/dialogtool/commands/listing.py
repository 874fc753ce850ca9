"""``dialogtool list``: meetings and their open action items, without starting the app."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dialogtool.core.catalogue import render
from dialogtool.core.paths import data_dir, meetings_dir
from dialogtool.core.record import ActionStatus
from dialogtool.core.store import RecordStore


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "list", help="list meetings and open action items"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = RecordStore(meetings_dir(data_dir(args.data_dir)))
    result = store.scan()
    meetings: list[dict[str, Any]] = []
    for path, record in result.records:
        meetings.append(
            {
                "id": record.id,
                "file": path.name,
                "date": record.scheduled_at.date().isoformat(),
                "title": record.title,
                "kind": record.kind.value,
                "status": record.status.value,
                "open_action_items": [
                    {
                        "id": a.id,
                        "text": a.text,
                        "owner": a.owner,
                        "due": a.due.isoformat() if a.due else None,
                    }
                    for a in record.action_items
                    if a.status == ActionStatus.OPEN and a.text
                ],
            }
        )
    problems = [{"file": p.path.name, "message": render(p.message, "en")} for p in result.problems]
    if args.json:
        print(
            json.dumps({"meetings": meetings, "unreadable": problems}, indent=2, ensure_ascii=False)
        )
    else:
        if not meetings:
            print("No meetings yet.")
        for m in meetings:
            print(f"{m['date']}  {m['title']}  [{m['kind']}, {m['status']}]")
            for a in m["open_action_items"]:
                due = f" (due {a['due']})" if a["due"] else ""
                owner = f" - {a['owner']}" if a["owner"] else ""
                print(f"    [ ] {a['text']}{owner}{due}")
    for p in problems:
        print(f"Could not read {p['file']}: {p['message']}", file=sys.stderr)
    return 0
