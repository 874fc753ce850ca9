"""``dialogtool export RECORD_OR_ID --format …``: a meeting's summary as a file, no display needed.

Qt is imported only when the command runs (for the charts and the PDF), on an
offscreen platform of its own when there is no display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, get_args

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.catalogue import render
from dialogtool.core.failures import failure_sentence
from dialogtool.core.paths import data_dir, meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordLoadError, RecordStore, load_record
from dialogtool.core.summary import SummaryOptions
from dialogtool.core.summary.files import export_name
from dialogtool.core.summary.privacy import Share

FORMATS = ("md", "html", "pdf", "docx", "ics")
SHARES: tuple[Share, ...] = get_args(Share)
DEFAULT_SHARES = ",".join(sorted(SummaryOptions().shared))


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="write a meeting's summary as Markdown, HTML, PDF, Word or iCalendar",
        description="Write a meeting's summary. RECORD_OR_ID is a record file or a meeting id "
        "in the data folder. Without -o the file gets the app's name, e.g. "
        "'2026-11-26 Teammøde Team Nord.pdf', in the current folder.",
    )
    parser.add_argument("record", metavar="RECORD_OR_ID")
    parser.add_argument("--format", choices=FORMATS, default="pdf", help="default: pdf")
    parser.add_argument("-o", "--output", metavar="OUT", help="file to write ('-' for stdout)")
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    parser.add_argument(
        "--include",
        metavar="WHAT",
        default=DEFAULT_SHARES,
        help=f"what is shared, comma-separated from {','.join(SHARES)} "
        f"(default: {DEFAULT_SHARES}; '' shares none of them)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    wanted = {w.strip() for w in args.include.split(",") if w.strip()}
    unknown = wanted - set(SHARES)
    if unknown:
        print(f"Unknown --include: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    try:
        record = _find(args.record, args.data_dir)
    except (RecordLoadError, OSError) as exc:
        print(f"Could not read {args.record}: {_message(exc)}", file=sys.stderr)
        return 1
    options = SummaryOptions.sharing({s for s in SHARES if s in wanted})

    from dialogtool.export.qt import ensure_gui_app  # Qt only now, offscreen without a display

    ensure_gui_app()
    from dialogtool.export.formats import export_bytes

    data = export_bytes(record, args.format, args.lang, options)
    if args.format == "pdf":
        from dialogtool.export.tagged_pdf import tagged_pdf_unavailable

        if reason := tagged_pdf_unavailable():
            print(f"Note: the PDF is not tagged for screen readers ({reason}).", file=sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    target = Path(args.output) if args.output else Path(export_name(record, args.format, args.lang))
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        print(f"Could not write {target}: {failure_sentence(exc, 'en')}", file=sys.stderr)
        return 1
    print(target)
    return 0


def _find(given: str, data_folder: str | None) -> MeetingRecord:
    path = Path(given)
    if path.suffix == ".json" or path.is_file():
        return load_record(path)
    return RecordStore(meetings_dir(data_dir(data_folder))).load(given)


def _message(exc: Exception) -> str:
    if isinstance(exc, RecordLoadError):
        return render(exc.problem.message, "en")
    return failure_sentence(exc, "en")
