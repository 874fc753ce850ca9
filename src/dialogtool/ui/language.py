"""The UI's language: the preference, and the translators that follow it at start-up."""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from dialogtool.core.lang import Lang
from dialogtool.core.resources import resource_dir
from dialogtool.ui.file_dialogs import QtGapsTranslator
from dialogtool.ui.preferences import LANGUAGE, preferences

_installed: list[QTranslator] = []


def ui_lang() -> Lang:
    """Danish unless the user chose English in the preferences."""
    return preferences().get(LANGUAGE)


def install_translators(app: QCoreApplication, lang: Lang) -> None:
    """Translate Qt's own texts and ours into ``lang``, replacing earlier translators.

    Our texts are written in Danish, so Danish needs only Qt's catalogue (dialog
    buttons, the file dialog); English needs only ours (Qt's texts are English).
    """
    remove_translators(app)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if lang == "da":
        _installed.append(QtGapsTranslator())  # "Look in:", "Files of type:"
    ours = QTranslator()
    shipped = resource_dir("translations").joinpath(f"dialogtool_{lang}.qm")
    if shipped.is_file():
        with as_file(shipped) as path:  # a real file even when the package is zipped
            if ours.load(str(path)):
                _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
