"""explorer.network.page: every network as a standalone page that fetches nothing and runs
nothing a spreadsheet typed."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from explorer import answers, network, state

from ..conftest import HOSTILE_KEY, HOSTILE_OWNER, HOSTILE_TASK, HOSTILE_TEXT_2, HOSTILE_WORKSTREAM

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


def pages(tok, key, keys, source="strategy"):
    """The chain, map and forum pages as the explorer makes them."""
    return [answers.chain_html(tok, key, None, True, None)[0], answers.plan_html(tok, tuple(keys), True, None)[0],
            answers.forum_html(tok, source)[0]]


def test_pages_fetch_nothing_from_the_internet(tok):
    for page in pages(tok, f"{KC}#28", [f"{KC}#28", f"{KC}#1"]):
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


def test_hostile_text_stays_text_in_every_network(hostile_home):
    tok = state.token()
    made = pages(tok, HOSTILE_KEY, [HOSTILE_KEY, f"{HOSTILE_WORKSTREAM}#2"], source="tasks")
    made.append(answers.forum_html(tok, "tasks", False)[0])  # the downloaded page shows its title
    made.append(network.to_html(network.forum_network({HOSTILE_WORKSTREAM: {"Hub": 1}}).network,
                                title=HOSTILE_TASK, show_title=True))
    for page in made:
        parsed = _parse(page)
        # no markup from the plan: only the page's own tags
        assert {t for t, _ in parsed.tags} <= {"html", "head", "meta", "title", "style", "body", "div", "aside",
                                                "p", "dl", "a", "script", "h1", "span", "i", "label",
                                                "input"}
        assert len(parsed.scripts) == 2 and not any(a.get("onerror") or a.get("onload") for _, a in parsed.tags)
        for text in (HOSTILE_TASK, HOSTILE_OWNER, HOSTILE_WORKSTREAM, "</script>"):
            assert text not in parsed.scripts[1]
    nodes = _data(made[0], "nodes")
    chosen = next(n for n in nodes if n["id"] == HOSTILE_KEY)
    # the words arrive in the browser unchanged, as data for text
    assert chosen["label"] == f"{HOSTILE_WORKSTREAM} #1\n{HOSTILE_TASK}"
    assert dict(chosen["info"])["Owner"] == HOSTILE_OWNER
    assert HOSTILE_TEXT_2 in next(n for n in nodes if n["id"] != HOSTILE_KEY)["title"]
    # the panel fills itself with textContent only, never innerHTML
    assert "innerHTML" not in _parse(made[0]).scripts[1]
    assert "&lt;img src=x onerror=alert(1)&gt;" in made[-1].split("</title>")[0]
