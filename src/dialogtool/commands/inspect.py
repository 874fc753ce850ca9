"""``dialogtool inspect FILE``: how a data export is read, or its tidy table, without the app."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from typing import Any

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, render
from dialogtool.core.importing import (
    ImportRefusedError,
    ImportResult,
    Layout,
    apply_overrides,
    build_dataset,
    propose_mapping,
    read_source,
)

CSV_HEADER = ("indicator", "group", "period", "value", "target")
_ROLES = ("indicator", "group", "target")
#: The method suggests 7–8 stepping stones (domain.md §2); more dilutes focus.
MAX_STEPPING_STONES = 8


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "inspect",
        help="show how a data file (CSV, XLSX, XLS, ODS, PC-Axis, JSON-stat) is read",
        description="Read a data export as dialogtool would and print how it was read (in Danish and "
        "English, as the app's 'Sådan læste jeg filen'). "
        "Exit status 0 when the file loads (warnings on stderr), 2 when it cannot be loaded.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read")
    for role in _ROLES:
        parser.add_argument(f"--{role}", metavar="COL", help=f"the {role} column (header name)")
    parser.add_argument(
        "--period",
        metavar="COL",
        nargs="+",
        help="the period column; two columns for a year and its month/quarter/week (År Måned)",
    )
    parser.add_argument(
        "--value",
        metavar="COL",
        action="append",
        help="a value column; repeat it for several measures (one indicator each)",
    )
    parser.add_argument(
        "--layout",
        choices=[layout.value for layout in Layout],
        help="long (one row per number), wide (one column per indicator) or matrix "
        "(labels down, periods across)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="what was detected, as JSON")
    output.add_argument(
        "--csv", action="store_true", help="the tidy table: indicator,group,period,value,target"
    )
    parser.set_defaults(handler=run)


_UNCLEAR = QT_TRANSLATE_NOOP(
    "Inspect", "Det kan ikke afgøres, hvilken kolonne der rummer hvad: {reason}"
)


def run(args: argparse.Namespace) -> int:
    try:
        result, confident = _load(args)
    except ImportRefusedError as exc:
        print(f"dialogtool inspect: {args.file}: {render(exc.message, 'en')}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(f"warning: {problem.located('en')}", file=sys.stderr)
    count = len(result.dataset.indicators)
    if count > MAX_STEPPING_STONES:
        print(
            f"warning: the file holds {count} indicators; the method suggests 7–8 stepping "
            "stones (metoden foreslår 7–8 trædesten) – choose the ones that say the most",
            file=sys.stderr,
        )
    out = _utf8_stdout()
    try:
        if args.csv:
            _write_csv(result, out)
        elif args.json:
            out.write(json.dumps(_summary(result, confident), indent=2, ensure_ascii=False) + "\n")
        else:
            _write_text(result, confident, out)
        out.flush()
    except BrokenPipeError:  # e.g. piped into `head`; the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _load(args: argparse.Namespace) -> tuple[ImportResult, bool]:
    source = read_source(args.file, sheet=args.sheet)
    proposal = propose_mapping(source)
    overrides = {role: getattr(args, role) for role in _ROLES if getattr(args, role)}
    if args.period:
        if len(args.period) > 2:
            raise ImportRefusedError(
                QT_TRANSLATE_NOOP("Inspect", "--period tager én eller to kolonner.")
            )
        overrides["period"] = args.period[0]
        if len(args.period) == 2:
            overrides["period_part"] = args.period[1]
    if args.value:
        overrides["values"] = args.value
    if args.layout:
        overrides["layout"] = Layout(args.layout)
    if overrides:
        mapping, confident = apply_overrides(source, proposal.mapping, **overrides), True
    elif proposal.mapping is not None:
        mapping, confident = proposal.mapping, proposal.confident
    else:
        note = proposal.notes[0] if proposal.notes else ""
        raise ImportRefusedError(_UNCLEAR.fill(reason=note))
    return build_dataset(source, mapping), confident


def _utf8_stdout() -> io.TextIOBase:
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", newline="\n")
    return stream  # type: ignore[return-value]


def format_number(value: float) -> str:
    """``.`` as the decimal point, no exponent for everyday numbers, exact round trip."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _write_csv(result: ImportResult, out: io.TextIOBase) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for indicator, group, period, value, target in result.dataset.tidy_rows():
        target_text = "" if target is None else format_number(target)
        writer.writerow((indicator, group, period, format_number(value), target_text))


def _summary(result: ImportResult, confident: bool) -> dict[str, Any]:
    source, dataset, mapping = result.source, result.dataset, result.mapping
    return {
        "file": source.name,
        "format": source.format,
        "sheet": source.sheet,
        "sheets": source.sheets,
        "encoding": source.encoding,
        "delimiter": source.delimiter,
        "decimal": result.decimal,
        "header_row": None if mapping.header_row is None else mapping.header_row + 1,
        "layout": mapping.layout.value,
        "mapping": mapping.model_dump(mode="json"),
        "confident": confident,
        "indicators": [{"id": m.id, "name": m.name} for m in dataset.indicators],
        "groups": dataset.groups,
        "group_roles": dataset.group_roles,
        "source_note": dataset.source_note,
        "periods": {
            "first": dataset.periods[0],
            "last": dataset.periods[-1],
            "count": len(dataset.periods),
        },
        "observations": len(dataset.observations) if dataset.observations else 0,
        "missing_values": result.missing_values,
        "reading": _reading_json(result),
        "problems": [
            {
                "kind": p.kind.value,
                "file": p.file,
                "sheet": p.sheet,
                "row": p.row,
                "column": p.column,
                "da": render(p.message, "da"),
                "en": render(p.message, "en"),
            }
            for p in result.problems
        ],
    }


def _reading_json(result: ImportResult) -> dict[str, Any]:
    reading = result.reading
    return {
        "layout": reading.layout,
        "other_sheets": list(reading.other_sheets),
        "indicators": [
            {
                "name": i.name,
                "unit": i.unit,
                "higher_is_better": i.direction.higher_is_better,
                "direction_word": i.direction.word,
            }
            for i in reading.indicators
        ],
        "total": reading.total,
        "benchmarks": list(reading.benchmarks),
        "period_kinds": list(reading.period_kinds),
        "values": reading.values,
        "missing": reading.missing,
        "missing_markers": list(reading.missing_markers),
        "hidden_rows": list(reading.hidden_rows),
        "hidden_columns": list(reading.hidden_columns),
        "source_line": reading.source_line,
    }


def _write_text(result: ImportResult, confident: bool, out: io.TextIOBase) -> None:
    """The reading ("Sådan læste jeg filen") in Danish and English, as the app shows it."""
    unsure = (
        ""
        if confident
        else "Usikker læsning: tjek kolonnerne. / Unsure reading: check the columns.\n"
    )
    out.write(unsure + result.reading.text("da") + "\n" + result.reading.text("en"))
