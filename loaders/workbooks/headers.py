"""What a column header means, read as an English noun phrase.

Every partnership heads its columns in its own words: "Task", "Action",
"Activity", "What we will do"; "Who", "Lead officer", "Action owner",
"Resource Names"; "Due", "Target\\ndate", "Finish", "By when". A list of
the headers one template uses would miss the next template, so a header is
read as a phrase: its *head* word (the last word, or the word before "of":
"Measure of success" is headed by "measure") says what kind of thing the
column holds, and the words before it can change that ("Supporting
officers" are not the owner, "Start date" is not the due date, "Partner
agencies" are partners where a "Lead agency" owns the task). Questions are
read by their question word ("How will we know?", "Who else?", "By when").

Meanings
--------
=============  ==========================================================
ref            the task's number: Ref, No., Task No, Action number, Code
id             a row ID of a project-tool export (Predecessors cite it)
wbs            an outline number, "1.2.3" (WBS, Outline number)
task           what is to be done: Task, Action, Activity, Deliverable, Name
how            how success is measured: How, Measure(s) of success, Outcome
who            the owner: Who, Owner, Lead (officer), Resource names
support        people helping, not owners: Supporting officers, Support
partners       organisations: Partners, Partner agencies, Who else
when           the deadline: When, Due (date), Target date, Deadline, End
start          Start (date), From
depends        Dependencies, Depends on, Linked to, Connected work
predecessors   a project tool's Predecessors (row IDs with link types)
notes          Notes, Comments, (Latest) update, Commentary
rag            RAG, Status, Progress, Rating
percent        % Complete, Percent complete
strand         Strand, 4P, P, Pillar
priority       Priority, Theme, Workstream, Area, Strategic priority
level          Outline level, Level
forum          Board, Forum, Governance, Reports to
=============  ==========================================================

A header of two meanings joined by "/" or "and" ("Dependencies/notes")
takes the first that is recognised. Headers longer than twelve words are
sentences, not names, unless they open with a question word.

A header is a *name*, and a cell of data is not: :func:`names_a_column` is
False for a sentence (a full stop after three or more words, "; " or ". "
between clauses, an opening "Was" or "Has" that asks nothing) and for text
holding a value (a cited reference "FR32", "ASB1" or "PU-151", an outline
number "1.49", a count "43 sessions"); dates ("Progress at 30 June", "RAG
as at 31/03/25"), years ("2024/25 target") and single digits ("4P", "Q3",
"Priority 1") still name. So "Analytical product required to support this
activity." is a task's text, not a Task header, and "Triggered by FR32" is
a link, not a due date. :func:`reads_as_value` says which cells hold what
only data holds, dates included: a row of them is no header row.

Examples
--------
>>> [column_meaning(h) for h in ("Task No", "Action owner", "Target\\ndate", "Supporting officers")]
['ref', 'who', 'when', 'support']
>>> [column_meaning(h) for h in ("Measure of success", "How we'll know", "Who else", "Partner agencies")]
['how', 'how', 'partners', 'partners']
>>> [column_meaning(h) for h in ("Resource Names", "% Complete", "Outline Level", "Predecessors", "Dependencies/notes")]
['who', 'percent', 'level', 'predecessors', 'depends']
>>> column_meaning("How will this be delivered?/ How will we measure performance?")
'how'
>>> column_meaning("Comments"), column_meaning("Members") is None
('notes', True)
>>> [column_meaning(h) for h in ("Number of orders applied for and granted.", "Triggered by FR32",
...                              "Was action 1.49 in the 2024/25 plan", "Target of 57 referrals met; none lost")]
[None, None, None, None]
>>> [column_meaning(h) for h in ("Action Ref No.", "2025/26 target", "Q3 update", "Progress at 30 June")]
['ref', 'when', 'notes', 'rag']
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.dates import find_dates
from ..text.references.contexts import masked
from ..text.titles import normalise

__all__ = ["MEANINGS", "column_meaning", "names_a_column", "reads_as_value"]

MEANINGS = ("ref", "id", "wbs", "task", "how", "who", "support", "partners", "when", "start", "depends",
            "predecessors", "notes", "rag", "percent", "strand", "priority", "level", "forum")

# The head noun of a header, and the meaning it gives.
_HEADS = {
    **dict.fromkeys(("no", "nos", "number", "ref", "refs", "reference", "code", "num"), "ref"),
    **dict.fromkeys(("id", "uid"), "id"),
    **dict.fromkeys(("wbs",), "wbs"),
    **dict.fromkeys(("task", "tasks", "action", "actions", "activity", "activities", "description",
                     "deliverable", "deliverables", "intervention", "interventions", "initiative", "milestone",
                     "objective", "objectives", "name", "what", "commitment", "commitments", "step", "steps",
                     "workplan", "item", "work"), "task"),
    **dict.fromkeys(("how", "measure", "measures", "outcome", "outcomes", "kpi", "kpis", "indicator",
                     "indicators", "success", "evidence", "output", "outputs", "impact", "delivered",
                     "performance", "method", "delivery", "metric", "metrics"), "how"),
    **dict.fromkeys(("who", "owner", "owners", "lead", "leads", "officer", "officers", "responsible",
                     "responsibility", "accountable", "manager", "resource", "resources", "names", "assigned",
                     "assignee", "whom", "person", "agency"), "who"),
    **dict.fromkeys(("partner", "partners", "stakeholders", "stakeholder", "agencies", "organisations",
                     "organizations", "organisation", "bodies"), "partners"),
    **dict.fromkeys(("when", "due", "deadline", "deadlines", "timescale", "timescales", "timeframe", "timeline",
                     "end", "finish", "completion", "date", "dates", "target", "by"), "when"),
    **dict.fromkeys(("start", "begin", "begins", "commence", "from"), "start"),
    **dict.fromkeys(("dependencies", "dependency", "depends", "dependent", "prerequisites", "prerequisite",
                     "interdependencies", "links", "linked", "link", "connections"), "depends"),
    **dict.fromkeys(("predecessors", "predecessor"), "predecessors"),
    **dict.fromkeys(("notes", "note", "comments", "comment", "update", "updates", "commentary", "remarks",
                     "narrative", "exceptions"), "notes"),
    **dict.fromkeys(("rag", "status", "progress", "rating"), "rag"),
    **dict.fromkeys(("strand", "strands", "4p", "4ps", "p", "pillar"), "strand"),
    **dict.fromkeys(("priority", "priorities", "theme", "themes", "workstream", "area"), "priority"),
    **dict.fromkeys(("level", "outline"), "level"),
    **dict.fromkeys(("board", "forum", "governance", "oversight"), "forum"),
}

# Words before the head that change what the column holds.
_MODIFIERS = {
    "support": {"supporting", "support", "other", "additional", "secondary", "co", "contributing", "deputy"},
    "partners": {"partner", "partners", "external"},
    "start": {"start", "starting", "begin", "from", "commencement"},
    "depends": {"linked", "related", "connected", "dependent", "associated", "interdependent"},
    "when": {"due", "target", "completion", "end", "deadline", "finish", "review"},
    "rag": {"rag"},
}
# Which heads each modifier may change (a "Lead agency" owns, "Partner agencies" help).
_MODIFIED = {
    "support": {"who"},
    "partners": {"who", "partners"},
    "start": {"when", "start"},
    "depends": {"task", "depends", "ref", "how"},
    "when": {"when", "task"},
    "rag": {"rag", "notes", "how"},
}

# Words that carry no meaning of their own in a header.
_FILLER = {"the", "a", "an", "we", "we'll", "we ll", "will", "this", "be", "is", "are", "to", "of", "for",
           "our", "your", "do", "did", "what's", "s", "ll", "it", "in", "on", "at", "and", "or", "e", "g",
           "eg", "i", "if", "any", "all", "please", "each", "with"}

_QUESTIONS = (("how often", None), ("how frequently", None), ("who else", "partners"), ("working with", "partners"),
              ("in partnership with", "partners"), ("delivered with", "partners"), ("with", "partners"), ("who with", "partners"), ("with whom", "partners"),
              ("how", "how"), ("who", "who"), ("by whom", "who"), ("when", "when"), ("by when", "when"),
              ("what", "task"))

_MAX_WORDS = 12

# Short forms a header may end with a full stop after ("Task No.", "Ref.").
_ABBREVIATIONS = {"no", "nos", "num", "ref", "refs", "est", "approx", "etc", "dept", "org", "orgs", "incl", "resp",
                  "cont", "misc", "tel", "ext", "wk", "yr", "qtr", "mgr", "dir", "div"}
# Finite verbs that open a statement ("Was action 3.4 ...", "Has been agreed"),
# unless a question mark makes it a question ("Is it on track?").
_OPENING_VERBS = {"was", "were", "is", "are", "has", "have", "had", "can", "could", "should", "must", "shall",
                  "would", "does", "did", "may", "might", "will"}
# Years name a plan's period ("2024/25 target"); amounts of money a unit ("£000s").
_YEARS_AND_MONEY = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?!\d)|[£$€]\s*[\d,.]+\w*")
# A value: an outline number, a number of two digits or more, a code ("ASB1", "PV-7", "asb-1").
_VALUE = re.compile(r"\d+\.\d+|\d{2,}|\b(?:[A-Z]{2,5}-?|[a-z]{2,5}-)\d")
_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[.;!]\s+(?=\S)|;")
# A month and a year: "Dec 24", "Sept-25", "March 2026".
_MONTH_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]*['’]?\d{2}(?:\d{2})?\b", re.I)


def reads_as_value(value: object) -> bool:
    """Whether a cell holds what only data holds: a number or date value, or
    text with a reference, outline number, count or date in it. Never raises.

    >>> [reads_as_value(v) for v in (12, "FR-36", "9.40", "w/c 02/02/26", "43 sessions delivered")]
    [True, True, True, True, True]
    >>> [reads_as_value(v) for v in ("Task No", "4P", "Priority 1", "Q3 2025/26", "Budget (£000s)", None)]
    [False, False, False, False, False, False]
    """
    if value is None:
        return False
    if not isinstance(value, str):
        return True
    # Every value has a digit; most cells of words have none.
    return bool(_DIGIT.search(value)) and bool(_VALUE.search(_YEARS_AND_MONEY.sub(" ", value)))


def names_a_column(text: object) -> bool:
    """Whether a text can be a header: a short name, not a sentence or a value.

    >>> [names_a_column(t) for t in ("Task No.", "How will we know?", "Depends on", "Linked to (refs)")]
    [True, True, True, True]
    >>> [names_a_column(t) for t in ("Lead to task local teams and report back.", "Was agreed at the board",
    ...                              "Uses the risk list from 9.39", "Depends on 11.84",
    ...                              "Offending down; fewer repeat victims")]
    [False, False, False, False, False]
    """
    if not isinstance(text, str) or not text.strip():
        return False
    return _names_a_column(text)


@lru_cache(maxsize=8192)
def _names_a_column(text: str) -> bool:
    # Asked of every short cell of every row that might head a table: the same
    # owners, statuses and dates come again and again.
    words = text.split()
    stripped = text.rstrip()
    if stripped.endswith((".", "!")) and len(words) >= 3 and normalise(words[-1]) not in _ABBREVIATIONS:
        return False
    if len(words) >= 5 and _CLAUSE_BREAK.search(stripped):
        return False
    if words[0].lower() in _OPENING_VERBS and not stripped.endswith("?"):
        return False
    # Last, as it reads the text's dates: most texts that are not headers are turned away above.
    return not reads_as_value(_dates_blanked(text))


def _dates_blanked(text: str) -> str:
    """The text with its dates and times blanked: a header may be dated ("as at 31/03/25")."""
    if not _DIGIT.search(text):
        return text
    spans = [(d.start, d.end) for d in find_dates(text)] + masked(text)
    spans += [m.span() for m in _MONTH_YEAR.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=4096)
def column_meaning(header: str) -> str | None:
    """What a header cell says its column holds (one of :data:`MEANINGS`), or None."""
    if not names_a_column(header):
        return None
    if re.search(r"%|\bper\s*cent\b|\bpercent", header, re.I) and re.search(r"complet|done|progress", header, re.I):
        return "percent"
    for part in re.split(r"\s*/\s*|\s*[-–]\s*|\s*\n\s*(?=[A-Z])|\s+and\s+", header):
        meaning = _phrase_meaning(normalise(part))
        if meaning:
            return meaning
    return _phrase_meaning(normalise(header))


def _phrase_meaning(text: str) -> str | None:
    if not text:
        return None
    for opening, meaning in _QUESTIONS:
        if text == opening or text.startswith(opening + " "):
            return meaning
    words = text.split()
    if len(words) > _MAX_WORDS:
        return None
    if words[0] == "outline" and "number" in words:
        return "wbs"
    head, before = _head(words)
    if head is None:
        return None
    meaning = _HEADS[head]
    for changed, modifiers in _MODIFIERS.items():
        if meaning in _MODIFIED[changed] and modifiers & set(before):
            return changed
    return meaning


def _head(words: list[str]) -> tuple[str | None, list[str]]:
    """The head noun (the last known word before any "of"), and the words before it."""
    if "of" in words[1:]:
        cut = words.index("of", 1)
        head, before = _last_known(words[:cut])
        if head:
            return head, before
    return _last_known(words)


def _last_known(words: list[str]) -> tuple[str | None, list[str]]:
    content = [w for w in words if w not in _FILLER]
    for i in range(len(content) - 1, -1, -1):
        if content[i] in _HEADS:
            return content[i], content[:i]
    return None, []
