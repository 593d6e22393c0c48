"""The three partnerships' owner cells and lists of people, read by cell.

The workbook readers for these layouts are being built; until they land, the
owner tests read the Lead / Owner / Resource Names cells and the people
lists (key contacts, a Staff sheet, a resource sheet) straight from the
files, and score against each folder's expected.json. Each reader returns
(mentions, people, truth, refs): the cells as OwnerMentions on tasks keyed
by ref, the lists as Persons, the truth file, and every task ref in order.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import openpyxl
import pytest

from graphmodel import Label, Source, task_key
from loaders.collected import OwnerMention, Person

ROOT = Path(__file__).resolve().parents[5] / "shared" / "data" / "partnerships"


def _truth(folder: str) -> dict:
    return json.loads((ROOT / folder / "expected.json").read_text(encoding="utf-8"))


def _mention(folder: str, ref: str, text, source: Source) -> OwnerMention:
    return OwnerMention("" if text is None else str(text), source, (Label.TASK, task_key(folder, ref)))


def eastvale():
    """Blocks of label/value rows; key contacts on the About sheet."""
    file = "Eastvale Safer Communities Plan 2025-26.xlsx"
    book = openpyxl.load_workbook(ROOT / "eastvale" / file, read_only=True)
    mentions, people, refs = [], [], []
    for ws in book:
        ref = None
        for row in ws.iter_rows(max_col=2):
            label, value = (row[0].value, row[1].value if len(row) > 1 else None)
            if not isinstance(label, str):
                continue
            found = re.match(r"Action\s+(E\d+\.\d+)", label)
            if found:
                ref = found.group(1)
                refs.append(ref)
            elif ref and re.match(r"lead\b", label, re.I):
                cell = row[1] if value is not None else row[0]
                text = value if value is not None else label  # "Lead: YS" pasted in the label cell
                mentions.append(_mention("eastvale", ref, text, Source(file, ws.title, cell.coordinate)))
    ws = book["About this plan"]
    rows = list(ws.iter_rows(max_col=2))
    start = next(i for i, r in enumerate(rows) if r[0].value == "Key contacts") + 1
    for row in rows[start:]:
        if not row[0].value:
            break
        people.append(Person(row[0].value, Source(file, ws.title, row[0].coordinate), role=row[1].value or ""))
    return mentions, people, _truth("eastvale"), refs


def southbay():
    """One table per strand; owners by initials, resolved on the Staff sheet."""
    file = "Southbay CSP Action Plan 2025-27.xlsx"
    book = openpyxl.load_workbook(ROOT / "southbay" / file, read_only=True)
    mentions, people, refs = [], [], []
    for sheet in ("Prevent", "Pursue", "Protect", "Prepare"):
        for row in book[sheet].iter_rows(min_row=5, max_col=5):
            if not row[0].value:
                break
            refs.append(row[0].value)
            mentions.append(_mention("southbay", row[0].value, row[4].value, Source(file, sheet, row[4].coordinate)))
    for row in book["Staff"].iter_rows(min_row=2, max_col=5):
        initials, name, role, organisation, leads_on = (c.value or "" for c in row)
        people.append(Person(name, Source(file, "Staff", row[1].coordinate), initials=initials, role=role,
                             organisation=organisation, leads_on=leads_on))
    return mentions, people, _truth("southbay"), refs


def northgate():
    """A project-tool export: Resource Names on level-3 rows; a resource sheet."""
    file = "Northgate CSP plan export.csv"
    with open(ROOT / "northgate" / file, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    mentions, people, refs = [], [], []
    for number, row in enumerate(rows, start=2):
        if row["Outline Level"] == "3":
            refs.append(row["WBS"])
            mentions.append(_mention("northgate", row["WBS"], row["Resource Names"], Source(file, "", f"E{number}")))
        lead = re.search(r"Priority lead:\s*(.+?)\.?\s*$", row["Notes"], re.M)
        if row["Outline Level"] == "1" and lead:
            people.append(Person(lead.group(1), Source(file, "", f"J{number}"), role="Priority lead",
                                 leads_on=row["Name"]))
    resources = "Northgate CSP resources.csv"
    with open(ROOT / "northgate" / resources, encoding="utf-8-sig", newline="") as f:
        for number, row in enumerate(csv.DictReader(f), start=2):
            people.append(Person(row["Name"], Source(resources, "", f"B{number}"), initials=row["Initials"],
                                 organisation=row["Group"]))
    return mentions, people, _truth("northgate"), refs


PARTNERSHIPS = {"eastvale": eastvale, "southbay": southbay, "northgate": northgate}


@pytest.fixture(params=sorted(PARTNERSHIPS))
def partnership(request):
    """(name, mentions, people, truth, refs) for each partnership folder."""
    if not ROOT.is_dir():
        pytest.skip(f"no partnership plans at {ROOT}")
    return (request.param, *PARTNERSHIPS[request.param]())
