"""explorer.network.build: the chain, plan and forum networks, from the store's answers."""

from __future__ import annotations

import datetime as dt

from explorer import answers, network
from explorer.network.build import LINK, TROUBLE_COLOURS
from analyses.warnings import Trouble

KC = "Violence - Knife crime"


def chain(tok, key, depth=1, today=None, **kw):
    up = answers.chain(tok, key, "up", depth, True, today)
    down = answers.chain(tok, key, "down", depth, True, today)
    return network.chain_network(key, up, down, answers.tasks(tok), answers.links(tok, True),
                                 answers.warnings(tok, True, today), **kw)


def test_chain_of_knife_crime_28_puts_what_it_waits_on_to_its_left(tok):
    drawing = chain(tok, f"{KC}#28")
    net = drawing.network
    levels = {n["id"]: n["level"] for n in net.nodes}
    # 24 cites 23 as well, so 23 stands left of 24: every arrow runs left to right
    assert levels == {f"{KC}#{r}": -1 for r in ("1", "2", "8", "24")} | {f"{KC}#23": -2, f"{KC}#28": 0}
    assert all(levels[e["from"]] < levels[e["to"]] for e in net.edges)
    # drawn from the task waited on to the one waiting, with the cell's
    # words; links among the tasks shown are drawn too (24 cites 23)
    edges = {(e["from"], e["to"]): e for e in net.edges}
    assert set(edges) == {(f"{KC}#{r}", f"{KC}#28") for r in ("1", "2", "8", "23", "24")} | {
        (f"{KC}#23", f"{KC}#24")}
    info = dict(edges[(f"{KC}#1", f"{KC}#28")]["info"])
    assert info["Evidence"] == "Linked to actions (1) (2) (8) (23) (24)"
    assert info["Cell"] == f"{KC} G31"
    assert network.task_url(f"{KC}#28") == "task?task=Violence%20-%20Knife%20crime%2328"
    assert net.nodes[-1]["url"] == network.task_url(f"{KC}#28")
    assert (drawing.shown, drawing.total) == (6, 6)


def test_a_long_chain_shows_its_nearest_tasks_and_says_how_many_it_left_out(tok):
    full = chain(tok, "Violence - Gangs#5", depth=None)
    cut = chain(tok, "Violence - Gangs#5", depth=None, limit=4)
    assert cut.total == full.total > 4 and cut.shown == 4
    levels = {n["id"]: abs(n["level"]) for n in cut.network.nodes}
    assert levels["Violence - Gangs#5"] == 0 and max(levels.values()) <= min(
        abs(n["level"]) for n in full.network.nodes if n["id"] not in levels)


def test_cycle_links_are_purple_and_dates_that_clash_red(tok):
    # Knife crime 2 cites 17 and 17 cites 2 back: a cycle.
    net = chain(tok, f"{KC}#17", today=dt.date(2018, 1, 1)).network
    colours = {(e["from"], e["to"]): e["color"] for e in net.edges}
    assert colours[(f"{KC}#2", f"{KC}#17")] == TROUBLE_COLOURS[Trouble.CYCLE]
    assert colours[(f"{KC}#17", f"{KC}#2")] == TROUBLE_COLOURS[Trouble.CYCLE]


def test_overdue_links_are_amber_after_their_date(tok):
    before = chain(tok, f"{KC}#28", today=dt.date(2018, 1, 1)).network
    after = chain(tok, f"{KC}#28", today=dt.date(2019, 1, 1)).network
    assert {e["color"] for e in before.edges} == {LINK}
    # all five are due 15/6/18, not completed
    assert {e["color"] for e in after.edges} == {TROUBLE_COLOURS[Trouble.OVERDUE]}


def test_plan_network_holds_the_tasks_asked_for_and_their_links(tok):
    keys = [f"{KC}#28", f"{KC}#1", f"{KC}#2", "Hate Crime#1"]
    drawing = network.plan_network(keys, answers.tasks(tok), answers.links(tok, True), {})
    net = drawing.network
    assert sorted(n["id"] for n in net.nodes) == sorted(keys)
    assert sorted((e["from"], e["to"]) for e in net.edges) == [(f"{KC}#1", f"{KC}#28"), (f"{KC}#2", f"{KC}#28")]
    assert [words for kind, words, _ in net.legend if kind == "border"] == ["area: Gangs & Knife Crime",
                                                                            "area: Hate Crime"]
    assert next(n for n in net.nodes if n["id"] == f"{KC}#28")["label"] == "Knife crime 28\nUse social media to…"
    assert net.findable and net.focus


def test_a_big_map_draws_the_most_linked_tasks(tok):
    tasks, links = answers.tasks(tok), answers.links(tok, True)
    drawing = network.plan_network(list(tasks), tasks, links, {}, limit=10)
    assert (drawing.shown, drawing.total) == (10, 212)
    degree = {}
    for link in links:
        for k in (link["start"], link["end"]):
            degree[k] = degree.get(k, 0) + 1
    shown = {n["id"] for n in drawing.network.nodes}
    assert min(degree.get(k, 0) for k in shown) >= max(degree.get(k, 0) for k in tasks if k not in shown)


def test_forum_network_joins_areas_to_the_forums_five_of_them_share(tok):
    drawing = network.forum_network(answers.forum_overview(tok, "strategy").forums)
    net = drawing.network
    hub = next(n for n in net.nodes if n["id"] == "forum:Community Safety Hub")
    assert hub["size"] == 8 + 5 * 5 and "shared by 5 areas" in hub["title"]
    assert sorted(e["from"] for e in net.edges if e["to"] == "forum:Community Safety Hub") == [
        "area:Digital Crime & Fraud", "area:Gangs & Knife Crime", "area:House Burglary & Street Robbery",
        "area:Night Time Economy", "area:Serious & Organised Crime"]
    small = network.forum_network(answers.forum_overview(tok, "strategy").forums, limit=11)
    assert small.shown == 11 and small.total == drawing.total
    assert "forum:Community Safety Hub" in {n["id"] for n in small.network.nodes}  # the most shared stay


def test_every_colour_dash_and_fill_drawn_is_in_the_legend(tok):
    drawing = chain(tok, f"{KC}#17", today=dt.date(2019, 1, 1))
    net = drawing.network
    legend = {colour for _, _, colour in net.legend}
    assert {e["color"] for e in net.edges} <= legend
    assert {n["color"]["background"] for n in net.nodes} <= legend
    assert ("border", "the task chosen", "#f9a825") in net.legend
