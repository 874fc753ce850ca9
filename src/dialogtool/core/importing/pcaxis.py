"""A small, strict reader of PC-Axis (``.px``), as StatBank and the Nordic statistics offices serve it.

The file is a list of ``KEYWORD[lang]("variable","value")=value;`` entries and a
``DATA=`` block of numbers in row-major order over the ``STUB`` variables and
then the ``HEADING`` variables (the last varies fastest). A value is a list of
quoted strings (strings on consecutive lines are one string), bare words and
numbers, or ``TLIST(...)``. The text is in ``CODEPAGE`` (``CHARSET="ANSI"``
means Windows-1252); a file naming neither is read as UTF-8 when it is valid
UTF-8, else as Windows-1252. Cells hidden by the source are ``"."`` to
``"......"``, ``"-"`` or ``":"``; they become missing, never 0, and are counted.
Strict: anything the format does not allow is refused in one line, so a
damaged file never loads as wrong numbers. Translations (``KEYWORD[en]``) are
not read; the file's default language is.

Not a well-kept library: ``pyaxis`` and ``pandas-pcaxis`` need pandas and read
into data frames cell by cell; this reads a million cells in a fraction of a
second with Arrow and NumPy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, one_line
from dialogtool.core.importing.cube import Cube, Variable
from dialogtool.core.importing.problems import ImportRefusedError

_DATA = re.compile(rb"(?m)^[ \t]*DATA[ \t]*=")
_TOKEN = re.compile(r'"([^"]*)"|([;=,()\[\]])|([^\s";=,()\[\]]+)|(\s+)')
#: Cells the source hid (PC-Axis' dot codes, nil and "not applicable").
_MARKER = r"^(\.{1,7}|-|:)$"
_LEADS = (b"CHARSET", b"AXIS-VERSION", b"CODEPAGE", b"LANGUAGE", b"CREATION-DATE", b"DECIMALS",
          b"SHOWDECIMALS", b"MATRIX", b"SUBJECT-CODE", b"SUBJECT-AREA", b"COPYRIGHT",
          b"DESCRIPTION", b"TITLE", b"CONTENTS", b"INFOFILE", b"NEXT-UPDATE")  # fmt: skip

Value = list[str]


@dataclass(frozen=True)
class _Entry:
    keyword: str
    lang: str | None
    subkeys: tuple[str, ...]
    value: Value


def is_pcaxis(data: bytes | bytearray) -> bool:
    """True for a PC-Axis file: it starts with one of the format's keywords and has ``DATA=``."""
    head = bytes(data[:4096]).lstrip(b"\xef\xbb\xbf").lstrip()
    return head.upper().startswith(_LEADS) and _DATA.search(data) is not None


_UNREADABLE = QT_TRANSLATE_NOOP("Import", "PC-Axis-filen kan ikke læses: {reason}")


def _refuse(reason: Message) -> ImportRefusedError:
    # A refusal is one line, even when it quotes a name that runs over lines in the file.
    return ImportRefusedError(_UNREADABLE.fill(reason=one_line(reason)))


def read_pcaxis(data: bytes | bytearray) -> Cube:
    found = _DATA.search(data)
    if found is None:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "den har ingen DATA-del."))
    head_bytes = bytes(data[: found.start()])
    if head_bytes.startswith(b"\xef\xbb\xbf"):
        head_bytes = head_bytes[3:]
    entries = _parse_header(_decode(head_bytes))
    first: dict[tuple[str, tuple[str, ...]], Value] = {}
    for entry in entries:
        if entry.lang is None:
            first.setdefault((entry.keyword, entry.subkeys), entry.value)
    if any(e.keyword == "KEYS" for e in entries):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import",
                "den bruger KEYS (kun rækker med tal); hent tabellen som fuld PC-Axis eller CSV.",
            ),
        )
    stub = first.get(("STUB", ()), [])
    heading = first.get(("HEADING", ()), [])
    if not stub and not heading:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "den har hverken STUB eller HEADING."))
    contvar = _one(first.get(("CONTVARIABLE", ()), []))
    timevars = {e.subkeys[0] for e in entries if e.keyword == "TIMEVAL" and e.subkeys}
    variables = []
    for name in [*stub, *heading]:
        labels = first.get(("VALUES", (name,)))
        if labels is None:
            tlist = first.get(("TIMEVAL", (name,)))
            labels = [x for x in tlist or [] if not x.startswith("TLIST")]
        if not labels:
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "variablen '{name}' har ingen VALUES.").fill(name=name)
            )
        codes = first.get(("CODES", (name,)), [])
        role = "time" if name in timevars else "metric" if name == contvar else None
        if role == "metric":  # each content's own unit: "Ledighed" + UNITS("Ledighed")="pct."
            labels = [_with_unit(x, _one(first.get(("UNITS", (x,)), []))) for x in labels]
        variables.append(Variable(name, labels, codes if len(codes) == len(labels) else [], role))
    values, missing, markers = _data(data[found.end() :])
    symbols = {
        ".": "DATASYMBOL1", "..": "DATASYMBOL2", "...": "DATASYMBOL3", "....": "DATASYMBOL4",
        ".....": "DATASYMBOL5", "......": "DATASYMBOL6", "-": "DATASYMBOLNIL",
    }  # fmt: skip
    named = []
    for marker in markers:
        meaning = _one(first.get((symbols.get(marker, ""), ()), []))
        named.append(f"{marker} ({meaning})" if meaning else marker)
    contents = _one(first.get(("CONTENTS", ()), [])) or _one(first.get(("TITLE", ()), []))
    return Cube(
        format="px",
        variables=variables,
        values=values,
        missing=missing,
        markers=tuple(named),
        contents=contents,
        unit=_one(first.get(("UNITS", ()), [])),
        source=_source_line(first),
        title=_one(first.get(("TITLE", ()), [])),
    )


def _source_line(first: dict[tuple[str, tuple[str, ...]], Value]) -> str:
    parts = [_one(first.get(("SOURCE", ()), []))]
    matrix = _one(first.get(("MATRIX", ()), []))
    if matrix:
        parts.append(f"tabel {matrix}")
    updated = _one(first.get(("LAST-UPDATED", ()), []))
    if updated:
        parts.append(f"opdateret {updated}")
    return ", ".join(p for p in parts if p)


def _with_unit(label: str, unit: str) -> str:
    return f"{label} ({unit})" if unit and "(" not in label else label


def _one(value: Value) -> str:
    return " ".join(value).strip()


def _decode(head: bytes) -> str:
    latin = head.decode("latin-1")
    codepage = re.search(r'(?m)^\s*CODEPAGE\s*=\s*"([^"]*)"', latin)
    charset = re.search(r'(?m)^\s*CHARSET\s*=\s*"([^"]*)"', latin)
    if codepage:
        name = codepage.group(1).strip().lower()
        codec = "cp1252" if name in ("ansi", "windows-1252") else name
    elif charset and charset.group(1).strip().upper() == "ANSI":
        codec = "cp1252"
    else:
        try:
            return head.decode("utf-8")
        except UnicodeDecodeError:
            codec = "cp1252"
    try:
        return head.decode(codec)
    except (LookupError, UnicodeDecodeError):
        # A wrong or unknown CODEPAGE: UTF-8 if it is, else Windows-1252 (letters agree with Latin-1).
        try:
            return head.decode("utf-8")
        except UnicodeDecodeError:
            return head.decode("cp1252", errors="replace")


def _parse_header(text: str) -> list[_Entry]:
    tokens: list[tuple[str, str]] = []  # (kind, text): s = string, p = punctuation, w = word
    for match in _TOKEN.finditer(text):
        string, punct, word, space = match.groups()
        if string is not None:
            # Strings on consecutive lines without a comma between them are one string.
            if tokens and tokens[-1][0] == "s" and tokens[-1][1] is not None:
                tokens[-1] = ("s", tokens[-1][1] + string)
            else:
                tokens.append(("s", string))
        elif punct is not None:
            tokens.append(("p", punct))
        elif word is not None:
            tokens.append(("w", word))
        elif space is None:
            raise _refuse(QT_TRANSLATE_NOOP("Import", "et citationstegn er ikke lukket."))
    entries = []
    i = 0
    while i < len(tokens):
        entry, i = _entry(tokens, i)
        entries.append(entry)
    return entries


def _entry(tokens: list[tuple[str, str]], i: int) -> tuple[_Entry, int]:
    def expect(kind: str, text: str | None = None) -> str:
        nonlocal i
        if i >= len(tokens) or tokens[i][0] != kind or (text is not None and tokens[i][1] != text):
            got = tokens[i][1] if i < len(tokens) else "slutningen"
            raise _refuse(
                QT_TRANSLATE_NOOP("Import", "uventet '{got}' i overskriftsdelen.").fill(got=got)
            )
        i += 1
        return tokens[i - 1][1]

    keyword = expect("w").upper()
    lang = None
    if i < len(tokens) and tokens[i] == ("p", "["):
        i += 1
        lang = expect("w")
        expect("p", "]")
    subkeys: list[str] = []
    if i < len(tokens) and tokens[i] == ("p", "("):
        i += 1
        subkeys.append(expect("s"))
        while i < len(tokens) and tokens[i] == ("p", ","):
            i += 1
            subkeys.append(expect("s"))
        expect("p", ")")
    expect("p", "=")
    value: Value = []
    while i < len(tokens) and tokens[i] != ("p", ";"):
        kind, text = tokens[i]
        if kind == "p" and text == "(":  # TLIST(A1, "2020"-"2022"): kept as one word
            depth, parts = 0, []
            while i < len(tokens):
                depth += tokens[i][1] == "(" if tokens[i][0] == "p" else 0
                depth -= tokens[i][1] == ")" if tokens[i][0] == "p" else 0
                parts.append(tokens[i][1])
                i += 1
                if depth == 0:
                    break
            value[-1:] = ["".join([*value[-1:], *parts])]
            continue
        if kind != "p" or text != ",":
            value.append(text)
        i += 1
    expect("p", ";")
    return _Entry(keyword, lang, tuple(subkeys), value), i


def _data(raw: bytes | bytearray) -> tuple[np.ndarray, int, tuple[str, ...]]:
    """The numbers of the DATA part (NaN where hidden), how many were hidden and with which markers."""
    import pyarrow as pa
    import pyarrow.compute as pc

    end = raw.rfind(b";")
    if end < 0:
        raise _refuse(QT_TRANSLATE_NOOP("Import", "DATA-delen slutter ikke med ';'."))
    body = bytes(raw[:end]).replace(b",", b" ").replace(b'"', b" ")
    tokens = pa.array(body.split(), pa.binary()).cast(pa.string())
    hidden = pc.match_substring_regex(tokens, _MARKER)
    missing = int(pc.sum(hidden).as_py() or 0)
    markers = tuple(pc.unique(pc.filter(tokens, hidden)).to_pylist()) if missing else ()
    numbers = pc.if_else(hidden, pa.scalar(None, pa.string()), tokens)
    try:
        values = pc.cast(numbers, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        ok = pc.match_substring_regex(tokens, r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
        bad = pc.and_not(pc.invert(ok), hidden)
        position = int(pc.index(bad, True).as_py())
        text = tokens[position].as_py()
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Import", "tal nr. {position} i DATA-delen er '{text}', ikke et tal."
            ).fill(position=position + 1, text=text),
        ) from None
    return values.to_numpy(zero_copy_only=False), missing, tuple(str(m) for m in markers)
