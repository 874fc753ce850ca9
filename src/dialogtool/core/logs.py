"""The log: what went wrong and where in the code, never what the user wrote.

Records are personal data. So the log holds an exception's type and the frames
of its traceback (file, line, function), never its message or local values: a
pydantic ``ValidationError`` message quotes the user's input, an ``OSError`` the
path with the user's name. Files are rotated and readable by the user only.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from dialogtool.core.atomic import PRIVATE_FILE_MODE, ensure_private_dir
from dialogtool.core.paths import APP_NAME, DATA_DIR_ENV

LOGGER_NAME = APP_NAME
LOG_FILE = "dialogtool.log"
LOG_DIR_ENV = "DIALOGTOOL_LOG_DIR"
MAX_BYTES = 512 * 1024
BACKUPS = 3

logger = logging.getLogger(LOGGER_NAME)


def log_dir(data_override: str | os.PathLike[str] | None = None) -> Path:
    """The log folder: ``DIALOGTOOL_LOG_DIR``, else ``logs`` in a data folder chosen by
    ``--data-dir`` or ``DIALOGTOOL_DATA_DIR``, else the OS's user log folder.

    Following a chosen data folder keeps a test's or a portable setup's log
    beside its data instead of in the real home folder.
    """
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    data = data_override or os.environ.get(DATA_DIR_ENV)
    if data:
        return Path(data).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Every log file, also each one started by a rotation, is created 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding)


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send the ``dialogtool`` logger to a rotating file in ``folder``; returns the file.

    ``None`` when the folder cannot be written: the app then runs without a log
    rather than not at all.
    """
    for old in list(logger.handlers):
        if isinstance(old, _PrivateRotatingFileHandler):
            logger.removeHandler(old)
            old.close()
    try:
        path = ensure_private_dir(folder or log_dir()) / LOG_FILE
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        if os.name == "posix":
            path.chmod(PRIVATE_FILE_MODE)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def describe_exception(exc: BaseException) -> str:
    """The exception chain as types and frames only (no messages, no values)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_describe_one(type(current), current, current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\nwhich happened while handling:\n".join(parts)


def _describe_one(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    name = f"{exc_type.__module__}.{exc_type.__qualname__}"
    if isinstance(exc, OSError) and exc.errno is not None:
        name += f" ({errno.errorcode.get(exc.errno, exc.errno)})"
    lines = [name]
    for frame in traceback.extract_tb(tb):
        lines.append(
            f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
        )
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """A path relative to the import path: ``dialogtool/ui/app.py``, not ``/home/jens/…``."""
    roots = sorted((p for p in sys.path if p), key=len, reverse=True)
    for root in roots:
        prefix = root.rstrip(os.sep) + os.sep
        if filename.startswith(prefix):
            return filename[len(prefix) :]
    return Path(filename).name


def log_exception(what: str, exc: BaseException) -> None:
    """Log ``exc`` (types and frames only) under ``what``, a fixed text from our code."""
    logger.error("%s\n%s", what, describe_exception(exc))
