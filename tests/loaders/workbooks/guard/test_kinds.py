"""Telling a file's kind by its content."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.workbooks.guard.kinds import OLE_MAGIC, content_kind, file_kind, ole_streams, refusal, sniff

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "hostile"))
import build as hostile  # noqa: E402


@pytest.mark.parametrize("head, kind", [
    (b"PK\x03\x04...", "zip"), (OLE_MAGIC + b"...", "ole"), (b"%PDF-1.4", "pdf"), (b"", "empty"),
    (b"\xef\xbb\xbfRef;Action\r\n1.1;Train", "text"), (b"\xff\xfeR\x00e\x00f\x00", "text"),
    (b"  <!DOCTYPE html><html>", "html"), (b"<table><tr><td>1</td></tr></table>", "html"),
    (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', "xml2003"),
    (bytes(range(256)), "binary"), (b"\x00\x00\x00\x00", "binary"),
])
def test_first_bytes_say_the_kind(head, kind):
    assert sniff(head) == kind


@given(st.binary(max_size=5000))
def test_no_bytes_break_the_sniffing(data):
    assert content_kind(data) in {"zip", "ole", "pdf", "html", "xml2003", "text", "empty", "binary",
                                  "encrypted", "xls", "word", "powerpoint"}
    assert isinstance(ole_streams(io.BytesIO(OLE_MAGIC + data)), set)


@pytest.mark.parametrize("streams, kind", [
    (["EncryptionInfo", "EncryptedPackage"], "encrypted"), (["Workbook"], "xls"), (["Book"], "xls"),
    (["WordDocument", "1Table"], "word"), (["PowerPoint Document"], "powerpoint"), (["Something"], "ole"),
])
def test_an_ole_file_is_told_by_its_streams(tmp_path, streams, kind):
    path = hostile.ole_file(tmp_path / "file.bin", streams)
    assert ole_streams(io.BytesIO(path.read_bytes())) >= set(streams)
    assert file_kind(path) == kind


def test_every_kind_that_cannot_be_read_has_words_for_a_planner():
    for kind in ("empty", "encrypted", "xls", "xlsb", "ods", "xml2003", "word", "powerpoint", "pdf", "html",
                 "ole", "zip", "binary"):
        assert refusal(kind)
    assert refusal("zip") and refusal("text") is None
