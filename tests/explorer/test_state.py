"""explorer.state: the store read, its version, and the partnership looked at."""

from __future__ import annotations

from explorer import loading, state
from plangraph.config import open_store


def test_an_empty_store_has_no_version_and_no_partnership():
    assert state.token().version == "empty" and state.token().partnership is None
    assert state.partnerships() == []


def test_a_load_anywhere_changes_the_version(home, essex_graph):
    before = state.token()
    assert before.partnership == "Essex" and before.version != "empty"
    open_store().save(essex_graph, partnership="Essex")  # as `plangraph load` in a terminal would
    after = state.token()
    assert after.version != before.version and after.partnership == "Essex"


def test_the_partnership_looked_at_is_the_one_chosen_or_the_first(home, hostile_workbook):
    assert loading.load_paths([hostile_workbook], partnership="Westmere").saved
    assert state.partnerships() == ["Essex", "Westmere"]
    # outside a page there is no choice kept: the first partnership
    assert state.token().partnership == "Essex"
