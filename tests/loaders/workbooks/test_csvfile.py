"""CSV exports: text as written, in any of Excel's encodings; told by content."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loaders.workbooks.csvfile import read_csv
from loaders.workbooks.guard import Limits, WorkbookError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hostile"))
import build as hostile  # noqa: E402


@pytest.mark.parametrize("encoding, delimiter", [("utf-8-sig", ","), ("utf-16", "\t"), ("cp1252", ";")])
def test_excels_encodings_are_read(tmp_path, encoding, delimiter):
    path = tmp_path / "plan.csv"
    text = delimiter.join(["Ref", "Action", "Owner"]) + "\r\n" + delimiter.join(["1.10", "Café review", "PC Lee"])
    path.write_bytes(text.encode(encoding))
    sheet = read_csv(path)
    assert [sheet.text(2, c) for c in (1, 2, 3)] == ["1.10", "Café review", "PC Lee"]


@pytest.mark.parametrize("build, words", [
    (lambda folder: hostile.good(folder).rename(folder / "plan.csv"), "a workbook saved with a CSV name"),
    (lambda folder: hostile.ole_file(folder / "plan.csv", ["Workbook"]), "an Excel 97-2003 workbook"),
    (lambda folder: (folder / "plan.csv").write_bytes(bytes(range(256)) * 4), "not a readable CSV file: it is not text"),
])
def test_a_file_that_is_not_csv_says_what_it_is(tmp_path, build, words):
    build(tmp_path)
    with pytest.raises(WorkbookError, match=words):
        read_csv(tmp_path / "plan.csv")


def test_a_csv_past_its_limits_is_refused(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("a,b,c\n" * 20)
    with pytest.raises(WorkbookError, match="larger than 64 bytes"):
        read_csv(path, Limits(max_csv_bytes=64))
    with pytest.raises(WorkbookError, match="more than 30 cells"):
        read_csv(path, Limits(max_cells=30))


def test_an_empty_csv_is_an_empty_sheet(tmp_path):
    (tmp_path / "plan.csv").write_bytes(b"")
    assert read_csv(tmp_path / "plan.csv").cells == {}
