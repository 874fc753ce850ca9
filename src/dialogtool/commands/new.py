"""``dialogtool new``: create a meeting from a template, as *Opret møde* does."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dialogtool.app.workspace import UnknownTemplateError, Workspace
from dialogtool.core.failures import failure_sentence
from dialogtool.core.paths import data_dir


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "new", help="create a meeting from a template (the next in its series if the team met)"
    )
    parser.add_argument("--template", required=True, help="template id, e.g. team-meeting")
    parser.add_argument("--team", default="", help="the team (or person) the meeting is with")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = Workspace(data_dir(args.data_dir))
    try:
        record = workspace.new_meeting(args.template, args.team)
    except UnknownTemplateError:
        known = ", ".join(t.id for t in workspace.library.templates())
        print(f"No template {args.template!r}. Known: {known}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"The meeting could not be created: {failure_sentence(exc, 'en')}", file=sys.stderr)
        return 1
    meeting = {
        "id": record.id,
        "title": record.title,
        "team": record.team,
        "date": record.scheduled_at.date().isoformat(),
        "template": record.template_id,
        "series_id": record.series_id,
        "previous_id": record.previous_id,
        "file": workspace.store.path_for(record.id).name,
    }
    if args.json:
        print(json.dumps(meeting, indent=2, ensure_ascii=False))
    else:
        print(f"Created {meeting['title']} ({meeting['date']}): {meeting['file']}")
    return 0
