"""The layering holds: a Qt-free core and command line, no import circles, a presenter apart."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import dialogtool
import dialogtool.core


def test_core_and_cli_import_without_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(dialogtool.core.__path__, "dialogtool.core.")]
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {[*modules, 'dialogtool.cli', 'dialogtool.commands']!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "", f"Qt was imported: {result.stdout}"


def _import_graph() -> dict[str, set[str]]:
    """Which of dialogtool's modules each module imports (at any depth of its code)."""
    root = Path(dialogtool.__file__).parent
    modules: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        name = ".".join(("dialogtool", *path.relative_to(root).with_suffix("").parts))
        modules[name.removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            graph[name] |= {
                t for t in targets if t in modules and t != name and not name.startswith(t + ".")
            }
    return graph


def test_no_module_imports_itself_through_others() -> None:
    graph = _import_graph()
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []


def test_the_presenter_knows_no_page_and_no_meeting_view() -> None:
    graph = _import_graph()
    presenter = [m for m in graph if m.startswith("dialogtool.ui.presenter.")]
    assert presenter
    for module in presenter:
        if module.endswith(".screenshots"):  # renders whole windows on purpose
            continue
        wrong = {
            t for t in graph[module] if t.startswith("dialogtool.ui.pages") or "meeting_view" in t
        }
        assert wrong == set(), module
