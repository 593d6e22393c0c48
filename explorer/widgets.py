"""Widgets every page uses the same way: a table with its downloads, a
network with its download, links to the Task page, and text from the
spreadsheets shown as text.

Examples
--------
>>> md("<img src=x onerror=alert(1)>")
'\\\\<img src\\\\=x onerror\\\\=alert\\\\(1\\\\)\\\\>'
>>> md("Hub :red[CSP] **now**")
'Hub \\\\:red\\\\[CSP\\\\] \\\\*\\\\*now\\\\*\\\\*'
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, Callable, Sequence

import pandas as pd
import streamlit as st

from dateutil import parser as dates

from analyses.chains import AS_WRITTEN
from plangraph.outputs.spreadsheets import csv_bytes, excel_bytes, file_name

__all__ = ["md", "plural", "table", "downloads", "network", "task_link", "pick_from_query", "TASK_PAGE", "CHAINS_PAGE",
           "OWNERS_PAGE", "FORUMS_PAGE", "QUALITY_PAGE", "OVERVIEW_PAGE", "as_of_control",
           "PAGE_ROWS"]

# Paths of the pages, relative to app.py, for st.page_link.
OVERVIEW_PAGE = "screens/overview.py"
CHAINS_PAGE = "screens/chains.py"
OWNERS_PAGE = "screens/owners.py"
FORUMS_PAGE = "screens/forums.py"
TASK_PAGE = "screens/task.py"
QUALITY_PAGE = "screens/quality.py"

PAGE_ROWS = 500  # a table longer than this is shown a page at a time (downloads hold it all)

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^%@/;,?])")


def md(text: Any) -> str:
    """Text from a spreadsheet, made safe to put in Markdown: every mark
    Markdown, HTML or Streamlit's own directives (:red[...]) would read is
    escaped, so it shows exactly as typed."""
    return _PUNCTUATION.sub(r"\\\1", "" if text is None else str(text))


def plural(n: int, word: str) -> str:
    """'1 task', '2 tasks'.

    >>> plural(1, "workbook"), plural(7, "workbook")
    ('1 workbook', '7 workbooks')
    """
    return f"{n} {word}{'' if n == 1 else 's'}"


def downloads(frame: pd.DataFrame, name: str, *, key: str, sheets: dict[str, pd.DataFrame] | None = None) -> None:
    """CSV and Excel buttons for a table (``sheets`` to put more tables in
    the Excel file). The files are made only when a button is clicked."""
    with st.container(horizontal=True, gap="small"):
        st.download_button("CSV", lambda: csv_bytes(frame), file_name=file_name(name, ext="csv"), mime="text/csv",
                           key=f"{key}-csv", icon=":material/download:", help=f"Download {name} as CSV",
                           on_click="ignore")
        st.download_button("Excel", lambda: excel_bytes(sheets or {name: frame}),
                           file_name=file_name(name, ext="xlsx"),
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           key=f"{key}-xlsx", icon=":material/download:", help=f"Download {name} as Excel",
                           on_click="ignore")


def table(frame: pd.DataFrame, name: str, *, key: str, hide: Sequence[str] = ("key",),
          column_config: dict[str, Any] | None = None, select: bool = False, height: int | str = "auto",
          download: bool = True, style: Any = None) -> str | None:
    """Show a table with its downloads, a page at a time when it is long;
    with ``select``, a row can be chosen and its ``key`` column is returned.
    ``style`` turns the frame into a pandas Styler (to colour cells);
    downloads get the whole plain table."""
    shown = [c for c in frame.columns if c not in hide]
    page = _page(frame, key)
    kwargs: dict[str, Any] = {}
    if select:
        kwargs.update(on_select="rerun", selection_mode="single-row")
    event = st.dataframe(style(page) if style else page, hide_index=frame.index.name is None, column_order=shown,
                         column_config=column_config, key=key, height=height, **kwargs)
    if download:
        downloads(frame[shown] if frame.index.name is None else frame[shown].reset_index(), name, key=key)
    if select and event is not None:
        rows = event.selection.rows if hasattr(event, "selection") else []
        if rows and "key" in page.columns:
            return str(page.iloc[rows[0]]["key"])
    return None


def _page(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of the page a person chose, when the table is longer than a page."""
    if len(frame) <= PAGE_ROWS:
        return frame
    pages = math.ceil(len(frame) / PAGE_ROWS)
    number = int(st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, step=1,
                                 key=f"{key}-page"))
    first = (number - 1) * PAGE_ROWS
    st.caption(f"Rows {first + 1:,}–{min(first + PAGE_ROWS, len(frame)):,} of {len(frame):,}")
    return frame.iloc[first:first + PAGE_ROWS]


def network(drawn: tuple[str, int, int], download_html: Callable[[], str], name: str, *, key: str,
            height: int = 600, narrow: str = "") -> None:
    """A network drawn in its own frame (``drawn``: the page, and how many of
    its nodes it shows of how many), saying what it left out and how to
    narrow it, and a button for the same network as a standalone HTML file
    that opens offline (made when clicked)."""
    html, shown, total = drawn
    if shown < total:
        st.caption(f"Showing {shown:,} of {total:,}{': ' + narrow if narrow else ''}.")
    st.iframe(html, height=height)
    st.download_button("Network as HTML (opens offline)", lambda: download_html().encode("utf-8"),
                       file_name=file_name(name, ext="html"), mime="text/html", key=f"{key}-html",
                       icon=":material/download:", on_click="ignore")


def task_link(key: str, label: str, *, icon: str = ":material/description:") -> None:
    """A link to the Task page with the task chosen (shareable: the task is in the address)."""
    st.page_link(TASK_PAGE, label=md(label), icon=icon, query_params={"task": key})


def pick_from_query(name: str, options: Sequence[str]) -> int | None:
    """The index of the option named in the address (``?name=...``), so a
    shared link opens on the same choice."""
    wanted = st.query_params.get(name)
    if wanted in options:
        return list(options).index(wanted)
    return None


_AS_OF = ["each plan's own date", "today", "a date"]


def as_of_control(plan_dates: tuple[dt.date, dt.date] | None) -> dt.date | str:
    """"Check dates as of": each plan's own date (the default: a plan read
    as its writers saw it), today, or a date typed (applied on Enter). The
    choice is kept in the address. Returns a date, or AS_WRITTEN."""
    choice = st.segmented_control("Check dates as of", _AS_OF, default=_AS_OF[0], key="asof", bind="query-params",
                                  help="A task is overdue when its due date has passed and it is not completed: "
                                       "as of which day?")
    if choice == "today":
        today = dt.date.today()
        if plan_dates and plan_dates[1] < today:
            st.caption(f"As of today every open task whose due date has passed is overdue: these plans were last "
                       f"saved on {plan_dates[1]:%d/%m/%Y}, so many links wait on an overdue task.")
        return today
    if choice == "a date":
        typed = st.text_input("The date (DD/MM/YYYY, then Enter)", key="date", bind="query-params",
                              placeholder="e.g. 01/09/2018")
        try:
            return dates.parse(typed, dayfirst=True).date() if typed.strip() else AS_WRITTEN
        except (ValueError, OverflowError):
            st.warning(f"{md(typed)} is not a date: dates are checked as of each plan's own date.")
            return AS_WRITTEN
    if plan_dates:
        st.caption(f"Each task judged as of the date its plan was saved ({plan_dates[0]:%d/%m/%Y}"
                   + (f" to {plan_dates[1]:%d/%m/%Y})." if plan_dates[1] != plan_dates[0] else ")."))
    return AS_WRITTEN
