"""cypher/: every file loads, says what it answers, and is used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cypher
from plangraph.stores.answers import QUESTIONS, GraphAnswers

ROOT = Path(__file__).resolve().parents[1]
CODE = "\n".join(p.read_text() for p in (ROOT / "plangraph").rglob("*.py"))


@pytest.mark.parametrize("name", cypher.names())
def test_each_query_has_a_header_naming_its_parameters(name):
    q = cypher.query(name)
    assert q.text.startswith("//") and q.description
    header = "\n".join(line for line in q.text.splitlines() if line.startswith("//"))
    assert re.search(r"(?i)parameters:", header)
    for param in q.parameters:
        assert f"${param}" in header, f"{name}: ${param} is not described in its header"


@pytest.mark.parametrize("name", cypher.names())
def test_no_query_is_orphaned(name):
    if cypher.query(name).mode == "read":
        assert name in QUESTIONS or f'"{name}"' in CODE
    else:
        assert name == "schema" or f'"{name}"' in CODE or name.startswith("load_")


def test_every_embedded_query_has_its_cypher():
    assert set(QUESTIONS) == set(cypher.READ_QUERIES) <= set(cypher.names())
    assert all(callable(getattr(GraphAnswers, name)) for name in QUESTIONS)


def test_load_files_cover_every_label_and_relationship_type():
    from graphmodel import Label, Rel
    from plangraph.stores.neo4j import _NODE_FILES

    names = set(cypher.names())
    assert set(_NODE_FILES) == set(Label) and set(_NODE_FILES.values()) <= names
    assert {f"load_{r.value.lower()}" for r in Rel} <= names
