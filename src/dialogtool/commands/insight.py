"""``dialogtool insight NAME``: *Indsigt* – everything recorded about one person, as PDF and JSON.

For an employee's access request (indsigtsanmodning). The leader's private notes
are left out unless ``--include-private`` is given. Qt is imported only for the PDF.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dialogtool.core.atomic import atomic_write_bytes
from dialogtool.core.failures import failure_sentence
from dialogtool.core.insight import collect, kept_records
from dialogtool.core.insight_document import insight_document, insight_json
from dialogtool.core.paths import bin_dir, data_dir, meetings_dir
from dialogtool.core.store import RecordStore
from dialogtool.core.summary.files import safe_stem


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "insight",
        aliases=["indsigt"],
        help="Indsigt: alt registreret om én person, som PDF og JSON (access request)",
        description="Indsigt: skriv alt, hvad møderne (også dem i papirkurven) rummer om én "
        "navngiven person – hvert felt, der nævner personen, og personens egne ord – som PDF og "
        "JSON til en indsigtsanmodning. Lederens private noter er kun med, når "
        "--include-private gives. / Everything recorded about one person, for an access request.",
    )
    parser.add_argument("name", metavar="NAVN", help="personens fulde navn / the person's name")
    parser.add_argument(
        "--also",
        metavar="NAVN",
        action="append",
        default=[],
        help="en anden stavemåde eller et kaldenavn, der også skal findes (kan gentages); "
        "et fornavn finder også andre med samme fornavn – se resultatet igennem",
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help="tag lederens private noter med, der nævner personen (markeret privat)",
    )
    parser.add_argument(
        "--format", choices=("pdf", "json", "both"), default="both", help="standard: both"
    )
    parser.add_argument(
        "-o", "--output", metavar="MAPPE", default=".", help="mappe til filerne (standard: .)"
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root = data_dir(args.data_dir)
    store = RecordStore(meetings_dir(root))
    try:
        report = collect(
            kept_records(store, bin_dir(root)),
            [args.name, *args.also],
            include_private=args.include_private,
        )
    except ValueError:
        print("Angiv personens navn. / Give the person's name.", file=sys.stderr)
        return 2
    stem = safe_stem(f"Indsigt {report.person} {report.generated_at.date().isoformat()}")
    folder = Path(args.output)
    outputs: list[tuple[Path, bytes]] = []
    if args.format in ("json", "both"):
        data = json.dumps(insight_json(report), indent=2, ensure_ascii=False) + "\n"
        outputs.append((folder / f"{stem}.json", data.encode("utf-8")))
    if args.format in ("pdf", "both"):
        from dialogtool.export.qt import ensure_gui_app  # Qt only now, offscreen if headless

        ensure_gui_app()
        from dialogtool.export.pdf import render_pdf

        outputs.append((folder / f"{stem}.pdf", render_pdf(insight_document(report, args.lang))))
    for target, data_bytes in outputs:
        try:
            atomic_write_bytes(target, data_bytes)
        except OSError as exc:
            print(f"Could not write {target}: {failure_sentence(exc, 'en')}", file=sys.stderr)
            return 1
        print(target)
    print(
        f"{report.count} felter i {len(report.meetings)} møder / "
        f"{report.count} fields in {len(report.meetings)} meetings",
        file=sys.stderr,
    )
    return 0
