"""The translation pipeline: shipped .qm files, and Qt's own dialogs in Danish."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)

from dialogtool.ui.app import configure_application
from dialogtool.ui.main_window import MainWindow
from dialogtool.ui.preferences import LANGUAGE, preferences

ROOT = Path(__file__).resolve().parents[2]


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def button_texts(widget: QMessageBox | QDialogButtonBox | QFileDialog) -> set[str]:
    return {button.text() for button in widget.findChildren(QPushButton)}


def test_in_english_the_start_page_speaks_english(
    make_window: Callable[[], MainWindow],
) -> None:
    preferences().set(LANGUAGE, "en")
    page = make_window().start_page
    assert page.new_button.text() == "Create meeting"
    assert page.import_button.text() == "Import data …"
    assert page.open_button.text() == "Open"
    assert page.rehearse_button.text() == "Rehearsal"


def test_in_danish_qts_own_dialogs_speak_danish(qapp: QApplication) -> None:
    configure_application(qapp)
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Gem?",
        "Gem ændringerne?",
        buttons.Save | buttons.Discard | buttons.Cancel | buttons.Yes | buttons.No,
    )
    assert button_texts(box) == {"Gem", "Forkast", "Annuller", "&Ja", "&Nej"}
    row = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert button_texts(row) == {"OK", "Annuller"}
    dialog = QFileDialog(None, "Gem resumé")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert {"&Gem", "Annuller"} <= button_texts(dialog)


def test_in_english_qt_keeps_its_english_and_danish_is_not_left_behind(
    qapp: QApplication,
) -> None:
    configure_application(qapp)  # Danish first, as after a start in Danish
    preferences().set(LANGUAGE, "en")
    configure_application(qapp)
    row = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert button_texts(row) == {"Cancel"}


def test_the_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    script = build_script()
    sources = sorted(script.TRANSLATIONS.glob("*.ts"))
    assert [ts.stem for ts in sources] == [f"dialogtool_{lang}" for lang in script.LANGUAGES]
    assert sorted(script.TRANSLATIONS.glob("*.qm")) == [ts.with_suffix(".qm") for ts in sources]
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        script.compile_ts(ts, fresh)
        shipped = ts.with_suffix(".qm").read_bytes()
        assert shipped == fresh.read_bytes(), f"run scripts/build_translations.py for {ts.name}"
