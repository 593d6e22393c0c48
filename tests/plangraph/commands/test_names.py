"""Each command is one call of the library function of its name, and the
README's command table says which, with the store questions it asks."""

from __future__ import annotations

import inspect
from importlib import import_module
from pathlib import Path

import pytest

import cypher
from plangraph import api
from plangraph.commands import NAMES

README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_a_command_calls_the_library_function_of_its_name(name):
    source = inspect.getsource(import_module(f"plangraph.commands.{name}"))
    assert callable(getattr(api, name)) and f"api.{name}(" in source


@pytest.mark.parametrize("name", NAMES)
def test_the_readme_names_its_function_and_its_questions(name):
    row = next(line for line in README.splitlines() if line.startswith(f"| `plangraph {name}"))
    assert f"`api.{name}`" in row
    named = [w.strip("` ") for w in row.split("|")[3].split(",")]
    files = {p.stem for p in Path(cypher.__file__).parent.glob("*.cypher")}
    asked = [q for q in named if q.startswith(("get_", "find_", "delete_", "load_", "count_"))]
    assert all(q in files or (q.endswith("*") and any(f.startswith(q[:-1]) for f in files)) for q in asked), named
