"""When a ref-shaped token is plainly something else.

Most numbers in a plan are not refs, and some codes are shaped like refs
without being actions: "Room E1.12", "Local Plan policy E2.5", "Budget code
3.2.1", "beats SB-04", "form MG-3", "section 2.1 of the guidance". What
tells them apart is the words around them, in classes:

* **a noun naming another kind of code** right before the token (a place:
  room, ward, beat, route; a document: section, paragraph, clause, policy,
  appendix; money: budget, grant, cost code; a form, a phase, a stage, a
  year, an operation): "Room E1.12" is a room;
* **a unit** right after it: "2.5 million", "3 months", "10 %";
* **a date, time, money or count** around it: "15/6/18", "4 June", "10:30",
  "£1.2m", "2 of 3";
* **another plan**: "Was task 12 in the 2024 plan", "Replaces PU-7 in the
  2023 plan", "last year's E1.4".

A bare number ("7") is also a count when a word follows that cannot end a
reference: "3 raptor teams", "needs 2 more staff". A word that can ("is",
"will", "live", "first", "to") leaves it a ref: "Needs 7 live".

Text is read one clause at a time: sentences, lines, the parts of a line
between spaced dashes, and clauses joined by a comma and a conjunction
("Draws on 4.2, and 4.3 picks up from here"; not the tail of a list, "2.2,
and 2.3") ("Not started yet – needs E1.5 first"); a dash
after a word or two and no number is a label's ("Prerequisite – 4.9").

Examples
--------
>>> code_noun("Sessions start in beats "), code_noun("Relies on the route from ")
('beats', None)
>>> unit_after(" million pounds"), unit_after(" (funding)")
('million', None)
>>> other_plan(" in the 2023 plan, which covered alcohol only")
'in the 2023 plan'
>>> [text[a:b] for text in ["Uses data from PP-2. PT-4 waits on this."] for a, b in clauses(text)]
['Uses data from PP-2', 'PT-4 waits on this']
"""

from __future__ import annotations

import re

__all__ = ["code_noun", "unit_after", "other_plan", "masked", "clauses", "counts_after"]

# Nouns that name a code of another kind, by what they name. Nouns that are
# also verbs before an object ("blocks 2.4", "funds 2.1", "orders") are
# kept singular only.
_CODE_NOUNS = {
    "place": "rooms? rm floors? buildings? block sites? wards? beats? routes? bus junctions? roads? "
             "platforms? gates? bays? zones? sectors? postcodes? units? flats? plots? areas? districts? levels?",
    "document": "sections? secs? s ss paras? paragraphs? clauses? chapters? appendix appendices annex annexe "
                "pages? p pp table figures? figs? schedules? articles? part regulations? regs? rules? "
                "standards? policy policies versions? ver v releases? editions? acts? recommendations? "
                "principles? step point",
    "money": "budgets? codes? costs? centres? centers? grants? fund accounts? invoices? po order contracts? "
             "lots? tenders? bids? line",
    "form": "forms? logs? incidents? exhibits? warrants? licences? licenses? tickets?",
    "time": "phases? stages? tranches? waves? rounds? years? yrs? quarters? q weeks? wks? months? days? terms? "
            "periods? cohorts? sprints? iterations? cycles? tiers? bands? grades? classes?",
    "operation": "op ops operations? projects? exercises?",
    "plan": "priority priorities strands? workstreams? themes? aims? goals? outcomes?",
}


def _noun_pattern() -> str:
    words = [w for group in _CODE_NOUNS.values() for w in group.split()]
    return "|".join(words)


# The noun right before the token, optionally with "no."/"number"/"code"/"ref".
_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<noun>{_noun_pattern()})\.?(?:\s+(?:no\.?|number|code|ref\.?|#))?\s*[(#]?\s*$",
    re.I,
)

_UNIT = re.compile(
    r"""\s*(?P<unit> % | per\s*cent\b | percent\b | per\b | k\b | m\b | bn\b | millions?\b | thousands?\b
        | billions?\b | pounds\b | year-?olds?\b | y(?:ea)?rs?\b | months?\b | mths?\b | weeks?\b | wks?\b
        | days?\b | hours?\b | hrs?\b | h\b | min(?:ute)?s?\b | times\b | x\b | [ap]\.?m\b\.? | miles?\b
        | km\b | metres?\b | meters?\b | fte\b | posts?\b | staff\b | officers?\b | people\b)""",
    re.I | re.X,
)

_YEAR = r"(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?"
# "in the 2023 plan", "from last year's strategy", "(2024 plan)".
_OTHER_PLAN = re.compile(
    rf"""^[\s,()]*(?:(?:in|of|from|under|on)\s+)?(?:the\s+|our\s+)?
        (?:{_YEAR}|last\s+year['’]?s?|previous|old|earlier|former|prior|original|superseded|past)
        \s+(?:[\w-]+\s+){{0,2}}?(?:action\s+|delivery\s+|community\s+safety\s+)?
        (?:plans?|strateg(?:y|ies)|versions?|editions?|documents?|frameworks?)\b""",
    re.I | re.X,
)

# "last year's E1.4", "the 2023 plan's PU-7" right before the token.
_OTHER_PLAN_BEFORE = re.compile(
    rf"(?:last\s+year['’]s|(?:{_YEAR}|previous|old|former)\s+plan['’]s)\s+(?:[\w-]+\s+){{0,2}}$", re.I
)

_MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)")
# Every mask opens with a digit, a month's capital or a currency sign: the
# lookahead lets the engine pass over every other character at once.
_MASKS = re.compile(
    rf"""(?=[\d£$€JFMASOND])
       (?:(?<!\d)\d{{1,2}}([./-])\d{{1,2}}\1(?:\d{{4}}|\d{{2}})(?!\d)         # 15/6/18, 23.02.18
       | (?<!\d)\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)                         # 2018-06-15
       | (?<![\w.])\d{{1,2}}/\d{{1,2}}(?![\w/.])                           # 14/5, 24/7
       | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)           # 4 June
       | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.:]\d)           # June 4
       | \b\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\b\.?|hrs\b|h\b)              # 10.30am
       | \b\d{{1,2}}:\d{{2}}\b                                            # 10:30
       | [£$€]\s?\d[\d,.]*                                                # £ 1.2
       | \b\d+\s+(?:of|out\s+of|in)\s+\d+\b(?!\.\d))                    # 2 of 3, 1 in 4
    """,
    re.I | re.X,
)

# Where a clause ends: a sentence's end, a line break, a spaced dash, a bullet.
# A full stop after a short form ("no.", "Insp.") ends nothing; the short
# forms are checked behind a full stop once found, not at every character.
_SHORT_FORMS = ("no", "nos", "op", r"e\.g", r"i\.e", "etc", "cf", "para", "ref", "sec", "fig", "vs", "st", "dr",
                "insp", "sgt", "ch", "supt")
_ABBREVIATIONS = "".join(rf"(?<!\b{form}\.)" for form in _SHORT_FORMS)
_BOUNDARY = re.compile(
    rf"(?:\.{_ABBREVIATIONS}(?=\s|$)|[!?;]|\s+[-–—]+\s+|[\n\r]+|•"
    r"|,\s+(?=(?:and|but|while|whereas|so|then|although|though)\s))",
    re.I,
)

# Words that may follow a bare number that is a ref: verbs, prepositions,
# words of being ready. Any other word makes the number a count.
_ENDS_A_REF = frozenset("""
is are was were has have had will would must should can could may might be been being to for in on at by
from re as but so also too which where when that first then above below respectively live done complete
completed finished signed agreed delivered starts started begins begin goes comes ends finishes before after
until once and or plus nor with within while if because since being going gets got becomes
""".split())


def code_noun(before: str) -> str | None:
    """The noun of another kind of code that ``before`` ends with, or None."""
    m = _NOUN_BEFORE.search(before[-60:]) if isinstance(before, str) else None
    return m.group("noun").lower() if m else None


def unit_after(after: str) -> str | None:
    """The unit ``after`` opens with ("million", "%", "months"), or None."""
    m = _UNIT.match(after) if isinstance(after, str) else None
    return m.group("unit").strip().lower() if m else None


def other_plan(after: str, before: str = "") -> str | None:
    """The words saying the token is in another plan, or None: in the rest
    of its clause ("in the 2024 plan") or right before it ("last year's")."""
    if not isinstance(after, str) or not isinstance(before, str):
        return None
    m = _OTHER_PLAN.match(after) or _OTHER_PLAN_BEFORE.search(before)
    return " ".join(m.group().strip(" ,()").split()) if m else None


def masked(text: str) -> list[tuple[int, int]]:
    """Spans that are dates, times, money or counts ("2 of 3"); a token in
    one is not a ref."""
    return [m.span() for m in _MASKS.finditer(text)] if isinstance(text, str) else []


def clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of ``text``, without the spaces and
    the punctuation that separate them; empty clauses left out."""
    if not isinstance(text, str):
        return []
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group().strip() in _DASHES and _is_label(text[start : m.start()]):
            continue  # "Prerequisite – 4.9": the dash of a label, like a colon
        if m.group().startswith(",") and _is_list_tail(text, m.end()):
            continue  # "Needs 2.1, 2.2, and 2.3": the end of a list
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".,"):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_DASHES = {"-", "–", "—", "--"}


def _is_label(piece: str) -> bool:
    """A word or two and no number: what a label before a dash looks like."""
    return len(piece.split()) <= 2 and not re.search(r"\d", piece)


def _is_list_tail(text: str, start: int) -> bool:
    """Whether the clause from ``start`` is a conjunction and an item or two."""
    rest = _BOUNDARY.split(text[start:], maxsplit=1)[0]
    return len(rest.split()) <= 3


def counts_after(after: str) -> str | None:
    """The word that makes a bare number before ``after`` a count ("3 raptor
    teams" -> "raptor"), or None where the number may be a ref."""
    m = re.match(r"\s*\)?\s*([A-Za-z][\w'’-]*)", after) if isinstance(after, str) else None
    if not m or m.group(1).lower() in _ENDS_A_REF:
        return None
    return m.group(1)
