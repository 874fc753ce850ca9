"""``dialogtool bin``: the meetings moved to the bin; move one there, or restore one."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dialogtool.app.workspace import Workspace
from dialogtool.core.failures import failure_sentence
from dialogtool.core.meeting_files import BinError
from dialogtool.core.paths import data_dir
from dialogtool.core.store import RecordLoadError


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "bin", help="list the bin, move a meeting to it or restore one"
    )
    parser.add_argument("action", nargs="?", choices=("list", "move", "restore"), default="list")
    parser.add_argument("id", nargs="?", help="the meeting's id (move, restore)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = Workspace(data_dir(args.data_dir))
    if args.action != "list":
        if not args.id:
            print(f"dialogtool bin {args.action} needs a meeting id", file=sys.stderr)
            return 2
        try:
            if args.action == "move":
                workspace.move_to_bin(args.id)
            else:
                workspace.restore(args.id)
        except (OSError, BinError, RecordLoadError, ValueError) as exc:
            print(
                f"Could not {args.action} {args.id}: {failure_sentence(exc, 'en')}", file=sys.stderr
            )
            return 1
    entries = [
        {
            "id": e.record_id,
            "title": e.title,
            "deleted_at": e.deleted_at.isoformat(),
            "file": e.path.name,
        }
        for e in workspace.bin()
    ]
    if args.json:
        print(json.dumps({"bin": entries}, indent=2, ensure_ascii=False))
    else:
        if not entries:
            print("The bin is empty.")
        for e in entries:
            print(f"{e['deleted_at'][:16]}  {e['title']}  ({e['id']})")
    return 0
