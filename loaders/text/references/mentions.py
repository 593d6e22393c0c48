"""Reading the refs a cell names, knowing which refs exist.

Where :mod:`.phrases` reads the lead phrases planners use ("Linked to
Actions (1) (2)"), this reader starts from the refs: every token of a cell
shaped like a ref of the load (see :mod:`.tokens`) is judged by the words of
its clause, in this order:

1. **Plainly something else** (:mod:`.contexts`): a code of another kind
   ("Room E1.12", "Budget code 3.2.1"), a quantity ("2.5 million"), a count
   ("3 raptor teams"), a date, another plan ("Was task 12 in the 2024 plan")
   -> verdict ``"not a reference"``; a real ref in another plan's words is
   a ``"mention"``.
2. **Said not to be linked** ("not linked to", "independent of") -> a
   ``"mention"``.
3. **Pointing words** (:mod:`.words`), the nearest before the ref first:
   a word that says the other action needs this one ("used by E3.7",
   "feeds 4.1", "before 2.2 starts"), or the ref as the subject of a need
   aimed at this action ("PT-4 waits on this", "E1.13 will be built from
   this") -> a link, ``reversed``; a word of linking, needing, using,
   continuing or waiting ("Relies on the route from E3.6", "Part two of
   PV-1"), or the ref as the subject of being ready first ("E1.4 must be in
   place first") -> a link, ``explicit``; a shared resource or another
   version with no such word ("Shares a budget line with E2.6", "Replaces
   PU-7") -> a ``"mention"``; a weak pointer ("see 3.2", "kept under E2.7")
   or the word action/task ("Action (1) will be fundamental") -> a link.
4. **The column**: in a Dependencies or Notes cell (``field`` "depends" or
   "notes") a ref with none of these is still a link, with less confidence;
   in a Task, How, Progress or When cell it is a ``"mention"``.

A bare number ("7") is read only after the word action/task or right after
a pointing word ("Linked to (1) & (18)", "Follows Gangs 2"), anywhere in a
Dependencies cell, and in a Notes cell that holds nothing else ("3, 5"):
elsewhere numbers are amounts ("3 raptor teams", "Staff (2)"). A ref that
resolves to no task is kept (``task`` None) when it is written like the
load's refs ("E3.14" beside "E3.11") and a word points at it: the caller
reports it as dangling. A number naming no task alone in a Notes cell is a
time or an amount ("Meeting at 10.30"), and one written with a prefix no
task has ("SB-04" beside "PV-3") is not a reference.

Examples
--------
>>> index = RefIndex([("P#E1.4", "E1.4", "P"), ("P#E1.13", "E1.13", "P"), ("Q#E2.6", "E2.6", "Q")])
>>> [(m.ref, m.verdict, m.task, m.reversed) for m in read_mentions(
...     "E1.13 will be built from this assessment. Shares a budget line with E2.6.", "notes", index, "P")]
[('E1.13', 'link', 'P#E1.13', True), ('E2.6', 'mention', 'Q#E2.6', False)]
>>> [(m.ref, m.verdict, m.reason) for m in read_mentions("Briefing in Room E1.4", "task", index, "P")]
[('E1.4', 'not a reference', "'room' names another kind of code")]
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass
from typing import NamedTuple

from .contexts import clauses, code_noun, counts_after, masked, other_plan, unit_after
from .tokens import RefIndex, RefToken, find_ref_tokens
from .words import EXPLICIT, HEDGE, KEYWORD, SELF, Phrase, find_phrases

__all__ = ["Mention", "read_mentions", "VERDICTS", "NOT_LINKED_BECAUSE", "BARE_FIELDS", "POINTED_FIELDS"]

VERDICTS = ("link", "mention", "not a reference")
# Why a ref is no link, by class: a code of another kind, a quantity, a count,
# another plan's, said not to be linked, a shared resource, another version
# of a task, nothing points at it, a prefix no task has.
NOT_LINKED_BECAUSE = ("code", "quantity", "count", "another plan", "negated", "shared", "replace",
                      "not pointed at", "no such prefix")
# Columns where a ref on its own is a link; columns where it needs a word.
BARE_FIELDS = frozenset({"depends", "notes"})
POINTED_FIELDS = frozenset({"task", "how", "progress", "when"})


@dataclass(frozen=True)
class Mention:
    """One ref a cell names, and what the reader made of it.

    ``evidence`` is the clause read (at ``evidence_start``), ``words`` the
    words that decided, ``reason`` the judgement in words. For a link,
    ``kind`` is "dependency" (needing, using, continuing, waiting words, or
    a Dependencies column), "reference" (linking words), "pointer" (a
    pointing word or the word action/task, and no link or dependency word:
    "see 3.2", "kept under E2.7", "Action (1) will ...") or "in notes" (a
    ref alone in a Notes column); ``explicit`` says a link or dependency word
    said so; ``reversed`` that the cited task depends on the citing one.
    ``task`` is the key the ref resolves to, None when it names no task.
    ``workstream`` is a workstream the text names for it ("Gangs action 5").
    ``because`` names the class of judgement that made a ref no link: one of
    :data:`NOT_LINKED_BECAUSE`.
    """

    ref: str
    start: int
    verdict: str
    reason: str
    evidence: str
    evidence_start: int
    task: str | None = None
    kind: str = ""
    words: str = ""
    explicit: bool = False
    reversed: bool = False
    hedged: bool = False
    workstream: str | None = None
    because: str = ""


@dataclass(frozen=True)
class _Judgement:
    verdict: str
    reason: str
    words: str = ""
    kind: str = "reference"
    explicit: bool = False
    reversed: bool = False
    because: str = ""


def read_mentions(text: object, field: str, index: RefIndex, workstream: str | None = None) -> list[Mention]:
    """The refs ``text`` (a cell of column ``field``, of a task of
    ``workstream``) names, each with a verdict. Never raises."""
    cell = _cell_text(text, field)
    if not cell or not isinstance(index, RefIndex):
        return []
    # The words of a cell are read once per load, whichever workstream's task
    # holds it ("Ongoing; see 2.1" on many sheets); only resolving is per workstream.
    readings = index.readings.get((cell, field))
    if readings is None:
        readings = index.readings[(cell, field)] = _read_cell(cell, field, index)
    found = []
    for reading in readings:
        mention = _mention(cell, index, workstream, reading)
        if mention is not None:
            found.append(mention)
    return found


class _Reading(NamedTuple):
    """What the grammar read of one ref in a cell, before it is resolved."""

    clause: tuple[int, int]
    token: RefToken
    judgement: _Judgement
    named: str | None  # a workstream the text names for it
    hedged: bool
    pointed: bool
    keyword: bool  # the word action/task (or "#") right before it


def _read_cell(cell: str, field: str, index: RefIndex) -> list[_Reading]:
    tokens = find_ref_tokens(cell, index.prefixes)
    if not tokens:
        return []  # most cells cite nothing: their clauses need no reading
    masks = masked(cell)
    tokens = [t for t in tokens if not any(a < t.end and t.start < b for a, b in masks)]
    if not tokens:
        return []  # every number was a date, a time or an amount
    found: list[_Reading] = []
    for clause in clauses(cell):
        inside = [t for t in tokens if clause[0] <= t.start and t.end <= clause[1]]
        for group in _lists(cell, inside):
            found += _read_list(cell, clause, group, field, index)
    return found


def _cell_text(value: object, field: str) -> str:
    if isinstance(value, str):
        return value
    if field in BARE_FIELDS and isinstance(value, numbers.Real) and not isinstance(value, bool):
        try:
            return str(int(value)) if float(value).is_integer() else str(value)
        except (OverflowError, ValueError):
            return ""
    return ""


# Between the refs of one list: "PU-1 and PV-4", "(11) (9)", "actions 2, 3 & task 5".
_JOIN = re.compile(
    r"\s*\)?\s*(?:,|;|&|\+|/|\band/or\b|\band\b|\bor\b)?\s*(?:\b(?:actions?|tasks?)\b\s*)?\(?\s*", re.I
)


def _lists(cell: str, tokens: list[RefToken]) -> list[list[RefToken]]:
    groups: list[list[RefToken]] = []
    for token in tokens:
        if groups and _JOIN.fullmatch(cell, groups[-1][-1].end, token.start):
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def _read_list(cell: str, clause: tuple[int, int], group: list[RefToken], field: str,
               index: RefIndex) -> list[_Reading]:
    a, b = clause
    first, last = group[0], group[-1]
    before, after = cell[a : first.start], cell[last.end : b]
    pointed = _pointed(cell, a, first, index)
    plain = all(t.plain for t in group)
    if plain and not (pointed or field == "depends" or (field in BARE_FIELDS and _only_refs(before, after))):
        return []  # a bare number with nothing pointing at it is an amount, "Target: 15"
    named_before = index.workstream_named(before.rstrip(" \t(#"))
    named = named_before or _named_after(after, index)
    prefixed = any(t.prefix for t in group)
    judgement = (_not_a_ref(before, after, plain, prefixed, named_before is None, named is not None)
                 or _judge(cell, clause, group, field, pointed))
    hedged = bool(HEDGE.search(cell, a, first.start)) or cell[last.end :].lstrip(" )").startswith("?")
    keyword = bool(KEYWORD.search(before.rstrip(" \t(")))
    return [_Reading(clause, token, judgement, named, hedged, pointed, keyword) for token in group]


def _only_refs(before: str, after: str) -> bool:
    """Whether the clause holds nothing but the list: a Notes cell "3, 5"."""
    return not re.search(r"\w", before) and not re.search(r"\w", after)


def _pointed(cell: str, a: int, first: RefToken, index: RefIndex) -> bool:
    """Whether the word action/task or a pointing word comes right before
    the list ("Follows Gangs 2": a workstream's name may stand between):
    what a bare number needs to be read as a ref. A bracket alone is not
    enough: "alert(3)", "(2) staff"."""
    before = cell[a : first.start]
    if KEYWORD.search(before.rstrip(" \t(")):
        return True
    phrases = find_phrases(cell, a, first.start)
    if not phrases:
        return False
    gap = cell[phrases[-1].end : first.start]
    return bool(_RIGHT_BEFORE.fullmatch(gap)) or index.workstream_named(gap, whole=True) is not None


_RIGHT_BEFORE = re.compile(r"\s*:?\s*(?:the\s+)?(?:\b(?:actions?|tasks?|refs?|items?)\b\.?\s*(?:no\.?|nos\.?|number)?\s*)?"
                           r"[(#]?\s*", re.I)


def _not_a_ref(before: str, after: str, plain: bool, prefixed: bool, unnamed: bool,
               named: bool = False) -> _Judgement | None:
    """A code of another kind, a quantity, a count, or another plan's. A
    noun that is a workstream's name ("Knife crime 3") names no code, and
    "action 8 of the Hate Crime plan" is no count."""
    keyword = KEYWORD.search(before.rstrip(" \t("))
    noun = code_noun(before) if unnamed and not keyword else None
    if noun:
        return _Judgement("not a reference", f"{noun!r} names another kind of code", noun, because="code")
    unit = unit_after(after) if not prefixed else None
    if unit:
        return _Judgement("not a reference", f"a quantity ({unit})", unit, because="quantity")
    count = counts_after(after) if plain and not (before.rstrip().endswith("(") or keyword or named) else None
    if count:
        return _Judgement("not a reference", f"a count of {count}", count, because="count")
    plan = other_plan(after, before)
    if plan:
        return _Judgement("mention", f"in another plan ({plan})", plan, because="another plan")
    return None


def _judge(cell: str, clause: tuple[int, int], group: list[RefToken], field: str, pointed: bool) -> _Judgement:
    a, b = clause
    before = find_phrases(cell, a, group[0].start)
    after = find_phrases(cell, group[-1].end, b)
    negated = [p for p in before if p.kind == "negate"]
    if negated:
        return _Judgement("mention", f"{negated[-1].text!r} says there is no link", negated[-1].text,
                          because="negated")
    explicit = [p for p in before if p.kind in EXPLICIT]
    if not explicit:
        subject = _as_subject(cell, group[-1].end, b, after)
        if subject is not None:
            return subject
    nearest = before[-1] if before else None
    if nearest is not None and nearest.kind in ("shared", "replace"):
        what = "a shared resource" if nearest.kind == "shared" else "another version of a task"
        return _Judgement("mention", f"{nearest.text!r} names {what}, not a dependency", nearest.text,
                          because=nearest.kind)
    if nearest is not None and nearest.kind == "reverse":
        return _Judgement("link", f"{nearest.text!r}: the other action needs this one", nearest.text,
                          "dependency", explicit=True, reversed=True)
    if explicit:
        word = explicit[-1]
        kind = "reference" if word.kind == "link" and field != "depends" else "dependency"
        return _Judgement("link", f"{word.text!r} ({word.kind})", word.text, kind, explicit=True)
    if pointed or (nearest is not None and nearest.kind == "weak"):
        keyword = KEYWORD.search(cell[a : group[0].start].rstrip(" \t("))
        words = keyword.group().strip() if keyword else nearest.text if nearest is not None else ""
        return _Judgement("link", f"{words!r} points at it", words, _column_kind(field, "pointer"))
    if field in BARE_FIELDS:
        return _Judgement("link", f"named in a {field} cell", "", _column_kind(field, "in notes"))
    return _Judgement("mention", "no word points at it", because="not pointed at")


def _column_kind(field: str, kind: str) -> str:
    """A Dependencies column says every ref in it is a dependency."""
    return "dependency" if field == "depends" else kind


# The ref as the subject of being ready first: "E1.4 must be in place first".
_READY_FIRST = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:must|should|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to|will\s+need\s+to|to)\s+"
    r"(?:(?:be|have\s+been|been)\s+)?(?:[\w-]+\s+){0,4}?(?:first|beforehand|before|prior|in\s+advance|ahead)\b"
    r"|\s*(?:is|are)\s+(?:a\s+|the\s+)?(?:pre-?requisite|pre-?condition)\s*$"
    r"|\s*(?:comes?|goes?|happens?)\s+first\b",
    re.I,
)


def _as_subject(cell: str, end: int, clause_end: int, after: list[Phrase]) -> _Judgement | None:
    """The ref as the subject of its clause: ready first, waiting on this,
    or sharing with this."""
    ready = _READY_FIRST.match(cell, end, clause_end)
    if ready:
        words = " ".join(ready.group().split())
        return _Judgement("link", f"{words!r}: it must come first", words, "dependency", explicit=True)
    if not after or len(cell[end : after[0].start].split()) > 5:
        return None
    verb = after[0]
    if verb.kind in ("need", "use", "continue", "wait") and SELF.search(cell, verb.end, clause_end):
        return _Judgement("link", f"{verb.text!r} this: it needs this action", verb.text, "dependency",
                          explicit=True, reversed=True)
    if verb.kind in ("shared", "replace", "negate"):
        return _Judgement("mention", f"{verb.text!r} names no dependency", verb.text,
                          because="negated" if verb.kind == "negate" else verb.kind)
    return None


_NAMED_AFTER = re.compile(
    r"\s*\)?\s*(?:of|in|from|under)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’ -]{1,60}?)\s+"
    r"(?:plan|workstream|priority|strand|section|tab)\b"
)


def _named_after(after: str, index: RefIndex) -> str | None:
    m = _NAMED_AFTER.match(after)
    return index.workstream_named(m.group("name")) if m else None


def _mention(cell: str, index: RefIndex, workstream: str | None, reading: _Reading) -> Mention | None:
    clause, token, judgement, named, hedged, pointed, keyword = reading
    key = index.resolve(token.form, workstream, named=named)
    verdict, reason = judgement.verdict, judgement.reason
    if key is None and not (index.knows_shape(token) or pointed):
        return None  # not written like any ref of this load, nor pointed at
    if token.plain and not keyword and (verdict == "not a reference" or (key is None and not pointed)):
        return None  # an amount ("needs 2 more staff"), or a number nothing points at ("Call 101")
    if key is None and not token.prefix and verdict == "link" and not judgement.words:
        return None  # a number that names no task, alone in a Notes cell: "Meeting at 10.30"
    because = judgement.because
    if key is None and token.prefix and token.prefix not in index.prefixes:
        if verdict == "link":
            verdict, reason, because = "not a reference", f"no task's ref begins {token.prefix}", "no such prefix"
    elif key is None and verdict == "mention":
        verdict = "not a reference"
    a, b = clause
    return Mention(
        ref=token.text, start=token.start, verdict=verdict, reason=reason, evidence=cell[a:b], evidence_start=a,
        task=key, kind=judgement.kind if verdict == "link" else "", words=judgement.words,
        explicit=judgement.explicit and verdict == "link", reversed=judgement.reversed and verdict == "link",
        hedged=hedged and verdict == "link", workstream=named, because=because,
    )
