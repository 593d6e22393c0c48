"""Tests for loaders.text.colours: a fill colour read as a RAG status."""

from __future__ import annotations

import colorsys
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import colours
from loaders.text.colours import rag_from_fill


@pytest.mark.parametrize("rgb, rag", [
    # Greens: Excel's Green and Light Green, conditional formatting's "good", theme greens.
    ("00B050", "green"), ("92D050", "green"), ("C6EFCE", "green"), ("70AD47", "green"), ("A9D08E", "green"),
    ("00FF00", "green"), ("008000", "green"), ("800000", "red"),
    # Ambers, yellows, oranges.
    ("FFC000", "amber"), ("FFFF00", "amber"), ("FFEB9C", "amber"), ("FF9900", "amber"), ("ED7D31", "amber"),
    ("F4B084", "amber"), ("FFD966", "amber"),
    # Reds, conditional formatting's light red included.
    ("FF0000", "red"), ("C00000", "red"), ("FFC7CE", "red"), ("E06666", "red"),
    # Blues: complete.
    ("0070C0", "blue"), ("00B0F0", "blue"), ("9BC2E6", "blue"), ("5B9BD5", "blue"),
    # White, greys, black, very dark and pale fills, and hues with no RAG meaning.
    ("FFFFFF", None), ("F2F2F2", None), ("D9D9D9", None), ("808080", None), ("000000", None),
    ("1F4E78", None), ("002060", None), ("375623", None), ("E2EFDA", None), ("DDEBF7", None),
    ("7030A0", None), ("FF66FF", None), ("00FFFF", None),
    # Spellings of one colour.
    ("FF00B050", "green"), ("#00b050", "green"), (" 00B050 ", "green"),
    # Not colours.
    ("", None), ("green", None), ("00B05", None), ("GGGGGG", None), (None, None), (0x00B050, None),
])
def test_reads_fills_by_hue(rgb, rag):
    assert rag_from_fill(rgb) == rag


@settings(max_examples=300)
@given(rgb=st.text(max_size=10) | st.integers(0, 0xFFFFFF).map(lambda n: f"{n:06X}") | st.none())
def test_never_fails(rgb):
    assert rag_from_fill(rgb) in ("red", "amber", "green", "blue", None)


@settings(max_examples=300)
@given(hue=st.floats(0, 1, exclude_max=True), saturation=st.floats(0, 1), value=st.floats(0, 1))
def test_greys_and_dark_fills_are_no_status(hue, saturation, value):
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
    rgb = "".join(f"{round(c * 255):02X}" for c in (red, green, blue))
    if saturation * value < 0.1 or value < 0.5:
        assert rag_from_fill(rgb) is None


def test_docstring_examples():
    result = doctest.testmod(colours)
    assert result.attempted > 0 and result.failed == 0
