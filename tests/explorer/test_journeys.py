"""The explorer as its three users walk through it, in Chromium: a planner
tracing Knife crime 28, a chief superintendent checking workload, a
partnership manager comparing forums. Each step is checked on what a
person sees, and each view comes back the same from its address after a
reload (the page's whole state is in the address)."""

from __future__ import annotations

import re

import pytest

from analyses.warnings import Trouble
from explorer.network.build import TROUBLE_COLOURS

from .browsing import Visit, serving

MIN_FONT_PX = 12


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory):
    """The explorer on the Essex plans, and a tab in it."""
    with serving(tmp_path_factory.mktemp("journeys") / "home") as base:
        visit = Visit(browser, base)
        visit.page.set_viewport_size({"width": 1440, "height": 900})
        try:
            yield visit
        finally:
            visit.close()


def reload(visit: Visit, title: str) -> None:
    visit.page.reload()
    visit.page.get_by_role("heading", name=title, exact=True).first.wait_for(timeout=60_000)
    visit.settle()


def chain_geometry(frame) -> dict:
    """Where each task of the chain is drawn, each link, and the words' size on screen."""
    return frame.evaluate("""() => {
        const n = window.plangraphNetwork, ids = n.body.data.nodes.getIds();
        const at = n.getPositions(ids);
        const edges = n.body.data.edges.get().map(e => [e.from, e.to, e.color]);
        const size = (n.body.nodes[ids[0]].options.font || {}).size || 14;
        return {x: Object.fromEntries(ids.map(id => [id, at[id].x])), edges: edges, px: n.getScale() * size};
    }""")


def test_a_planner_traces_knife_crime_28(site):
    site.open("chains", "Dependency chains")
    site.page.get_by_label("Find a task").fill("knife 28")
    site.page.get_by_label("Find a task").press("Enter")
    site.settle()
    frame = site.network(0)
    drawn = chain_geometry(frame)
    # every arrow of the chain runs left to right (but those of a cycle, which cannot), and its words are
    # readable at the fit it opens at
    arrows = [(a, b) for a, b, colour in drawn["edges"] if colour != TROUBLE_COLOURS[Trouble.CYCLE]]
    assert arrows and all(drawn["x"][a] < drawn["x"][b] for a, b in arrows)
    assert drawn["px"] >= MIN_FONT_PX
    legend = frame.locator("#legend").inner_text()
    assert "the task chosen" in legend and "the arrow points to the task waiting" in legend
    # evidence first: the words and where they were read, in the first columns
    waits_on = site.page.locator('[data-testid="stDataFrame"]').filter(has_text="Linked to actions (1) (2) (8)")
    assert waits_on.first.is_visible()
    # as of the plans' own dates nothing is overdue; as of today, it says why so much is
    site.page.get_by_role("tab", name="The whole plan").click()
    site.settle()
    assert site.page.get_by_role("tab", name=re.compile(r"Waits on something overdue \(0\)")).is_visible()
    site.page.get_by_role("radiogroup", name="Check dates as of").get_by_role("radio", name="today").click()
    site.settle()
    assert site.page.get_by_text("As of today every open task whose due date has passed is overdue").is_visible()
    overdue = site.page.get_by_role("tab", name=re.compile(r"Waits on something overdue \(\d+\)")).inner_text()
    assert int(re.search(r"\((\d+)\)", overdue).group(1)) > 0
    address = site.page.url
    assert "asof=today" in address and "task=Violence" in address and "view=" in address
    reload(site, "Dependency chains")
    assert site.page.url == address
    assert site.page.get_by_text("As of today every open task whose due date has passed is overdue").is_visible()
    assert site.page.get_by_role("tab", name="The whole plan", selected=True).is_visible()
    assert site.dialogs == [] and site.outside() == []


def test_leadership_checks_who_holds_too_many(site):
    site.open("owners", "Owners")
    assert site.page.get_by_text("over by 16").first.is_visible()  # CI Sam Smith: 26 tasks, 10 allowed
    assert site.page.get_by_text("initials only: no list of people names PW").first.is_visible()
    threshold = site.page.get_by_label("Overloaded above (tasks)", exact=True)
    threshold.fill("20")
    threshold.press("Enter")
    site.settle()
    assert site.page.locator('[data-testid="stMetricValue"]').first.inner_text() == "3"
    site.page.get_by_role("radiogroup", name="Split bars by").get_by_text("status", exact=True).click()
    site.settle()
    address = site.page.url
    assert "threshold=20" in address and "split=status" in address
    reload(site, "Owners")
    assert site.page.get_by_label("Overloaded above (tasks)", exact=True).input_value() == "20"
    assert site.page.locator('[data-testid="stMetricValue"]').first.inner_text() == "3"
    assert site.dialogs == [] and site.outside() == []


def test_a_partnership_manager_compares_forums(site):
    site.open("forums", "Forums and partners", forum="Serious Acquisitive Crime Forum")
    # the heat table, most shared forum first (its header row stays in view as it scrolls)
    site.page.locator('[data-testid="stDataFrame"]').filter(has_text="Community Safety Hub").first.wait_for()
    site.page.get_by_role("radiogroup", name="Read forums from").get_by_text("the tasks' own words").click()
    site.settle()
    frame = site.network(0)
    assert "an area" in frame.locator("#legend").inner_text()
    assert frame.locator("#hint").inner_text().startswith("Click an area or a forum")
    address = site.page.url
    assert "source=" in address and "forum=Serious+Acquisitive+Crime+Forum" in address
    reload(site, "Forums and partners")
    assert site.page.url == address
    assert site.page.get_by_role("radio", name="the tasks' own words").is_checked()
    assert site.dialogs == [] and site.outside() == []
