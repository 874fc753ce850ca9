"""Preloading while the start screen waits: modules loaded, the collector back at work."""

from __future__ import annotations

import gc
import sys

from dialogtool.ui.preload import preload


def test_preloading_loads_the_modules_and_leaves_the_collector_running() -> None:
    frozen = gc.get_freeze_count()
    switch = sys.getswitchinterval()
    try:
        preload(("json", "dialogtool.core.periods"))
        assert "dialogtool.core.periods" in sys.modules
        assert gc.isenabled(), "the collector rests only while loading"
        assert sys.getswitchinterval() == switch, "the interpreter's hand-over is as before"
        assert gc.get_freeze_count() > frozen, "what was loaded is no longer walked"
    finally:
        gc.unfreeze()


def test_a_module_that_fails_to_load_is_logged_not_raised() -> None:
    try:
        preload(("dialogtool.no_such_module",))
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_the_models_are_loaded_by_one_thread_at_a_time() -> None:
    """While one thread imports pydantic and the models, another waits (``load_models``)."""
    import threading

    from dialogtool.ui.preload import MODELS_LOCK, load_models

    done = threading.Event()
    with MODELS_LOCK:  # as the preloader holds it while importing
        waiter = threading.Thread(target=lambda: (load_models(), done.set()))
        waiter.start()
        assert not done.wait(0.2), "the second thread went ahead"
    assert done.wait(30), "it goes on once the first is done"
    waiter.join()
    assert "dialogtool.core.library" in sys.modules
