"""Facts written as "Label: value" in titles, notes and summary rows.

Plans say things about themselves in labelled lines: a title block's
"Owner: DCI Sam Reed / Last reviewed: 02/05/2024", a sheet's "Priority lead:
Insp Gareth Penhallow (GP).  Reports to: Nightsafe Group; the Board.", a
project export's "Overseen by: A; B." or "Working with: A, B." inside a
Notes cell. :func:`labelled_facts` finds each label and its value, and says
what the label means:

==========  ==================================================================
meaning     labels (any case; a label is one to five words before a colon)
==========  ==================================================================
lead        owner, plan owner, (priority / strategic / delivery / tactical /
            operational) lead, lead officer, senior responsible officer, SRO,
            responsible / accountable officer
reviewed    last reviewed, reviewed, (last) updated, review date, as at, date
forums      reports to, reporting to, board, governance, overseen by, oversight,
            accountable to, governed by, forum(s)
partners    working with, partners, partner agencies, delivered with, with,
            who else, key partners
version     version
other       any other label ("Why this matters")
==========  ==================================================================

A value runs to the end of its line, or to the next label, or to a full
stop followed by a new sentence. A label at the end of a line takes the
lines below it ("Governance:" then one forum a line). A label holds no
digits, so "Priority 2: Serious Violence" is a title, not a fact, and
"10:30" is a time.

Examples
--------
>>> [(f.meaning, f.label, f.value) for f in labelled_facts("Owner: DCI Sam Reed / Last reviewed: 02/05/2024")]
[('lead', 'Owner', 'DCI Sam Reed'), ('reviewed', 'Last reviewed', '02/05/2024')]
>>> facts = labelled_facts("Priority lead: Insp Gareth Penhallow (GP).  Reports to: Hate Crime Forum; the Board.")
>>> [(f.meaning, f.value) for f in facts]
[('lead', 'Insp Gareth Penhallow (GP)'), ('forums', 'Hate Crime Forum; the Board')]
>>> [(f.meaning, f.value) for f in labelled_facts("Working with: Migrant Help, the Council. Follows section 2.1.")]
[('partners', 'Migrant Help, the Council')]
>>> labelled_facts("Governance:\\nSafer Board – chair Cllr Ann Lee – quarterly\\nYouth Panel – monthly")[0].lines
('Safer Board – chair Cllr Ann Lee – quarterly', 'Youth Panel – monthly')
>>> labelled_facts("Priority 2: Serious Violence")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Fact", "labelled_facts", "label_meaning", "LEAD_ROLE"]

_MEANINGS: tuple[tuple[str, str], ...] = (
    ("reviewed", r"(?:last\s+)?review(?:ed)?(?:\s+date)?|date\s+(?:of\s+)?(?:last\s+)?review|(?:last\s+)?updated"
                 r"|as\s+at|date"),
    ("forums", r"reports?\s+(?:in)?to|reporting\s+(?:in)?to|(?:partnership\s+)?boards?|governance|overseen\s+by"
               r"|oversight|accountable\s+to|governed\s+by|forums?|governing\s+body"),
    ("partners", r"working\s+with|(?:key\s+|delivery\s+)?partners?(?:\s+agencies)?|delivered\s+with|with"
                 r"|who\s+else|partner\s+organisations?"),
    ("lead", r"(?:plan\s+|action\s+)?owner|(?:\w+\s+)?lead(?:\s+officer)?|senior\s+responsible\s+officer|sro"
             r"|(?:responsible|accountable|lead)\s+officer|led\s+by|owned\s+by"),
    ("version", r"version|v"),
)
_MEANING_RES = [(m, re.compile(rf"(?:{p})", re.I)) for m, p in _MEANINGS]

# The role a lead label gives ("Priority lead" -> "priority lead").
LEAD_ROLE = {"owner": "plan owner", "plan owner": "plan owner", "sro": "senior responsible officer"}

_LABEL = re.compile(
    r"""(?:^|(?<=\n)|(?<=[;|/])\s*|(?<=[.!?)])\s+|(?<=\s\s))
        (?P<label>[A-Za-z][A-Za-z'’&()\-]*(?:\ [A-Za-z'’&()\-]+){0,4})\s*:(?![/\d]{2})""",
    re.X,
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])|\.\s*$|\s+/\s+|\s*\|\s*|\s{3,}")
# A full stop after these ends no sentence: "Insp. G. Penhallow", "St. Mary's".
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:St|Dr|Mr|Mrs|Ms|Cllr|Insp|Supt|Sgt|Det|Ch|Supt|No|Co|Rev|Prof))$")


@dataclass(frozen=True)
class Fact:
    """One labelled fact: its label as written, what the label means, the
    value, and where the label starts in the text."""

    label: str
    meaning: str
    value: str
    start: int
    lines: tuple[str, ...] = ()  # for a label whose value is the lines below it


def label_meaning(label: str) -> str:
    """What a label means (see the table above), or "other"."""
    text = " ".join(label.lower().split())
    for meaning, pattern in _MEANING_RES:
        if pattern.fullmatch(text):
            return meaning
    return "other"


def labelled_facts(text: object) -> list[Fact]:
    """Every "Label: value" fact in a text, in order. Never raises."""
    if not isinstance(text, str) or ":" not in text:
        return []
    return list(_facts(text))


@lru_cache(maxsize=4096)
def _facts(text: str) -> tuple[Fact, ...]:
    """:func:`labelled_facts` of a text, once per text (title blocks and
    notes repeat over sheets and rows; a Fact is frozen)."""
    found = [m for m in _LABEL.finditer(text) if _is_label(m.group("label"))]
    facts = []
    for i, m in enumerate(found):
        end = found[i + 1].start("label") if i + 1 < len(found) else len(text)
        facts.append(_fact(text, m, end))
    return tuple(f for f in facts if f.value or f.lines)


def _is_label(label: str) -> bool:
    words = label.split()
    return 1 <= len(words) <= 5 and not any(ch.isdigit() for ch in label) and len(label) <= 40


def _fact(text: str, m: re.Match, end: int) -> Fact:
    label = m.group("label").strip()
    body = text[m.end():end]
    first_line, _, rest = body.partition("\n")
    if not first_line.strip() and rest.strip():
        lines = tuple(line.strip() for line in rest.split("\n\n")[0].splitlines() if line.strip())
        return Fact(label, label_meaning(label), "", m.start("label"), lines)
    value = first_line[: _value_end(first_line)]
    return Fact(label, label_meaning(label), value.strip(" \t.;,"), m.start("label"))


def _value_end(line: str) -> int:
    for stop in _SENTENCE_END.finditer(line):
        if not (stop.group().startswith(".") and _ABBREVIATION.search(line, 0, stop.start())):
            return stop.start()
    return len(line)
