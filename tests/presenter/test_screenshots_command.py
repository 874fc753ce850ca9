"""``dialogtool screenshots`` writes the audience and presenter views as PNG files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from dialogtool.cli import main


def test_screenshots_of_one_phase_have_the_promised_names_and_sizes(
    tmp_path: Path, qapp: QApplication, data_dir: Path
) -> None:
    outdir = tmp_path / "shots"
    assert main(["screenshots", str(outdir), "--phase", "checkin"]) == 0
    sizes = {path.name: QImage(str(path)).size().toTuple() for path in outdir.iterdir()}
    assert sizes == {
        "audience-checkin-1024x768.png": (1024, 768),
        "audience-checkin-1920x1080.png": (1920, 1080),
        "presenter-checkin-1024x768.png": (1024, 768),
        "presenter-checkin-1280x800.png": (1280, 800),
    }
    assert not (data_dir / "meetings").exists()  # the example meeting lived elsewhere


def test_screenshots_of_a_one_to_one_are_named_so_and_sized_exactly(
    tmp_path: Path, qapp: QApplication, data_dir: Path
) -> None:
    outdir = tmp_path / "shots"
    assert main(["screenshots", str(outdir), "--phase", "data", "--one-to-one"]) == 0
    sizes = {path.name: QImage(str(path)).size().toTuple() for path in outdir.iterdir()}
    assert sizes == {
        "1to1-audience-data-1024x768.png": (1024, 768),
        "1to1-audience-data-1920x1080.png": (1920, 1080),
        "1to1-presenter-data-1024x768.png": (1024, 768),
        "1to1-presenter-data-1280x800.png": (1280, 800),
    }
