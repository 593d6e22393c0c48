#!/usr/bin/env python3
"""Build the Westmere Community Safety Partnership's plan (fictional).

Layout: the classic wide 4P table, one sheet per priority, each under a
title block of merged rows ("Priority 2 - Serious Violence - Action Plan")
with metadata lines ("Owner: DCI Sam Reed / Last reviewed: 02/05/2025",
"Board: ...", "Reports to: ...", "Version 3"), and a header over two rows:
merged group cells "People" over "Lead officer" | "Supporting officers" and
"Dates" over "Start" | "End", the other headings merged down both rows.
Refs are dotted ("1.1" ... "1.10", "1.11"), mostly text, two typed as
numbers. The strand column is abbreviated (PREV / PUR / PROT / PREP).
Links are written in a Dependencies column and in Comments. A "Contacts"
sheet gives initials.

    python3 build.py OUTDIR     write the plan into OUTDIR (default: here)

The truth file, expected.json, is written by hand, not by this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from plan_files import BOLD, BOX, day, put_row, save_workbook, solid, title_rows  # noqa: E402

PLAN_FILE = "Westmere CSP Delivery Plans 2025-26.xlsx"
SAVED = "2025-05-06T16:20:00Z"
WIDTH = 12

CONTACTS = [
    ["Name", "Initials", "Role", "Organisation"],
    ["Ch Insp Priya Nandra", "PN", "Neighbourhood Policing Lead", "Westmere Police"],
    ["DCI Sam Reed", "SR", "Serious Violence Lead", "Westmere Police"],
    ["D/Supt Helen Marsh", "HM", "Head of Public Protection", "Westmere Police"],
    ["Joanna Whitlock", "JW", "Community Safety Manager", "Westmere Borough Council"],
    ["Sgt Tom Kerridge", "TK", "Neighbourhood Sergeant", "Westmere Police"],
    ["Lena Osei", "LO", "ASB Coordinator", "Westmere Borough Council"],
    ["DS Ravi Chauhan", "RC", "Exploitation Team", "Westmere Police"],
    ["Maria Lopes", "ML", "IDVA Service Manager", "Westmere Women's Aid"],
    ["Insp Ade Bankole", "AB", "Night-Time Economy Inspector", "Westmere Police"],
]

# Each sheet: its title block (None leaves a blank row) and its rows:
# Ref, 4P, Action, Success measure, Lead officer, Supporting officers, Start, End,
# Dependencies, Partners, RAG, Comments.
SHEETS = {}

SHEETS["P1 ASB"] = ([
    "Westmere Community Safety Partnership",
    "Priority 1 – Anti-Social Behaviour – Delivery Plan 2025/26",
    "Owner: Ch Insp Priya Nandra / Last reviewed: 14/04/2025",
    "Board: Safer Westmere Board   |   Version 3",
    None,
], [
    ["1.1", "PREV", "Map ASB hotspots across the four town-centre wards using police, council and housing data.",
     "Hotspot map published and refreshed monthly.", "Ch Insp Priya Nandra", "PC Ola Bright",
     day(2025, 4, 1), day(2025, 6, 30), None, "Westmere BC; Westmere Homes", "Complete",
     "Map shared at the May tasking meeting."],
    ["1.2", "Prev", "Friday Night Project: diversionary youth sessions in the two hotspot wards.",
     "400 attendances; ASB calls on Friday evenings down 15%.", "Lena Osei", "Youth Service outreach team",
     day(2025, 5, 1), "31/03/26", "Builds on 1.1", "Brightside Youth Trust, Westmere BC", "Green", None],
    ["1.3", "PREV", "Target-hardening for repeat-victim households (locks, lighting, doorbell cameras).",
     "120 households visited; repeat victimisation of those visited.", "P. Nandra", "PCSO Dan Ives",
     day(2025, 6, 1), "30.09.2025", "Requires 1.1 (hotspot list)", "Westmere Homes / Neighbourhood Watch",
     "amber", None],
    ["1.4", "PUR", "Community Protection Warnings and Notices for persistent perpetrators, kept on one case log.",
     "Warnings issued; breaches followed up within 10 days.", "Westmere BC ASB Team", "Sgt Kerridge",
     day(2025, 4, 1), day(2025, 9, 30), None, "Westmere BC", "G", None],
    ["1.5", "PUR", "Seek Criminal Behaviour Orders for the ten most persistent adult perpetrators.",
     "Orders applied for and granted.", "PS Tom Kerridge", "DS Chauhan",
     day(2025, 10, 1), "Q4 2025/26", "Cannot start until 1.10 is signed off", "CPS", "Amber", None],
    ["1.6", "PUR ", "Dispersal-order patrols at the skate park and the retail park on weekend evenings.",
     "Patrol hours; ASB reports at both sites.", "Ch Insp Nandra", "PC Ola Bright; PCSO Dan Ives",
     day(2025, 4, 1), "Ongoing", None, "Westmere Retail Park; residents' associations", "Green", None],
    ["1.7", "PROT", "ASB Case Reviews (the community trigger) decided within 20 working days.",
     "Every review decided in time; victims' satisfaction.", "Lena Osei / Ch Insp Nandra", None,
     day(2025, 4, 1), day(2025, 12, 31), None, "Westmere BC,\nWestmere Homes,\nVictim Support", "Green",
     "Reviews meet in Room 1.10, Westmere House."],
    ["1.8", "Protect", "A named caseworker for every high-risk ASB victim.",
     "High-risk victims with a caseworker within 48 hours.", "L. Osei", None,
     day(2025, 7, 1), day(2025, 11, 30), "Requires 1.7", "Victim Support", "Red", None],
    ["1.9", "PREP", "Train 60 frontline staff (housing, council, police) on the shared ASB case system.",
     "Staff trained; cases opened on the system.", "TBC", None,
     None, "Sept 2025", None, "Westmere Homes", None, "Trainer not yet found."],
    ["1.10", "PREP", "Agree a shared ASB case-management protocol between police, council and housing.",
     "Protocol signed by all three partners.", "PN", "Lena Osei",
     day(2025, 5, 1), day(2025, 10, 31), None, "Westmere BC; Westmere Homes", "A",
     "Sign-off at the Safer Westmere Board on 01.10.25."],
    ["1.11", "PREP", "Refresh the partnership's ASB problem profile for 2026/27 commissioning.",
     "Profile refreshed and presented to the Board.", "Ch Insp Priya Nandra ", None,
     day(2026, 1, 5), "31/03/2026", "Builds on 1.1 and 1.10", None, None, None],
])

SHEETS["P2 SV"] = ([
    "Westmere Community Safety Partnership",
    "Priority 2 - Serious Violence - Action Plan",
    "Owner: DCI Sam Reed / Last reviewed: 02/05/2025",
    "Board: Westmere Violence Reduction Board",
    "Reports to: Safer Westmere Board          Version 3",
    None,
], [
    ["2.1", "PREV", "Secure Serious Violence Duty funding and commission the violence reduction programme.",
     "Funding agreed; programme commissioned by September.", "DCI Sam Reed", None,
     day(2025, 4, 1), day(2025, 8, 31), None,
     "Westmere BC; Westmere & Downs NHS Trust; Youth Justice Service", "Complete", None],
    ["2.2", "PREV", "Mentors in the five secondary schools with most exclusions.",
     "50 pupils mentored; exclusions of those mentored.", "Youth Justice Service Manager", None,
     day(2025, 9, 1), day(2026, 3, 31), "Requires 2.1 (funding)", "local schools, Brightside Youth Trust",
     "Green", None],
    [2.3, "PUR", "Weapons sweeps and knife arches at the three night-time hotspots.",
     "Sweeps run; weapons recovered.", "Insp Ade Bankole", "PC Ola Bright",
     day(2025, 4, 1), "Ongoing", None, None, "G", "Search powers as set out in section 2.1 of the Act."],
    ["2.4", "PUR", "Focused deterrence: call-ins and a support offer for the 15 young adults most involved "
     "in serious violence.", "Call-ins held; violent offending by the cohort.", "DCI Reed",
     "Youth Justice Service Manager", day(2025, 7, 1), "Q3 2025/26", "Builds on 2.5",
     "Probation; Youth Justice Service", "Amber", None],
    ["2.5", "PREP", "Data-sharing agreement with the hospital emergency department for assault data.",
     "Agreement signed; monthly data received.", "Priya Nandra", None,
     day(2025, 4, 1), day(2025, 6, 30), None, "Westmere & Downs NHS Trust, Westmere BC", "Complete",
     "The same data is also needed by 3.2 (VAWG hotspot work)."],
    ["2.6", "PROT", "A youth worker in the emergency department to reach young people injured by violence.",
     "Young people engaged; repeat attendances for assault.", "Brightside Youth Trust", None,
     day(2025, 9, 1), "31/01/26", "Requires 2.5 (A&E data) and 2.1 (funding)",
     "Westmere & Downs NHS Trust; Brightside Youth Trust", "Red", None],
    ["2.7", "PROT", "Bleed-control kits in licensed premises and at the bus station.",
     "40 kits installed; door staff trained to use them.", "Insp Bankole", None,
     day(2025, 6, 1), "30.11.25", None, "Westmere BC; licensed premises", "Green", None],
    ["2.8", "PREP", "Strategic needs assessment for serious violence, as the Duty requires.",
     "Assessment published by the end of January.", "Violence Reduction Analyst", None,
     day(2025, 10, 1), day(2026, 1, 31), "Follows completion of 2.5", None, None,
     "Refreshes last year's assessment (action 2.6 in the 2024/25 plan)."],
])

SHEETS["P3 VAWG"] = ([
    "Westmere Community Safety Partnership",
    "PRIORITY 3 – VIOLENCE AGAINST WOMEN AND GIRLS – ACTION PLAN",
    "Owner: D/Supt H. Marsh      Last reviewed: 28.04.2025",
    "Board: VAWG Strategic Group",
    "Reports to: Safer Westmere Board",
], [
    ["3.1", "PREV", "Bystander training for night-time economy staff (bar, door and taxi staff).",
     "300 staff trained; staff confidence survey.", "Det Supt Marsh", "Sgt Kerridge",
     day(2025, 4, 1), day(2025, 9, 30), None, "Westmere Women's Aid; Westmere BC", "Green", None],
    ["3.2", "PREV", "Safer-streets walkabouts with women and girls, and better lighting where they feel unsafe.",
     "12 walkabouts; lighting improved at the sites named.", "Lena Osei", None,
     day(2025, 5, 1), "Q2 2025/26", None, "Westmere BC / Westmere Women's Aid", "Amber", None],
    ["3.3", "PUR", "Monthly panel targeting the highest-harm domestic abuse perpetrators.",
     "Perpetrators managed; repeat victims.", "DS Ravi Chauhan", None,
     day(2025, 4, 1), "Ongoing", None, "Probation, MARAC", "Green", None],
    ["3.4", "PUR", "Stalking Protection Orders sought in every eligible case.",
     "Orders applied for; breaches prosecuted.", "DS Chauhan", None,
     day(2025, 4, 1), day(2026, 3, 31), None, "CPS", "amber ",
     "Was action 3.4 in the 2024/25 plan; carried forward."],
    [3.5, "PROT", "Two more IDVAs for high-risk victims.",
     "Caseloads under 100 per IDVA.", "Maria Lopes", None,
     day(2025, 6, 1), "September 2025", "Requires 2.1 (funding)", "Westmere Women's Aid", "Red", None],
    ["3.6", "PROT", "Safe-accommodation pathway for survivors with no recourse to public funds.",
     "Pathway agreed; placements made.", "Maria Lopes / Joanna Whitlock", None,
     None, "TBC", "Follows completion of 3.5", "Westmere Women's Aid; Westmere Homes", "Not started", None],
    ["3.7", "PREP", "VAWG problem profile and dashboard for the Strategic Group.",
     "Profile published; dashboard updated quarterly.", "HM", None,
     day(2025, 6, 1), day(2025, 10, 31), "Builds on 2.5", None, "Green",
     "Phase 2.1 of the dashboard (mobile view) is out of scope."],
    ["3.8", "PREP", "Train all response officers in domestic abuse risk assessment.",
     "Officers trained; risk assessments completed.", "D/Supt Helen Marsh", None,
     day(2025, 4, 1), day(2025, 12, 31), None, None, "Complete", None],
])

SHEETS["P4 Exploitation"] = ([
    "Westmere Community Safety Partnership",
    "Priority 4 - Exploitation & County Lines - Action Plan",
    "Owner: Joanna Whitlock (Community Safety Manager) / Last reviewed: 02/05/2025",
    "Board: Westmere Exploitation Panel; Safer Westmere Board",
    "Version 3.1",
    None,
], [
    ["4.1", "PREV", "Exploitation awareness sessions for parents and carers on the six hotspot estates.",
     "20 sessions; parents' awareness before and after.", "Joanna Whitlock", None,
     day(2025, 6, 1), "Q3 2025/26", None, "Westmere Homes; Brightside Youth Trust", "Green", None],
    ["4.2", "PREV", "Train taxi drivers, hotel staff and takeaway workers to spot and report exploitation.",
     "500 staff trained; reports from those trades.", "J Whitlock", None,
     day(2025, 5, 1), "30/11/2025", None, "Westmere BC / hotels and takeaways", "Amber",
     "Training materials feed into 4.5."],
    ["4.3", "PUR", "Disrupt county lines into Westmere: phone closures and closure orders on cuckooed flats.",
     "Lines closed; closure orders obtained.", "DS Ravi Chauhan", "DCI Sam Reed",
     day(2025, 4, 1), day(2026, 3, 31), "Prerequisite – 4.9", "British Transport Police; Westmere Homes",
     "GREEN", None],
    ["4.4", "PUR", "Joint visits with immigration enforcement to sites suspected of modern slavery.",
     "Visits made; victims identified; offences charged.", "Det Sgt Chauhan", None,
     day(2025, 4, 1), "Ongoing", None, "Home Office Immigration Enforcement, Westmere BC", "Amber", None],
    ["4.5", "PROT", "Return-home interviews within 72 hours for every child reported missing.",
     "Interviews held within 72 hours.", "Head of Early Help and Family Support", None,
     day(2025, 4, 1), day(2025, 12, 31), None, "Westmere BC\nMASH", "Red", None],
    ["4.6", "PROT", "Specialist caseworkers helping young people out of exploitation.",
     "30 young people supported; exits sustained at six months.", "Brightside Youth Trust", None,
     day(2025, 7, 1), "31/03/26", "Requires 4.5", "Brightside Youth Trust", "Green", None],
    ["4.7", "PREP", "Partnership problem profile of exploitation.",
     "Profile agreed by the Exploitation Panel.", "JW", None,
     day(2025, 4, 1), day(2025, 9, 30), None, None, "Complete",
     "£2.5k from the PCC's fund pays for analyst time."],
    ["4.8", "PREP", "Train the designated safeguarding lead of every school on county-lines signs.",
     "Safeguarding leads from every school trained.", None, None,
     None, "March 2026", "Builds on 4.7 and 4.10", "local schools", None, None],
    ["4.9", "PREP", "Information-sharing protocol on exploitation (police, council, health, schools, housing).",
     "Protocol signed; referrals made through it.", "Joanna Whitlock", None,
     day(2025, 4, 1), day(2025, 7, 31), None, "Westmere BC; Westmere & Downs NHS Trust; Westmere Homes",
     "Green", "This protocol feeds into 4.6 and the Panel's case list."],
])

SINGLE = {1: "Ref", 2: "4P", 3: "Action", 4: "Success measure", 9: "Dependencies", 10: "Partners",
          11: "RAG", 12: "Comments"}
GROUPS = {5: ("People", "Lead officer", "Supporting officers"), 7: ("Dates", "Start", "End")}
WIDTHS = dict(zip("ABCDEFGHIJKL", (6, 7, 50, 36, 24, 22, 11, 11, 26, 30, 9, 36)))


def header(ws, row: int) -> None:
    """Two header rows: groups merged across their columns, the others merged down."""
    for col, text in SINGLE.items():
        ws.cell(row=row, column=col, value=text)
        ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    for col, (group, left, right) in GROUPS.items():
        ws.cell(row=row, column=col, value=group)
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + 1)
        ws.cell(row=row + 1, column=col, value=left)
        ws.cell(row=row + 1, column=col + 1, value=right)
    for r in (row, row + 1):
        for c in range(1, WIDTH + 1):
            cell = ws.cell(row=r, column=c)
            cell.font, cell.fill, cell.border = Font(bold=True), solid("D9E1F2"), BOX
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def plan_sheet(ws, title: list, rows: list) -> None:
    row = title_rows(ws, title, width=WIDTH)
    header(ws, row)
    for r, values in enumerate(rows, row + 2):
        put_row(ws, r, values, boxed=True)
        for c in (7, 8):
            if values[c - 1] is not None and not isinstance(values[c - 1], str):
                ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
    ws.freeze_panes = ws.cell(row=row + 2, column=3)
    for letter, width in WIDTHS.items():
        ws.column_dimensions[letter].width = width


def build(outdir: Path | str) -> list[Path]:
    """Write the Westmere workbook into ``outdir``; return the files written."""
    book = openpyxl.Workbook()
    book.properties.creator = "Westmere Community Safety Team"
    contacts = book.active
    contacts.title = "Contacts"
    put_row(contacts, 1, CONTACTS[0], font=BOLD)
    for r, values in enumerate(CONTACTS[1:], 2):
        put_row(contacts, r, values)
    for name, (title, rows) in SHEETS.items():
        plan_sheet(book.create_sheet(name), title, rows)
    return [save_workbook(book, Path(outdir) / PLAN_FILE, SAVED)]


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
