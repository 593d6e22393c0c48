"""Tests for loaders.text.references.predecessors: a project tool's Predecessors column."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.text.references.predecessors import LINK_TYPES, read_predecessors


@pytest.mark.parametrize("cell, entries", [
    ("16", [("16", "FS", None, "16")]),
    ("14FS+5 days", [("14", "FS", "+5 days", "14FS+5 days")]),
    ("14SS", [("14", "SS", None, "14SS")]),
    ("40FF", [("40", "FF", None, "40FF")]),
    ("7SF", [("7", "SF", None, "7SF")]),
    ("15;17", [("15", "FS", None, "15"), ("17", "FS", None, "17")]),
    ("47;40SS;51", [("47", "FS", None, "47"), ("40", "SS", None, "40SS"), ("51", "FS", None, "51")]),
    ("25FS+2 wks", [("25", "FS", "+2 wks", "25FS+2 wks")]),
    ("3ss-1d, 4", [("3", "SS", "-1d", "3ss-1d"), ("4", "FS", None, "4")]),
    ("9FS+50%", [("9", "FS", "+50%", "9FS+50%")]),
    (" 12 ; ", [("12", "FS", None, "12")]),
    (16.0, [("16", "FS", None, "16")]),
])
def test_reads_ids_types_and_lags(cell, entries):
    assert [(p.row_id, p.link_type, p.lag, p.entry) for p in read_predecessors(cell)] == entries


def test_an_entry_that_is_not_an_id_is_kept_for_the_report():
    [bad, good] = read_predecessors("see plan; 12")
    assert (bad.row_id, bad.entry, bad.start) == (None, "see plan", 0)
    assert (good.row_id, good.start) == ("12", 10)


@pytest.mark.parametrize("value", [None, "", " ; ", True, 2.5, float("nan"), ["12"]])
def test_nothing_to_read(value):
    assert [p for p in read_predecessors(value) if p.row_id] == []


@given(st.text(max_size=40) | st.from_regex(r"(\d{1,3}(FS|SS|FF|SF)?([+-]\d+ ?(days|d|wks))?;?){1,4}", fullmatch=True))
def test_never_fails_and_entries_are_in_place(text):
    for p in read_predecessors(text):
        assert text[p.start : p.start + len(p.entry)] == p.entry
        assert p.row_id is None or (p.row_id.isdigit() and p.link_type in LINK_TYPES)
