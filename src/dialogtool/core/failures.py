"""Failures told to the user in a sentence: never the raw errno text of the system.

``[Errno 28] No space left on device: '/home/…/meeting-….json'`` means nothing to
a leader and shows a path with the user's name; "the disk is full" does.
"""

from __future__ import annotations

import errno

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

_OS_SENTENCES: dict[int, dict[Lang, str]] = {
    errno.ENOSPC: {
        "da": "Der er ikke mere plads på disken.",
        "en": "The disk is full.",
    },
    errno.EACCES: {
        "da": "Du har ikke adgang til at skrive i mappen eller filen.",
        "en": "You do not have permission to write to the folder or file.",
    },
    errno.EROFS: {
        "da": "Drevet kan kun læses, ikke skrives på.",
        "en": "The drive is read-only.",
    },
    errno.ENOENT: {
        "da": "Mappen findes ikke længere – er et USB-drev eller netværksdrev koblet fra?",
        "en": "The folder no longer exists – was a USB stick or network drive disconnected?",
    },
    errno.EEXIST: {
        "da": "Der findes allerede en fil med det navn.",
        "en": "A file with that name already exists.",
    },
    errno.EISDIR: {
        "da": "Der ligger en mappe med filens navn, så filen kan ikke skrives.",
        "en": "A folder has the file's name, so the file cannot be written.",
    },
    errno.ENOTDIR: {
        "da": "Der ligger en fil, hvor mappen skulle være.",
        "en": "A file is where the folder should be.",
    },
}
_OS_SENTENCES[errno.EPERM] = _OS_SENTENCES[errno.EACCES]
if hasattr(errno, "EDQUOT"):
    _OS_SENTENCES[errno.EDQUOT] = _OS_SENTENCES[errno.ENOSPC]

_OTHER_OS: dict[Lang, str] = {
    "da": "Computeren meldte en fejl ved filen (fejlkode {code}).",
    "en": "The computer reported an error with the file (error code {code}).",
}
_REFUSED: dict[Lang, str] = {
    "da": "Filen på disken kunne ikke læses, så den bliver ikke overskrevet.",
    "en": "The file on disk could not be read, so it will not be overwritten.",
}
_CONFLICT: dict[Lang, str] = {
    "da": "Mødet er ændret et andet sted (af en anden eller på en anden computer), siden du "
    "åbnede det. Dine ændringer er gemt som {copy} ved siden af; sammenlign de to, og flyt "
    "ændringerne over i hånden.",
    "en": "The meeting was changed elsewhere (by someone else or on another computer) since "
    "you opened it. Your changes are saved as {copy} beside it; compare the two and move the "
    "changes over by hand.",
}
_UNSAFE: dict[Lang, str] = {
    "da": "Navnet kan ikke bruges som filnavn.",
    "en": "The name cannot be used as a file name.",
}
_TOO_LARGE: dict[Lang, str] = {
    "da": "Mødet er blevet for stort til at blive gemt ({size} MB; grænsen er {limit} MB), "
    "sikkert på grund af meget indsat tekst. Filen på disken er ikke ændret, og teksten står "
    "stadig i mødet: fjern noget af det indsatte, så gemmes mødet igen.",
    "en": "The meeting has grown too large to save ({size} MB; the limit is {limit} MB), "
    "probably because of much pasted text. The file on disk is unchanged and the text is "
    "still in the meeting: remove some of what was pasted and the meeting is saved again.",
}
_UNEXPECTED: dict[Lang, str] = {
    "da": "Der skete en uventet fejl i programmet.",
    "en": "An unexpected error occurred in the program.",
}


def os_error_sentence(exc: OSError, lang: Lang = "da") -> str:
    """What an ``OSError`` means for the user, without errno text or paths."""
    sentences = _OS_SENTENCES.get(exc.errno or 0)
    if sentences is not None:
        return sentences[lang]
    code = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return _OTHER_OS[lang].format(code=code)


_KEPT: dict[Lang, str] = {
    "da": "Dine ændringer er gemt i en gendannelsesfil et andet sted og bliver tilbudt, "
    "næste gang du starter dialogtool.",
    "en": "Your changes are kept in a recovery file elsewhere and will be offered the next "
    "time you start dialogtool.",
}


def failure_sentence(exc: BaseException, lang: Lang = "da") -> str:
    """A sentence for any failure of a write the user asked for."""
    sentence = _sentence(exc, lang)
    if was_kept(exc):
        sentence = f"{sentence} {_KEPT[lang]}"
    return sentence


def _sentence(exc: BaseException, lang: Lang) -> str:
    if isinstance(exc, OSError):
        return os_error_sentence(exc, lang)
    if isinstance(exc, ConflictError):
        return _CONFLICT[lang].format(copy=exc.copy.name)
    if isinstance(exc, UnsafeIdError):
        return _UNSAFE[lang]
    if isinstance(exc, RefusedOverwriteError):
        return _REFUSED[lang]
    if isinstance(exc, RecordTooLargeError):
        size, limit = -(-exc.size // 2**20), MAX_RECORD_BYTES // 2**20
        return _TOO_LARGE[lang].format(size=size, limit=limit)
    if isinstance(exc, LibraryError):
        return exc.message(lang)
    return _UNEXPECTED[lang]
