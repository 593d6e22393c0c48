#!/usr/bin/env python3
"""Build the Ashcombe Safer Communities Partnership's plans (fictional).

Layout: one sheet per priority, refs plain numbers (1, 2, 3 ... in every
plan, so "action 4" needs the plan's name: "See the Hate Crime plan,
action 4"). Strands are section rows on two sheets ("PREVENT";
"Prevent – stopping it happening") and absent on the third. Headers carry
line breaks ("Target\\ndate"). Dates are mostly text: slashes and dots,
two- and four-digit years, "w/c 14/07/25", months, quarters, financial
years, "Ongoing", "TBC", "Complete". Progress is in the words teams use
("On track", "Slipping", "Off track", "Done"). A "Forums" register lists
Forum | Chair | Frequency | Priorities covered; the cover names the board
the plans report to.

    python3 build.py OUTDIR     write the plan into OUTDIR (default: here)

The truth file, expected.json, is written by hand, not by this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plan_files import BOLD, day, put_row, save_workbook, solid, title_rows  # noqa: E402

PLAN_FILE = "Ashcombe Safer Communities Action Plans 2025-27.xlsx"
SAVED = "2025-05-12T13:30:00Z"
HEADER = ["No.", "Action", "Outcome / measure", "Lead", "Working with", "Start", "Target\ndate", "Depends on",
          "Progress", "Comments"]
WIDTH = len(HEADER)

COVER = [
    "Ashcombe Safer Communities Partnership",
    "Community Safety Action Plans 2025–2027",
    "Reports to: Ashcombe Community Safety Partnership Board",
    "Version 2 – draft for Board, May 2025",
    None,
    "Contents: Youth Violence · Hate Crime · Neighbourhood Crime · Forums",
]

FORUMS = [
    ["Forum", "Chair", "Frequency", "Priorities covered"],
    ["Ashcombe Community Safety Partnership Board", "Cllr Denise Ruddock", "Quarterly", "All"],
    ["Ashcombe Youth Safety Board", "Supt Dominic Farrow", "Bi-monthly", "Youth Violence"],
    ["Hate Incident Panel", "Priti Kaur", "Monthly", "Hate Crime; Youth Violence (incidents in schools)"],
    ["Neighbourhood Tasking Group", "Insp Karen Doyle", "Fortnightly", "Neighbourhood crime, hate crime"],
    ["Safer Streets Steering Group", "Head of Community Safety and Licensing", "Monthly", "Neighbourhood Crime"],
    ["Youth Justice Management Board", "Head of Youth Services", "Quarterly", "Youth violence"],
]

# A section row is a one-item list; a task row is No., Action, Outcome, Lead, Working with, Start,
# Target date, Depends on, Progress, Comments.
SHEETS = {}
SHEETS["Youth Violence"] = ([
    "ASHCOMBE SAFER COMMUNITIES PARTNERSHIP",
    "Youth Violence Action Plan 2025-27",
    "Plan owner: Supt Dominic Farrow    Reports to: Ashcombe Youth Safety Board",
    "Last updated 12.05.25",
    None,
], [
    ["PREVENT"],
    [1, "Detached youth work on Friday and Saturday nights in the three wards with most youth violence.",
     "Young people engaged; youth violence in those wards.", "Sean Doyle", "Ashcombe Youth Service; Ashcombe YMCA",
     day(2025, 4, 1), "31/03/26", None, "On track", None],
    [2, "Knife-crime lessons for Year 8 pupils, delivered with a bereaved family.",
     "Schools reached; pupils' attitudes before and after.", "S. Doyle", "local schools, Ashcombe Academy Trust",
     day(2025, 9, 1), "Q3 2025/26", None, "On track", "Year 9 follow-up in phase 2; £5,000 from the PCC."],
    [3, "Mentoring for young people excluded, or at risk of exclusion, from school.",
     "40 young people mentored; their school attendance.", "Ashcombe YMCA", "Ashcombe YMCA",
     None, "FY25/26", "Needs 1 first", "Slipping", None],
    ["PURSUE"],
    [4, "Multi-agency panel managing the 20 young people most at risk of carrying weapons.",
     "Panel meets monthly; offending by the cohort.", "Insp Karen Doyle", "Ashcombe Youth Offending Service",
     day(2025, 4, 1), "Ongoing", "needed by 9", "On track", None],
    [5, "Weapon sweeps and knife arches in the town centre and at the station.", "Sweeps run; weapons found.",
     "Insp Doyle", "British Transport Police", day(2025, 6, 1), "w/c 14/07/25", "8", "Slipping",
     "2 officers per arch on each night."],
    [6, "Stop and search scrutiny with the youth panel every quarter.", "Panel meets four times; actions taken.",
     "Sgt Lee Maddox", None, None, "Ongoing", None, "on track ", "Replaces action 6 of the 2023-25 plan."],
    ["PROTECT"],
    [7, "Youth workers in the hospital emergency department.", "Young people engaged; repeat attendances for assault.",
     "Sean Doyle and Insp Karen Doyle", "Ashcombe Hospital NHS Trust", day(2025, 7, 1), "2025-26", "1, 4",
     "Off track", None],
    [8, "Safe spaces in shops and cafés along the routes to school.", "30 safe spaces signed up.",
     "Head of Community Safety and Licensing", "Ashcombe BID", day(2025, 4, 1), day(2025, 9, 30), "5", "Done", None],
    ["PREPARE"],
    [9, "Youth violence problem profile and the Serious Violence Duty needs assessment.", "Assessment published.",
     "Community Safety Analyst", None, day(2025, 10, 1), "Jan 2026", None, "Not started", "feeds into 11"],
    [10, "Train youth workers and teachers in trauma-informed practice.", "150 staff trained.", "TBC",
     "Ashcombe Academy Trust", None, "TBC", "See the Hate Crime plan, action 4", "Not started", None],
    [11, "Evaluate the youth violence programme.", "Evaluation report to the Board.", None,
     "University of Ashcombe", None, "Q4 2026/27", "14", None, None],
])

SHEETS["Hate Crime"] = ([
    "Ashcombe Safer Communities Partnership",
    "Hate Crime – Action Plan",
    "Plan owner: Priti Kaur (Community Cohesion Manager)",
    "Reports to: Hate Incident Panel",
    "Version 2",
], [
    ["Prevent – stopping it happening"],
    [1, "Third-party reporting centres in libraries and places of worship.", "10 centres open; reports made through them.",
     "Priti Kaur", "Ashcombe Interfaith Network; Ashcombe Libraries", day(2025, 5, 1), "Complete", None, None, None],
    [2, "Awareness campaign in national hate crime awareness week.", "Campaign run; reports in the month after.",
     "P Kaur", "Ashcombe District Council", None, "w/c 13/10/25", "1", "On track", None],
    [3, "Interfaith speakers in primary schools.", "Schools visited.", "Ashcombe Interfaith Network",
     "Ashcombe Interfaith Network, local schools", None, "Q4 2025/26", "3", "On track", "Run as in 2024."],
    [4, "Train school staff to recognise and record prejudice-based bullying.", "120 staff trained.", "Priti Kaur",
     "Ashcombe Academy Trust", None, day(2026, 1, 31), None, "Slipping", None],
    ["Pursue – bringing offenders to justice"],
    [5, "Every hate crime file checked before charge.", "Files meeting the standard; charge rate.", "DS Aaron Pike",
     "CPS", None, "Ongoing", None, "On track", "Was action 3 in the 2024 plan."],
    [6, "Restorative justice for low-level hate incidents where the victim wants it.",
     "Cases resolved; victims' satisfaction.", "DS Pike", "Ashcombe Restorative Justice Hub", None, "FY 25/26",
     "Needs 5", "Off track", None],
    ["Protect strand"],
    [7, "A caseworker for every repeat victim.", "Repeat victims with a caseworker within 5 days.",
     "Ashcombe Victim Hub", "Victim Support", None, "Dec 2025", "9 (tension picture)", "On track", None],
    [8, "Home security for victims targeted at home.", "Homes made safer within 10 days.", "Insp Doyle",
     "Ashcombe Homes", None, "31/03/26", None, "Slipping", None],
    ["Prepare strand"],
    [9, "Fortnightly community tension assessment and response plan.",
     "Assessments on time; response plan tested.", "Insp K Doyle", "Ashcombe District Council", None, "Ongoing",
     None, "On track", "feeds into 2"],
])

SHEETS["Neighbourhood Crime"] = ([
    "Ashcombe Safer Communities Partnership",
    "Neighbourhood Crime Action Plan 2025-27",
    "Plan owner: Insp Karen Doyle",
    "Reports to: Neighbourhood Tasking Group",
], [
    [1, "Target-hardening for repeat burglary victims.", "100 homes; repeat burglaries.", "Insp Karen Doyle",
     "Ashcombe Homes; Ashcombe District Council", day(2025, 4, 1), "31.10.25", None, "Done", None],
    [2, "Car park patrols and better lighting at the station car park.", "Thefts from vehicles at the car park.",
     "Sgt Maddox", "Ashcombe District Council / Network Rail", None, "Q3 2025/26", None, "On track", None],
    [3, "Shed and garage property-marking events in the villages.", "Events held; items marked.",
     "PCSO Tara Quinlan", "Ashcombe Neighbourhood Watch", None, "Sep 2025", "1", "On track", None],
    [4, "Safer Streets bid for CCTV and alley-gates in the two burglary hotspots.", "Bid won; gates installed.",
     "Head of Community Safety & Licensing", "Ashcombe District Council", None, "FY25/26",
     "Funding (£5,000) – see 1", "Off track", None],
    [5, "Neighbourhood Watch recruitment in the hotspot streets.", "20 new schemes.", "PCSO Quinlan",
     "Ashcombe Neighbourhood Watch", None, "Ongoing", None, "Slipping", None],
    [6, "Secure cycle stands and bike marking at the college and the station.", "Cycle thefts at both sites.",
     "T. Quinlan", "Ashcombe College; Network Rail", None, "30/11/25", "2", "On track", None],
    [7, "Offender management for the most prolific neighbourhood offenders.", "Offending by the cohort.", "DS Pike",
     "Probation", day(2025, 4, 1), "Ongoing", None, "At risk", None],
    [8, "Security visits to rural shops and post offices.", "Shops visited.", "Sgt Maddox & PCSO Quinlan", None,
     None, "w/c 01/09/25", None, "Done", None],
    [9, "Visits to elderly repeat victims, with the hate crime team's home security offer.",
     "Visits within 48 hours.", "Insp Doyle", "Age UK Ashcombe", None, "2025-26",
     "action 8 of the Hate Crime plan", "On track", None],
    [10, "Neighbourhood crime problem profile for 2026/27.", "Profile agreed by the Tasking Group.",
     "Community Safety Analyst", None, None, "Q4 2025/26", "1, 2 and 7", "Not started", None],
])


def plan_sheet(ws, title: list, rows: list) -> None:
    row = title_rows(ws, title, width=WIDTH)
    put_row(ws, row, HEADER, font=BOLD, fill=solid("FCE4D6"), boxed=True)
    for r, values in enumerate(rows, row + 1):
        if len(values) == 1:  # a strand's section row, merged across the table
            ws.cell(row=r, column=1, value=values[0]).font = Font(bold=True, color="FF833C0B")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=WIDTH)
            continue
        put_row(ws, r, values, boxed=True)
        for c in (6, 7):
            if values[c - 1] is not None and not isinstance(values[c - 1], str):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
    ws.row_dimensions[row].height = 30
    for letter, width in zip("ABCDEFGHIJ", (5, 52, 34, 26, 34, 11, 12, 22, 11, 34)):
        ws.column_dimensions[letter].width = width


def cover(ws) -> None:
    title_rows(ws, COVER, width=6)
    ws["A3"].alignment = Alignment(horizontal="left")


def build(outdir: Path | str) -> list[Path]:
    """Write the Ashcombe workbook into ``outdir``; return the files written."""
    book = openpyxl.Workbook()
    book.properties.creator = "Ashcombe Community Safety Team"
    book.active.title = "Cover"
    cover(book.active)
    for name, (title, rows) in SHEETS.items():
        plan_sheet(book.create_sheet(name), title, rows)
    forums = book.create_sheet("Forums")
    for r, values in enumerate(FORUMS, 1):
        put_row(forums, r, values, font=BOLD if r == 1 else None, boxed=True)
    return [save_workbook(book, Path(outdir) / PLAN_FILE, SAVED)]


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
