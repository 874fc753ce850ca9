"""Failures told to the user as a message: never the raw errno text of the system.

``[Errno 28] No space left on device: '/home/…/meeting-….json'`` means nothing to
a leader and shows a path with the user's name; "the disk is full" does. A
failure becomes a ``Message`` (``failure_message``) that the screen, the CLI or an
export renders in its reader's language.
"""

from __future__ import annotations

import errno

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, Message, render
from dialogtool.core.lang import Lang
from dialogtool.core.library_error import LibraryError
from dialogtool.core.record_file import (
    MAX_RECORD_BYTES,
    RecordTooLargeError,
    RefusedOverwriteError,
    UnsafeIdError,
)
from dialogtool.core.recovery import was_kept
from dialogtool.core.store import ConflictError

_OS_MESSAGES: dict[int, Message] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Failures", "Der er ikke mere plads på disken."),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Failures", "Du har ikke adgang til at skrive i mappen eller filen."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP("Failures", "Drevet kan kun læses, ikke skrives på."),
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "Failures",
        "Mappen findes ikke længere – er et USB-drev eller netværksdrev koblet fra?",
    ),
    errno.EEXIST: QT_TRANSLATE_NOOP("Failures", "Der findes allerede en fil med det navn."),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "Failures", "Der ligger en mappe med filens navn, så filen kan ikke skrives."
    ),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Failures", "Der ligger en fil, hvor mappen skulle være."),
}
_OS_MESSAGES[errno.EPERM] = _OS_MESSAGES[errno.EACCES]
if hasattr(errno, "EDQUOT"):
    _OS_MESSAGES[errno.EDQUOT] = _OS_MESSAGES[errno.ENOSPC]

_OTHER_OS = QT_TRANSLATE_NOOP("Failures", "Computeren meldte en fejl ved filen (fejlkode {code}).")
_REFUSED = QT_TRANSLATE_NOOP(
    "Failures", "Filen på disken kunne ikke læses, så den bliver ikke overskrevet."
)
_CONFLICT = QT_TRANSLATE_NOOP(
    "Failures",
    "Mødet er ændret et andet sted (af en anden eller på en anden computer), siden du "
    "åbnede det. Dine ændringer er gemt som {copy} ved siden af; sammenlign de to, og flyt "
    "ændringerne over i hånden.",
)
_UNSAFE = QT_TRANSLATE_NOOP("Failures", "Navnet kan ikke bruges som filnavn.")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Failures",
    "Mødet er blevet for stort til at blive gemt ({size} MB; grænsen er {limit} MB), "
    "sikkert på grund af meget indsat tekst. Filen på disken er ikke ændret, og teksten står "
    "stadig i mødet: fjern noget af det indsatte, så gemmes mødet igen.",
)
_UNEXPECTED = QT_TRANSLATE_NOOP("Failures", "Der skete en uventet fejl i programmet.")
_KEPT = QT_TRANSLATE_NOOP(
    "Failures",
    "{failure} Dine ændringer er gemt i en gendannelsesfil et andet sted og bliver tilbudt, "
    "næste gang du starter dialogtool.",
)


def os_error_message(exc: OSError) -> Message:
    """What an ``OSError`` means for the user, without errno text or paths."""
    known = _OS_MESSAGES.get(exc.errno or 0)
    if known is not None:
        return known
    return _OTHER_OS.fill(code=errno.errorcode.get(exc.errno or 0, type(exc).__name__))


def failure_message(exc: BaseException) -> Message:
    """The message for any failure of a write the user asked for."""
    message = _message(exc)
    if was_kept(exc):
        message = _KEPT.fill(failure=message)
    return message


def failure_sentence(exc: BaseException, lang: Lang) -> str:
    """``failure_message`` rendered in ``lang``: what a dialog or a CLI line shows."""
    return render(failure_message(exc), lang)


def _message(exc: BaseException) -> Message:
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, ConflictError):
        return _CONFLICT.fill(copy=exc.copy.name)
    if isinstance(exc, UnsafeIdError):
        return _UNSAFE
    if isinstance(exc, RefusedOverwriteError):
        return _REFUSED
    if isinstance(exc, RecordTooLargeError):
        return _TOO_LARGE.fill(size=-(-exc.size // 2**20), limit=MAX_RECORD_BYTES // 2**20)
    if isinstance(exc, LibraryError):
        return exc.message
    return _UNEXPECTED
