"""Reading a JSON file the user (or a sync tool) may have damaged, without ever crashing.

``json.loads`` raises more than ``JSONDecodeError``: ``RecursionError`` for deep
nesting, ``ValueError`` for an integer of more than 4,300 digits. A huge file would
be read whole into memory, a FIFO would block forever, a symlink may point
anywhere. Every such file becomes one ``JsonFileError`` with a kind and a short,
path-free detail; a UTF-8 byte order mark is accepted.
"""

from __future__ import annotations

import json
import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import Any

#: Larger than any meeting record or question file a person writes (a record of a
#: long meeting is ~200 kB); a bigger file is refused before it is read.
MAX_JSON_BYTES = 20 * 1024 * 1024


class JsonProblem(StrEnum):
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not_a_file"
    OUTSIDE = "outside"
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    SYNTAX = "syntax"
    TOO_DEEP = "too_deep"
    BAD_NUMBER = "bad_number"


class JsonFileError(Exception):
    def __init__(self, kind: JsonProblem, detail: str) -> None:
        super().__init__(f"{kind.value}: {detail}")
        self.kind = kind
        self.detail = detail


def read_json_file(path: Path, *, max_bytes: int = MAX_JSON_BYTES, root: Path | None = None) -> Any:
    """The parsed content of ``path``, or ``JsonFileError``."""
    return parse_json_bytes(read_checked_bytes(path, max_bytes=max_bytes, root=root))


def read_checked_bytes(
    path: Path, *, max_bytes: int = MAX_JSON_BYTES, root: Path | None = None
) -> bytes:
    """The bytes of ``path`` if it is an ordinary file of at most ``max_bytes``.

    ``root``: a symlink must resolve inside this folder (a link out of the data
    folder is never followed).
    """
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve(strict=True)
            if root is not None and not target.is_relative_to(root.resolve()):
                raise JsonFileError(JsonProblem.OUTSIDE, "a link to a file outside the folder")
            info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            raise JsonFileError(JsonProblem.NOT_A_FILE, "not an ordinary file")
        if info.st_size > max_bytes:
            size = f"{info.st_size / 1e6:.0f} MB, limit {max_bytes / 1e6:.0f} MB"
            raise JsonFileError(JsonProblem.TOO_LARGE, size)
        return _read_bounded(path, max_bytes)
    except OSError as exc:
        raise JsonFileError(JsonProblem.UNREADABLE, exc.strerror or type(exc).__name__) from None


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` + 1 (a file may grow after ``stat``); never block on a FIFO."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise JsonFileError(JsonProblem.TOO_LARGE, f"limit {max_bytes / 1e6:.0f} MB")
    return data


def parse_json_bytes(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonFileError(JsonProblem.NOT_UTF8, f"not UTF-8 text at byte {exc.start}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise JsonFileError(JsonProblem.SYNTAX, detail) from None
    except RecursionError:
        raise JsonFileError(JsonProblem.TOO_DEEP, "nested too deeply") from None
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        raise JsonFileError(JsonProblem.BAD_NUMBER, "a number too long to read") from None
