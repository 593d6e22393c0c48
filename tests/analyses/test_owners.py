"""Owner workload in the Essex plans, counted off the Who column (I) of each
task table, with the initials resolved from the leads sheets; small inline
plans for the counting rules."""

from __future__ import annotations

from collections import Counter

from graphmodel import Owner, PlanGraph, Rel, Source, Task, Workstream
from analyses.owners import (
    concentration,
    default_threshold,
    overloaded,
    spread,
    unowned,
    workload,
    workload_overview,
)

SIX = ["CI Sam Smith", "CI Shaun Kane", "DCI Jasmine Frost", "Jason Hendy",
       "Domestic Abuse Lead for Safeguarding and Partnerships", "PW"]


def by_name(graph):
    return {o.name: o for o in workload(graph)}


def test_the_busiest_owners_after_merging_spellings(essex_graph):
    # Knife crime I5..I32: "SS" 25 times and "SS/PW" once; NTE I5..I29: "SK" 21 times, "SK / LPSU" and
    # "SK / Analytical"; Gangs I3..I33: "JF" 21 times; Sexual Crime: "Jason Hendy" 18 times;
    # Domestic Abuse (updated plan) I3..I24: the Safeguarding and Partnerships lead 17 times; "PW" 10 times
    # in Gangs, 4 in Knife crime (one shared), 2 in NTE ("PW / LPSU", "PW ").
    loads = workload(essex_graph)
    assert [(o.name, o.tasks) for o in loads[:6]] == list(zip(SIX, [26, 23, 21, 18, 17, 16]))
    assert len(loads) == 32 and sum(o.tasks for o in loads) == 170
    sam = loads[0]
    assert (sam.owner, sam.kind, sam.open, sam.completed, sam.shared) == ("sam smith", "person", 26, 0, 1)
    assert sam.by_workstream == {"Violence - Knife crime": 26} and sam.by_area == {"Gangs & Knife Crime": 26}
    # Knife crime strands: Prevent rows 4-9, Pursue 10-19, Protect 20-24, Prepare 25-32
    assert sam.by_strand == {"Prevent": 5, "Pursue": 10, "Protect": 4, "Prepare": 7}
    assert sam.by_status == {"planned": 26}
    assert sam.leads == ["Gangs & Knife Crime"]  # tactical lead of Knife Crime, leads sheet G5


def test_initials_are_resolved_and_every_spelling_kept(essex_graph):
    owners = by_name(essex_graph)
    spellings = [str(s) for s in owners["CI Sam Smith"].spellings]
    assert spellings[0] == "SS (Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › Violence - Knife crime › I5)"
    assert ("C/Insp Sam Smith (Crime Prevention 4Ps (Gangs, knives & NTE).xlsx › Strand Leads & Review Dates › G5)"
            in spellings)
    assert Counter(s.written for s in owners["DCI Jasmine Frost"].spellings) == {"JF": 21,
                                                                                       "DCI Jasmine Frost": 1}


def test_shared_tasks_count_for_each_owner(essex_graph):
    owners = by_name(essex_graph)
    # NTE I7 "SK / LPSU", I8 "PW / LPSU", I9 "SK / Analytical"; Knife crime I11 "SS/PW"
    assert {n: owners[n].shared for n in ("CI Shaun Kane", "PW", "LPSU", "CI Sam Smith", "DCI Jasmine Frost")} == {
        "CI Shaun Kane": 2, "PW": 2, "LPSU": 2, "CI Sam Smith": 1, "DCI Jasmine Frost": 0}
    assert owners["PW"].by_area == {"Gangs & Knife Crime": 14, "Night Time Economy": 2}


def test_completed_tasks_are_not_open(essex_graph):
    # House Burglary: DI Kirby's three tasks say COMPLETED in the When column
    kirby = by_name(essex_graph)["DI Kirby"]
    assert (kirby.tasks, kirby.open, kirby.completed, kirby.by_status) == (3, 0, 3, {"completed": 3})


def test_the_default_threshold_is_twice_the_average_load(essex_graph):
    counts = [o.tasks for o in workload(essex_graph)]
    assert default_threshold(counts) == 10  # 170 tasks / 32 owners = 5.3; twice that, rounded down
    assert [o.name for o in overloaded(essex_graph)] == SIX
    assert workload_overview(essex_graph)["threshold"] == 10
    assert [o.name for o in overloaded(essex_graph, threshold=20)] == SIX[:3]
    assert default_threshold([3, 2, 1, 0]) == 5 and default_threshold([]) == 5
    assert default_threshold([12, 12, 12]) == 24  # an even load is nobody's overload


def test_one_owner_holds_most_of_several_workstreams(essex_graph):
    found = {c.workstream: c for c in concentration(essex_graph)}
    knife = found["Violence - Knife crime"]
    assert (knife.top_owner, knife.top_name, knife.top_tasks, knife.tasks, knife.flagged) == (
        "sam smith", "CI Sam Smith", 26, 29, True)
    assert [(c.workstream, round(c.share, 2)) for c in concentration(essex_graph)][:5] == [
        ("Violence - Night Time Economy", 0.92), ("Violence - Knife crime", 0.9), ("Domestic Abuse", 0.77),
        ("Violence - Gangs", 0.68), ("Sexual Crime, Child Abuse and Exploitation", 0.56)]
    assert [w for w, c in found.items() if c.flagged] == [
        "Violence - Night Time Economy", "Violence - Knife crime", "Domestic Abuse", "Violence - Gangs",
        "Sexual Crime, Child Abuse and Exploitation"]
    nobody = [(c.workstream, c.top_owner, c.share) for c in concentration(essex_graph) if not c.top_tasks]
    assert nobody == [("Digital Crime & Fraud", "", 0.0), ("Extremism & Radicalisation", "", 0.0),
                      ("Hate Crime", "", 0.0)]


def test_forty_eight_tasks_have_no_owner(essex_graph):
    # The Who cells are empty in the Digital Crime & Fraud table (Burglary & Robbery workbook), the Hate Crime
    # table (sheet "Extremism and Radicalisation" of the updated DA workbook) and the E&R table.
    keys = unowned(essex_graph)
    assert len(keys) == 48
    assert Counter(k.rpartition("#")[0] for k in keys) == {
        "Extremism & Radicalisation": 22, "Hate Crime": 13, "Digital Crime & Fraud": 13}


def test_spread_counts_tasks_and_leads(essex_graph):
    wide = {o.name: o.areas for o in spread(essex_graph)}
    assert wide == {
        "PW": ["Gangs & Knife Crime", "Night Time Economy"],
        # strategic lead of Digital Crime & Fraud and House Burglary (SAC leads sheets, G2)
        "Ch/Supt Ewen Wilson": ["Digital Crime & Fraud", "House Burglary & Street Robbery"],
        # register Areas C2 and the DA & E&R leads sheet G2
        "Ch/Supt Andy Mariner": ["Domestic Abuse", "Extremism & Radicalisation"],
        # register Areas C4 (Night Time Economy) and tactical lead of Domestic Abuse (leads sheet G4)
        "Supt Tom Simons": ["Domestic Abuse", "Night Time Economy"],
    }
    assert spread(essex_graph, min_areas=3) == []


# -- small plans ----------------------------------------------------------------

def small_plan():
    g = PlanGraph()
    src = Source("p.xlsx", "W", "I3")
    g.add(Workstream(key="W", name="W", area="A", sheet="W", plan="p.xlsx", source=src))
    g.add(Workstream(key="V", name="V", area=None, sheet="V", plan="p.xlsx", source=src))
    a = g.add(Owner(key="ann", name="Ann", kind="person", source=src))
    bob = g.add(Owner(key="bob", name="Bob", kind="role", source=src))
    g.add(Owner(key="cy", name="Cy", kind="person", source=src))  # leads nothing, owns nothing
    rows = [("1", "W", [a], "completed", ["Prevent"]), ("2", "W", [a, bob], "planned", ["Pursue", "Protect"]),
            ("3", "W", [], "planned", []), ("4", "V", [bob], "unknown", ["Prepare"])]
    for ref, ws, owners, status, strands in rows:
        t = g.add(Task(key=f"{ws}#{ref}", workstream=ws, area="A" if ws == "W" else None, ref=ref, text="t",
                       status=status, strands=strands, source=src))
        for o in owners:
            # one row each: the loader's joint flag is False, yet the task is shared
            g.relate(Rel.OWNED_BY, t, o, src, written_as=o.name, joint=False)
    return g


def test_counting_rules_on_a_small_plan():
    loads = {o.name: o for o in workload(small_plan(), threshold=1)}
    assert set(loads) == {"Ann", "Bob"}  # Cy owns nothing
    ann, bob = loads["Ann"], loads["Bob"]
    assert (ann.tasks, ann.open, ann.completed, ann.shared, ann.overloaded) == (2, 1, 1, 1, True)
    assert ann.by_strand == {"Prevent": 1, "Pursue": 1, "Protect": 1}  # task 2 is in two strands
    assert bob.by_area == {"A": 1, "(no area)": 1} and bob.by_status == {"planned": 1, "unknown": 1}
    assert unowned(small_plan()) == ["W#3"]
    assert [(c.workstream, c.top_name, c.top_tasks, c.tasks) for c in concentration(small_plan())] == [
        ("V", "Bob", 1, 1), ("W", "Ann", 2, 3)]
