"""The layering rules of the architecture, checked on every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reader"
RULES = {
    # top-level module → the only subpackage allowed to import it
    "PySide6": "reader/ui/",
    "shiboken6": "reader/ui/",
    "whoosh": "reader/search/",
    "sqlite3": "reader/store/",
}
ENGINES = ("store", "search", "ingest", "entities", "translate")
# the commands that open the window and render PDF with Qt's layout
UI_USERS = ("reader/cli/window.py", "reader/cli/export.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
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
