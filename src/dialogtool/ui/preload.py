"""Load what the first meeting needs while the start screen waits for the user.

The start screen paints without numpy, pyqtgraph, pydantic (the record's and
the library's models) and the meeting's pages (over half a second of imports); the first *Opret møde* or *Åbn* would pay for them.
Once the start screen has been idle for a moment, a background thread imports
them, so the click finds them loaded. Imports hold the interpreter lock only in
short runs, so the start screen keeps answering meanwhile; a click that comes
before the thread is done simply waits for the rest (Python's import lock).
Nothing is built here: widgets are made on the UI thread when they are needed.

The longest stalls while loading were not the imports but the garbage collector:
the imports allocate enough to trigger full collections, and a full collection
walks every object of the app while holding the lock (40-70 ms). So the collector
rests while loading, and what was loaded is then frozen (``gc.freeze``): modules,
classes and functions live as long as the app, and later collections - in a
meeting, too - no longer walk them.

What is left are single calls into C that hold the lock for their whole length:
numpy's extension set-up (``numpy._core._multiarray_umath``, 10-20 ms) and
PySide6 making a class on first use (pyqtgraph copies every Qt class into its
own modules; the largest take 5-25 ms each on a busy machine). They cannot be
split from here; while loading, the interpreter hands the lock over after 1 ms
instead of 5 ms, so the UI thread waits for the current call only.
"""

from __future__ import annotations

import gc
import importlib
import sys
import threading

from PySide6.QtCore import QTimer

from dialogtool.core.logs import log_exception

#: How long the start screen is left alone before loading starts.
IDLE_MS = 300
#: How soon a thread waiting for the interpreter lock gets it while loading (Python's
#: default is 5 ms): the UI thread waits at most this long after each step of the
#: imports, instead of 5 ms on top of every long step (issue 18: median stall ~30 ms
#: with the default, ~15-20 ms with 1 ms, in alternating runs on a busy machine).
SWITCH_INTERVAL_S = 0.001

#: pydantic and the record's and library's models: the start screen paints without them.
MODEL_MODULES = ("pydantic", "dialogtool.core.record", "dialogtool.core.library")
#: Held while a thread imports ``MODEL_MODULES`` (``load_models``).
MODELS_LOCK = threading.RLock()

#: What a meeting's window imports when it is first opened, heaviest first (after the
#: models); then the pages of ``ui.phase_pages``. Nothing of it is imported by this
#: module itself: the start screen imports this module before its first paint.
MODULES = (
    "numpy",
    "pyqtgraph",
    "dialogtool.ui.chart",
    "dialogtool.ui.meeting_view",
    "dialogtool.ui.importing.controller",  # the data page asks it for the meeting's numbers
    "dialogtool.ui.phase_pages",
)


def load_models() -> None:
    """Import pydantic and the models on this thread, or wait while another thread does.

    pydantic's modules must never be imported by two threads at once: its modules
    import each other lazily, and PySide6 looks at every newly imported module
    (``hasattr(module, "__wrapped__")``), which then imported a half-made pydantic
    module and raised ``ImportError`` (seen once in 20 runs of a click during
    preloading). The preloader, the kept dataset's reader and every action of the
    start screen call this before anything that needs the models; once they are
    loaded it costs nothing.
    """
    with MODELS_LOCK:
        for name in MODEL_MODULES:
            importlib.import_module(name)


def page_modules() -> tuple[str, ...]:
    """The modules of a meeting's pages (imports ``ui.phase_pages``, a meeting's session)."""
    from dialogtool.ui.phase_pages import PAGES

    return tuple(f"dialogtool.ui.pages.{page.module}" for page in PAGES.values())


def preload(modules: tuple[str, ...] | None = None) -> None:
    """Import ``modules`` (on the calling thread); a failure is logged, never raised.

    By default ``load_models()`` and ``MODULES``; then the library's bundled questions and templates are
    read and validated (plain Python: cached for the first *Opret møde*), the
    calendar data for dates and times in both languages is read (babel reads it
    from disk the first time a meeting's time is shown), and the pages are imported. The garbage
    collector rests meanwhile, and the UI thread gets the interpreter lock back
    sooner (``SWITCH_INTERVAL_S``); what is loaded is frozen after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    switch = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    try:
        if modules is None:  # what the first Opret møde needs first: a click waits for it
            if _load_models() and _load(MODULES):
                _warm_library()
                _warm_dates()
                _load(page_modules())  # the preparation first, the summary (lxml) last
        elif _load(modules):
            _warm_dates()
    finally:
        sys.setswitchinterval(switch)
        gc.freeze()  # everything loaded so far lives as long as the app
        if was_enabled:
            gc.enable()


def _load(modules: tuple[str, ...]) -> bool:
    """Import each of ``modules``; False (logged) at the first that fails."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # the click that needs it will raise it again, and tell
            log_exception(f"Preloading {name} failed", exc)
            return False
    return True


def _load_models() -> bool:
    try:
        load_models()
    except Exception as exc:  # the click that needs them will raise it again, and tell
        log_exception("Preloading the models failed", exc)
        return False
    return True


def _warm_library() -> None:
    """The bundled questions and templates, validated once (cached; no Qt object is made)."""
    from dialogtool.core.questions import bundled_bank
    from dialogtool.core.templates import bundled_templates

    try:
        bundled_templates()
        bundled_bank()
    except Exception as exc:  # the library raises it again when it is made, and tells
        log_exception("Preloading the library failed", exc)


def _warm_dates() -> None:
    """Babel's calendar data for both languages, read once (cached)."""
    from dialogtool.core.formatting import moment
    from dialogtool.core.record import utc_now

    for lang in ("da", "en"):
        moment(utc_now(), lang)


def preload_when_idle(delay_ms: int = IDLE_MS) -> threading.Thread:
    """Start loading in the background ``delay_ms`` after now (the start screen shown)."""
    thread = threading.Thread(target=preload, name="preload", daemon=True)
    QTimer.singleShot(delay_ms, thread.start)
    return thread
