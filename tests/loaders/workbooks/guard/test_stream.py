"""Unpacking a part chunk by chunk within the budget."""

from __future__ import annotations

import io
import zipfile

import pytest

from loaders.workbooks.guard import Budget, Limits, WorkbookError
from loaders.workbooks.guard.stream import feed, xml_parser


def _archive(**parts) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return zipfile.ZipFile(buffer)


def _feed(text: str, limits: Limits = Limits()) -> Budget:
    archive = _archive(part=text)
    budget = Budget("plan.xlsx", limits)
    feed(archive, archive.getinfo("part"), xml_parser(), budget, "the part", limits.max_part_bytes)
    return budget


def test_a_sound_part_is_counted():
    assert _feed("<a><b/></a>").unpacked == 11


@pytest.mark.parametrize("text, words", [
    ("<a><b></a>", "damaged: the part is not valid XML (line 1, column 8: mismatched tag)"),
    ("<a>\x01</a>", "not valid XML (line 1, column 3: not well-formed (invalid token))"),
    ('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "declares XML entities"),
    ('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', "declares XML entities"),
    ("", "not valid XML (line 1, column 0: no element found)"),
])
def test_bad_xml_is_damage_in_words(text, words):
    with pytest.raises(WorkbookError, match=words.replace("(", r"\(").replace(")", r"\)")):
        _feed(text)


def test_a_part_past_its_size_or_ratio_stops():
    with pytest.raises(WorkbookError, match="the part unpacks to more than 1 KB"):
        _feed("<a>" + "x" * 5000 + "</a>", Limits(max_part_bytes=1024))
    with pytest.raises(WorkbookError, match='packed more than 100 times over \\(a "zip bomb"'):
        _feed("<a>" + " " * 3_000_000 + "</a>")
    with pytest.raises(WorkbookError, match="the workbook unpacks to more than 100 bytes"):
        _feed("<a>" + "x" * 500 + "</a>", Limits(max_unpacked_bytes=100))
