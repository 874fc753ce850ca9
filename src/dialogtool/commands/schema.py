"""``dialogtool schema``: print the meeting record's JSON Schema."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dialogtool.core.record import record_json_schema


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "schema", help="print the JSON Schema of a meeting record"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))
    return 0
