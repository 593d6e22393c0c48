"""Hostile and broken plan files, written by code at test time.

Each builder writes one bad file into a folder and returns its path; no
file is ever stored in the repository. The files are what a planner's
machine, a careless tool or an attacker may hand plangraph: a workbook
whose one far cell spans the whole sheet, a merge over every cell, a zip
bomb (honest and lying), too many cells, merges, sheets or parts, broken
XML in each part, entity declarations, path characters in a sheet name,
an encrypted workbook, an Excel 97-2003 file, a macro-enabled workbook,
files that are not spreadsheets at all.

The workbooks are written part by part (a zip of XML) so that each can be
broken exactly where its case says; :func:`raw_zip` writes a zip byte by
byte, so that a header can lie and a stream can be far bigger than its file.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> sorted(p.name for p in (BUILDERS["good"](folder), BUILDERS["legacy-xls"](folder)))
['good.xlsx', 'legacy.xls']
"""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

__all__ = ["BUILDERS", "TABLE", "workbook_parts", "sheet_xml", "write_workbook", "raw_zip", "Member", "ole_file"]

# A task table the loaders read: two tasks.
TABLE = [["Strand", "Task", "Who", "When", "Task No"],
         ["Prevent", "Train staff in schools", "PW", "Sep-18", 1],
         ["Protect", "Review the referral route", "JF", "TBC", 2]]

MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = (f'<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Hostile plan</dc:title>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T09:00:00Z</dcterms:modified></cp:coreProperties>')


def _cell(ref: str, value: object) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(rows: list[list], *, extra_rows: str = "", merges: list[str] = (), dimension: str = "",
              after: str = "") -> str:
    """A sheet's XML: ``rows`` from A1, then ``extra_rows`` (raw XML), merges."""
    from openpyxl.utils import get_column_letter

    body = "".join(f'<row r="{r}">' + "".join(_cell(f"{get_column_letter(c)}{r}", v)
                                             for c, v in enumerate(row, 1) if v is not None) + "</row>"
                   for r, row in enumerate(rows, 1))
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"<worksheet {NS}>{dim}<sheetData>{body}{extra_rows}</sheetData>{merged}{after}</worksheet>"


def workbook_parts(sheets: list[tuple[str, str]], *, main: str = MAIN, strings: str | None = None,
                   styles: str = STYLES, core: str = CORE) -> dict[str, str | bytes]:
    """Every part of a minimal workbook holding ``sheets`` ((name, sheet XML))."""
    overrides = [("/xl/workbook.xml", main), ("/xl/styles.xml", STYLES_TYPE), ("/docProps/core.xml", CORE_TYPE)]
    overrides += [(f"/xl/worksheets/sheet{i}.xml", WORKSHEET) for i in range(1, len(sheets) + 1)]
    if strings is not None:
        overrides.append(("/xl/sharedStrings.xml", STRINGS_TYPE))
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
                                + "</Types>"),
        "_rels/.rels": (f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                        'metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        "xl/workbook.xml": (f"<workbook {NS} {RNS}><sheets>" + "".join(
            f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _) in enumerate(sheets, 1)) + "</sheets></workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
            + f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>'
            + (f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>' if strings else "")
            + "</Relationships>"),
        "xl/styles.xml": styles,
        "docProps/core.xml": core,
    }
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
    return parts


def write_workbook(path: Path, parts: dict[str, str | bytes]) -> Path:
    """Zip the parts into ``path`` as Excel does (deflated)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


@dataclass
class Member:
    """One entry of a zip written by hand: its packed bytes, what its
    headers declare, and its flags (bit 0: encrypted)."""

    name: str
    packed: bytes
    crc: int
    size: int  # the unpacked size the headers declare
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def member(name: str, data: bytes, **changes) -> Member:
    """A member holding ``data``, deflated; ``changes`` make its headers lie."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    fields = {"crc": zlib.crc32(data), "size": len(data), **changes}
    return Member(name, packed, **fields)


def raw_zip(path: Path, members: list[Member]) -> Path:
    """A zip written byte by byte: local headers, data, central directory."""
    out, central = bytearray(), bytearray()
    for m in members:
        name = m.name.encode()
        offset = len(out)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, m.flags, m.method, 0, 0x21, m.crc, len(m.packed),
                           m.size, len(name), 0) + name + m.packed
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, m.flags, m.method, 0, 0x21, m.crc,
                               len(m.packed), m.size, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def _members(parts: dict[str, str | bytes], **replace: Member) -> list[Member]:
    return [replace.get(name) or member(name, data.encode() if isinstance(data, str) else data)
            for name, data in parts.items()]


def whitespace_stream(megabytes: int) -> bytes:
    """A raw deflate stream of ``megabytes`` MB of spaces, packed about a
    thousand to one, ending byte-aligned without a final block. Each
    megabyte is one block after a full flush, so one packed block serves
    for all of them."""
    chunk = b" " * 2**20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    return first + block * (megabytes - 1)


def _stored(data: bytes, final: bool = False) -> bytes:
    """A stored (unpacked) deflate block, starting on a byte boundary."""
    return bytes([1 if final else 0]) + struct.pack("<HH", len(data), len(data) ^ 0xFFFF) + data


def _bomb_member(megabytes: int, **changes) -> Member:
    """A sheet part of ``megabytes`` MB: a sheet with nothing but spaces."""
    head, foot = f"<worksheet {NS}><sheetData>".encode(), b"</sheetData></worksheet>"
    crc, chunk = zlib.crc32(head), b" " * 2**20
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    packed = _stored(head) + whitespace_stream(megabytes) + _stored(foot, final=True)
    fields = {"crc": zlib.crc32(foot, crc), "size": len(head) + megabytes * 2**20 + len(foot), **changes}
    return Member("xl/worksheets/sheet1.xml", packed, **fields)


def ole_file(path: Path, streams: list[str]) -> Path:
    """An OLE compound file (the Office 97-2003 container) whose directory
    names ``streams``: 512-byte sectors, one FAT sector, one directory sector."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<L", header, 44, 1)  # one FAT sector
    struct.pack_into("<L", header, 48, 1)  # the directory starts at sector 1
    struct.pack_into("<L", header, 56, 4096)
    struct.pack_into("<LLLL", header, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108  # the FAT is sector 0
    struct.pack_into("<109L", header, 76, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * 126  # sector 0: FAT; sector 1: directory, end of chain
    directory = bytearray()
    for i, name in enumerate(["Root Entry", *streams][:4]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[:len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded), 5 if i == 0 else 2, 1)
        struct.pack_into("<LLL", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 1 if i == 0 else 0xFFFFFFFF)
        struct.pack_into("<LL", entry, 116, 0xFFFFFFFE, 0)
        directory += entry
    directory = directory.ljust(512, b"\x00")
    path.write_bytes(bytes(header) + struct.pack("<128L", *fat) + bytes(directory))
    return path


# -- the cases -------------------------------------------------------------------------------------

def good(folder: Path) -> Path:
    """A small workbook the loaders read: two tasks."""
    return write_workbook(folder / "good.xlsx", workbook_parts([("Plan", sheet_xml(TABLE))]))


def bounding_box(folder: Path) -> Path:
    """A1:F4 and one cell at XFD1048576: a few KB that once took 2.6 GB."""
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far away</t></is></c></row>'
    sheet = sheet_xml(TABLE, extra_rows=far, dimension="A1:XFD1048576")
    return write_workbook(folder / "bounding-box.xlsx", workbook_parts([("Plan", sheet)]))


def merge_everything(folder: Path) -> Path:
    """A merged range A1:XFD1048576 over a task table."""
    sheet = sheet_xml(TABLE, merges=["A1:XFD1048576"], dimension="A1:XFD1048576")
    return write_workbook(folder / "merge-everything.xlsx", workbook_parts([("Plan", sheet)]))


def merge_beside(folder: Path) -> Path:
    """A note merged from G1 to the last cell of the sheet, beside a task table."""
    rows = [row + [None, "Notes for the board" if i == 0 else None] for i, row in enumerate(TABLE)]
    sheet = sheet_xml(rows, merges=["G1:XFD1048576"])
    return write_workbook(folder / "merge-beside.xlsx", workbook_parts([("Plan", sheet)]))


def whitespace_bomb(folder: Path) -> Path:
    """1.6 MB on disk, 1.6 GB of spaces in a sheet: the headers say so."""
    parts = workbook_parts([("Plan", "")])
    return raw_zip(folder / "whitespace-bomb.xlsx", _members(parts, **{"xl/worksheets/sheet1.xml": _bomb_member(1600)}))


def lying_bomb(folder: Path) -> Path:
    """The same bomb with headers that claim a modest size (ten to one)."""
    bomb = _bomb_member(1600)
    bomb.size = len(bomb.packed) * 10
    parts = workbook_parts([("Plan", "")])
    return raw_zip(folder / "lying-bomb.xlsx", _members(parts, **{"xl/worksheets/sheet1.xml": bomb}))


def ratio_bomb(folder: Path) -> Path:
    """50 MB of spaces in a sheet: under the size limit, packed a thousand to one."""
    parts = workbook_parts([("Plan", "")])
    return raw_zip(folder / "ratio-bomb.xlsx", _members(parts, **{"xl/worksheets/sheet1.xml": _bomb_member(50)}))


def many_cells(folder: Path) -> Path:
    """2.1 million empty cells (16 to a row), each written with its place: more than any limit."""
    letters = "ABCDEFGHIJKLMNOP"
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"/>' for c in letters) + "</row>"
                   for r in range(len(TABLE) + 1, 131_300))
    sheet = sheet_xml(TABLE, extra_rows=rows)
    return write_workbook(folder / "many-cells.xlsx", workbook_parts([("Plan", sheet)]))


def many_merges(folder: Path) -> Path:
    """100,002 merged ranges."""
    sheet = sheet_xml(TABLE, merges=[f"G{n}:H{n}" for n in range(1, 100_003)])
    return write_workbook(folder / "many-merges.xlsx", workbook_parts([("Plan", sheet)]))


def many_sheets(folder: Path) -> Path:
    """1,001 sheets."""
    sheets = [(f"Sheet {i}", sheet_xml([["x"]])) for i in range(1, 1002)]
    return write_workbook(folder / "many-sheets.xlsx", workbook_parts(sheets))


def many_parts(folder: Path) -> Path:
    """A workbook with 10,001 extra parts in its package."""
    parts = workbook_parts([("Plan", sheet_xml(TABLE))])
    parts.update({f"customXml/item{i}.xml": "<a/>" for i in range(10_001)})
    return write_workbook(folder / "many-parts.xlsx", parts)


def control_character(folder: Path) -> Path:
    """A control character (U+0001) written raw into a sheet: not XML."""
    sheet = sheet_xml(TABLE).replace("Train staff", "Train\x01staff")
    return write_workbook(folder / "control-character.xlsx", workbook_parts([("Plan", sheet)]))


def unclosed_tag(folder: Path) -> Path:
    """A sheet whose last row is never closed."""
    sheet = sheet_xml(TABLE).replace("</row></sheetData>", "</sheetData>")
    return write_workbook(folder / "unclosed-tag.xlsx", workbook_parts([("Plan", sheet)]))


def broken_part(part: str, name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        parts = workbook_parts([("Plan", sheet_xml(TABLE))])
        text = parts[part]
        parts[part] = text[: len(text) // 2] if isinstance(text, str) else text
        return write_workbook(folder / name, parts)

    build.__doc__ = f"A workbook whose {part} is cut off half way."
    return build


def path_sheet_names(folder: Path) -> Path:
    """Sheets named with path characters: '../../etc/passwd' and 'C:\\Plans\\x'."""
    sheets = [("../../etc/passwd", sheet_xml(TABLE)), ("C:\\Plans\\x", sheet_xml([["nothing here"]]))]
    return write_workbook(folder / "path-sheet-names.xlsx", workbook_parts(sheets))


def entity_expansion(folder: Path) -> Path:
    """'Billion laughs': entities declared in the shared text."""
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + "]>"
    strings = f'{laughs}<sst {NS} count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    sheet = sheet_xml(TABLE, extra_rows='<row r="9"><c r="A9" t="s"><v>0</v></c></row>')
    return write_workbook(folder / "entity-expansion.xlsx", workbook_parts([("Plan", sheet)], strings=strings))


def encrypted(folder: Path) -> Path:
    """A password-protected workbook: an OLE file holding the encrypted package."""
    return ole_file(folder / "encrypted.xlsx", ["EncryptionInfo", "EncryptedPackage"])


def legacy_xls(folder: Path) -> Path:
    """An Excel 97-2003 workbook."""
    return ole_file(folder / "legacy.xls", ["Workbook", "\x05SummaryInformation"])


def macro_enabled(folder: Path) -> Path:
    """A macro-enabled workbook (.xlsm) with a VBA project: read, never run."""
    parts = workbook_parts([("Plan", sheet_xml(TABLE))], main=MACRO_MAIN)
    parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 Sub AutoOpen(): Shell \"calc\": End Sub"
    return write_workbook(folder / "macros.xlsm", parts)


def csv_plan(folder: Path) -> Path:
    """A plan exported as CSV."""
    path = folder / "export.csv"
    path.write_text("\n".join(",".join(str(v) for v in row) for row in TABLE) + "\n", encoding="utf-8-sig")
    return path


def random_bytes(folder: Path) -> Path:
    """Random bytes named .xlsx."""
    path = folder / "random.xlsx"
    pick = random.Random(7)
    path.write_bytes(bytes(pick.getrandbits(8) for _ in range(4096)))
    return path


def pdf(folder: Path) -> Path:
    """A PDF named .xlsx."""
    path = folder / "printed.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    return path


def word_document(folder: Path) -> Path:
    """A Word document named .xlsx."""
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override '
             'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    return write_workbook(folder / "minutes.xlsx", {"[Content_Types].xml": types, "word/document.xml": "<w/>"})


def truncated(folder: Path) -> Path:
    """A workbook cut off half way (an interrupted download)."""
    whole = good(folder).read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    (folder / "good.xlsx").unlink()
    return path


def empty(folder: Path) -> Path:
    """An empty file named .xlsx."""
    path = folder / "empty.xlsx"
    path.write_bytes(b"")
    return path


def huge_cell(folder: Path) -> Path:
    """One cell of 200,000 characters: more than Excel itself allows."""
    pick = random.Random(3)
    text = "".join(pick.choice("abcdefghij ") for _ in range(200_000))
    sheet = sheet_xml(TABLE + [["Prevent", text, "PW", "TBC", 3]])
    return write_workbook(folder / "huge-cell.xlsx", workbook_parts([("Plan", sheet)]))


def deep_nesting(folder: Path) -> Path:
    """Styles nested 50,000 elements deep."""
    styles = STYLES.replace("</styleSheet>", "<a>" * 50_000 + "</a>" * 50_000 + "</styleSheet>")
    return write_workbook(folder / "deep-nesting.xlsx", workbook_parts([("Plan", sheet_xml(TABLE))], styles=styles))


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "good": good,
    "bounding-box": bounding_box,
    "merge-everything": merge_everything,
    "merge-beside": merge_beside,
    "whitespace-bomb": whitespace_bomb,
    "lying-bomb": lying_bomb,
    "ratio-bomb": ratio_bomb,
    "many-cells": many_cells,
    "many-merges": many_merges,
    "many-sheets": many_sheets,
    "many-parts": many_parts,
    "control-character": control_character,
    "unclosed-tag": unclosed_tag,
    "broken-workbook-xml": broken_part("xl/workbook.xml", "broken-workbook.xlsx"),
    "broken-styles": broken_part("xl/styles.xml", "broken-styles.xlsx"),
    "broken-core": broken_part("docProps/core.xml", "broken-core.xlsx"),
    "broken-content-types": broken_part("[Content_Types].xml", "broken-content-types.xlsx"),
    "path-sheet-names": path_sheet_names,
    "entity-expansion": entity_expansion,
    "encrypted": encrypted,
    "legacy-xls": legacy_xls,
    "macro-enabled": macro_enabled,
    "csv": csv_plan,
    "random-bytes": random_bytes,
    "pdf": pdf,
    "word-document": word_document,
    "truncated": truncated,
    "empty": empty,
    "huge-cell": huge_cell,
    "deep-nesting": deep_nesting,
}
