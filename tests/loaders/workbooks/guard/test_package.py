"""Checking a package before parsing: parts, sizes, ratios, contents, counts."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import pytest

from loaders.workbooks.guard import Limits, WorkbookError
from loaders.workbooks.guard.package import check_package, zip_entry_count

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "hostile"))
import build as hostile  # noqa: E402


def _package(parts: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _book(**changes) -> dict:
    parts = hostile.workbook_parts([("Plan", hostile.sheet_xml(hostile.TABLE))], **changes)
    return parts


def test_a_sound_workbook_passes_and_counts_what_it_spent():
    budget = check_package(_package(_book()), "plan.xlsx")
    assert budget.cells == 15 and budget.unpacked > 0


@pytest.mark.parametrize("limits, words", [
    (Limits(max_entries=5), "more than 5 parts"),
    (Limits(max_cells=10), "more than 10 cells"),
    (Limits(max_unpacked_bytes=2000), "unpacks to more than 1.95 KB"),
    (Limits(max_part_bytes=100), "table of contents ([Content_Types].xml) unpacks to more than 100 bytes"),
    (Limits(max_elements_in_part=3), "holds more than 3 XML elements"),
    (Limits(max_seconds=0), "took longer than 0 seconds"),
])
def test_each_limit_stops_the_package(limits, words):
    with pytest.raises(WorkbookError, match=re.escape(words)):
        check_package(_package(_book()), "plan.xlsx", limits)


def test_the_shared_text_and_the_sheets_are_counted():
    strings = f'<sst {hostile.NS}>' + "<si><t>a</t></si>" * 5 + "</sst>"
    with pytest.raises(WorkbookError, match="more than 4 pieces of text"):
        check_package(_package(_book(strings=strings)), "plan.xlsx", Limits(max_texts=4))
    many = hostile.workbook_parts([(f"S{i}", hostile.sheet_xml([["x"]])) for i in range(4)])
    with pytest.raises(WorkbookError, match="more than 3 sheets"):
        check_package(_package(many), "plan.xlsx", Limits(max_sheets=3))


def test_merged_ranges_are_counted_per_sheet_by_name():
    sheet = hostile.sheet_xml(hostile.TABLE, merges=[f"G{n}:H{n}" for n in range(1, 7)])
    with pytest.raises(WorkbookError, match="sheet 'Plan' .* more than 5 merged ranges"):
        check_package(_package(hostile.workbook_parts([("Plan", sheet)])), "plan.xlsx", Limits(max_merged_ranges=5))


def test_prefixed_cells_are_counted_and_closing_tags_are_not():
    sheet = ('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
             '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="B1"/></x:row>'
             '<x:row r="2"><c\nr="A2"><v>1</v></c></x:row></x:sheetData></x:worksheet>')
    assert check_package(_package(hostile.workbook_parts([("Plan", sheet)])), "plan.xlsx").cells == 3


def test_an_encrypted_part_or_a_lying_header_is_refused(tmp_path):
    parts = _book()
    members = hostile._members(parts, **{"xl/styles.xml": hostile.member("xl/styles.xml", hostile.STYLES.encode(),
                                                                         flags=1)})
    with pytest.raises(WorkbookError, match="password-protected"):
        check_package(hostile.raw_zip(tmp_path / "a.xlsx", members).read_bytes(), "a.xlsx")
    members = hostile._members(parts, **{"xl/styles.xml": hostile.member("xl/styles.xml", hostile.STYLES.encode(),
                                                                         crc=1)})
    with pytest.raises(WorkbookError, match=r"damaged: the cell formatting \(xl/styles.xml\) cannot be unpacked"):
        check_package(hostile.raw_zip(tmp_path / "b.xlsx", members).read_bytes(), "b.xlsx")


@pytest.mark.parametrize("parts, words", [
    ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<a/>"}, "OpenDocument"),
    ({"[Content_Types].xml": '<Types><Override PartName="/xl/workbook.bin" ContentType="application/'
      'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'}, "binary workbook"),
    ({"notes.txt": "hello"}, "a zip archive, not a spreadsheet"),
    ({"xl/workbook.xml": "<workbook/>"}, r"table of contents \(\[Content_Types\].xml\) is missing"),
])
def test_a_package_that_is_not_a_workbook_says_what_it_is(parts, words):
    with pytest.raises(WorkbookError, match=words):
        check_package(_package(parts), "plan.xlsx")


def test_the_number_of_parts_is_read_from_the_end_of_the_zip():
    data = _package({f"p{i}.xml": "<a/>" for i in range(12)})
    assert zip_entry_count(data) == 12 and zip_entry_count(data[:-22]) is None


@pytest.mark.parametrize("written", ['<c r="A{r}"/>', '<c\tr="A{r}"/>', '<c\nr="A{r}"></c>', '<c/>',
                                     '<x:c r="A{r}"/>', '<x:c\r\nr="A{r}"/>'])
def test_every_way_of_writing_a_cell_is_counted(written):
    """Excel writes '<c r=...'; a crafted file may prefix the tag or break the
    line after it: the count before parsing sees every form, mixed in one sheet."""
    cells = "".join(f'<row r="{r}"><c r="B{r}"/>{written.format(r=r)}</row>' for r in range(1, 7))
    sheet = (f'<worksheet {hostile.NS} xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{cells}</sheetData></worksheet>')
    parts = hostile.workbook_parts([("Plan", sheet)])
    assert check_package(_package(parts), "plan.xlsx").cells == 12
    with pytest.raises(WorkbookError, match="more than 11 cells"):
        check_package(_package(parts), "plan.xlsx", Limits(max_cells=11))
