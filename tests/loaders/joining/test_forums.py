"""Forums of the strategy and forums and partners named in tasks."""

from __future__ import annotations

from graphmodel import Label, Rel


def areas_of(graph, forum):
    node = graph.get(Label.FORUM, forum) or graph.get(Label.PARTNER, forum)
    return sorted(graph.get(*r.start).key for r in graph.incoming(node, Rel.WORKS_THROUGH))


def test_a_forum_written_two_ways_is_one_forum(essex_graph):
    # "Community Safety Hubs" (4 areas) and "Community Safety Hubs and hub tasking" (SOC)
    assert areas_of(essex_graph, "Community Safety Hub") == [
        "Digital Crime & Fraud", "Gangs & Knife Crime", "House Burglary & Street Robbery",
        "Night Time Economy", "Serious & Organised Crime"]
    hub = essex_graph.get(Label.FORUM, "Community Safety Hub")
    assert "Community Safety Hubs and hub tasking" in hub.aliases


def test_a_cell_naming_two_forums_gives_two(essex_graph):
    # Hate Crime B29: "Essex Faith Leaders/Community Forums"
    assert "Hate Crime" in areas_of(essex_graph, "Essex Faith Leaders")
    assert "Hate Crime" in areas_of(essex_graph, "Community Forum")
    rel = next(r for r in essex_graph.relationships(Rel.WORKS_THROUGH)
               if r.start == (Label.AREA, "Hate Crime") and r.end[1] == "Essex Faith Leaders")
    assert rel.source.cell == "B29" and rel.props["split_from"] == "Essex Faith Leaders/Community Forums"


def test_partners_in_the_register_are_partners(essex_graph):
    assert areas_of(essex_graph, "City of London Police") == ["Digital Crime & Fraud"]
    assert essex_graph.get(Label.PARTNER, "City of London Police") is not None


def test_the_strategy_board_and_the_task_text_meet(essex_graph):
    board = essex_graph.get(Label.FORUM, "Southend, Essex and Thurrock Domestic Abuse Board")
    assert areas_of(essex_graph, board.key) == ["Domestic Abuse"]  # B2, written out in full
    mentions = [r for r in essex_graph.incoming(board, Rel.MENTIONS)]
    assert {essex_graph.get(*r.start).workstream for r in mentions} == {"Domestic Abuse"}
    assert "SET DA Board" in {r.props["evidence"] for r in mentions}
    # Task 9's How cell (G11) writes it "SETDAB"; its Task cell (E11) "SET DA Board" first.
    assert essex_graph.get(Label.TASK, "Domestic Abuse#9") in [essex_graph.get(*r.start) for r in mentions]


def test_mentions_keep_evidence_and_cell(essex_graph):
    task = essex_graph.get(Label.TASK, "Violence - Gangs#4")  # "Crimestoppers are seen as ..." / "Crimstoppers"
    [rel] = [r for r in essex_graph.outgoing(task, Rel.MENTIONS) if r.end[1] == "Crimestoppers"]
    assert rel.source.cell in ("E6", "G6") and rel.props["evidence"] in ("Crimestoppers", "Crimstoppers")


def test_acronyms_match_as_written_and_whole(essex_graph):
    mace = essex_graph.get(Label.FORUM, "Multi-Agency Child Exploitation Meeting")
    evidence = {r.props["evidence"] for r in essex_graph.incoming(mace, Rel.MENTIONS)}
    assert evidence <= {"MACE", "Mace meeting", "Mace meetings"} and evidence
    for rel in essex_graph.relationships(Rel.MENTIONS):
        assert rel.props["evidence"] not in ("mace", "CPSO", "mash")
