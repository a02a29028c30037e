"""No import circle in planner/ or ui/: neither between modules nor between packages.

Every import counts, also those inside functions and under ``TYPE_CHECKING``: a circle
there is still two modules that cannot be read (or moved) one without the other. The
layers themselves are import-linter's contracts in pyproject.toml.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("planner", "ui")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, Path]:
    return {
        module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def imported(node: ast.AST, here: str, known: Iterable[str]) -> set[str]:
    """The known modules an import statement names (``from a import b`` may name ``a.b``)."""
    names: set[str] = set()
    modules = set(known)
    if isinstance(node, ast.Import):
        names = {alias.name for alias in node.names}
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parent = here.split(".")[: -node.level]
            base = ".".join([*parent, base] if base else parent)
        names = {base} | {f"{base}.{alias.name}" for alias in node.names}
    found = set()
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    files = sources()
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[name] |= imported(node, name, files) - {name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def package_of(module: str) -> str:
    """``planner.plan.model`` -> ``planner.plan``; top-level modules are their own package."""
    parts = module.split(".")
    return ".".join(parts[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {}
    for source, targets in graph.items():
        a = package_of(source)
        packages.setdefault(a, set())
        for target in targets:
            b = package_of(target)
            # The root package (``planner.__version__``) is everybody's parent, not a peer.
            if a != b and a not in PACKAGES and b not in PACKAGES:
                packages[a].add(b)
    return packages


def test_no_circle_between_modules() -> None:
    assert circles(import_graph()) == []


def test_no_circle_between_packages() -> None:
    assert circles(package_graph(import_graph())) == []


def test_the_checker_finds_circles() -> None:
    graph = {"r.a.x": {"r.b.y"}, "r.b.y": {"r.a.z"}, "r.a.z": set()}
    assert circles(graph) == []
    assert circles(package_graph(graph)) == [["r.a", "r.b"]]
    assert circles({"p": {"q"}, "q": {"r"}, "r": {"p"}, "s": {"p"}}) == [["p", "q", "r"]]
