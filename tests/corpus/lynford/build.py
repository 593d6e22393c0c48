#!/usr/bin/env python3
"""Build the Lynford Community Safety Partnership's plans (fictional).

Layout: three files. "Lynford CSP Delivery Plans 2025-26.xlsx" has a leads
table ("Priority | Senior responsible officer | Delivery lead | Board") and
two plan sheets with dotted refs ("1.1" ... "1.10", "1.11"). The Burglary
sheet was also saved as CSV ("Burglary plan export.csv": the same rows, as
Excel shows them). The third priority's plan exists only as a CSV exported
from another team's sheet ("Lynford Hate Crime action plan 2025-26.csv",
refs "01" ... "09" kept as text). CSVs are UTF-8 with a byte-order mark.
No plan names a 4P strand. Dates are quarters and financial years in many
spellings as well as days and months.

    python3 build.py OUTDIR     write the plans into OUTDIR (default: here)

The truth file, expected.json, is written by hand, not by this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plan_files import BOLD, day, put_row, save_workbook, shown, write_csv  # noqa: E402

PLAN_FILE = "Lynford CSP Delivery Plans 2025-26.xlsx"
DUPLICATE_CSV = "Burglary plan export.csv"
HATE_CSV = "Lynford Hate Crime action plan 2025-26.csv"
SAVED = "2025-05-19T08:45:00Z"
HEADER = ["Ref", "Action", "Lead", "Key partners", "Target", "RAG", "Comments"]

LEADS = [
    ["Priority", "Senior responsible officer", "Delivery lead", "Board"],
    ["Burglary", "Supt Graham Ellery", "DI Fiona Castellano", "Lynford Safer Neighbourhoods Board"],
    ["Road Safety", "Supt Graham Ellery", "Insp Paul Whitcombe",
     "Lynford Road Safety Partnership; Lynford Safer Neighbourhoods Board"],
    ["Hate Crime & Community Tensions", "Ch Insp Amara Nwosu", "Kiran Desai",
     "Lynford Hate Crime Panel / Community Tensions Group"],
]


def dmy(y, m, d):
    return (day(y, m, d), "dd/mm/yyyy")


def mon(y, m):
    return (day(y, m, 1), "mmm-yy")


def text(words):
    return (words, None)


BURGLARY_TITLE = ["Lynford CSP", "Residential Burglary – Delivery Plan 2025-26",
                  "Lead: DI Fiona Castellano    Version 2", None]
BURGLARY = [
    ["1.1", "Burglary problem profile: repeat locations, times, methods and the goods stolen.", "DI Castellano",
     "Lynford DC", dmy(2025, 6, 30), "Complete", None],
    ["1.2", "Target-hardening for repeat and near-repeat victims (window locks, door chains, lighting).",
     "DI Fiona Castellano", "Lynford DC; Lynford Homes; Neighbourhood Watch", text("Q3 2025/26"), "Green",
     "Uses the repeat-location list from 1.1"],
    ["1.3", "Cocoon-watch letters to neighbours within 100 metres of every burglary.", "PC Jamie Trent",
     "Neighbourhood Watch", text("Ongoing"), "G", None],
    ["1.4", "Burglary and distraction-burglary awareness for older residents in sheltered housing.",
     "F Castellano", "Lynford Homes, Age UK Lynford", mon(2025, 11), "AMBER",
     "See the Hate Crime plan, action 4 (doorstep advice sessions)."],
    ["1.5", "Manage prolific burglars as an offender-management cohort with probation.", "DS Owen Pask",
     "Probation", dmy(2026, 3, 31), "green", None],
    ["1.6", "Second-hand dealers and pawnbrokers: test purchases and checks for stolen goods.", "DS Pask",
     "Trading Standards", text("FY25/26"), "Amber", "Requires 1.1 (stolen goods list)"],
    ["1.7", "Forensic property-marking kits for every burgled household.", "PC Trent", "Lynford DC",
     dmy(2025, 9, 30), "Complete", "Funded from the 2.5% council tax precept uplift."],
    ["1.8", "Investigation standard: every burglary scene attended within 24 hours.", "DI Castellano", None,
     dmy(2025, 12, 31), "Red", "Standard set in section 2.3 of the force investigation policy."],
    ["1.9", "Victim care calls within 48 hours, with referral to Victim Support.", "Lynford Victim Care Hub",
     "Victim Support", text("2025-26"), "G", None],
    ["1.10", "Summer and dark-nights burglary campaigns.", "Lynford DC Comms Team", "Lynford DC", mon(2025, 10),
     "Green", "Needs 1.1 hotspots; was action 1.6 in last year's plan."],
    ["1.11", "Evaluate the target-hardening scheme against repeat victimisation.", "TBC", "University of Lynford",
     text("Q1 2026/27"), None, "Follows completion of 1.2; builds on 1.10"],
]

ROADS_TITLE = ["Lynford CSP", "Road Safety & Speeding – Delivery Plan 2025-26",
               "Lead: Insp Paul Whitcombe   Last reviewed 12/05/2025",
               "Reports to: Lynford Road Safety Partnership", None]
ROADS = [
    ["2.1", "Speed surveys on the 20 roads residents complain about most.", "Insp Whitcombe",
     "Lynshire County Council", dmy(2025, 7, 31), "Complete", None],
    ["2.2", "Community Speedwatch: recruit and train volunteer teams in every village.", "PC Ellie Marr",
     "Lynford Community Speedwatch", text("Q2 2025/26"), "Green", "Uses the survey results from 2.1"],
    ["2.3", "Enforcement at the sites Speedwatch teams report most.", "PC Marr", "Lynshire Safety Cameras",
     text("Ongoing"), "Amber", "Needs 2.2 teams reporting"],
    ["2.4", "Engineering changes (chicanes, signs, 20 mph zones) at the three worst sites.", "Lynshire Highways",
     "Lynshire County Council", dmy(2026, 3, 31), "red", "Prerequisite – 2.1. Design phase 2.2 due in winter."],
    ["2.5", "Young driver course for sixth-formers and college students.", "Insp Paul Whitcombe",
     "Lynford College; Lynford Fire & Rescue Service", text("30.06.25"), "Completed", None],
    ["2.6", "Christmas campaign on the fatal four: speed, drink and drug driving, seatbelts, phones.",
     "Insp Whitcombe / Lynford DC Comms Team", "Lynford DC", mon(2025, 12), "G", None],
    ["2.7", "Motorcycle safety: BikeSafe days and enforcement on the coast road.", "PC Ellie Marr", None,
     text("FY 2025/26"), "Amber", None],
    ["2.8", "Reviews of road deaths and serious injuries with the coroner and highways.",
     "Collision Investigation Unit", "Lynshire County Council", text("TBC"), None, "Depends on 2.9"],
    ["2.9", "Collision data dashboard for the Road Safety Partnership.", "Road Safety Analyst", None,
     dmy(2025, 9, 30), "Green", "Analyst time shared with 1.1."],
]

HATE = [
    ["Lynford CSP – Hate Crime & Community Tensions action plan 2025/26"],
    ["No.", "Action", "Owner", "Partners", "Due", "Status", "Links"],
    ["01", "Third-party reporting centres in libraries, places of worship and the college.", "Kiran Desai",
     "Lynford DC; Lynford College", "30/09/2025", "Green", None],
    ["02", "Hate crime awareness sessions in every secondary school.", "Kiran Desai", "local schools",
     "Q3 2025/26", "Amber", "Needs 01 in place"],
    ["03", "Fortnightly community tension assessment with partners.", "Ch Insp Nwosu",
     "Lynford DC, Lynford Interfaith Network", "Ongoing", "Green", None],
    ["04", "Doorstep crime and scam advice sessions for older residents in sheltered housing.", "PC Jamie Trent",
     "Age UK Lynford; Lynford Homes", "31/03/26", "Amber", None],
    ["05", "A caseworker for every repeat victim of hate crime.", "Lynford Victim Care Hub", "Victim Support",
     "FY25/26", "Red", "Starts after 3 is running"],
    ["06", "Every hate crime prosecution file checked before charge.", "DS Owen Pask", "CPS", "31/12/2025",
     "Complete", "see Burglary plan 1.8 (file standards)"],
    ["07", "Response plan for community tensions after national or local trigger events.", "Amara Nwosu",
     "Lynford DC; Lynford Interfaith Network", "30.11.2025", "G", "3, 5"],
    ["08", "Online hate: a reporting route to the platforms and a trusted-flagger arrangement.", None, None,
     "TBC", None, "Was action 8 in the 2024 plan"],
    ["09", "Annual hate crime survey and problem profile.", "Kiran Desai", "University of Lynford", "Mar-26",
     "Green", "Needs 01, 03 and 12"],
]


def cells(row: list) -> list:
    """A plan row's cell values; the Target pair becomes its value."""
    return row[:4] + [row[4][0]] + row[5:]


def plan_sheet(ws, title: list, rows: list) -> None:
    for r, line in enumerate(title, 1):
        if line:
            ws.cell(row=r, column=1, value=line).font = Font(bold=True, size=14 if r == 2 else 11)
    top = len(title) + 1
    put_row(ws, top, HEADER, font=BOLD, boxed=True)
    for r, row in enumerate(rows, top + 1):
        put_row(ws, r, cells(row), boxed=True)
        if row[4][1]:
            ws.cell(row=r, column=5).number_format = row[4][1]
    for letter, width in zip("ABCDEFG", (6, 60, 26, 34, 12, 10, 40)):
        ws.column_dimensions[letter].width = width


def as_csv(title: list, rows: list) -> list[list[str]]:
    """The sheet as Excel's "Save as CSV UTF-8" writes it: what each cell shows."""
    lines = [[line or ""] + [""] * (len(HEADER) - 1) for line in title]
    lines.append(HEADER)
    for row in rows:
        lines.append([shown(v) for v in row[:4]] + [shown(*row[4])] + [shown(v) for v in row[5:]])
    return lines


def build(outdir: Path | str) -> list[Path]:
    """Write the Lynford workbook and its two CSVs into ``outdir``."""
    outdir = Path(outdir)
    book = openpyxl.Workbook()
    book.properties.creator = "Lynford CSP Team"
    leads = book.active
    leads.title = "Leads"
    leads["A1"] = "Lynford Community Safety Partnership – priority leads 2025/26"
    leads["A1"].font = Font(bold=True, size=13)
    for r, values in enumerate(LEADS, 3):
        put_row(leads, r, values, font=BOLD if r == 3 else None, boxed=True)
    plan_sheet(book.create_sheet("Burglary"), BURGLARY_TITLE, BURGLARY)
    plan_sheet(book.create_sheet("Road Safety"), ROADS_TITLE, ROADS)
    return [save_workbook(book, outdir / PLAN_FILE, SAVED),
            write_csv(outdir / DUPLICATE_CSV, as_csv(BURGLARY_TITLE, BURGLARY)),
            write_csv(outdir / HATE_CSV, [row + [None] * (len(HATE[1]) - len(row)) for row in HATE])]


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
