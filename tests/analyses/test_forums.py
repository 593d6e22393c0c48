"""Forum overlap on the Essex strategy register ('Partnership Forums' sheet)
and plans, plus small graphs for what the data lacks."""

from __future__ import annotations

import pytest

from graphmodel import Area, Forum, Label, Owner, Partner, PlanGraph, Rel, Source, Task
from analyses.forums import (
    LISTED_NOT_NAMED,
    NAMED_NOT_LISTED,
    area_forum_matrix,
    area_overlap,
    forum_detail,
    forum_overview,
    shared_forums,
    unlisted,
)

CSH, CSP = "Community Safety Hub", "Community Safety Partnership"
ER, HC = "Extremism & Radicalisation", "Hate Crime"
MARAC = "Multi-Agency Risk Assessment Conference"
# The five areas listing both CSH and CSP: Partnership Forums B6/B7 (Gangs &
# Knife Crime), B8/B9 (NTE), B15/B16 (Digital Crime & Fraud), B24/B25 (House
# Burglary & Street Robbery), B31/B32 (SOC: "Community Safety Hubs and hub tasking").
FIVE = ["Digital Crime & Fraud", "Gangs & Knife Crime", "House Burglary & Street Robbery", "Night Time Economy",
        "Serious & Organised Crime"]


def test_forums_shared_in_the_strategy(essex_graph):
    found = [(s.forum, s.label, s.areas, s.count) for s in shared_forums(essex_graph)]
    assert found == [
        (CSH, "Forum", FIVE, 5),
        (CSP, "Forum", FIVE, 5),
        # B20-B23 (E&R) and B28-B30 (Hate Crime; B29 "Essex Faith Leaders/Community Forums" is two).
        ("Community Forum", "Forum", [ER, HC], 2),
        ("Essex Faith Leaders", "Forum", [ER, HC], 2),
        ("Independent Advisory Group", "Forum", [ER, HC], 2),
        ("Strategic Hate Crime Partnership", "Forum", [ER, HC], 2),
    ]
    assert [s.forum for s in shared_forums(essex_graph, min_areas=5)] == [CSH, CSP]


def test_register_partners_are_partner_nodes(essex_graph):
    # B17 "City of London Police & Eastern Region Special Operations Unit", B18 CISP,
    # B19 "National Cyber Security Centre & National Crime Agency".
    row = area_forum_matrix(essex_graph)["Digital Crime & Fraud"]
    partners = ["City of London Police", "Cyber Security Information Sharing Partnership",
                "Eastern Region Special Operations Unit", "National Crime Agency", "National Cyber Security Centre"]
    assert row == dict.fromkeys(sorted([CSH, CSP, *partners]), 1)
    assert all(essex_graph.get(Label.PARTNER, p) is not None for p in partners)


def test_matrix_from_tasks_counts_the_tasks_naming_a_forum(essex_graph):
    matrix = area_forum_matrix(essex_graph, source="tasks")
    assert len(matrix) == 9
    # MARAC in Domestic Abuse E3 (1), G4 (2), E12 (10), E13 (11), E24 (22).
    assert matrix["Domestic Abuse"][MARAC] == 5
    # "District/CSP Hub Tasking Meetings" (SOC E5) and the OSG Co-ordinator's How (G6).
    assert matrix["Serious & Organised Crime"][CSP] == 2 and matrix["Serious & Organised Crime"][CSH] == 1
    shared = {s.forum: (s.areas, s.count) for s in shared_forums(essex_graph, source="tasks")}
    assert shared[MARAC] == (["Domestic Abuse", "Sexual Crime, Child Abuse & Exploitation"], 6)
    assert shared[CSP][1] == 9 and len(shared[CSP][0]) == 5


def test_every_area_is_in_the_matrix_even_without_forums():
    g = PlanGraph()
    g.add(Area(key="Cyber", name="Cyber", source=Source("s.xlsx", "Areas", "A2")))
    assert area_forum_matrix(g) == {"Cyber": {}} and area_forum_matrix(g, source="tasks") == {"Cyber": {}}
    with pytest.raises(ValueError, match="source must be one of"):
        area_forum_matrix(g, source="register")


def test_area_overlap_in_the_strategy(essex_graph):
    found = [(o.area, o.other, round(o.score, 3), len(o.shared)) for o in area_overlap(essex_graph)]
    assert found[0] == (ER, HC, 1.0, 4)  # the same four forums
    # Gangs & Knife Crime {Op Raptor, CSH, CSP} and NTE {CSH, CSP, Licensing Committee}: 2 of 4.
    assert found[1] == ("Gangs & Knife Crime", "Night Time Economy", 0.5, 2)
    # DCF has 7 forums and partners, HB&SR 4 (Neighbourhood Watch, CSAS): 2 of 9.
    assert found[-1] == ("Digital Crime & Fraud", "House Burglary & Street Robbery", 0.222, 2)
    assert len(found) == 11  # the 10 pairs of the five CSH/CSP areas, and E&R with Hate Crime


def test_forum_detail_by_acronym_alias_and_any_case(essex_graph):
    marac = forum_detail(essex_graph, "marac")
    assert marac.forum == MARAC and marac.label == "Forum" and marac.strategy_areas == []
    assert marac.tasks == ["Domestic Abuse#1", "Domestic Abuse#2", "Domestic Abuse#10", "Domestic Abuse#11",
                           "Domestic Abuse#22", "Sexual Crime, Child Abuse and Exploitation#26"]
    assert marac.task_areas == ["Domestic Abuse", "Sexual Crime, Child Abuse & Exploitation"]
    hub = forum_detail(essex_graph, "Community Safety Hubs and hub tasking")  # register B31
    assert hub.forum == CSH and hub.strategy_areas == FIVE
    # SOC E5 "District/CSP Hub Tasking Meetings", Who I5 "LPP Inspector and CSP Manager".
    assert hub.tasks == ["Organised Crime Groups#3"] and hub.owners == ["CSP Manager", "LPP Inspector"]
    assert forum_detail(essex_graph, "NCA").label == "Partner"


def test_forum_detail_refuses_an_unknown_or_ambiguous_name(essex_graph):
    with pytest.raises(KeyError, match="no forum or partner called 'Parish Council'"):
        forum_detail(essex_graph, "Parish Council")
    g, src = PlanGraph(), Source("s.xlsx", "Partnership Forums", "B2")
    g.add(Forum(key="Youth Panel", name="Youth Panel", aliases=["YP"], source=src))
    g.add(Partner(key="Young People's Trust", name="Young People's Trust", aliases=["YP"], source=src))
    with pytest.raises(KeyError, match="could be any of: Young People's Trust, Youth Panel"):
        forum_detail(g, "yp")


def test_unlisted_forums_of_hate_crime(essex_graph):
    found = [(u.forum, u.direction, u.tasks) for u in unlisted(essex_graph) if u.area == HC]
    assert found == [
        (CSP, NAMED_NOT_LISTED, ["Hate Crime#3"]),
        ("Crown Prosecution Service", NAMED_NOT_LISTED, ["Hate Crime#5", "Hate Crime#8"]),
        ("Stop Hate UK", NAMED_NOT_LISTED, ["Hate Crime#7"]),
        ("Victim Support", NAMED_NOT_LISTED, ["Hate Crime#7"]),
        ("Community Forum", LISTED_NOT_NAMED, []),
        ("Essex Faith Leaders", LISTED_NOT_NAMED, []),
    ]
    # Register B4: no Domestic Abuse task names the Domestic Abuse Performance Group.
    assert [u.forum for u in unlisted(essex_graph) if u.area == "Domestic Abuse"
            and u.direction == LISTED_NOT_NAMED] == ["Domestic Abuse Performance Group"]


def test_overview_for_one_area(essex_graph):
    found = forum_overview(essex_graph, area="serious & organised crime")
    assert found.area == "Serious & Organised Crime" and list(found.forums) == ["Serious & Organised Crime"]
    assert [s.forum for s in found.shared] == [CSH, CSP]
    assert all("Serious & Organised Crime" in (o.area, o.other) for o in found.overlap) and len(found.overlap) == 4
    assert {u.forum for u in found.unlisted} == {"Eastern Region Special Operations Unit", "Probation Service",
                                                 "Lifetime Offender Regional Management Meeting"}
    with pytest.raises(KeyError, match="no area called 'Cyber'"):
        forum_overview(essex_graph, area="Cyber")


def test_owners_and_tasks_of_a_small_forum():
    g, src = PlanGraph(), Source("p.xlsx", "W", "E3")
    board = g.add(Forum(key="Safer Essex", name="Safer Essex", aliases=["Safer Essex Board"], source=src))
    task = g.add(Task(key="W#1", workstream="W", area=None, ref="1", text="Report to the Safer Essex Board",
                      source=src))
    owner = g.add(Owner(key="paul white", name="Supt Paul White", source=src))
    g.relate(Rel.MENTIONS, task, board, src, evidence="Safer Essex Board", field="task")
    g.relate(Rel.OWNED_BY, task, owner, src, written_as="PW", joint=False)
    found = forum_detail(g, "safer essex board")
    assert (found.tasks, found.owners, found.task_areas, found.workstreams) == (["W#1"], ["Supt Paul White"], [], ["W"])
    # A task in no area counts in no area's row.
    assert area_forum_matrix(g, source="tasks") == {} and unlisted(g) == []
