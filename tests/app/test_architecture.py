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


# -- edits go through the session -----------------------------------------------------------
UI = Path(dialogtool.__file__).parent / "ui"
#: Modules that still reach a store themselves (meetings, landscapes); the application
#: layer (``dialogtool.app``) takes these over. The list may only shrink.
STORE_USERS_WAITING_FOR_APP = {
    "unsaved.py",  # recover unsaved work
    "pages/rounds.py",  # earlier meetings' check-ins (the history index can say)
    "landscape/editor.py",  # the landscapes
    "importing/controller.py",  # the import (its helper moves it to app/import_plan.py)
}
#: The session is the seam itself: it saves, and adopts the saved revision.
SEAM = {"session.py"}
#: Renders a throwaway example meeting in a private folder, never the user's.
THROWAWAY = {"presenter/screenshots.py"}

#: Store methods (``RecordStore``) a screen must not call itself.
STORE_METHODS = {"save", "load", "scan", "delete", "move_to_bin", "restore", "path_for", "list"}


def _record_fields() -> set[str]:
    """Field names only the meeting record's models have (not the landscape's, the library's)."""
    import importlib

    from pydantic import BaseModel

    from dialogtool.core import record

    def fields(module: object) -> set[str]:
        return {
            name
            for m in vars(module).values()
            if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == module.__name__  # type: ignore[attr-defined]
            for name in m.model_fields
        }

    others: set[str] = set()
    for info in pkgutil.walk_packages(dialogtool.core.__path__, "dialogtool.core."):
        if info.name != record.__name__ and not info.ispkg:
            others |= fields(importlib.import_module(info.name))
    return fields(record) - others


def _ui_sources() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(UI)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def _edits_a_record(node: ast.AST, fields: set[str]) -> bool:
    """``record.x = …``, ``item.due = …`` (a record model's field on anything but self),
    ``setattr(record…)``, ``record.items.append(…)``."""
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AugAssign | ast.AnnAssign):
        targets = [node.target]
    elif isinstance(node, ast.Delete):
        targets = node.targets
    for target in targets:
        if isinstance(target, ast.Attribute | ast.Subscript):
            if "record" in ast.unparse(target.value):  # record.x = …, record.notes[k] = …
                return True
            base = target.value
            if (
                isinstance(target, ast.Attribute)
                and target.attr in fields
                and isinstance(base, ast.Name)
                and base.id != "self"
            ):
                return True  # card.locus = …, item.due = …
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "setattr"
        and node.args
        and "record" in ast.unparse(node.args[0])
    ):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        mutators = {"append", "remove", "insert", "extend", "pop", "clear", "__setitem__"}
        if node.func.attr in mutators and "record." in ast.unparse(node.func.value):
            return True
    return False


def test_no_screen_edits_a_meeting_record_itself() -> None:
    fields = _record_fields()
    assert {"locus", "due", "team_noticed", "follow_up"} <= fields
    allowed = SEAM | THROWAWAY
    found = [
        f"{name}:{node.lineno}: {ast.unparse(node)[:80]}"
        for name, tree in _ui_sources()
        if name not in allowed
        for node in ast.walk(tree)
        if _edits_a_record(node, fields)
    ]
    assert found == [], "edit through session.apply(an operation):\n" + "\n".join(found)


def test_no_screen_calls_the_store_except_those_the_app_layer_takes_over() -> None:
    found = set()
    for name, tree in _ui_sources():
        if name in SEAM | THROWAWAY:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in STORE_METHODS
                and "store" in ast.unparse(node.func.value)
            ):
                found.add(name)
    assert found <= STORE_USERS_WAITING_FOR_APP, found - STORE_USERS_WAITING_FOR_APP


def test_touched_and_the_guards_against_re_entry_are_gone() -> None:
    names = {"touched", "phases_edited", "_refreshing", "_loading"}
    found = [
        f"{name}:{node.lineno}"
        for name, tree in _ui_sources()
        for node in ast.walk(tree)
        if (isinstance(node, ast.Attribute) and node.attr in names)
        or (isinstance(node, ast.FunctionDef) and node.name in names)
    ]
    assert found == []


def test_the_application_layer_is_qt_free() -> None:
    import dialogtool.app

    modules = [m.name for m in pkgutil.walk_packages(dialogtool.app.__path__, "dialogtool.app.")]
    code = (
        "import importlib, sys\n"
        f"for name in {['dialogtool.app', *modules]!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == ""
