"""Every package the code imports is declared in pyproject.toml, so a fresh
install has it (one imported but undeclared works only where it happens to
be installed already)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = ("graphmodel", "loaders", "analyses", "plangraph", "explorer", "cypher")
# Import names that differ from the names the packages are installed by.
INSTALLED_AS = {"dateutil": "python-dateutil"}


def imported() -> set[str]:
    found = set()
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in OURS}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[ ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}


def test_every_package_imported_is_declared():
    missing = sorted(INSTALLED_AS.get(m, m) for m in imported() if INSTALLED_AS.get(m, m).lower() not in declared())
    assert missing == []


def test_the_check_sees_the_imports():
    assert {"openpyxl", "streamlit", "dateutil", "markupsafe"} <= imported()
