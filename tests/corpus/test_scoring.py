"""The scorer on small hand-built graphs: one as the truth says, and others
each wrong in one way, so that every measure is seen to fail."""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from graphmodel import Area, Forum, Owner, Partner, PlanGraph, Rel, Source, Task

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matching  # noqa: E402
import scoring  # noqa: E402
from scoring import BARS, format_scores, score  # noqa: E402

SRC = Source("plan.xlsx", "Plan", "A1")

TRUTH = {
    "priorities": {
        "Hate Crime": {"aliases": ["Hate Crime", "HC"], "delivery_lead": "Insp Karen Doyle"},
        "Drug Harm": {"aliases": ["Drugs"]},
    },
    "tasks": {"Hate Crime": {"refs": ["1", "2", "3"]}, "Drug Harm": {"refs": ["D1", "D2"]}},
    "links": [{"from": "2", "to": "1"}, {"from": "D2", "to": "1"}],
    "dangling_links": [{"from": "3", "to": "14"}],
    "owners": {
        "Insp Karen Doyle": {"refs": ["1", "2"], "spellings": ["Insp Doyle", "Insp Karen Doyle"]},
        "Sean Doyle": {"refs": ["3"], "spellings": ["S. Doyle"]},
        "DI Ann Lee": {"refs": ["D1", "D2"], "spellings": ["DI Lee"]},
    },
    "forums": {"Hate Incident Panel": ["Hate Crime"], "Drugs Board": ["Drug Harm", "Hate Crime"]},
    "partners_by_priority": {"Victim Support": ["Hate Crime"], "Ashcombe BID": ["Drug Harm"]},
    "partner_aliases": {"Ashcombe Business Improvement District": "Ashcombe BID"},
    "due_dates": {"1": "2025-09-30", "2": None, "3": None, "D1": "2026-03-31", "D2": None},
    "strands": {"1": "Prevent", "2": "Pursue", "3": None, "D1": None, "D2": "Protect"},
    "rag": {"1": "Green", "2": "Complete", "3": None, "D1": "Red", "D2": "Amber"},
}

# What a right loader would give: Area name -> tasks (ref, due, precision, strands, rag, status).
AREAS = {"Hate crime": [("1", "2025-09-30", "day", ["Prevent"], "green", "planned"),
                        ("2", "2025-12-31", "quarter", ["Pursue"], "", "completed"),
                        ("3", None, "", [], "", "planned")],
         "Drug Harm Action Plan": [("D1", "2026-03-31", "day", [], "red", "planned"),
                                   ("D2", "2025-07-31", "month", ["Protect"], "amber", "planned")]}
LINKS = [("2", "1"), ("D2", "1")]
OWNERS = {"Insp Karen Doyle": (["Insp Doyle", "Insp Karen Doyle"], ["1", "2"]),
          "Sean Doyle": (["S. Doyle"], ["3"]), "DI Lee": (["DI Lee"], ["D1", "D2"])}
FORUMS = [("Hate crime", "Hate Incident Panel"), ("Hate crime", "Drugs Board"), ("Drug Harm Action Plan", "Drugs Board")]
PARTNERS = [("Hate crime", "Victim Support"), ("Drug Harm Action Plan", "Ashcombe Business Improvement District")]


def make_graph(*, areas=AREAS, links=LINKS, owners=OWNERS, forums=FORUMS, partners=PARTNERS) -> PlanGraph:
    graph = PlanGraph()
    tasks = {}
    for area_name, rows in areas.items():
        area = graph.add(Area(key=area_name, name=area_name, source=SRC))
        for ref, due, precision, strands, rag, status in rows:
            key = f"{area_name}#{ref}"
            tasks[ref] = graph.add(Task(key=key, source=SRC, workstream=area_name, area=area.key, ref=ref,
                                        text=f"task {ref}", due=due, due_precision=precision,
                                        strands=strands, rag=rag, status=status))
    tasks["3"].dangling_links.append('14 (Depends on: "14")')
    for start, end in links:
        graph.relate(Rel.LINKED_TO, tasks[start], tasks[end], SRC)
    for name, (spellings, refs) in owners.items():
        owner = graph.add(Owner(key=name, name=name, source=SRC, spellings=[f"{s} ({SRC})" for s in spellings]))
        for ref in refs:
            graph.relate(Rel.OWNED_BY, tasks[ref], owner, SRC)
    for label, pairs in ((Forum, forums), (Partner, partners)):
        for area_name, name in pairs:
            node = graph.add(label(key=name, name=name, source=SRC))
            graph.relate(Rel.WORKS_THROUGH, graph.get(Area.label, area_name), node, SRC)
    return graph


def test_the_scorer_docstrings_run():
    for module in (scoring, matching):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_a_graph_as_the_truth_says_meets_every_bar():
    scores = score(make_graph(), TRUTH)
    assert scores.shortfalls() == []
    assert {name: scores[name].share for name in BARS} == dict.fromkeys(BARS, 1.0)
    assert scores["priorities matched"].share == 1.0 and scores["dangling links"].share == 1.0


def test_a_reversed_link_costs_link_precision_and_recall():
    scores = score(make_graph(links=[("1", "2"), ("D2", "1")]), TRUTH)
    assert (scores["links precision"].share, scores["links recall"].share) == (0.5, 0.5)
    assert scores["links precision"].misses == ("1 -> 2",)
    assert scores["links recall"].misses == ("2 -> 1",)
    assert "links precision 0.500 < 0.97" in scores.shortfalls()


def test_nothing_found_is_no_precision():
    scores = score(make_graph(links=[], owners={}, forums=[]), TRUTH)
    assert (scores["links precision"].share, scores["links recall"].share) == (0.0, 0.0)
    assert scores["owner precision"].share == scores["forums precision"].share == 0.0
    assert scores["merged people"].share == 1.0  # no owner, so nobody merged


def test_one_owner_for_two_people_is_a_merged_person():
    owners = {"Doyle": (["Insp Doyle", "S. Doyle"], ["1", "2", "3"]), "DI Lee": (["DI Lee"], ["D1", "D2"])}
    scores = score(make_graph(owners=owners), TRUTH)
    assert scores["merged people"].misses == ("Doyle: Insp Karen Doyle + Sean Doyle",)
    assert scores["merged people"].share < 1.0
    assert scores["owner precision"].share < 1.0  # its tasks cannot be credited to either of them
    assert any(s.startswith("merged people") for s in scores.shortfalls())


def test_an_owner_is_matched_by_the_spellings_it_kept_not_its_key():
    owners = {"owner-17": (["Insp Doyle", "Insp Karen Doyle"], ["1", "2"]),
              "Sean Doyle (Youth Service)": (["S. Doyle"], ["3"]),
              "Ann Lee": (["DI Lee"], ["D1", "D2"])}
    scores = score(make_graph(owners=owners), TRUTH)
    assert scores["owner attribution"].share == scores["owner precision"].share == 1.0


def test_a_missing_task_owner_costs_attribution():
    owners = dict(OWNERS, **{"Sean Doyle": (["S. Doyle"], [])})
    scores = score(make_graph(owners=owners), TRUTH)
    assert scores["owner attribution"].right == 4 and scores["owner attribution"].total == 5
    assert scores["owner attribution"].misses == ("3 -> Sean Doyle",)


def test_a_missing_forum_costs_forum_recall_only():
    scores = score(make_graph(forums=FORUMS[:2]), TRUTH)
    assert scores["forums recall"].share == pytest.approx(2 / 3)
    assert scores["forums precision"].share == 1.0
    assert scores["forums recall"].misses == ("Drug Harm -> Drugs Board",)


def test_a_forum_in_the_wrong_priority_and_an_unknown_partner_cost_precision():
    scores = score(make_graph(forums=[*FORUMS, ("Drug Harm Action Plan", "Hate Incident Panel")],
                              partners=[*PARTNERS, ("Hate crime", "local schools")]), TRUTH)
    assert scores["forums precision"].share == 0.75
    assert scores["partners precision"].misses == ("Hate Crime -> ?local schools",)


def test_tasks_in_an_area_no_priority_matches_are_extra_yet_still_scored_by_ref():
    areas = {"Colour of the Activity cell shows progress": AREAS["Hate crime"],
             "Drug Harm Action Plan": AREAS["Drug Harm Action Plan"]}
    forums = [("Drug Harm Action Plan", "Drugs Board")]
    scores = score(make_graph(areas=areas, forums=forums, partners=PARTNERS[1:]), TRUTH)
    assert scores.unmatched_priorities == ["Hate Crime"]
    assert scores["tasks exact"].right == 2 and scores["tasks exact"].total == 8
    assert scores["due dates"].share == scores["links recall"].share == 1.0


def test_a_task_read_twice_is_extra():
    areas = dict(AREAS, **{"HC": AREAS["Hate crime"][:1]})
    scores = score(make_graph(areas=areas), TRUTH)
    assert scores["tasks exact"].misses == ("extra HC#1",)


def test_due_dates_need_the_day_where_one_is_written_and_no_day_where_none_is():
    areas = {"Hate crime": [("1", "2025-09-01", "day", ["Prevent"], "green", "planned"),
                            ("2", "2025-12-31", "day", ["Pursue"], "", "completed"),
                            ("3", None, "", [], "", "planned")],
             "Drug Harm Action Plan": AREAS["Drug Harm Action Plan"]}
    scores = score(make_graph(areas=areas), TRUTH)
    assert scores["due dates"].right == 3
    assert [m.split(":")[0] for m in scores["due dates"].misses] == ["1", "2"]


def test_strands_and_status_are_exact():
    areas = {"Hate crime": [("1", "2025-09-30", "day", ["Prevent", "Protect"], "amber", "planned"),
                            ("2", None, "", ["Pursue"], "blue", "planned"),
                            ("3", None, "", ["Prepare"], "", "completed")],
             "Drug Harm Action Plan": AREAS["Drug Harm Action Plan"]}
    scores = score(make_graph(areas=areas), TRUTH)
    assert [m.split(":")[0] for m in scores["strands"].misses] == ["1", "3"]
    assert [m.split(":")[0] for m in scores["status"].misses] == ["1", "3"]


def test_refs_repeated_across_priorities_must_name_their_priority():
    truth = dict(TRUTH, tasks={"Hate Crime": {"refs": ["1", "2", "3"]}, "Drug Harm": {"refs": ["1", "2"]}},
                 due_dates={"Drug Harm#1": None, "Hate Crime#1": "2025-09-30"})
    assert matching.resolve_ref("Drug Harm#1", truth) == ("Drug Harm", "1")
    with pytest.raises(matching.TruthError):
        matching.resolve_ref("1", truth)


def test_format_scores_prints_one_marked_line_per_measure():
    text = format_scores(score(make_graph(links=[]), TRUTH), title="tiny")
    lines = text.splitlines()
    assert lines[0] == "tiny" and len(lines) == 1 + len(score(make_graph(), TRUTH).measures)
    assert any(line.startswith("LOW links recall") for line in lines)
    assert any(line.startswith(" ok due dates") for line in lines)
    assert any(line.lstrip().startswith("priorities matched") for line in lines)


def test_priority_names_match_by_alias_or_shared_words_only_when_clear():
    matcher = matching.PriorityMatcher({"Retail & Business Crime": {"aliases": ["Business crime"]},
                                        "Rural Crime": {"aliases": []}})
    assert matcher.match("Retail and Business Crime") == "Retail & Business Crime"
    assert matcher.match("BUSINESS CRIME") == "Retail & Business Crime"
    assert matcher.match("Rural Crime Delivery Plan 2025/26") == "Rural Crime"
    assert matcher.match("Crime") is None
    assert matcher.match("Owner: DCI Sam Reed / Last reviewed: 02/05/2025") is None


@given(st.text())
def test_name_matching_never_raises(text):
    assert isinstance(matching.norm(text), str) and isinstance(matching.ref_key(text), str)
    assert isinstance(matching.written(text), str) and isinstance(matching.words(text), set)
    matching.PriorityMatcher(TRUTH["priorities"]).match(text)
    matching.OwnerMatcher(TRUTH["owners"]).match(text, [text])
