"""The shape of the code, counted so that a refactoring can say what it changed.

``python -m benchmarks.shape [ROOT]`` reads every module of ``ROOT/reader`` (AST only,
nothing imported) and prints:

- the public members of the services (each class under ``reader/services``: methods and
  properties not starting with ``_``, inherited ones counted once per class that offers
  them, and the largest class);
- import circles: groups of modules that import each other, directly or through others,
  counting every import (module level, inside functions, under ``TYPE_CHECKING``);
- modules over 450 lines, and functions over 80 lines.

Counts, not timings: they do not depend on the machine or its load.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MODULE_LINES = 450
FUNCTION_LINES = 80


@dataclass
class Shape:
    service_members: dict[str, int] = field(default_factory=dict)
    delegations: dict[str, int] = field(default_factory=dict)
    circles: list[list[str]] = field(default_factory=list)
    long_modules: dict[str, int] = field(default_factory=dict)
    long_functions: dict[str, int] = field(default_factory=dict)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(root: Path) -> Iterator[tuple[str, Path, ast.Module]]:
    for path in sorted((root / "reader").rglob("*.py")):
        yield module_name(root, path), path, ast.parse(path.read_text(encoding="utf-8"))


def imports(name: str, path: Path, tree: ast.Module, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``tree`` imports, wherever the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _is_package_edge(a: str, b: str) -> bool:
    """A package's ``__init__`` re-exporting its own modules, and those modules reaching
    the package for a name: Python's usual form, not a circle between two pieces."""
    return b.startswith(a + ".") or a.startswith(b + ".")


def _is_delegation(node: ast.Assign) -> bool:
    """``name = _Via("service", Service.method)``: a line of the library's table of where
    each member lives, not a member of its own."""
    call = node.value
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "_Via"


def delegations(cls: ast.ClassDef) -> int:
    return sum(1 for node in cls.body if isinstance(node, ast.Assign) and _is_delegation(node))


def public_members(cls: ast.ClassDef) -> set[str]:
    names = set()
    for node in cls.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith(
            "_"
        ):
            names.add(node.name)
        elif isinstance(node, ast.Assign) and not _is_delegation(node):
            names.update(
                t.id for t in node.targets if isinstance(t, ast.Name) and not t.id.startswith("_")
            )
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and not node.target.id.startswith("_")
            and node.value is not None
        ):
            names.add(node.target.id)
    return names


def measure(root: Path) -> Shape:
    shape = Shape()
    parsed = list(modules(root))
    known = {name for name, _, _ in parsed}
    graph: dict[str, set[str]] = {}
    classes: dict[str, tuple[ast.ClassDef, list[str]]] = {}
    for name, path, tree in parsed:
        graph[name] = {t for t in imports(name, path, tree, known) if not _is_package_edge(name, t)}
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MODULE_LINES:
            shape.long_modules[name] = lines
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    shape.long_functions[f"{name}.{node.name}"] = length
        if name.startswith("reader.services"):
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
                    classes[f"{name}.{node.name}"] = (node, bases)
    by_short = {key.rpartition(".")[2]: key for key in classes}
    for key, (node, _bases) in classes.items():
        members = public_members(node)
        todo = list(_bases)
        while todo:  # mixins: what a class offers through its bases
            base = by_short.get(todo.pop())
            if base is not None:
                members |= public_members(classes[base][0])
                todo.extend(classes[base][1])
        if members and not key.rpartition(".")[2].startswith("_"):
            shape.service_members[key] = len(members)
        if count := delegations(node):
            shape.delegations[key] = count
    shape.circles = circles(graph)
    return shape


def report(shape: Shape) -> dict[str, object]:
    largest = max(shape.service_members.items(), key=lambda kv: kv[1], default=("", 0))
    return {
        "service classes": len(shape.service_members),
        "public members of the services (sum)": sum(shape.service_members.values()),
        "largest service": f"{largest[0]} ({largest[1]})",
        "members that only name a service's (a facade's table)": shape.delegations,
        "import circles": len(shape.circles),
        "modules over 450 lines": len(shape.long_modules),
        "functions over 80 lines": len(shape.long_functions),
        "circles": [" ⇄ ".join(c) for c in shape.circles],
        "long modules": shape.long_modules,
        "long functions": shape.long_functions,
        "members": dict(sorted(shape.service_members.items())),
    }


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    print(json.dumps(report(measure(root)), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
