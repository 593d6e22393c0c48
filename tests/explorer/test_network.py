"""explorer.network: the chain, plan and forum networks, offline and escaped."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser

from explorer import network
from analyses import forums
from loaders import load_plans

from .conftest import HOSTILE_KEY, HOSTILE_OWNER, HOSTILE_TASK, HOSTILE_TEXT_2, HOSTILE_WORKSTREAM

KC = "Violence - Knife crime"


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, text):
        if self._in_script:
            self.scripts.append(text)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def _data(page: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", page)
    return json.loads(match.group(1))


def test_chain_of_knife_crime_28_puts_what_it_waits_on_to_its_left(essex_graph):
    net = network.chain_network(essex_graph, f"{KC}#28", depth=1)
    levels = {n["id"]: n["level"] for n in net.nodes}
    assert levels == {f"{KC}#{r}": -1 for r in ("1", "2", "8", "23", "24")} | {f"{KC}#28": 0}
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


def test_cycle_links_are_purple_and_dates_that_clash_red(essex_graph):
    # Knife crime 2 cites 17 and 17 cites 2 back: a cycle.
    net = network.chain_network(essex_graph, f"{KC}#17", depth=1, today=dt.date(2018, 1, 1))
    colours = {(e["from"], e["to"]): e["color"] for e in net.edges}
    assert colours[(f"{KC}#2", f"{KC}#17")] == network.CYCLE
    assert colours[(f"{KC}#17", f"{KC}#2")] == network.CYCLE


def test_overdue_links_are_amber_after_their_date(essex_graph):
    before = network.chain_network(essex_graph, f"{KC}#28", depth=1, today=dt.date(2018, 1, 1))
    after = network.chain_network(essex_graph, f"{KC}#28", depth=1, today=dt.date(2019, 1, 1))
    assert {e["color"] for e in before.edges} == {network.LINK}
    assert {e["color"] for e in after.edges} == {network.OVERDUE}  # all five are due 15/6/18, not completed


def test_plan_network_holds_the_tasks_asked_for_and_their_links(essex_graph):
    keys = [f"{KC}#28", f"{KC}#1", f"{KC}#2", "Hate Crime#1"]
    net = network.plan_network(essex_graph, keys)
    assert sorted(n["id"] for n in net.nodes) == sorted(keys)
    assert sorted((e["from"], e["to"]) for e in net.edges) == [(f"{KC}#1", f"{KC}#28"), (f"{KC}#2", f"{KC}#28")]
    assert [name for name, _ in net.legend] == ["Gangs & Knife Crime", "Hate Crime"]
    assert next(n for n in net.nodes if n["id"] == f"{KC}#28")["label"] == "VKC 28"


def test_forum_network_joins_areas_to_the_forums_five_of_them_share(essex_graph):
    net = network.forum_network(forums.area_forum_matrix(essex_graph))
    hub = next(n for n in net.nodes if n["id"] == "forum:Community Safety Hub")
    assert hub["size"] == 8 + 5 * 5 and "shared by 5 areas" in hub["title"]
    assert sorted(e["from"] for e in net.edges if e["to"] == "forum:Community Safety Hub") == [
        "area:Digital Crime & Fraud", "area:Gangs & Knife Crime", "area:House Burglary & Street Robbery",
        "area:Night Time Economy", "area:Serious & Organised Crime"]


def test_pages_fetch_nothing_from_the_internet(essex_graph):
    pages = [network.to_html(network.chain_network(essex_graph, f"{KC}#28")),
             network.to_html(network.plan_network(essex_graph, [f"{KC}#28", f"{KC}#1"])),
             network.to_html(network.forum_network(forums.area_forum_matrix(essex_graph)))]
    for page in pages:
        assert network.remote_resources(page) == []
        tags = _parse(page).tags
        fetching = [t for t, a in tags if t in ("script", "link", "img", "iframe") and (a.get("src") or a.get("href"))]
        assert fetching == []
        assert "sourceMappingURL" not in page
        # the policy forbids any fetch at all, and runs only the page's own scripts
        [policy] = [a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy"]
        assert policy.startswith("default-src 'none'; script-src 'nonce-")
        nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
        assert [a.get("nonce") for t, a in tags if t == "script"] == [nonce, nonce]
        assert "vis.Network" in page and "stabilizationIterationsDone" in page


def test_remote_resources_finds_scripts_styles_and_css_urls():
    page = ('<script src="https://cdn.x/vis.js"></script><link rel="stylesheet" href="//cdn.x/a.css">'
            '<style>body{background:url("http://x/y.png")} @import "https://x/z.css";</style>'
            '<img src="data:image/png;base64,AA"><p>see https://www.gov.uk</p>')
    assert network.remote_resources(page) == ['<script src="https://', '<link rel="stylesheet" href="//',
                                              'url("http://', '@import "https://']


def test_hostile_text_stays_text_in_every_network(hostile_workbook):
    graph = load_plans([hostile_workbook]).graph
    pages = [network.to_html(network.chain_network(graph, HOSTILE_KEY), title=HOSTILE_TASK),
             network.to_html(network.plan_network(graph, [HOSTILE_KEY, f"{HOSTILE_WORKSTREAM}#2"])),
             network.to_html(network.forum_network(forums.area_forum_matrix(graph, source="tasks"),
                                                   source="tasks"), title=HOSTILE_WORKSTREAM, show_title=True)]
    for page in pages:
        parsed = _parse(page)
        # no markup from the plan: only the page's own tags
        assert {t for t, _ in parsed.tags} <= {"html", "head", "meta", "title", "style", "body", "div", "aside",
                                                "p", "dl", "a", "script", "h1", "span", "i"}
        assert len(parsed.scripts) == 2 and not any(a.get("onerror") or a.get("onload") for _, a in parsed.tags)
        for text in (HOSTILE_TASK, HOSTILE_OWNER, HOSTILE_WORKSTREAM, "</script>"):
            assert text not in parsed.scripts[1]
    nodes = _data(pages[0], "nodes")
    chosen = next(n for n in nodes if n["id"] == HOSTILE_KEY)
    # the words arrive in the browser unchanged, as data for text
    assert chosen["label"] == f"{HOSTILE_WORKSTREAM} #1\n{HOSTILE_TASK}"
    assert dict(chosen["info"])["Owner"] == HOSTILE_OWNER
    assert HOSTILE_TEXT_2 in next(n for n in nodes if n["id"] != HOSTILE_KEY)["title"]
    # the panel fills itself with textContent only, never innerHTML
    assert "innerHTML" not in _parse(pages[0]).scripts[1]
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[0].split("</title>")[0]
