"""Build dialogtool as a one-folder program that runs without Python: ``python scripts/build_app.py``.

Needs the build extra (``pip install ".[build]"``: PyInstaller) and the app's own dependencies,
on the operating system the program is for (PyInstaller does not cross-build). Writes
``dist/dialogtool/`` with ``dialogtool`` (the window) and ``dialogtool-cli`` (the commands),
plus ``.exe`` on Windows; on macOS also ``dist/dialogtool.app``. Took 1–2 minutes here on two shared cores.

Steps: the icon is rendered from ``packaging/dialogtool.svg`` (PNG, Windows ICO, macOS ICNS)
with Qt, then PyInstaller runs ``packaging/dialogtool.spec``, then the result is started once
with ``--exit-after-startup`` (on a platform without a display: offscreen) to prove it opens,
and with ``--frozen-self-check`` to prove that what is loaded late is inside.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "dialogtool.spec"
ICON_SVG = ROOT / "packaging" / "dialogtool.svg"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def project_version() -> str:
    """The version the pyproject reads (``[tool.hatch.version] path``)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version_file = ROOT / pyproject["tool"]["hatch"]["version"]["path"]
    for line in version_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit(f"no __version__ in {version_file}")


def render_icons(folder: Path) -> None:
    """PNG in every menu size, plus ICO (Windows) and ICNS (macOS), from the one SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICON_SVG))
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"dialogtool-{size}.png"))
        if size == 256:
            image.save(str(folder / "dialogtool.ico"))
            image.save(str(folder / "dialogtool.icns"))
            image.save(str(folder / "dialogtool.png"))


def smoke_test(program: Path) -> None:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with_data = ["--data-dir", str(WORK / "smoke-data"), "--exit-after-startup"]
    subprocess.run([str(program), *with_data], check=True, env=env, timeout=120)
    # What is imported or read only when a feature is used (packaging/selfcheck.py):
    # the room's server on 127.0.0.1, its page, the chime, Parquet, the importers.
    demo_csv = program.parent / "_internal" / "dialogtool" / "resources" / "datasets"
    check = [str(program), "--frozen-self-check", str(demo_csv / "demo-jobcenter.csv")]
    subprocess.run([*check, str(WORK / "smoke-data")], check=True, env=env, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove build/ and dist/ first")
    parser.add_argument("--no-smoke", action="store_true", help="do not start the result")
    args = parser.parse_args(argv)
    if args.clean:
        shutil.rmtree(WORK, ignore_errors=True)
        shutil.rmtree(DIST / "dialogtool", ignore_errors=True)
    icons = WORK / "icons"
    render_icons(icons)
    env = {**os.environ, "DIALOGTOOL_ICON_DIR": str(icons)}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK / 'pyinstaller'}",
        str(SPEC),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    folder = DIST / "dialogtool"
    shutil.copy2(icons / "dialogtool.png", folder / "dialogtool.png")
    if sys.platform.startswith("linux"):  # the menu entry; docs/installing.md says where it goes
        shutil.copy2(ROOT / "packaging" / "dialogtool.desktop", folder / "dialogtool.desktop")
    (folder / "VERSION").write_text(project_version() + "\n", encoding="utf-8")
    program = folder / ("dialogtool-cli.exe" if sys.platform == "win32" else "dialogtool-cli")
    if not args.no_smoke:
        smoke_test(program)
    print(f"dialogtool {project_version()} built in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
