#!/usr/bin/env python3
"""Build the Kelderby Community Safety Partnership's plan (fictional).

Layout: one Excel Table (an openpyxl ``Table`` object, "tblActions") under
a two-line title holds every priority's actions; the priority is a column,
typed with aliases. Refs are prefixed codes ("ASB-01", "RBC-04"), cited in
other cells as "ASB1", "asb-1", "ASB-2". The strand column is in capitals.
Status is only the fill colour of the Status cell (RAG, blue for complete,
and Excel's pale "Good" / "Neutral" / "Bad" styles). Target dates are Excel
dates, some formatted "mmm-yy" (a month only). Partners are a column split
on ; , / and line breaks. "Governance" is a grid of forums down and
priorities across with marks (✓ ● x Y); "Contacts" lists staff with
initials; "Lists" holds the drop-down lists and the colour key.

    python3 build.py OUTDIR     write the plan into OUTDIR (default: here)

The truth file, expected.json, is written by hand, not by this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plan_files import BOLD, day, put_row, save_workbook, solid  # noqa: E402

PLAN_FILE = "Kelderby CSP Action Plan 2025-26.xlsx"
SAVED = "2025-06-03T11:05:00Z"
HEADER = ["ID", "Priority", "4P Strand", "Action", "Success measure", "Lead", "Partners", "Target date",
          "Status", "Notes"]
FIRST_ROW = 4  # the table's header row, under the title lines

# Status fills: the key's four colours and Excel's pale cell styles.
FILLS = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0",
         "good": "C6EFCE", "neutral": "FFEB9C", "bad": "FFC7CE"}


def dmy(y, m, d):
    return (day(y, m, d), "dd/mm/yyyy")


def mon(y, m):
    """A date typed as 'Sep-25': Excel stores the 1st and shows the month."""
    return (day(y, m, 1), "mmm-yy")


def dmon(y, m, d):
    return (day(y, m, d), "d-mmm-yy")


def text(words):
    return (words, None)


# ID, Priority, 4P Strand, Action, Success measure, Lead, Partners, Target date, (fill, status text), Notes
ROWS = [
    ["ASB-01", "ASB", "PREVENT", "Build a ward-level ASB hotspot map from police, council and housing calls.",
     "Map live and refreshed each month.", "RO", "Kelderby Council; Kelderby Homes", dmy(2025, 6, 30),
     ("B", "Complete"), None],
    ["ASB-02", "Anti-social behaviour", "PREVENT",
     "Target youth outreach at the estates using the hotspot map from ASB1.",
     "Outreach sessions held in every top-five ward.", "Amrit Sandhu", "Kelderby Council\nKelderby Youth Zone",
     mon(2025, 9), ("G", None), None],
    ["ASB-03", "ASB", "PURSUE", "Joint police and council patrols in the top five wards on Friday and Saturday nights.",
     "ASB calls down 10% against the baseline set in asb-1.", "Insp Okafor", "Kelderby Council",
     dmy(2026, 3, 31), ("good", None), None],
    ["ASB-04", "ASB", "PURSUE", "Community Protection Notices and injunctions for the most persistent perpetrators.",
     "Notices served; breaches prosecuted.", "AS", "Kelderby Council / Kelderby Homes", dmon(2025, 11, 30),
     ("A", None), "Progress on ASB-04 reported monthly to the Case Review Panel."],
    ["ASB-05", "ASB", "PROTECT ", "Victim-led ASB Case Reviews, with a named officer for each high-risk victim.",
     "Every review decided within 20 working days.", "Sgt Howells", "Victim Support", mon(2025, 12),
     ("neutral", None), "Depends on ASB-04"],
    ["ASB-06", "ASB", "PROTECT", "Design out ASB at the three underpasses: lighting, CCTV, cutting back vegetation.",
     "ASB reports at the underpasses.", "Kelderby Council Community Safety Team", "Kelderby Council",
     dmy(2026, 1, 31), ("R", None), "Needs RUR-03 in place first (shared CCTV contract)"],
    ["ASB-07 ", "ASB", "PREPARE", "Train 40 housing and council staff to record ASB the same way on the shared system.",
     "Staff trained; records meeting the standard.", "Rhys Okafor", "Kelderby Homes", text("TBC"),
     (None, None), "Uses form ASB-1 (first warning letter) throughout."],
    ["ASB-08", "Anti Social Behaviour", "PREPARE", "Refresh the ASB problem profile for 2026/27.",
     "Profile agreed by the CSP Board.", "TBC", None, mon(2026, 3), (None, None), "Uses ASB-01 and ASB-05 data"],
    ["RBC-01", "Retail & Business Crime", "PREVENT",
     "Shop-theft prevention visits and small grants for independent retailers.",
     "80 shops visited; repeat victims among them.", "JO", "Kelderby BID; Kelderby Council", dmy(2025, 7, 31),
     ("B", None), None],
    ["RBC-02", "Business crime", "PREVENT", "Extend the town-centre shop radio scheme to every BID member.",
     "120 members on the radio scheme.", "Jade Okafor (BID)", "Kelderby BID", mon(2025, 10), ("G", None),
     "Follows on from RBC-01"],
    ["RBC-03", "Retail & Business Crime", "PURSUE",
     "Criminal behaviour orders and a treatment offer for the 20 most prolific shop thieves.",
     "Orders obtained; offending by the cohort.", "Insp R Okafor", "CPS / Kelderby Recovery Service",
     dmy(2026, 3, 31), ("A", None), None],
    ["RBC-04", "Retail & Business Crime", "PURSUE",
     "Extend the shop radio scheme (RBC-02) to the retail park and the ring-road petrol stations.",
     "Radio messages from the new sites.", "J. Okafor", "Kelderby BID, Kelderby Business Crime Forum",
     mon(2026, 1), ("neutral", None), None],
    ["RBC-05", "Retail & Business Crime", "PROTECT",
     "Staff-safety training and body-worn cameras for shop workers who face abuse.",
     "300 staff trained; assaults on shop staff reported.", "RO/JO", "Kelderby BID; Usdaw", dmy(2025, 12, 31),
     ("G", None), None],
    ["RBC-06", "Retail", "PROTECT", "A route from shops into drug treatment for shop thieves who use drugs.",
     "Referrals made; treatment starts.", "Martin Pryce", "Kelderby Recovery Service", text("TBC"),
     (None, "On hold"), "Waiting on DRG-03 referral route"],
    ["RBC-07", "Retail & Business Crime", "PREPARE",
     "Quarterly business crime intelligence pack for the BID and the Forum.", "Pack out every quarter.",
     "Kelderby Police Analyst", None, text("Ongoing"), ("G", None), "Uses intelligence from RBC-05 and RBC-03"],
    ["RBC-08", "Retail & Business Crime", "PREPARE",
     "Night-time business crime plan with the licensing team.", "Plan agreed before Christmas.", "TW",
     "Kelderby Council; Licensing Liaison Group", dmy(2025, 11, 30), ("R", None),
     "Replaces RBC-03 of last year's plan."],
    ["DRG-01", "Drugs", "PREVENT", "Secure Combating Drugs Partnership funding for outreach and treatment places.",
     "Funding confirmed for 2025-27.", "DI Brennan", "Kelderby Public Health", dmy(2025, 6, 30), ("B", None), None],
    ["DRG-02", "Drug Harm", "PREVENT", "Drug and alcohol education sessions in every secondary school.",
     "Sessions in all eight schools.", "Kelderby Recovery Service", "local schools / Kelderby Recovery Service",
     mon(2026, 2), ("G", None), "Requires DRG-01 funding"],
    ["DRG-03", "Drug Harm", "PROTECT", "Arrest referral: a treatment worker in custody for people arrested who use drugs.",
     "Assessments in custody; treatment starts.", "MP", "Kelderby Recovery Service", dmon(2025, 9, 30),
     ("good", None), None],
    ["DRG-04", "Drugs", "PURSUE", "Close drug lines and execute warrants at addresses linked to Class A supply.",
     "Lines closed; warrants executed.", "NB", "Kelderby Homes", text("Ongoing"), ("A", None),
     "Uses the ASB-1 hotspot map for targeting."],
    ["DRG-05", "Drug Harm", "PURSUE",
     "Cuckooing: closure orders, and safeguarding visits for tenants taken over by dealers.",
     "Closure orders; tenants safeguarded.", "Nadia Brennan", "Kelderby Homes; Kelderby Council", mon(2025, 12),
     ("bad", None), "Depends on DRG-09"],
    ["DRG-06", "Drug Harm", "PROTECT", "Naloxone for hostels, outreach workers and family members.",
     "200 kits issued.", "Kelderby Recovery Service", "Kelderby Recovery Service, hostels", dmy(2026, 3, 31),
     ("G", None), "Needs DRG-03 and DRG-01"],
    ["DRG-07", "Drug Harm", "prepare", "Drug-related death reviews with the coroner's office.",
     "Every death reviewed within three months.", "DI N Brennan", "NHS\nKelderby Recovery Service", text("TBC"),
     (None, None), "Home Office bid ref DRG-2025-07 submitted in May."],
    ["DRG-08", "Drugs", "PREPARE", "Combating Drugs Partnership needs assessment.",
     "Assessment agreed by the Partnership.", "Kelderby Public Health", "Combating Drugs Partnership",
     (day(2026, 1, 31), "dd/mm/yy"), ("G", None), "Reported alongside RBC-07 each quarter"],
    ["RUR-01", "Rural Crime", "PREVENT", "Farm security surveys and property marking (quad bikes, tools, plant).",
     "150 farms surveyed; marked property recovered.", "CF", "NFU; Kelderby Farm Watch", dmy(2025, 8, 31),
     ("B", None), None],
    ["RUR-02", "Rural", "PREVENT", "Recruit farms to Kelderby Farm Watch and its messaging group.",
     "200 farms signed up.", "PC Fry", "Kelderby Farm Watch", mon(2025, 11), ("G", None), "Depends on RUR-01"],
    ["RUR-03", "Rural Crime", "PREPARE", "Shared CCTV and ANPR maintenance contract for rural and town-centre cameras.",
     "Contract let; cameras working 95% of the time.", "Kelderby Council Community Safety Team",
     "Kelderby Council", dmy(2025, 9, 30), ("R", None), None],
    ["RUR-04", "Rural Crime", "PURSUE", "ANPR cameras on the A614 and B1230, the routes travelling thieves use.",
     "Cameras live; vehicles stopped on hits.", "Sgt Howells", "Kelderby Council / National Highways",
     mon(2025, 10), ("A", None), "Needs RUR-03"],
    ["RUR-05", "Rural Crime", "PURSUE", "Hare-coursing and poaching operations in the autumn, seizing dogs and vehicles.",
     "Operations run; seizures.", "PC Callum Fry", "NFU, Kelderby Farm Watch", dmon(2025, 12, 31), ("G", None),
     "Blocked until RUR-04 done"],
    ["RUR-06", "Rural Crime", "PROTECT", "Tracker units fitted to plant and quad bikes on the farms signed up through RUR-02.",
     "100 trackers fitted; thefts of tracked machines.", "CF", "NFU", dmy(2026, 3, 31), ("neutral", None), None],
    ["RUR-07", "Rural Crime", "PROTECT", "Protect the two scheduled monuments from night-time metal detecting.",
     "Incidents at both sites.", "PC Fry & Kelderby Heritage Trust", "Kelderby Heritage Trust", mon(2025, 7),
     ("B", "Complete"), None],
    ["RUR-08", "Rural Crime", "PREPARE", "Rural crime problem profile and the annual survey of farmers.",
     "Survey run; profile agreed by the Rural Crime Group.", None, "NFU", dmy(2026, 2, 28), (None, None),
     "Builds on RUR-05 results"],
    ["ASB-09", "Anti Social Behaviour ", "PREVENT", "Noise and nuisance campaign in the student areas.",
     "Complaints from student areas down.", "AS / Kelderby University", "Kelderby University; Kelderby Council",
     dmy(2025, 10, 15), ("G", None), "Follows ASB-2"],
]

CONTACTS = [
    ["Initials", "Name", "Job title", "Organisation", "Leads on"],
    ["RO", "Insp Rhys Okafor", "Neighbourhood Inspector", "Kelderby Police", "Anti-Social Behaviour"],
    ["JO", "Jade Okafor", "Business Crime Manager", "Kelderby Business Improvement District", "Retail & Business Crime"],
    ["CF", "PC Callum Fry", "Rural Crime Officer", "Kelderby Police", "Rural Crime"],
    ["NB", "DI Nadia Brennan", "Drugs Lead", "Kelderby Police", "Drug Harm"],
    ["AS", "Amrit Sandhu", "ASB Officer", "Kelderby Council", None],
    ["TW", "Tilly Warburton", "Licensing Manager", "Kelderby Council", None],
    ["GH", "Sgt Gwen Howells", "Neighbourhood Sergeant", "Kelderby Police", None],
    ["MP", "Martin Pryce", "Treatment Services Manager", "Kelderby Recovery Service", None],
]

GRID = [
    ["Forum", "Anti-Social Behaviour", "Retail & Business Crime", "Rural Crime", "Drug Harm", "Chair", "Meets"],
    ["Kelderby Community Safety Partnership Board", "✓", "✓", "✓", "✓", "Cllr Howard Pim", "Quarterly"],
    ["ASB Case Review Panel", "●", None, None, None, "Amrit Sandhu", "Monthly"],
    ["Kelderby Business Crime Forum", None, "Y", None, "x", "Jade Okafor", "Every two months"],
    ["Rural Crime Group", None, None, "✓", None, "PC Callum Fry", "Quarterly"],
    ["Combating Drugs Partnership", "x", "-", None, "●", "Director of Public Health", "Quarterly"],
    ["Licensing Liaison Group", None, "y", None, "✓", "Tilly Warburton", "Monthly"],
]

LISTS = [
    ["Priorities", "Strands", "Status colour", "Meaning"],
    ["Anti-Social Behaviour", "PREVENT", None, "On track"],
    ["Retail & Business Crime", "PURSUE", None, "At risk"],
    ["Rural Crime", "PROTECT", None, "Off track"],
    ["Drug Harm", "PREPARE", None, "Complete"],
]


def action_plan(ws) -> None:
    ws["A1"] = "Kelderby Community Safety Partnership – Action Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 4 · updated 03/06/2025 · maintained by the CSP Manager"
    put_row(ws, FIRST_ROW, HEADER)
    for r, values in enumerate(ROWS, FIRST_ROW + 1):
        (when, fmt), (fill, status) = values[7], values[8]
        put_row(ws, r, values[:7] + [when, status, values[9]], boxed=True)
        if fmt:
            ws.cell(row=r, column=8).number_format = fmt
        if fill:
            ws.cell(row=r, column=9).fill = solid(FILLS[fill])
    last = FIRST_ROW + len(ROWS)
    table = Table(displayName="tblActions", ref=f"A{FIRST_ROW}:J{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    for letter, width in zip("ABCDEFGHIJ", (9, 22, 11, 52, 36, 22, 30, 11, 9, 36)):
        ws.column_dimensions[letter].width = width


def governance(ws) -> None:
    ws["A1"] = "Kelderby CSP – which forum oversees which priority"
    ws["A1"].font = Font(bold=True, size=13)
    put_row(ws, 3, GRID[0], font=BOLD)
    for r, values in enumerate(GRID[1:], 4):
        put_row(ws, r, values, boxed=True)
    ws.cell(row=4 + len(GRID), column=1, value="Key: a mark in a cell means the forum oversees that priority.")


def lists(ws) -> None:
    put_row(ws, 1, LISTS[0], font=BOLD)
    for r, values in enumerate(LISTS[1:], 2):
        put_row(ws, r, values)
    for r, fill in zip(range(2, 6), ("G", "A", "R", "B")):
        ws.cell(row=r, column=3).fill = solid(FILLS[fill])


def build(outdir: Path | str) -> list[Path]:
    """Write the Kelderby workbook into ``outdir``; return the files written."""
    book = openpyxl.Workbook()
    book.properties.creator = "Kelderby CSP Manager"
    book.active.title = "Action Plan"
    action_plan(book.active)
    governance(book.create_sheet("Governance"))
    contacts = book.create_sheet("Contacts")
    for r, values in enumerate(CONTACTS, 1):
        put_row(contacts, r, values, font=BOLD if r == 1 else None)
    lists(book.create_sheet("Lists"))
    return [save_workbook(book, Path(outdir) / PLAN_FILE, SAVED)]


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
