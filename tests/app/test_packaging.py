"""The wheel carries the resources: installed outside the source tree, templates load."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_venv_and_loads_a_template_and_translation(
    tmp_path: Path,
) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = dist.glob("dialogtool-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Install only our wheel; borrow the dependencies from this environment (no network).
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", target, str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    Path(target, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    code = (
        "import dialogtool, pathlib\n"
        "from dialogtool.core.templates import bundled_templates\n"
        "from dialogtool.core.questions import bundled_bank\n"
        "from dialogtool.core.demo import load_demo_dataset\n"
        "print(pathlib.Path(dialogtool.__file__).parent)\n"
        "print(len(bundled_templates()), len(bundled_bank()), len(load_demo_dataset().indicators))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from dialogtool.ui.language import install_translators\n"
        "app = QCoreApplication([])\n"
        "install_translators(app, 'en')\n"
        "print(QCoreApplication.translate('StartPage', 'Opret møde'))\n"
    )
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        check=True,
    )
    location, counts, translated = result.stdout.strip().splitlines()
    assert Path(location).is_relative_to(Path(target))
    templates, questions, indicators = map(int, counts.split())
    assert templates >= 1 and questions >= 1 and indicators == 8
    assert translated == "Create meeting"  # the shipped .qm loads from the installed wheel
