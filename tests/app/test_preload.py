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
