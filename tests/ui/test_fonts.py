"""Guard: without a real font, Qt draws every letter as a box and says nothing."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from dialogtool.ui.app import configure_application


def test_default_font_is_a_real_family_with_danish_letters(qapp: QApplication) -> None:
    configure_application(qapp)
    families = QFontDatabase.families()
    assert families, "no fonts installed (install fonts-dejavu-core)"
    info = QFontInfo(qapp.font())
    assert info.family() in families, f"{info.family()!r} is only a fallback alias"
    metrics = QFontMetrics(qapp.font())
    for letter in "æøåÆØÅ":
        assert metrics.inFontUcs4(ord(letter)), f"the default font cannot draw {letter}"
