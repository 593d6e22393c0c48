"""Sheets that say who is who and which forums cover what.

Beside their task tables, plans keep lists: a staff list (Initials | Name |
Role | Organisation | Leads on), a project tool's resource sheet (Name |
Initials | Group), key contacts written as lines ("Insp Gareth Penhallow
(GP)" beside "Priority lead – Hate Crime"), a forums register (Forum |
Chair | Frequency | Priorities covered; or Meeting | How often | On the
agenda | Members), the same as blocks of "Forum: / Chair: / Meets: /
Looks at:" rows, a grid of forums against priorities with marks in the
cells, and a list of the partners signed up to the plan. Columns and labels
are read by what they mean, in any order and wording.

These readers find people, forums and partners as written; the joining
steps match the priorities they name to the plan's areas.

Examples
--------
>>> from loaders.workbooks.cells import Sheet
>>> def sheet(rows):
...     return Sheet("S", False, {(r + 1, c + 1): v for r, row in enumerate(rows) for c, v in enumerate(row) if v}, {})
>>> staff = sheet([["Initials", "Name", "Role", "Leads on"], ["KM", "Kamal Mistry", "DA Coordinator", "Domestic Abuse"]])
>>> [(p.name, p.initials, p.role, p.leads_on) for p in people_lists(staff, "plan.xlsx")]
[('Kamal Mistry', 'KM', 'DA Coordinator', 'Domestic Abuse')]
>>> forums = sheet([["Meeting", "Chair", "How often", "On the agenda", "Members"],
...                 ["Youth Safety Panel", "Sgt Rhys Dunmore", "Monthly", "YV, domestic abuse", "Police, Council"]])
>>> [(g.forum, g.covers, g.frequency, g.members) for g in forum_registers(forums, "plan.xlsx")]
[('Youth Safety Panel', ('YV', 'domestic abuse'), 'Monthly', ('Police', 'Council'))]
>>> grid = sheet([["Forum", "Violence", "Drugs"], ["Safer Board", "✓", "✓"], ["Drugs Group", "", "x"]])
>>> [(g.forum, g.covers) for g in forum_registers(grid, "plan.xlsx")]
[('Safer Board', ('Violence', 'Drugs')), ('Drugs Group', ('Drugs',))]
>>> contacts = sheet([["Key contacts"], ["Insp Gareth Penhallow (GP)", "Priority lead – Hate Crime"]])
>>> [(p.name, p.initials, p.leads_on) for p in key_contacts(contacts, "plan.xlsx")]
[('Insp Gareth Penhallow', 'GP', 'Hate Crime')]
>>> partners = sheet([["Partners signed up to this plan"], ["Eastvale Borough Council (Eastvale BC)"], ["Citizens Advice"]])
>>> [(k.name, k.aliases) for k in partner_lists(partners, "plan.xlsx")]
[('Eastvale Borough Council', ('Eastvale BC',)), ('Citizens Advice', ())]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import islice
from typing import Iterator

from graphmodel import Source

from ..collected import Governance, KnownName, Person
from ..text.titles import normalise
from .blocks import label_rows
from .cells import Sheet, coordinate

__all__ = ["register_meaning", "people_lists", "forum_registers", "key_contacts", "partner_lists", "split_list"]

_REGISTER_WORDS: tuple[tuple[str, str], ...] = (
    ("initials", r"initials?|init|short\s+name|abbreviation|code"),
    ("chair", r"chair(?:ed\s+by|person)?|chaired\s+by|chair\s+person"),
    ("frequency", r"frequency|how\s+often|meets|meeting\s+frequency|meets\s+every|cycle|when\s+it\s+meets"),
    ("covers", r"(?:priorities|priority|areas?|themes?)(?:\s+covered)?|on\s+the\s+agenda|looks\s+at|covers?|remit"
               r"|scope|agenda|oversees|responsible\s+for\s+priorities"),
    ("members", r"members(?:hip)?|attendees|partners|organisations|agencies\s+attending|who\s+attends"),
    ("forum", r"(?:name\s+of\s+)?(?:forum|meeting|board|group|partnership|panel|committee|network)s?(?:\s+name)?"),
    ("name", r"(?:full\s+)?name|officer|contact|person|staff(?:\s+member)?|resource(?:\s+name)?|who"),
    ("role", r"role|job\s+title|title|position|post"),
    ("organisation", r"organi[sz]ation|agency|employer|group|team|service|department"),
    ("leads_on", r"leads?\s+on|lead\s+for|lead\s+area|portfolio|responsible\s+for"),
)
_REGISTER_RES = [(m, re.compile(p, re.I)) for m, p in _REGISTER_WORDS]
_YES = re.compile(r"^\s*(?:[✓✔☑●•*xX✗]|y|yes|true|1|lead|member|core)\s*$", re.I)
_NO = re.compile(r"^\s*(?:[✘✗]|n|no|-|–|0|none|n/?a)\s*$", re.I)
_FORUM_NOUN = re.compile(r"\b(?:board|forum|group|panel|partnership|meeting|committee|network|executive|"
                         r"conference|hub|marac|mappa|tasking)s?\b", re.I)
_BRACKET_INITIALS = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<initials>[A-Z]{2,4})\)\s*$")
_LIST_HEADING = re.compile(r"\b(?:partners?|organisations?|signatories|members|agencies)\b", re.I)


@lru_cache(maxsize=2048)
def register_meaning(header: str) -> str | None:
    """What a column or label of a register means: initials, chair,
    frequency, covers, members, forum, name, role, organisation, leads_on."""
    text = " ".join(normalise(header).split())
    for meaning, pattern in _REGISTER_RES:
        if pattern.fullmatch(text):
            return meaning
    return None


def _header(sheet: Sheet, row: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for col, value in sheet.row_values(row):
        meaning = register_meaning(str(value)) if isinstance(value, str) else None
        if meaning and meaning not in columns:
            columns[meaning] = col
    return columns


def _table_rows(sheet: Sheet, header_row: int, rows: list[int] | None = None) -> list[int]:
    """The rows below a header, up to the first blank row (``rows``: the sheet's, if known)."""
    return list(_rows_below(sheet.rows() if rows is None else rows, header_row))


def _rows_below(rows: list[int], header_row: int) -> Iterator[int]:
    """The rows below a header, up to the first blank row, one at a time:
    from the header's place in the sheet's rows, not from the top."""
    previous = None
    for row in islice(rows, bisect_right(rows, header_row), None):
        if previous is not None and row > previous + 1:
            return
        yield row
        previous = row


def people_lists(sheet: Sheet, file: str) -> list[Person]:
    """People named in staff lists and resource sheets on a sheet."""
    people = []
    for row in sheet.rows():
        cols = _header(sheet, row)
        if "name" not in cols or not ({"initials", "role", "leads_on"} & set(cols)):
            continue
        if "organisation" not in cols and "forum" in cols:
            cols["organisation"] = cols.pop("forum")  # a resource sheet's "Group"
        for body in _table_rows(sheet, row):
            name = sheet.text(body, cols["name"])
            if not name:
                continue
            people.append(Person(name, Source(file, sheet.name, coordinate(body, cols["name"])),
                                 **{m: sheet.text(body, cols[m]) for m in ("initials", "role", "organisation",
                                                                           "leads_on") if m in cols}))
    return people


def forum_registers(sheet: Sheet, file: str) -> list[Governance]:
    """Forums in registers on a sheet: tables, grids and label blocks."""
    found: list[Governance] = []
    read_to = 0
    rows = sheet.rows()
    for row in rows:
        if row <= read_to:
            continue
        cols = _header(sheet, row)
        if "forum" in cols and ({"chair", "frequency", "covers", "members"} & set(cols)):
            found += _register_table(sheet, row, cols, file)
        elif _is_grid_header(sheet, row, rows):
            found += _grid(sheet, row, file)
        else:
            continue
        read_to = max(_table_rows(sheet, row, rows), default=row)
    return found + _forum_blocks(sheet, file)


def _register_table(sheet: Sheet, header_row: int, cols: dict[str, int], file: str) -> list[Governance]:
    found = []
    rows = _table_rows(sheet, header_row)
    marked = _mark_columns(sheet, header_row, rows, set(cols.values()))
    for row in rows:
        forum = sheet.text(row, cols["forum"])
        if not forum:
            continue
        value = {m: sheet.text(row, cols[m]) if m in cols else "" for m in ("chair", "frequency", "covers", "members")}
        covers = split_list(value["covers"]) + [top for c, top in marked if _YES.match(sheet.text(row, c))]
        found.append(Governance(forum, Source(file, sheet.name, coordinate(row, cols["forum"])),
                                covers=tuple(covers), chair=value["chair"],
                                frequency=value["frequency"], members=tuple(split_list(value["members"]))))
    return found


def _mark_columns(sheet: Sheet, header_row: int, rows: list[int], taken: set[int]) -> list[tuple[int, str]]:
    """Columns of a register holding only marks ("✓", "x", "Y"): one a priority the forum covers."""
    out = []
    for col, value in sheet.row_values(header_row):
        cells = [sheet.text(r, col) for r in rows]
        filled = [m for m in cells if m]
        if col not in taken and filled and all(_YES.match(m) or _NO.match(m) for m in filled):
            out.append((col, sheet.text(header_row, col)))
    return out


def _is_grid_header(sheet: Sheet, row: int, rows: list[int]) -> bool:
    """A header over columns of marks: a forums-by-priorities grid. The rows
    below are read only until one holds a word that is no mark (every row
    of a long table of words is asked whether it heads a grid)."""
    header = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
    if len(header) < 3 or any(register_meaning(t) not in (None, "forum") or _YES.match(t) or _NO.match(t)
                              for _, t in header[1:]):
        return False
    body = filled = False
    for below in _rows_below(rows, row):
        body = True
        for c, _ in header[1:]:
            mark = sheet.text(below, c)
            if mark and not (_YES.match(mark) or _NO.match(mark)):
                return False
            filled = filled or bool(mark)
    return body and filled


def _grid(sheet: Sheet, header_row: int, file: str) -> list[Governance]:
    header = [(c, sheet.text(header_row, c)) for c, _ in sheet.row_values(header_row)]
    first_col = header[0][0]
    rows = _table_rows(sheet, header_row)
    down = [sheet.text(r, first_col) for r in rows]
    forums_across = sum(bool(_FORUM_NOUN.search(t)) for _, t in header[1:]) > sum(bool(_FORUM_NOUN.search(t))
                                                                                  for t in down)
    pairs: dict[tuple[str, str], list[str]] = {}
    for r, label in zip(rows, down):
        for c, top in header[1:]:
            if _YES.match(sheet.text(r, c)) and label:
                forum, cell = ((top, coordinate(header_row, c)) if forums_across else (label, coordinate(r, first_col)))
                pairs.setdefault((forum, cell), []).append(label if forums_across else top)
    return [Governance(forum, Source(file, sheet.name, cell), covers=tuple(covers))
            for (forum, cell), covers in pairs.items()]


def _forum_blocks(sheet: Sheet, file: str) -> list[Governance]:
    """ "Forum: X / Chair: Y / Meets: Z / Looks at: W" blocks."""
    found = []
    block: dict[str, tuple[str, str]] = {}
    previous = 0
    for row in sheet.rows() + [None]:  # type: ignore[operator]
        labelled = label_rows(sheet, row, colon_only=True) if row is not None else None
        meaning = register_meaning(labelled[0]) if labelled else None
        if row is None or row > previous + 1 or (meaning == "forum" and "forum" in block) or not meaning:
            if "forum" in block:
                found.append(_block_forum(block, sheet, file))
            block = {}
        if meaning and labelled:
            block.setdefault(meaning, (labelled[1].text, labelled[1].cell))
        previous = row or previous
    return found


def _block_forum(block: dict[str, tuple[str, str]], sheet: Sheet, file: str) -> Governance:
    text = {m: v for m, (v, _) in block.items()}
    return Governance(text["forum"], Source(file, sheet.name, block["forum"][1]),
                      covers=tuple(split_list(text.get("covers", ""))), chair=text.get("chair", ""),
                      frequency=text.get("frequency", ""), members=tuple(split_list(text.get("members", ""))))


def split_list(text: str) -> list[str]:
    """A cell listing names: split on ; , / and new lines, brackets dropped
    ("hate crime (disability cases)" is "hate crime"). "and" is not a
    separator: "Hate crime and community cohesion" is one priority."""
    parts = re.split(r"\s*(?:[;,\n/]|\s[-–]\s)\s*", text or "")
    cleaned = [re.sub(r"\s*\([^)]*\)\s*", " ", p).strip(" .") for p in parts]
    return [p for p in cleaned if p]


def key_contacts(sheet: Sheet, file: str) -> list[Person]:
    """Lines naming a person with their initials: "Insp Gareth Penhallow (GP)"."""
    people = []
    for row in sheet.rows():
        cells = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
        cells = [(c, t) for c, t in cells if t]
        if not cells:
            continue
        m = _BRACKET_INITIALS.match(cells[0][1])
        if not m:
            continue
        role = cells[1][1] if len(cells) > 1 else ""
        people.append(Person(m.group("name").strip(), Source(file, sheet.name, coordinate(row, cells[0][0])),
                             initials=m.group("initials"), role=role, leads_on=_leads_on(role)))
    return people


def _leads_on(role: str) -> str:
    """The priority a role names as led: "Priority lead – Hate Crime; Manager" -> "Hate Crime"."""
    m = re.search(r"\b(?:priority\s+|delivery\s+|strategic\s+|theme\s+)?lead\s*(?:for|on|[-–:])\s*(?P<what>[^;,(]+)",
                  role, re.I)
    return m.group("what").strip() if m else ""


def partner_lists(sheet: Sheet, file: str) -> list[KnownName]:
    """Organisations listed one a row under a heading such as "Partners
    signed up to this plan", with a short name in brackets as an alias."""
    names = []
    in_list = False
    previous = 0
    for row in sheet.rows():
        cells = [(c, sheet.text(row, c)) for c, _ in sheet.row_values(row)]
        cells = [(c, t) for c, t in cells if t]
        if row > previous + 1:
            in_list = False
        previous = row
        if len(cells) != 1:
            in_list = False
            continue
        col, text = cells[0]
        if _LIST_HEADING.search(text) and len(text.split()) <= 8 and not text.rstrip().endswith("."):
            in_list = True
            continue
        if in_list and len(text.split()) <= 10 and ":" not in text:
            m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]{2,40})\)\s*$", text)
            name, aliases = (m.group("name"), (m.group("alias"),)) if m else (text, ())
            names.append(KnownName(name.strip(), Source(file, sheet.name, coordinate(row, col)), aliases))
    return names
