"""The layering rules of the architecture, checked on every module's imports."""

from __future__ import annotations

import ast
import tomllib
from collections import deque
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reader"
RULES = {
    # top-level module → the only subpackage allowed to import it
    "PySide6": "reader/ui/",
    "shiboken6": "reader/ui/",
    "whoosh": "reader/search/",
    "sqlite3": "reader/store/",
    "datasketch": "reader/passages/",
}
ENGINES = ("store", "search", "ingest", "entities", "translate", "passages")
# the commands that open the window and render PDF with Qt's layout
UI_USERS = ("reader/cli/window.py", "reader/cli/export.py")


def _imports(path: Path, members: bool = False) -> set[str]:
    return _imported(ast.parse(path.read_text(encoding="utf-8")), members)


def _imported(tree: ast.AST, members: bool = False) -> set[str]:
    """The modules imported anywhere in ``tree``; with ``members``, ``from x import y``
    also gives ``x.y`` (which may be a module)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if members:
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_module_respects_layers(path: Path) -> None:
    rel = path.relative_to(PACKAGE.parent).as_posix()
    for name in _imports(path):
        top = name.split(".")[0]
        allowed = RULES.get(top)
        assert allowed is None or rel.startswith(allowed), f"{rel} imports {name}"
        # engines do not import each other; only the services layer combines them
        for engine in ENGINES:
            if name.startswith(f"reader.{engine}") and rel.startswith("reader/"):
                owner = rel.split("/")[1]
                assert owner in (engine, "services", "ui", "cli") or owner == f"{engine}.py", (
                    f"{rel} imports the {engine} engine"
                )
        if name.startswith("reader.ui"):
            assert rel.startswith("reader/ui/") or rel in UI_USERS, f"{rel} imports the UI"


def test_rules_catch_a_violation(tmp_path: Path) -> None:
    """The checker itself: a module importing PySide6 is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlite3\n", encoding="utf-8")
    assert {"PySide6.QtCore", "sqlite3"} <= _imports(bad)


# -- the export package, the layers under the services, the window, type-only imports ------

MODULE_NAMES = {
    ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): p
    for p in MODULES
}
# the layers the services combine: none of them may know the services (or what is above)
BELOW_SERVICES = (
    "core",
    "ingest",
    "store",
    "search",
    "entities",
    "translate",
    "export",
    "passages",
)
# the engines' own libraries: the window reaches them only through the services
ENGINE_LIBRARIES = (
    "whoosh",
    "sqlite3",
    "spacy",
    "Stemmer",
    "langdetect",
    "ahocorasick",
    "datasketch",
)
# the one engine type the window names directly (a dictionary entry it lays out)
UI_ENGINE_TYPES = {"reader/ui/translation/gloss.py": {"reader.translate.freedict"}}


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _type_checking_imports(path: Path) -> set[str]:
    """The modules imported under ``if TYPE_CHECKING:``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        test = getattr(node, "test", None)
        if isinstance(node, ast.If) and (
            (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
        ):
            for statement in node.body:
                names |= _imported(statement, members=True)
    return names


def _reader_modules(names: set[str]) -> set[str]:
    """``names`` as modules of the package (``from reader.x import y``: ``reader.x.y`` when
    that is a module, else ``reader.x``)."""
    found = set()
    for name in names:
        while name and name not in MODULE_NAMES:
            name = name.rpartition(".")[0]
        if name:
            found.add(name)
    return found


def test_the_export_package_is_headless() -> None:
    """Exporting runs without Qt: no module of reader/export imports PySide6 or the UI,
    and no exporter is registered from the UI (PDF is rendered through a hook the UI
    installs, see reader.export.pdf)."""
    for path in (PACKAGE / "export").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in ("PySide6", "shiboken6"), f"{_rel(path)} imports {name}"
            assert not name.startswith("reader.ui"), f"{_rel(path)} imports {name}"
    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    for name, target in pyproject["project"]["entry-points"]["reader.exporters"].items():
        assert not target.startswith("reader.ui"), f"the {name} exporter is {target}"


def test_nothing_below_the_services_imports_them() -> None:
    found = [
        f"{_rel(path)} imports {name}"
        for layer in BELOW_SERVICES
        for path in (PACKAGE / layer).rglob("*.py")
        for name in _imports(path)
        if name.startswith(("reader.services", "reader.ui", "reader.cli"))
    ]
    assert found == []


def test_the_window_reaches_the_engines_through_the_services() -> None:
    found = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in ENGINE_LIBRARIES or (
                name.startswith(tuple(f"reader.{engine}" for engine in ENGINES))
                and name not in UI_ENGINE_TYPES.get(_rel(path), ())
            ):
                found.append(f"{_rel(path)} imports {name}")
    assert found == []


def test_type_only_imports_close_no_circle() -> None:
    """An import under ``if TYPE_CHECKING:`` that the imported module's own imports lead
    back from is a circle hidden from the interpreter; there is none (the UI's circles
    through any import are :func:`test_the_window_imports_close_no_circle`'s)."""
    graph = {
        name: _reader_modules(_imports(path, members=True)) for name, path in MODULE_NAMES.items()
    }
    circles = []
    for name, path in MODULE_NAMES.items():
        for target in _reader_modules(_type_checking_imports(path)) - {name}:
            seen, todo = set(), [target]
            while todo:
                for step in graph[todo.pop()] - seen:
                    seen.add(step)
                    todo.append(step)
            if name in seen:
                circles.append(f"{name} → {target}")
    assert circles == []


def _circles(graph: dict[str, set[str]], within: str) -> set[tuple[str, ...]]:
    """The shortest import circle through each module under ``within`` (by any import:
    at the top, in a function or under ``if TYPE_CHECKING:``), each told once, from its
    first module in sorted order."""
    circles = set()
    for start in sorted(m for m in graph if m.startswith(within)):
        paths, todo, found = {start: (start,)}, deque([start]), None
        while todo and found is None:
            node = todo.popleft()
            for step in sorted(graph.get(node, set()) - {node}):
                if step == start:
                    found = paths[node]
                    break
                if step not in paths and step.startswith(within):
                    paths[step] = (*paths[node], step)
                    todo.append(step)
        if found is not None:
            first = found.index(min(found))
            circles.add(found[first:] + found[:first])
    return circles


def test_the_window_imports_close_no_circle() -> None:
    """Within the UI no module leads back to itself, not even through an import made
    only for the type checker: the window builds its controllers and hands them what
    they use (the context, widgets, callbacks), and a controller or helper that named
    the window (or the reader, for its overlay) would make the two one tangle."""
    graph = {
        name: _reader_modules(_imports(path, members=True)) for name, path in MODULE_NAMES.items()
    }
    assert sorted(" → ".join(circle) for circle in _circles(graph, "reader.ui")) == []


def test_the_circle_check_finds_a_circle(tmp_path: Path) -> None:
    """The checker itself: an import made only for the type checker counts, and a circle
    is told once, whichever of its modules it is found from."""
    hidden = tmp_path / "c.py"
    hidden.write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from reader.ui.w import W\n",
        encoding="utf-8",
    )
    graph = {
        "reader.ui.w": {"reader.ui.c"},
        "reader.ui.c": _imports(hidden) - {"typing"},
        "reader.ui.x": {"reader.ui.w"},
    }
    assert _circles(graph, "reader.ui") == {("reader.ui.c", "reader.ui.w")}
