"""Tests for loaders.text.references: task-to-task references in plan cells."""

from __future__ import annotations

import dataclasses
import datetime
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.text import references
from loaders.text.references import KINDS, RELATIONS, Reference, find_references


def summary(refs: list[Reference]) -> list[tuple[str, str, str]]:
    return [(r.kind, r.target, r.evidence) for r in refs]


def assert_evidence_in_place(text: str, refs: list[Reference]) -> None:
    for ref in refs:
        assert text[ref.start : ref.start + len(ref.evidence)] == ref.evidence


# Real cells of the Essex plans, and the forms other plans use.
# (cell, [(kind, target, evidence), ...])
NUMBERED = [
    ("Linked to Action (2) - meeting with OPFCC requested.",
     [("number", "2", "Linked to Action (2)")]),
    ("Linked to action (1). First phase is to develop a key consistent set of messaging.",
     [("number", "1", "Linked to action (1)")]),
    ("Linked to (1) & (18)",
     [("number", "1", "Linked to (1) & (18)"), ("number", "18", "Linked to (1) & (18)")]),
    ('Linked to action 10. Key element on this action is to ensure CPS are briefed & understand importance of any "Raptor" case.',
     [("number", "10", "Linked to action 10")]),
    ("Linked to 10 & 15. What powers do our partners have to support tactical activity. JF to task.",
     [("number", "10", "Linked to 10 & 15"), ("number", "15", "Linked to 10 & 15")]),
    ("Linked to action (10) & (15)",
     [("number", "10", "Linked to action (10) & (15)"), ("number", "15", "Linked to action (10) & (15)")]),
    ("Gangsline are currently supported by OPFCC. This can be linked to actions 2/5 - discussion with OPFCC & Safer Essex.",
     [("number", "2", "linked to actions 2/5"), ("number", "5", "linked to actions 2/5")]),
    ("Linked to action 20 - how do we ensure an effective / consistemt referall process between agencies is inplace ?. JF to task review.",
     [("number", "20", "Linked to action 20")]),
    ("Linked to (22)", [("number", "22", "Linked to (22)")]),
    ('This is linked to the "Pan Essex Stragetgic Governance" (Action 5). It is essential that all key '
     "partners recognise the THR that this area brings. To be progressed as per action (5)",
     [("number", "5", "(Action 5)")]),
    ("Linked to Action (17)", [("number", "17", "Linked to Action (17)")]),
    ("Linked to action (21)", [("number", "21", "Linked to action (21)")]),
    ("review of key points under Govt Strategy - to see how EPD process fits in - what other opportunities "
     "exist ? Linked to Action (6) - National best Practice.",
     [("number", "6", "Linked to Action (6)")]),
    ("Linked to Action (10) and Action (1) - what legislation (including that used by partners) is avaialble",
     [("number", "10", "Linked to Action (10) and Action (1)"),
      ("number", "1", "Linked to Action (10) and Action (1)")]),
    ("Linked to actions (11) (9) (4)",
     [("number", t, "Linked to actions (11) (9) (4)") for t in ("11", "9", "4")]),
    ("Linked to action (17) (11) (9) (4)",
     [("number", t, "Linked to action (17) (11) (9) (4)") for t in ("17", "11", "9", "4")]),
    ("Linked to actions (5) (10)",
     [("number", t, "Linked to actions (5) (10)") for t in ("5", "10")]),
    ("Linked to actions (2) & (8)",
     [("number", t, "Linked to actions (2) & (8)") for t in ("2", "8")]),
    ("Linked to Action (14) - review of multi agency / partnership working.",
     [("number", "14", "Linked to Action (14)")]),
    ("This is linked to actions (17) (18) (19) - what educational messaging is avaiable to inform parents",
     [("number", t, "linked to actions (17) (18) (19)") for t in ("17", "18", "19")]),
    ('This needs to include "traditional" & "internet" based sales. An element of this will be TP '
     "operations - wortking with parnters (action 14).  Op SCEPTRE will also inform part of this strand.",
     [("number", "14", "(action 14)")]),
    ("Linked to action (3) - Is this currently an issue ? Analytical product required",
     [("number", "3", "Linked to action (3)")]),
    ("Linked to Action (9) & (10)", [("number", t, "Linked to Action (9) & (10)") for t in ("9", "10")]),
    ("Linked to Action (7) & (8)", [("number", t, "Linked to Action (7) & (8)") for t in ("7", "8")]),
    ("Linked to Actions (1) (2) (8)", [("number", t, "Linked to Actions (1) (2) (8)") for t in ("1", "2", "8")]),
    ("Linked to Action (7) & (13)", [("number", t, "Linked to Action (7) & (13)") for t in ("7", "13")]),
    ("Linked to actions (26) & (7)", [("number", t, "Linked to actions (26) & (7)") for t in ("26", "7")]),
    ("Linked to actions (1) (2) (8) (23) (24)",
     [("number", t, "Linked to actions (1) (2) (8) (23) (24)") for t in ("1", "2", "8", "23", "24")]),
    ("How are repeat offenders identified ? This is linked to Action (5) - identification of HotSpot locations.",
     [("number", "5", "linked to Action (5)")]),
    # Forms other plans use.
    ("Depends on 1.3", [("number", "1.3", "Depends on 1.3")]),
    ("Depends on 1.3 being delivered", [("number", "1.3", "Depends on 1.3")]),
    ("see 3.2", [("number", "3.2", "see 3.2")]),
    ("see 3.2 for details", [("number", "3.2", "see 3.2")]),
    ("See action 4", [("number", "4", "See action 4")]),
    ("Dependent on actions 2.4 and 2.6",
     [("number", t, "Dependent on actions 2.4 and 2.6") for t in ("2.4", "2.6")]),
    ("Pre-req: 3.4", [("number", "3.4", "Pre-req: 3.4")]),
    ("Prerequisite: task 7", [("number", "7", "Prerequisite: task 7")]),
    ("linked to DA-04", [("number", "DA-04", "linked to DA-04")]),
    ("Linked to DA-04 and DA-05 first", [("number", t, "Linked to DA-04 and DA-05") for t in ("DA-04", "DA-05")]),
    ("Linked to actions 2 and/or 3.", [("number", t, "Linked to actions 2 and/or 3") for t in ("2", "3")]),
    ("Linked to tasks 1, 2; 3", [("number", t, "Linked to tasks 1, 2; 3") for t in ("1", "2", "3")]),
    ("Linked to task 3a.", [("number", "3a", "Linked to task 3a")]),
    ("(Task no. 4)", [("number", "4", "(Task no. 4)")]),
    ("To be progressed as per action (5)", [("number", "5", "as per action (5)")]),
    ("related to action 5", [("number", "5", "related to action 5")]),
    # Duplicates and rows above.
    ("This is a duplicate of task no.11. I haven't deleted it in case it's needed.",
     [("duplicate", "11", "duplicate of task no.11")]),
    ("Same as task 11", [("duplicate", "11", "Same as task 11")]),
    ("As above", [("previous", "", "As above")]),
    ("As above - implementation anticipated Oct 2018.", [("previous", "", "As above")]),
    ("(as above)", [("previous", "", "(as above)")]),
    ("same as above", [("previous", "", "same as above")]),
    ("see above", [("previous", "", "see above")]),
    # Two phrases in one cell; the same target twice is kept once.
    ("Linked to action 3. Depends on 2.1. Linked to (3)",
     [("number", "3", "Linked to action 3"), ("number", "2.1", "Depends on 2.1")]),
]


@pytest.mark.parametrize("text, expected", NUMBERED)
def test_finds_references(text, expected):
    refs = find_references(text)
    assert summary(refs) == expected
    assert_evidence_in_place(text, refs)


# Cells whose references carry more than a kind and target.
DETAILED = [
    ('linked to "Crimestoppers" action in Prevent section. JF to task review & any subsequent action.',
     Reference("name", "Crimestoppers", 'linked to "Crimestoppers" action in Prevent section', 0,
               strand="Prevent")),
    ('see "Crimestoppers" task', Reference("name", "Crimestoppers", 'see "Crimestoppers" task', 0)),
    ("This MAY be linked to work in USG area re diversionary activity. Currently OPFCC have engaged",
     Reference("workstream", "USG", "MAY be linked to work in USG area re diversionary activity", 5,
               hedged=True, topic="diversionary activity")),
    ("This may be linked to work under USG. PW to progress re the overarching Strategic Governance",
     Reference("workstream", "USG", "may be linked to work under USG", 5, hedged=True)),
    ("Develop an intervention provision / exit pathway for young people already involved in knife crime (possibly linked to USG).",
     Reference("workstream", "USG", "possibly linked to USG", 99, hedged=True)),
    ("Linked to work under Knife Crime plan - SS to lead",
     Reference("workstream", "Knife Crime", "Linked to work under Knife Crime plan", 0)),
    ('Once "Best Practice" is established (as above) specific  DPA 9based on current THR) to have specific 4P plan.',
     Reference("previous", "", "(as above)", 36, hedged=True)),
    ("Linked to action 3?", Reference("number", "3", "Linked to action 3", 0, hedged=True)),
    ("This could be linked to action 3", Reference("number", "3", "could be linked to action 3", 5, hedged=True)),
    ("Depends on 1.3", Reference("number", "1.3", "Depends on 1.3", 0, relation="depends")),
    ("Pre-req: 3.4", Reference("number", "3.4", "Pre-req: 3.4", 0, relation="depends")),
    ("Prerequisite: task 7", Reference("number", "7", "Prerequisite: task 7", 0, relation="depends")),
    ("Dependant on task 2", Reference("number", "2", "Dependant on task 2", 0, relation="depends")),
    ("dependencies: 4", Reference("number", "4", "dependencies: 4", 0, relation="depends")),
    ("Dependent on work in CSE area",
     Reference("workstream", "CSE", "Dependent on work in CSE area", 0, relation="depends")),
]


@pytest.mark.parametrize("text, expected", DETAILED)
def test_reads_detail(text, expected):
    assert find_references(text) == [expected]


def test_lists_each_target_with_the_same_evidence():
    refs = find_references("Linked to Actions (1) (2) (8)")
    assert [r.target for r in refs] == ["1", "2", "8"]
    assert {(r.evidence, r.start, r.hedged, r.relation) for r in refs} == {
        ("Linked to Actions (1) (2) (8)", 0, False, "linked")
    }


# Numbers and link words that cite no task.
LOOKALIKES = [
    "£450k",
    "Increase the number of accredited investigators so we have 67% accredited",
    "15/6/18",
    "1st review 15/6/18",
    "3 month",
    "Training is scheduled for coming 2 mths.",
    "Phase 2",
    "up to five years",
    "5 years",
    "Op Encircle 2",
    "13-18yr olds",
    "JF to look at national best practice (JF has attended the 2018 national Gangs conference).",
    "all 3 raptor teams",
    "Crystallise 15 strands of work",
    "14/5 - Application re DDTRO",
    "strategy meetings under section 47 of the Children's Act",
    "a Ride-along service and IAG Reviews to comply with BUSS2",
    "C28",
    "PP57 form",
    "w/c 4 June",
    "Update 23.02.18",
    "4P",
    "4th May",
    "Linked to EP Media ?",
    "JF to task link with Crimstoppers to support activity (linked to EP Media ?)",
    "Working with external organisations / partners to highlight the use of Amnesty Bins. Linked to Media Messaging",
    "Linked to meeting with Deputy OPFCC",
    "This data must be linked to Licencing Visits",
    "What structure is inplace to forecast anticipated seasonal demand & paln accordignly, linking all elements of plan ? ",
    "Op Sceptre week is in Sept",
    "(P360)",
    "Project 360",
    # Link and dependency words in the plans that cite nothing.
    "a presentation to be devised (may be some differnet versions dependent on audience)",
    "seeking a 'go-live' end Oct 2018 depending upon funding/procurement.",
    "The force will see an improved performace around vicitm satisfaction rates.",
    "review of key points under Govt Strategy - to see how EPD process fits in",
    "Further work is ongoing linking in through DCIs.",
    "Undertake a review of cocooning activity linked to Op Insight",
    "improving operational links with SCD and ERSOU",
    "JF to task - link in with Analysts re GRITS etc.",
    "SS to link with Media",
    "Together we can tackle child abuse campaign - linking of activity",
    "deploying regularly to action intelligence related to SAC- Matt Hine is OPC SPOC.",
    "Reports passed to Action Fraud",
    "Nights of Action, Council Action Plan.",
    # Lookalikes after a lead phrase.
    "Linked to 3 month review",
    "Linked to 2 other plans",
    "The force will see 2 new hubs",
    "Linked to 10 & 15 year olds",
    "Linked to £450k of funding",
    "Linked to 67% accredited",
    "Linked to 13-18yr olds",
    "Linked to the 2018 national Gangs conference",
    "linked to all 3 raptor teams",
    "dependent on 14/5 - Application re DDTRO",
    "see 15/6/18",
    "Linked to the update 23.02.18",
    "linked to Phase 2",
    "linked to Op Encircle 2",
    "see section 47",
    "linked to BUSS2",
    "see C28",
    "see PP57 form",
    "linked to 4P",
    "Linked to 4th May",
    "linked to (P360)",
    "linked to Project 360",
    "Linked to 5 years",
    "linked to w/c 4 June",
    "Linked to 24/7 cover",
    "Linked to 10.30 meeting",
    "Linked to 2.5 million",
    "Linked to 101 calls",
    "linked to 1,000 people",
    "linked to COVID-19 recovery",
    "linked to Action Fraud",
    "Linked to task 1.2.3.4",
    "see Appendix 2",
    "see para 3.2",
    'linked to "   " action',
    'see "" task',
    "Linked to SCD and ERSOU",
    "",
    "   ",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_ignores_lookalikes(text):
    assert find_references(text) == []


@pytest.mark.parametrize("text", LOOKALIKES)
def test_bare_mode_ignores_lookalikes(text):
    assert find_references(text, bare=True) == []


# A Dependencies column: (cell, [(target, evidence)])
BARE = [
    ("1.3, 2.4", [("1.3", "1.3, 2.4"), ("2.4", "1.3, 2.4")]),
    ("3", [("3", "3")]),
    ("2; 5", [("2", "2; 5"), ("5", "2; 5")]),
    (" 4 ", [("4", "4")]),
    ("1.3\n2.4", [("1.3", "1.3\n2.4"), ("2.4", "1.3\n2.4")]),
    ("Task 3", [("3", "Task 3")]),
    ("(2) (5)", [("2", "(2) (5)"), ("5", "(2) (5)")]),
    ("DA-04, DA-05", [("DA-04", "DA-04, DA-05"), ("DA-05", "DA-04, DA-05")]),
    ("2 and 5.", [("2", "2 and 5"), ("5", "2 and 5")]),
    (3, [("3", "3")]),
    (3.0, [("3", "3")]),
    (1.3, [("1.3", "1.3")]),
]


@pytest.mark.parametrize("cell, expected", BARE)
def test_bare_mode_reads_a_cell_of_numbers(cell, expected):
    refs = find_references(cell, bare=True)
    assert [(r.target, r.evidence) for r in refs] == expected
    assert {(r.kind, r.relation) for r in refs} == {("number", "linked")}
    assert_evidence_in_place(cell if isinstance(cell, str) else refs[0].evidence, refs)


@pytest.mark.parametrize("cell", ["1.3, 2.4", "3", "2; 5"])
def test_bare_numbers_need_bare_mode(cell):
    assert find_references(cell) == []


@pytest.mark.parametrize("cell", ["None", "N/A", "-", "2018", "TBC", "3 months", "15/6/18"])
def test_bare_mode_ignores_other_cells(cell):
    assert find_references(cell, bare=True) == []


def test_bare_mode_also_reads_phrases():
    assert summary(find_references("Depends on 1.3", bare=True)) == [("number", "1.3", "Depends on 1.3")]


def test_caller_can_mark_bare_references_as_dependencies():
    refs = [dataclasses.replace(r, relation="depends") for r in find_references("2; 5", bare=True)]
    assert [r.relation for r in refs] == ["depends", "depends"]


@pytest.mark.parametrize(
    "value", [None, 3, 2.5, float("nan"), float("inf"), True, datetime.datetime(2018, 10, 1),
              datetime.date(2018, 10, 1), b"Linked to (1)", ["Linked to (1)"], object()]
)
def test_values_that_are_not_text_cite_nothing(value):
    assert find_references(value) == []


@pytest.mark.parametrize("value", [None, True, float("nan"), float("inf"), datetime.datetime(2018, 10, 1)])
def test_bare_mode_reads_no_reference_from_other_values(value):
    assert find_references(value, bare=True) == []


# --- Properties --------------------------------------------------------------

# Pieces of the plans' language, so that generated text exercises the grammar.
_PIECES = st.sampled_from([
    "Linked to", "linked to", "action", "Actions", "task no.", "(", ")", " ", "  ", "&", ",", ";", "/",
    " and ", " or ", "-", ".", "?", "1", "2", "10", "2.3", "DA-04", "15/6/18", "2018", "£", "%",
    "may be ", "possibly ", "Depends on", "Pre-req:", "see", "as above", "duplicate of", '"', "“",
    "work in", "USG", " area", " re ", "Prevent", " section", "\n", "years", "k",
])
_PLAN_TEXT = st.lists(_PIECES | st.text(max_size=4), max_size=25).map("".join)


@settings(max_examples=300)
@given(text=st.text() | _PLAN_TEXT, bare=st.booleans())
def test_never_fails_and_evidence_is_in_place(text, bare):
    refs = find_references(text, bare=bare)
    assert_evidence_in_place(text, refs)
    seen = set()
    for ref in refs:
        assert ref.kind in KINDS
        assert ref.relation in RELATIONS
        assert (ref.kind == "previous") == (ref.target == "")
        if ref.kind in ("number", "duplicate"):
            assert ref.target in ref.evidence
        key = (ref.kind, ref.target.casefold())
        assert key not in seen
        seen.add(key)
    assert [r.start for r in refs] == sorted(r.start for r in refs)


@settings(max_examples=300)
@given(value=st.none() | st.integers() | st.floats() | st.booleans() | st.datetimes(), bare=st.booleans())
def test_never_fails_on_other_values(value, bare):
    refs = find_references(value, bare=bare)
    assert all(r.kind == "number" for r in refs)


def test_docstring_examples():
    result = doctest.testmod(references)
    assert result.attempted > 0
    assert result.failed == 0
