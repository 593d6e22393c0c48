"""The layering holds: a module imports only from its own layer or those
below (model < loaders < stores and cypher < analyses < api, commands and
outputs < explorer), and no module passes 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graphmodel", "loaders", "cypher", "analyses", "plangraph", "explorer")
# Lowest first; a module's layer is the first prefix it starts with.
LAYERS = [("graphmodel",), ("loaders",), ("plangraph.stores", "cypher"), ("analyses",), ("plangraph",),
          ("explorer",)]
MAX_LINES = 600


def layer(module: str) -> int | None:
    for n, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return n
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of ours in a file, relative ones resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
    return [(line, m) for line, m in found if m.split(".")[0] in PACKAGES]


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_imports_nothing_from_a_layer_above_it(path):
    own = layer(module_name(path))
    above = [f"line {line}: {m}" for line, m in imported(path) if (layer(m) or 0) > own]
    assert above == [], f"{module_name(path)} (layer {own}) imports from above: {above}"


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_passes_600_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_the_layers_are_checked_at_all():
    assert layer("explorer.answers") > layer("plangraph.api") > layer("analyses.chains") > \
        layer("plangraph.stores.neo4j") > layer("loaders.load") > layer("graphmodel.model")
    assert "explorer.state" in {m for _, m in imported(ROOT / "explorer" / "answers.py")}  # from .state import
    assert any(m == "plangraph.stores.answers" for _, m in imported(ROOT / "analyses" / "common.py"))
