"""Suggested links on the Essex plans, and accepting one in plangraph.toml
(loaders.joining.accepted_links, loaders.overrides [links])."""

from __future__ import annotations

import pytest

from graphmodel import Label, PlanGraph, Rel, Source, Task
from analyses.suggest import MIN_SCORE, suggest_links
from loaders import load_plans
from loaders.joining.accepted_links import add_accepted_links
from loaders.overrides import Overrides

GANGS, KNIFE = "Violence - Gangs", "Violence - Knife crime"
DA, SC = "Domestic Abuse", "Sexual Crime, Child Abuse and Exploitation"


def pairs(suggestions):
    return {frozenset((s.task, s.other)): s for s in suggestions}


@pytest.fixture(scope="module")
def every_pair(essex_graph):
    """Every pair sharing a word, however little (slow: read once)."""
    return suggest_links(essex_graph, top=None, min_score=0)


def test_exit_pathway_work_of_gangs_and_knife_crime(essex_graph, every_pair):
    found = pairs(suggest_links(essex_graph))  # the default top 20
    # Gangs E23 "Diversionary Pathways - How do we provide Exit pathway", G23 "Gangsline are
    # currently supported by OPFCC"; Knife crime E11 "intervention and prevention programme", G11
    # "...diversionary activity ... Gangsline ... preventative or exit pathway".
    s = found[frozenset((f"{GANGS}#21", f"{KNIFE}#8"))]
    assert s.shared == ["diversionary", "exit", "gangsline", "opfcc", "pathway", "refer"]
    assert s.score == 0.126 and s.reason.startswith("both rows (Task or How) name gangsline")
    everything = pairs(every_pair)
    # Knife crime 8 (G11) and 19 (E22 "possibly linked to USG") are already linked to Gangs 29 (inferred).
    assert frozenset((f"{KNIFE}#8", f"{GANGS}#29")) not in everything
    assert frozenset((f"{KNIFE}#19", f"{GANGS}#29")) not in everything


def test_repeated_marac_tasks_of_domestic_abuse(essex_graph, every_pair):
    everything = every_pair
    # DA 22 (E24, "This is a duplicate of task no.11" in K24) is task 11 again: only 11 is paired.
    assert not any(f"{DA}#22" in (s.task, s.other) for s in everything)
    s = pairs(suggest_links(essex_graph))[frozenset((f"{DA}#11", f"{SC}#16"))]  # the voice of the victim
    assert s.shared == ["feedback", "listen", "process", "service", "survey", "victim", "voice"]
    # DA 1 (E3) and DA 10 (E12) are the same MARAC task, unlinked, in one workstream.
    assert frozenset((f"{DA}#1", f"{DA}#10")) not in pairs(everything)
    same = pairs(suggest_links(essex_graph, include_same_workstream=True))
    assert "marac" in same[frozenset((f"{DA}#1", f"{DA}#10"))].shared


def test_section_47_strategy_meetings(essex_graph):
    # DA E19 "police attendance at domestic abuse related strategy meetings under section 47";
    # Sexual Crime E30 "attends 100% of Child Protection Strategy Meetings".
    s = pairs(suggest_links(essex_graph, top=None))[frozenset((f"{DA}#17", f"{SC}#28"))]
    assert s.shared == ["attendance", "meeting", "planning", "protection", "strategy"]
    assert s.score >= MIN_SCORE
    assert s.reason == "both Task cells say planning, strategy, meeting; both rows also name attendance, protection"


def test_no_suggestion_is_linked_already_or_in_one_workstream(essex_graph):
    before = essex_graph.to_dict()
    found = suggest_links(essex_graph, top=None)
    linked = {frozenset((r.start[1], r.end[1])) for r in essex_graph.relationships(Rel.LINKED_TO)}
    assert len(found) == 120
    for s in found:
        task, other = essex_graph.get(Label.TASK, s.task), essex_graph.get(Label.TASK, s.other)
        assert task.workstream != other.workstream and frozenset((s.task, s.other)) not in linked
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert len(suggest_links(essex_graph, top=5)) == 5
    assert essex_graph.to_dict() == before  # suggestions are never added


def test_same_text_in_one_plan_is_not_suggested():
    g = PlanGraph()
    for ws, plan in (("A", "one.xlsx"), ("B", "one.xlsx"), ("C", "two.xlsx")):
        g.add(Task(key=f"{ws}#1", workstream=ws, area=None, ref="1", plan=plan, source=Source(plan, ws, "E3"),
                   text="Quarterly Serious Acquisitive Crime forum with partners"))
    assert {frozenset((s.task, s.other)) for s in suggest_links(g)} == {frozenset(("A#1", "C#1")),
                                                                          frozenset(("B#1", "C#1"))}


TABLE = [["Strand", "Task", "How", "Who", "When", "Task No"]]


def _plans(make_workbook, toml: str):
    make_workbook("plan.xlsx", {
        "Gangs": TABLE + [["Protect", "Diversionary / Exit Pathway - plan of how we refer", "Gangsline", "JF", "", 29]],
        "Knife": TABLE + [["Protect", "Develop an exit pathway for young people", "Linked to Action (8)", "SS", "", 19],
                          ["Pursue", "Intervention programme", "", "SS", "", 8]],
    })
    (make_workbook.folder / "plangraph.toml").write_text(toml)
    return load_plans([make_workbook.folder])


def test_an_accepted_suggestion_becomes_a_link(make_workbook):
    result = _plans(make_workbook, '[links]\naccept = [["Knife#19", "Gangs#29"], ["Knife#19", "Gangs#99"]]\n')
    [link] = [r for r in result.graph.relationships(Rel.LINKED_TO) if r.end[1] == "Gangs#29"]
    assert link.start[1] == "Knife#19"
    assert link.props == {"kind": "accepted suggestion", "evidence": "accepted in plangraph.toml",
                          "confidence": 1.0, "inferred": False}
    assert link.source == Source("plangraph.toml", "[links]", "accept")
    [missing] = [p for p in result.problems if p.code == "accepted-link-missing-task"]
    assert (missing.file, missing.severity) == ("plangraph.toml", "warning") and "'Gangs#99'" in missing.message
    assert not suggest_links(result.graph, min_score=0)  # Knife 8 waits on 19 (C2); 19 now on Gangs 29


def test_a_badly_shaped_accept_list_is_an_error(make_workbook):
    result = _plans(make_workbook, '[links]\naccept = [["Knife#19"]]\n')
    [error] = result.errors
    assert (error.file, error.cell, error.code) == ("plangraph.toml", "[links] accept", "bad-overrides")
    assert Overrides.parse('[links]\naccept = "Knife#19"\n', "plangraph.toml").problems[0].severity == "error"


def test_accepting_an_inferred_link_confirms_it_and_a_stated_link_is_kept():
    g, src = PlanGraph(), Source("p.xlsx", "Knife", "E22")
    a, b, c = (g.add(Task(key=f"W#{n}", workstream="W", area=None, ref=n, text="t", source=src)) for n in "123")
    g.relate(Rel.LINKED_TO, a, b, src, kind="cross-workstream", evidence="possibly linked to USG",
             confidence=0.098, inferred=True, matched_words="exit, pathway")
    g.relate(Rel.LINKED_TO, a, c, src, kind="reference", evidence="Linked to (3)", confidence=1.0, inferred=False)
    problems = []
    add_accepted_links(g, Overrides(links_accept=[["W#1", "W#2"], ["W#1", "W#3"], ["W#1", "W#1"]],
                                    source="plangraph.toml"), problems)
    links = {r.end[1]: r for r in g.relationships(Rel.LINKED_TO)}
    assert links["W#2"].props["kind"] == "accepted suggestion" and links["W#2"].props["inferred"] is False
    assert "matched_words" not in links["W#2"].props and links["W#2"].source.file == "plangraph.toml"
    assert links["W#3"].props["kind"] == "reference" and links["W#3"].source == src
    assert [p.code for p in problems] == ["accepted-link-confirms", "accepted-link-exists", "accepted-link-self"]
