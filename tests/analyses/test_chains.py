"""Dependency chains in the Essex plans, read off the "Linked to" cells of the
How column (G) of the Gangs, NTE and Knife crime tables, plus small inline
plans for what Essex lacks (dangling links, date clashes)."""

from __future__ import annotations

import datetime as dt

import pytest

from graphmodel import PlanGraph, Rel, Source, Task
from analyses.chains import (
    EARLIER,
    OVERDUE,
    TaskNotFound,
    chain_tree,
    cycles,
    dangling,
    dependency_graph,
    downstream,
    hubs,
    longest_chains,
    match_tasks,
    plan_overview,
    roots,
    schedule_conflicts,
    task_order,
    trace,
    upstream,
)
from loaders import load_plans

KNIFE, GANGS, NTE = "Violence - Knife crime#", "Violence - Gangs#", "Violence - Night Time Economy#"


def depths(steps):
    return {s.task: s.depth for s in steps}


# -- Essex --------------------------------------------------------------------

def test_knife_crime_28_depends_on_the_five_actions_its_cell_names(essex_graph):
    # G31: "Linked to actions (1) (2) (8) (23) (24)"
    direct = [s for s in upstream(essex_graph, KNIFE + "28") if s.depth == 1]
    assert [s.ref for s in direct] == ["1", "2", "8", "23", "24"]
    assert {(s.via, s.kind, s.cell, s.evidence) for s in direct} == {
        (KNIFE + "28", "reference", "G31", "Linked to actions (1) (2) (8) (23) (24)")}


def test_knife_crime_28_upstream_goes_on_through_2_and_across_to_gangs(essex_graph):
    steps = upstream(essex_graph, KNIFE + "28")
    assert depths(steps) == {
        KNIFE + "1": 1, KNIFE + "2": 1, KNIFE + "8": 1, KNIFE + "23": 1, KNIFE + "24": 1,
        # G5, task 2: "linked to actions (17) (18) (19)"
        KNIFE + "17": 2, KNIFE + "18": 2, KNIFE + "19": 2,
        # G11, task 8: "This MAY be linked to work in USG area re diversionary activity" -> Gangs 29,
        # whose G31 says "Linked to action (21)", whose G23 says "linked to actions 2/5"
        GANGS + "29": 2, GANGS + "21": 3, GANGS + "2": 4, GANGS + "5": 4,
    }
    via = {s.task: s.via for s in steps}
    assert via[KNIFE + "17"] == via[KNIFE + "19"] == KNIFE + "2"
    assert via[GANGS + "29"] == KNIFE + "8" and via[GANGS + "5"] == GANGS + "21"
    [cross] = [s for s in steps if s.task == GANGS + "29"]
    assert (cross.kind, cross.inferred, cross.cell) == ("cross-workstream", True, "G11")
    assert cross.owners == ["PW"] and cross.due == "2018-06-15" and cross.status == "planned"


def test_inferred_links_are_followed_only_when_asked(essex_graph):
    without = upstream(essex_graph, KNIFE + "28", include_inferred=False)
    assert sorted(depths(without), key=task_order) == [KNIFE + r for r in ("1", "2", "8", "17", "18", "19", "23", "24")]
    assert upstream(essex_graph, KNIFE + "8", include_inferred=False) == []
    assert [s.task for s in upstream(essex_graph, KNIFE + "8")] == [GANGS + "29", GANGS + "21", GANGS + "2",
                                                                   GANGS + "5"]


def test_depth_limits_the_walk(essex_graph):
    assert [s.ref for s in upstream(essex_graph, KNIFE + "28", depth=1)] == ["1", "2", "8", "23", "24"]
    assert max(s.depth for s in upstream(essex_graph, KNIFE + "28", depth=3)) == 3


def test_what_waits_on_gangs_10(essex_graph):
    # G17 (15) "Linked to action 10", G18 (16) "Linked to 10 & 15", G27 (25) "Linked to action (10) & (15)";
    # nothing in the plan cites 15, 16 or 25 beyond these, so the chain ends there.
    steps = downstream(essex_graph, GANGS + "10")
    assert [(s.ref, s.depth, s.cell) for s in steps] == [("15", 1, "G17"), ("16", 1, "G18"), ("25", 1, "G27")]
    assert [s.ref for s in downstream(essex_graph, GANGS + "15")] == ["16", "25"]


def test_night_time_economy_20_and_17(essex_graph):
    # G24 (20): "Linked to action (17) (11) (9) (4)"; G21 (17): "Linked to actions (11) (9) (4)"
    assert depths(upstream(essex_graph, NTE + "20")) == {NTE + "4": 1, NTE + "9": 1, NTE + "11": 1, NTE + "17": 1}
    assert {s.cell for s in upstream(essex_graph, NTE + "20")} == {"G24"}
    assert depths(upstream(essex_graph, NTE + "17")) == {NTE + "4": 1, NTE + "9": 1, NTE + "11": 1}


def test_knife_crime_cycles_are_found_and_do_not_hang_the_walks(essex_graph):
    # Task 2 cites 17, 18 and 19 (G5); 17 and 18 cite 2 back (G20, G21); 19 cites only 8 (G22).
    expected = [[KNIFE + "2", KNIFE + "17"], [KNIFE + "2", KNIFE + "18"]]
    assert cycles(essex_graph) == expected
    assert cycles(essex_graph, include_inferred=False) == expected
    assert depths(upstream(essex_graph, KNIFE + "2", include_inferred=False)) == {
        KNIFE + "17": 1, KNIFE + "18": 1, KNIFE + "19": 1, KNIFE + "1": 2, KNIFE + "8": 2}
    assert depths(downstream(essex_graph, KNIFE + "2")) == {
        KNIFE + "17": 1, KNIFE + "18": 1, KNIFE + "25": 1, KNIFE + "28": 1}


def test_duplicates_are_not_dependencies(essex_graph):
    g = dependency_graph(essex_graph)
    # 78 links, of which 3 duplicates (Domestic Abuse 22 of 11, Sexual Crime 18 of 8, E&R 22 of 19)
    assert g.number_of_edges() == 75 and g.number_of_nodes() == 212
    assert not g.has_edge("Domestic Abuse#22", "Domestic Abuse#11")
    assert dependency_graph(essex_graph, include_inferred=False).number_of_edges() == 72
    assert upstream(essex_graph, "Domestic Abuse#22") == []


def test_chain_tree_places_each_task_once_and_marks_repeats(essex_graph):
    tree = chain_tree(essex_graph, KNIFE + "28", include_inferred=False)
    assert tree["task"] == KNIFE + "28" and tree["link"] is None
    assert [c["ref"] for c in tree["children"]] == ["1", "2", "8", "23", "24"]
    by_ref = {c["ref"]: c for c in tree["children"]}
    # 24 cites 23 (G27), already placed at depth 1
    [again] = by_ref["24"]["children"]
    assert (again["task"], again["repeat"], again["link"]["cell"]) == (KNIFE + "23", True, "G27")
    # 17 cites 2 back: the cycle shows as a repeat, not a loop
    seventeen = next(c for c in by_ref["2"]["children"] if c["ref"] == "17")
    assert [(c["ref"], c["repeat"]) for c in seventeen["children"]] == [("1", True), ("2", True), ("8", True)]

    def placed(node):
        return [] if node["repeat"] else [node["task"]] + [k for c in node["children"] for k in placed(c)]
    assert sorted(placed(tree)[1:], key=task_order) == sorted(
        depths(upstream(essex_graph, KNIFE + "28", include_inferred=False)), key=task_order)


def test_chain_tree_down_and_depth(essex_graph):
    tree = chain_tree(essex_graph, GANGS + "10", direction="down", depth=1)
    assert [(c["ref"], c["link"]["evidence"]) for c in tree["children"]] == [
        ("15", "Linked to action 10"), ("16", "Linked to 10 & 15"), ("25", "Linked to action (10) & (15)")]
    assert all(c["children"] == [] for c in tree["children"])
    with pytest.raises(ValueError):
        chain_tree(essex_graph, GANGS + "10", direction="sideways")


def test_roots_are_cited_tasks_that_cite_nothing(essex_graph):
    assert roots(essex_graph) == [
        "House Burglary & Street Robbery#16",
        *(GANGS + r for r in ("1", "2", "4", "5", "6", "10", "17", "20")),
        *(KNIFE + r for r in ("1", "7", "9", "14", "23", "26")),
        *(NTE + r for r in ("1", "2", "4", "5", "9", "11", "14")),
    ]


def test_hubs_rank_by_everything_waiting(essex_graph):
    top = hubs(essex_graph, top=3)
    # Gangs 5 is cited by 21, 26 and (inferred) Knife crime 22; through 21 -> 29 -> Knife crime 8 most of
    # Knife crime waits on it.
    assert [(h.task, h.direct, h.total) for h in top] == [
        (GANGS + "5", 3, 12), (GANGS + "2", 2, 11), (GANGS + "21", 1, 9)]
    assert (hubs(essex_graph, top=1, include_inferred=False)[0].task,
            hubs(essex_graph, top=1, include_inferred=False)[0].direct) == (KNIFE + "8", 6)


def test_longest_chains_take_a_cycle_as_one_step(essex_graph):
    chains = longest_chains(essex_graph, include_inferred=False)
    assert chains[0] == [KNIFE + r for r in ("8", "19", "2", "17", "18", "25")]
    assert [len(c) for c in chains] == [6, 6, 4, 3, 3]
    assert [NTE + r for r in ("5", "10", "12", "16")] in chains
    with_inferred = longest_chains(essex_graph, top=1)
    assert with_inferred == [[GANGS + "2", GANGS + "21", GANGS + "29",
                              *(KNIFE + r for r in ("8", "19", "2", "17", "18", "25"))]]


def test_essex_has_no_dangling_links_and_no_clash_before_its_review_dates(essex_graph):
    assert dangling(essex_graph) == []
    assert schedule_conflicts(essex_graph, today=dt.date(2018, 6, 1)) == []
    # No task is due before a task it depends on, whatever the day.
    assert [c for c in schedule_conflicts(essex_graph) if c.problem == EARLIER] == []


def test_essex_links_once_the_review_dates_have_passed(essex_graph):
    late = schedule_conflicts(essex_graph, today=dt.date(2018, 7, 1))
    assert {c.problem for c in late} == {OVERDUE}
    # House Burglary 17 "As above" (G21) depends on 16, due June 2018 (K20): a deadline, not a review date
    [burglary] = [c for c in late if c.task.startswith("House Burglary")]
    assert (burglary.task, burglary.depends_on, burglary.dependency_due, burglary.review, burglary.cell) == (
        "House Burglary & Street Robbery#17", "House Burglary & Street Robbery#16", "2018-06-30", False, "G21")
    # The violence plans give "1st review 15/6/18": those conflicts say they rest on review dates
    assert all(c.review for c in late if c.task.startswith("Violence"))


def test_plan_overview_gathers_everything(essex_graph):
    overview = plan_overview(essex_graph, today=dt.date(2018, 6, 1))
    assert set(overview) == {"roots", "hubs", "longest_chains", "cycles", "dangling", "schedule_conflicts"}
    assert overview["cycles"] == cycles(essex_graph) and overview["schedule_conflicts"] == []


def test_a_task_is_found_by_key_or_by_words(essex_graph):
    assert match_tasks(essex_graph, GANGS + "10") == [GANGS + "10"]
    assert match_tasks(essex_graph, "gangs 10") == [GANGS + "10"]
    assert match_tasks(essex_graph, "Frost 12") == [GANGS + "12"]  # an owner's name and a number
    assert match_tasks(essex_graph, "crimestoppers") == [GANGS + "4", KNIFE + "7"]
    with pytest.raises(TaskNotFound) as found:
        trace(essex_graph, "crimestoppers")
    assert found.value.matches == [GANGS + "4", KNIFE + "7"]
    with pytest.raises(TaskNotFound):
        trace(essex_graph, "no such words")
    chain = trace(essex_graph, "knife 28", depth=1)
    assert chain.task == KNIFE + "28" and [s.ref for s in chain.steps] == ["1", "2", "8", "23", "24"]
    assert [c["ref"] for c in chain.tree["children"]] == ["1", "2", "8", "23", "24"]


def test_an_unknown_key_is_an_error(essex_graph):
    with pytest.raises(TaskNotFound):
        upstream(essex_graph, "Violence - Gangs#99")


# -- small plans for what Essex lacks ------------------------------------------

def plan(*tasks: tuple[str, str | None, str, bool], links: tuple[tuple[str, str], ...] = ()) -> PlanGraph:
    """Tasks as (ref, due, status, due_is_review); links as (citing ref, cited ref)."""
    g = PlanGraph()
    for ref, due, status, review in tasks:
        g.add(Task(key=f"W#{ref}", workstream="W", area="A", ref=ref, text=f"task {ref}", due=due, status=status,
                   due_is_review=review, source=Source("p.xlsx", "W", f"E{ref}")))
    for a, b in links:
        g.relate(Rel.LINKED_TO, g.get(Task.label, f"W#{a}"), g.get(Task.label, f"W#{b}"),
                 Source("p.xlsx", "W", f"G{a}"), kind="reference", evidence=f"Linked to ({b})", confidence=1.0,
                 inferred=False)
    return g


def test_a_task_due_before_what_it_depends_on():
    g = plan(("1", "2018-09-30", "planned", False), ("2", "2018-06-30", "planned", True), links=(("2", "1"),))
    [c] = schedule_conflicts(g, today=dt.date(2018, 1, 1))
    assert (c.task, c.depends_on, c.problem, c.task_due, c.dependency_due, c.review, c.evidence, c.cell) == (
        "W#2", "W#1", EARLIER, "2018-06-30", "2018-09-30", True, "Linked to (1)", "G2")


def test_depending_on_an_overdue_task_unless_it_is_completed():
    g = plan(("1", "2018-03-31", "planned", False), ("2", "2018-03-31", "completed", False),
             ("3", None, "ongoing", False), links=(("3", "1"), ("3", "2")))
    [c] = schedule_conflicts(g, today=dt.date(2018, 4, 1))
    assert (c.task, c.depends_on, c.problem, c.dependency_status, c.review) == ("W#3", "W#1", OVERDUE, "planned", False)
    assert schedule_conflicts(g, today=dt.date(2018, 3, 31)) == []  # due that day is not yet overdue


def test_dangling_links_from_a_workbook(make_workbook):
    rows = [["Strand", "Task", "How", "Who", "When", "Task No"],
            ["Prevent", "Map hotspots", "Linked to action (9)", "PW", "Sep-18", 1],
            ["Prevent", "Patrol them", "Linked to action (1)", "PW", "Oct-18", 2]]
    make_workbook("plan.xlsx", {"Plan": rows})
    graph = load_plans([make_workbook.folder]).graph
    assert dangling(graph) == [("Plan#1", "task 9: 'Linked to action (9)' (Plan C2)")]  # the How cell
    assert [s.task for s in upstream(graph, "Plan#2")] == ["Plan#1"]
    assert roots(graph) == ["Plan#1"]
