"""Tables as files a person can open in Excel: CSV and .xlsx, each text
made safe by plangraph.outputs.safe (headers as much as cells): a CSV cell
that would start a formula gets a leading apostrophe, and in .xlsx every
text is written as text, never as a formula.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"task": ["=HYPERLINK(\\"http://x\\")", "Map hotspots"], "n": [1, 2]})
>>> csv_bytes(frame).decode("utf-8-sig").splitlines()
['task,n', '"\\'=HYPERLINK(""http://x"")",1', 'Map hotspots,2']
>>> import io, openpyxl
>>> book = openpyxl.load_workbook(io.BytesIO(excel_bytes({"Tasks": frame})))
>>> cell = book["Tasks"]["A2"]; cell.value, cell.data_type
('=HYPERLINK("http://x")', 's')
"""

from __future__ import annotations

import io
import re
from typing import Any, Mapping

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .safe import append, csv_text

__all__ = ["csv_bytes", "excel_bytes", "file_name"]

def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV with a byte-order mark, so Excel reads £ and
    accents right."""
    safe = frame.copy()
    safe.columns = [csv_text(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(csv_text)
    return safe.to_csv(index=False).encode("utf-8-sig")


def _sheet_title(name: str, taken: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31] or "Sheet"
    base, n = title, 2
    while title in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def excel_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """The tables as one .xlsx, a sheet each: bold frozen header, columns
    sized to their content, text always text."""
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for name, frame in sheets.items():
        ws = book.create_sheet(_sheet_title(name, taken))
        append(ws, [str(c) for c in frame.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            append(ws, [None if _missing(v) else (str(v) if not isinstance(v, (int, float, bool)) else v)
                        for v in row])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and len(cell.value) > 60:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, column in enumerate(frame.columns, start=1):
            longest = max([len(str(column))] + [len(str(v)) for v in frame.iloc[:, i - 1].tolist()])
            ws.column_dimensions[get_column_letter(i)].width = min(max(longest + 2, 8), 60)
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def file_name(*words: str, ext: str) -> str:
    """A file name from a page's words: letters, digits and dashes.

    >>> file_name("chain", "Violence - Knife crime#28", ext="csv")
    'chain-violence-knife-crime-28.csv'
    """
    stem = "-".join(filter(None, (re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words)))
    return f"{stem or 'plangraph'}.{ext}"
