"""Title blocks and summary rows: a workstream's name and what a plan says of itself.

Above a task table sit a few rows: the partnership's name (the same on
every sheet), the table's title ("Priority 2 - Serious Violence - Action
Plan"), metadata ("Owner: DCI Sam Reed / Last reviewed: 02/05/2024",
"Reports to: Safer Riverside Board"). The workstream is named from the
title's meaningful words, never from a metadata line or the partnership's
name; a title that names only a strand ("PREVENT – Action Plan 2025-27")
leaves the workstream to the plan's own title. Metadata becomes facts: the
plan owner leads the workstream, the review date goes on the plan, a board
is a forum of the workstream's area.

A project export's summary rows say the same in their notes: the top row
lists the governance ("Safer Board – chair Cllr Ann Lee – quarterly"), each
priority names its lead and the boards that oversee it.

Examples
--------
>>> block = TitleBlock([("Riverside CSP", "A1"), ("Priority 2 - Serious Violence - Action Plan", "A2"),
...                     ("Owner: DCI Sam Reed / Last reviewed: 02/05/2024", "A3")])
>>> workstream_title(block, "Sheet2", "Riverside plan", frozenset({"riverside csp"}))
('Serious Violence', 'A2')
>>> [(f.meaning, f.value) for f in block.facts()]
[('lead', 'DCI Sam Reed'), ('reviewed', '02/05/2024')]
>>> workstream_title(TitleBlock([("PREVENT – Action Plan 2025-27", "A1")]), "Prevent", "Hate Crime plan", frozenset())
('Hate Crime', 'A1')
>>> g = governance_line("Safer Northgate Board – chair Cllr Imogen Stroud (Council) – quarterly", None)
>>> (g.forum, g.chair, g.frequency)
('Safer Northgate Board', 'Cllr Imogen Stroud (Council)', 'quarterly')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphmodel import Label, NodeId, Source

from ..collected import Governance, OwnerMention, PartnerText, Person
from ..text.labels import LEAD_ROLE, labelled_facts
from ..text.titles import clean_title, normalise
from ..text.when import parse_when
from .leads import Lead
from .registers import split_list
from .tables import pick_title, strand_in_title, strand_name

if TYPE_CHECKING:
    from .book import Fragment
    from .records import Summary

__all__ = ["TitleBlock", "TitleFact", "boilerplate_of", "workstream_title", "governance_line", "summary_facts"]

_BRACKET_INITIALS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<initials>[A-Z]{2,4})\)\s*$")
_FREQUENCY = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|bi-?monthly|termly"
                        r"|every\s+\w+\s+(?:days?|weeks?|months?)|twice\s+a\s+\w+|as\s+required|ad\s+hoc)\b", re.I)


@dataclass(frozen=True)
class TitleFact:
    """One labelled fact of a title block or note, and its cell."""

    meaning: str
    label: str
    value: str
    cell: str
    lines: tuple[str, ...] = ()

    def apply(self, frag: "Fragment", source: Source, target: NodeId, subject: str) -> None:
        """Record the fact for ``target`` (a workstream) named ``subject``."""
        collected = frag.collected
        if self.meaning == "lead" and self.value:
            role = LEAD_ROLE.get(self.label.lower(), self.label.lower())
            name, initials = _name_and_initials(self.value)
            collected.mentions.append(OwnerMention(name, source, target, role))
            if initials:
                collected.people.append(Person(name, source, initials=initials, role=role, leads_on=subject))
        elif self.meaning == "reviewed":
            when = parse_when(self.value)
            if when.due and when.precision == "day":
                frag.plan.reviewed = when.due.isoformat()
        elif self.meaning == "forums":
            for forum in split_list(self.value) or [governance_line(line, source).forum for line in self.lines]:
                collected.governance.append(Governance(forum, source, target=target))
        elif self.meaning == "partners":
            collected.partners.append(PartnerText(self.value, source, target))


@dataclass
class TitleBlock:
    """The lines above a table or the first block: (text, cell), top to bottom."""

    lines: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    title_cell: str = ""

    def facts(self) -> list[TitleFact]:
        return [TitleFact(f.meaning, f.label, f.value, cell, f.lines)
                for text, cell in self.lines for f in labelled_facts(text)]


def boilerplate_of(blocks: list[TitleBlock]) -> frozenset[str]:
    """Title lines that head more than one table: the partnership's name, not a title."""
    counts = Counter(normalise(text) for block in blocks for text in {t for t, _ in block.lines})
    return frozenset(line for line, n in counts.items() if n > 1 and line)


def workstream_title(block: TitleBlock, sheet_name: str, plan_title: str,
                     boilerplate: frozenset[str]) -> tuple[str, str]:
    """(workstream name, cell it was read from) for a table or sheet of blocks."""
    title, cell = pick_title(block.lines, boilerplate)
    strand = strand_in_title(title) if title else None
    if strand:
        title = re.sub(r"^\s*[A-Za-z]+\s*(?:strand)?\s*[-–:|]?\s*", "", title)
    title = _without_partnership(title, boilerplate)
    name = clean_title(title) if title else ""
    if name and not (strand and _only_plan_words(name, plan_title)):
        return name, cell
    if strand_name(sheet_name) or (strand and _generic_sheet(sheet_name)):
        # A sheet per strand: the workstream is the plan itself.
        return clean_title(plan_title) or sheet_name.strip(), cell
    return name or clean_title(sheet_name.strip()), cell


def _generic_sheet(name: str) -> bool:
    """A sheet name that names nothing: "Sheet1", "Action Plan", "Plan", "Data"."""
    return bool(re.fullmatch(r"\s*(?:sheet\s*\d*|(?:action|delivery)?\s*plans?|data|tasks?|actions?|table\s*\d*|"
                             r"task_table\d*)\s*", name, re.I))


_PARTNERSHIP = re.compile(r"\b(?:csp|partnership|community\s+safety|safer\s+communities|council|police)\s*$", re.I)


def _without_partnership(title: str, boilerplate: frozenset[str]) -> str:
    """A title without the partnership's name in front or behind it:
    "Lynford CSP – Hate Crime action plan" -> "Hate Crime action plan"."""
    parts = re.split(r"\s+[-–—:|]\s+", title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not (normalise(p) in boilerplate or _PARTNERSHIP.search(p.strip()))]
    if not kept or len(kept) == len(parts):
        return title
    start = title.index(kept[0])
    return title[start: title.index(kept[-1]) + len(kept[-1])]


_PLAN_WORDS = {"action", "plan", "plans", "delivery", "csp", "partnership", "community", "safety", "safer", "the",
               "of", "and", "strategy", "4p", "4ps"}


def _only_plan_words(name: str, plan_title: str) -> bool:
    """Whether a title left after its strand only repeats the plan's name or says "action plan"."""
    rest = set(normalise(name).split()) - set(normalise(plan_title).split()) - _PLAN_WORDS
    return not {w for w in rest if not w.isdigit()}


def _name_and_initials(value: str) -> tuple[str, str]:
    m = _BRACKET_INITIALS.match(value.strip())
    return (m.group("name").strip(), m.group("initials")) if m else (value.strip(), "")


def governance_line(text: str, source: Source | None) -> Governance:
    """ "Safer Board – chair Cllr Ann Lee – quarterly": a forum, its chair and how often it meets."""
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+|\s*\|\s*", text) if p.strip()]
    chair = frequency = ""
    for part in parts[1:]:
        m = re.match(r"(?:chair(?:ed)?(?:\s+by)?|chair\s*:)\s*(?P<who>.+)", part, re.I)
        if m:
            chair = m.group("who").strip()
        elif _FREQUENCY.search(part):
            frequency = part
    return Governance(parts[0] if parts else text.strip(), source or Source(""), chair=chair, frequency=frequency)


def summary_facts(frag: "Fragment", summaries: "list[Summary]") -> None:
    """Facts in an outline's summary notes: governance at the top, leads and boards per priority."""
    for summary in summaries:
        source = Source(frag.plan.key, summary.sheet, summary.notes_cell or summary.cell)
        for fact in labelled_facts(summary.notes):
            if fact.meaning == "forums" and fact.lines:
                frag.collected.governance += [governance_line(line, source) for line in fact.lines]
            elif fact.meaning == "forums":
                covers = (summary.name,) if summary.level >= 1 else ()
                frag.collected.governance += [Governance(f, source, covers=covers) for f in split_list(fact.value)]
            elif fact.meaning == "lead" and summary.level >= 1:
                role = LEAD_ROLE.get(fact.label.lower(), fact.label.lower())
                name, initials = _name_and_initials(fact.value)
                frag.area_leads.append((summary.sheet, Lead(summary.name, role, name, source.cell)))
                if initials:
                    frag.collected.people.append(Person(name, source, initials=initials, role=role,
                                                        leads_on=summary.name))
            elif fact.meaning == "partners" and summary.level >= 1:
                frag.collected.partners.append(PartnerText(fact.value, source, (Label.AREA, summary.name)))
